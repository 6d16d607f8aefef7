"""A second statement the parser hung inside the first one's content ('said the ferry
would resume and warned that fares would rise', 'warned' a conjunct of 'resume'): the
first content ends before it, and it is an attribution of the same source."""

from __future__ import annotations

import pytest

from dateline import quotes


def _found(nlp, text):
    out = []
    for q in quotes.find(text, nlp(text), made_only=True):
        src = text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None
        out.append((src, q.cue, text[q.start : q.end]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor said the ferry would resume on Monday and warned that fares would rise.",
            [
                ("The mayor", "said", "the ferry would resume on Monday"),
                ("The mayor", "warned", "that fares would rise"),
            ],
        ),
        (
            "Port officials say the cranes are idle but insist that the strike will end soon.",
            [
                ("Port officials", "say", "the cranes are idle"),
                ("Port officials", "insist", "that the strike will end soon"),
            ],
        ),
        (
            "Some argue that the new levy is weaker than pledged and call for the council to "
            "close its loopholes.",
            [
                ("Some", "argue", "that the new levy is weaker than pledged"),
                ("Some", "call", "for the council to close its loopholes"),
            ],
        ),
    ],
)
def test_second_statement_is_its_own_attribution(nlp, text, expected):
    assert _found(nlp, text) == expected


def test_a_conjunct_that_says_nothing_stays_in_the_content(nlp):
    # 'add' takes no object as content: the company added the jobs, she said so
    text = "She said the company had grown and added 200 jobs in the spring."
    assert _found(nlp, text) == [
        ("She", "said", "the company had grown and added 200 jobs in the spring")
    ]


def test_a_conjunct_with_its_own_subject_is_not_the_speakers(nlp):
    text = "The mayor said the ferry would resume and the council warned of higher fares."
    cues = {cue: src for src, cue, _ in _found(nlp, text)}
    assert cues.get("said") == "The mayor"
    assert cues.get("warned") != "The mayor"
