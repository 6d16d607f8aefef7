"""A relative pronoun that speaks: the source span reaches back over the noun phrase it
stands for, and the speaker is named from that noun, not from the pronoun's clause."""

from __future__ import annotations

import pytest

from dateline import quotes


def _by_cue(nlp, text):
    out = {}
    for q in quotes.find(text, nlp(text)):
        if q.cue and q.speaker_start is not None:
            out[q.cue] = (text[q.speaker_start : q.speaker_end], q.speaker)
    return out


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The council hired a consultancy that argued the harbour needed a new breakwater.",
            "argued",
            "a consultancy that",
        ),
        (
            "The stall was run by Helen Moss, a grain trader who said the subsidy would run "
            "out by the spring.",
            "said",
            "a grain trader who",
        ),
        (
            "The town paid for a survey, which found that most residents wanted fewer cars "
            "in the centre.",
            "found",
            "a survey, which",
        ),
    ],
)
def test_relative_pronoun_source_holds_its_noun(nlp, text, cue, source):
    found = _by_cue(nlp, text)
    assert cue in found, found
    assert found[cue][0] == source, found


def test_plain_subject_is_unchanged(nlp):
    text = "A grain trader said the subsidy would run out by the spring."
    assert _by_cue(nlp, text)["said"][0] == "A grain trader"


def test_relative_speaker_is_named_from_its_noun(nlp):
    text = "The stall was run by Helen Moss, who said the subsidy would run out by the spring."
    src, name = _by_cue(nlp, text)["said"]
    assert src == "Helen Moss, who"
    assert name is not None and "Moss" in name
