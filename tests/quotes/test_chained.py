"""quotes.chained: a verb no lexicon cue lists, whose to-infinitive is the cue, makes no
attribution of its own beside the infinitive's ('went on to say: ...')."""

from __future__ import annotations

import pytest

from dateline import quotes
from dateline.quotes.lexicon import lexicon


def _found(nlp, text):
    return [
        (q.cue, text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None)
        for q in quotes.find(text, nlp(text))
    ]


@pytest.mark.parametrize(
    ("text", "carrier", "speaker"),
    [
        ("The memo goes on to say: \u201cThe harbor plan has failed our town.\u201d", "goes",
         "The memo"),
        ("Later she went on to say: \u201cNobody in this city wants the toll.\u201d", "went",
         "she"),
    ],
)
def test_the_infinitive_speaks_not_the_verb_carrying_it(nlp, text, carrier, speaker):
    assert lexicon().cue(lexicon().lemma(nlp(text)[text.split().index(carrier)])) is None
    assert _found(nlp, text) == [("say", speaker)]


def test_a_listed_cue_above_keeps_its_own(nlp):
    """'continue' is a listed speech cue ('..., he continued'): both attributions stay."""
    text = "Mr. Vance continued to describe the \u201creckless\u201d dredging plan as a threat."
    found = _found(nlp, text)
    assert ("describe", "Mr. Vance") in found
    assert ("continued", "Mr. Vance") in found


def test_no_carrier_without_a_shared_source(nlp):
    """Each clause's own cue stays when nothing carries another's infinitive."""
    text = "Ms. Orlov questioned the council's priorities, saying the parks were ignored."
    assert _found(nlp, text) == [("questioned", "Ms. Orlov"), ("saying", "Ms. Orlov")]
