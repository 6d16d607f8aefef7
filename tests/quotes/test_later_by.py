"""A passive cue's by-phrase the parser hung on a later word of the clause (PolNeAR: the
by-phrase's object is the source)."""

from __future__ import annotations

import pytest

from dateline import quotes


def _find(nlp, text):
    return quotes.find(text, nlp(text))


def _source_and_content(nlp, text, cue):
    q = next((q for q in _find(nlp, text) if q.cue == cue), None)
    assert q is not None, cue
    src = None if q.speaker_start is None else text[q.speaker_start : q.speaker_end]
    return src, q.text


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The strike was viewed as a triumph by many on the ward.",
            "viewed",
            "many on the ward",
            "as a triumph",
        ),
        (
            "The governor has been attacked on the tariffs by Dana Whitfield.",
            "attacked",
            "Dana Whitfield",
            "The governor",
        ),
        (
            "The plan was called a quiet surrender by Tomas Arlen, a retired judge.",
            "called",
            "Tomas Arlen, a retired judge",
            "a quiet surrender",
        ),
    ],
)
def test_later_by_phrase_is_the_passive_cues_source(nlp, text, cue, source, content):
    assert _source_and_content(nlp, text, cue) == (source, content)
