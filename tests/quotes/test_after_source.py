"""A content that, as parsed, holds its own source right before the cue, with no relative
word to cut at: what the source holds is the rest after the cue (quotes.indirect
_after_source); a question reports nothing."""

from __future__ import annotations

import pytest

from dateline import quotes


def _by_cue(nlp, text):
    out = {}
    for q in quotes.find(text, nlp(text)):
        if q.cue and q.speaker_start is not None:
            out[q.cue] = (text[q.speaker_start : q.speaker_end], text[q.start : q.end])
    return out


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Much in the port now turns on how the Halvorsen brothers decide to proceed -- and "
            "so does the ferry.",
            "decide",
            "the Halvorsen brothers",
            "to proceed",
        ),
        (
            "Her team has been busily gathering harbour masters from across the coast in a show "
            "of force that Moss hopes can help fend off any rival bid.",
            "hopes",
            "Moss",
            "can help fend off any rival bid",
        ),
    ],
)
def test_content_after_a_source_inside_it(nlp, text, cue, source, content):
    found = _by_cue(nlp, text)
    assert found.get(cue) == (source, content), found


def test_a_question_reports_nothing(nlp):
    assert "talk" not in _by_cue(nlp, "What should the board talk about next?")
