"""A past form between a count, possessor or determiner and the noun it modifies ('512
pledged delegates') is an adjective the parser read as a verb with that noun as its
object: no telling. A year ending a phrase before a real verb, a floated 'both' and an
auxiliary keep the verb a cue."""

from __future__ import annotations

import pytest
from quote_finds import found


@pytest.mark.parametrize(
    "text",
    [
        "Ostrova is ahead in the southern provinces, where 512 pledged delegates will be "
        "awarded next month.",
        "Ostrova leads in Varna, where 512 pledged delegates are to be awarded.",
        "In Dobrich, 44 pledged delegates and five superdelegates were at stake on Sunday.",
    ],
)
def test_modifying_participle_is_no_cue(nlp, text):
    assert [f for f in found(nlp, text) if f[1] == "pledged"] == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Ostrova, who in 2019 promised voters a new bridge, lost the seat.", "who", "promised"),
        (
            "The two governors have both supported expansion of the rail line.",
            "The two governors",
            "supported",
        ),
    ],
)
def test_verb_after_year_or_floated_quantifier_stays_a_cue(nlp, text, source, cue):
    assert any(f[0] == source and f[1] == cue for f in found(nlp, text)), found(nlp, text)
