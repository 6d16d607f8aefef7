"""What ``quotes.find`` reports for a sentence of ours, as (source words, cue, content)
triples: the shape several test files of this folder assert on."""

from __future__ import annotations

from dateline import quotes


def found(nlp, text):
    return [
        (
            text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None,
            q.cue,
            q.text,
        )
        for q in quotes.find(text, nlp(text))
    ]
