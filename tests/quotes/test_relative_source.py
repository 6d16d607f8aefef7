"""A 'that' or 'which' that speaks: the source span reaches back over the noun phrase it
stands for ('who' keeps its own span), and the speaker is still named from that noun."""

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
            "The stall was run by a grain cooperative that said the subsidy would run out by "
            "the spring.",
            "said",
            "a grain cooperative that",
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


def test_who_keeps_its_own_span_and_is_named_from_its_noun(nlp):
    text = "The stall was run by Helen Moss, who said the subsidy would run out by the spring."
    src, name = _by_cue(nlp, text)["said"]
    assert src == "who"
    assert name is not None and "Moss" in name


def test_that_speaker_is_named_from_its_noun_not_the_phrase(nlp):
    text = "The stall was run by the Acme Grain Cooperative, which said the subsidy would end."
    src, name = _by_cue(nlp, text)["said"]
    assert src == "the Acme Grain Cooperative, which"
    assert name is not None and "Cooperative" in name
