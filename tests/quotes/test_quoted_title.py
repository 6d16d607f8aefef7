"""A quoted title inside the subject of a cue that reports a clause of its own ('the
union's book "Harbour of Lies" reveals that ...') names the source: it is no direct
quote, and the clause is the content."""

from __future__ import annotations

import pytest

from dateline import quotes


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The union's new book \"Harbour of Lies: Cranes, Contracts and the City\" reveals"
            " that the crane contracts were rigged in 2019.",
            "reveals",
            "that the crane contracts were rigged in 2019",
        ),
        (
            "A report titled \"Silent Docks\" shows that exports fell by a third.",
            "shows",
            "that exports fell by a third",
        ),
    ],
)
def test_title_in_the_subject_is_no_quote(nlp, text, cue, content):
    found = quotes.find(text, nlp(text), made_only=True)
    assert [q.kind for q in found] == ["indirect"]
    (q,) = found
    assert (q.cue, text[q.start : q.end]) == (cue, content)
    assert text[q.speaker_start : q.speaker_end].startswith(text.split(" ")[0])


def test_words_before_their_cue_stay_a_direct_quote(nlp):
    text = (
        '"The strike is over and the cranes will run again from Monday morning" the union'
        " leader said that evening."
    )
    (q,) = quotes.find(text, nlp(text))
    assert q.kind == "direct" and q.cue == "said"
    assert text[q.speaker_start : q.speaker_end] == "the union leader"
