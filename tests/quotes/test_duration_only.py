"""An aspectual verb with a to-infinitive that is no cue ('his office continues to trim
the budget') tells how long something went on: it frames no quoted phrase near it. With
a listed infinitive ('continued to question') or none ('"...," he continued') it still
does (quotes.syntax.duration_only, cues.json ``aspectual``)."""

from __future__ import annotations

import pytest
from quote_finds import found


@pytest.mark.parametrize(
    "text",
    [
        "Even as the mayor has said he rejects ''cuts to the bone'' at city hall, his office "
        "continues to trim the parks budget.",
        "As the \u201cStop Lund\u201d drive continues to gain ground among the delegates, "
        "Senator Orr has backed Vale.",
    ],
)
def test_continue_to_do_frames_no_quote(nlp, text):
    assert [f for f in found(nlp, text) if f[1] in ("continues", "continue")] == []


def test_continued_with_a_listed_infinitive_leaves_it_the_cue(nlp):
    text = "Ms. Dorn continued to question the mayor's math, saying the budget \"does not add up.\""
    assert ("Ms. Dorn", "question", "the mayor's math") in found(nlp, text)


def test_continued_after_a_quote_frames_it(nlp):
    text = "\u201cWe will win this state,\u201d he continued."
    assert ("he", "continued", "\u201cWe will win this state,\u201d") in found(nlp, text)
