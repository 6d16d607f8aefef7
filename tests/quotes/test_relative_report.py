"""A relative clause that is a telling of its own ('the new schedule, which she said
would help commuters'): the content it closes ends before it, and it is an attribution
of its own subject (PolNeAR marks two; the outer one used to swallow it)."""

from __future__ import annotations

import pytest

from dateline import quotes


def _found(nlp, text):
    out = []
    for q in quotes.find(text, nlp(text)):
        src = text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None
        out.append((src, q.cue, text[q.start : q.end]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor praised the new ferry schedule, which she said would help commuters.",
            [
                ("The mayor", "praised", "the new ferry schedule"),
                ("she", "said", "would help commuters"),
            ],
        ),
        (
            "Ortega thanked Lind for trimming port fees - steps that he said drew shippers back.",
            [
                ("Ortega", "thanked", "Lind for trimming port fees - steps"),
                ("he", "said", "drew shippers back"),
            ],
        ),
    ],
)
def test_relative_telling_is_its_own_attribution(nlp, text, expected):
    assert _found(nlp, text) == expected


def test_a_relative_clause_with_no_relative_word_stays_in_the_content(nlp):
    # 'the grant money he says he found': what is praised, not a second telling
    text = "She praised the grant money he says he found for the animal shelter."
    found = _found(nlp, text)
    assert [cue for _, cue, _ in found] == ["praised"]
    assert found[0][2].endswith("for the animal shelter")
