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


@pytest.mark.parametrize(
    "text",
    [
        # 'that' stands for a thing: what would show it is no one's telling
        "Lena Ortiz said she had not seen the sort of effort from the governor that would "
        "indicate he cares.",
        "Ortiz hopes to see a sign from the mayor that would indicate she means to act.",
    ],
)
def test_a_thing_that_would_show_something_tells_nothing(nlp, text):
    assert len(_found(nlp, text)) == 1


def test_a_statement_noun_that_tells_is_its_own_attribution(nlp):
    text = "The council said it had read the audit, which concluded the fund was short."
    found = _found(nlp, text)
    assert ("the audit, which", "concluded", "the fund was short") in found
