"""A passive cue joined to a verb with a subject ('crates drifted ashore but were later
confirmed to be unrelated'): the subject it borrows is what was confirmed or asked,
not who confirmed or asked it, so the attribution has no source."""

from __future__ import annotations

import pytest

from dateline import quotes


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Several crates drifted ashore near the pier, but were later confirmed to be "
            "unconnected to the wreck.",
            "confirmed",
            "to be unconnected to the wreck",
        ),
        (
            "The minister arrived in the port and was asked whether the strike would end.",
            "asked",
            "whether the strike would end",
        ),
    ],
)
def test_borrowed_passive_subject_is_no_source(nlp, text, cue, content):
    found = [q for q in quotes.find(text, nlp(text), made_only=True) if q.cue == cue]
    assert [(text[q.start : q.end], q.speaker_start, q.speaker) for q in found] == [
        (content, None, None)
    ]


def test_active_conjunct_keeps_the_borrowed_subject(nlp):
    text = "The harbour master inspected the crates and confirmed that they came from the barge."
    found = [q for q in quotes.find(text, nlp(text)) if q.cue == "confirmed"]
    assert [text[q.speaker_start : q.speaker_end] for q in found] == ["The harbour master"]
