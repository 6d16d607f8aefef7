"""A verb of expecting in a than-clause with only its subject ('more votes than her aides
expected') is a cue: the subject's view, the compared clause up to the subject its
content (cues.json ``compared``). The stored list leaves it out: no words to show."""

from __future__ import annotations

import pytest
from quote_finds import found

from dateline import quotes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The recount gave the mayor more votes than her aides expected.",
            ("her aides", "expected", "The recount gave the mayor more votes than"),
        ),
        (
            "Few thought so, but ferry traffic grew faster than the port authority had "
            "forecast.",
            ("the port authority", "forecast", "ferry traffic grew faster than"),
        ),
    ],
)
def test_expecting_in_a_than_clause_is_a_cue(nlp, text, want):
    assert want in found(nlp, text)


def test_other_verbs_in_a_than_clause_are_not(nlp):
    text = "The levy is far more complicated than the mayor implied."
    assert [f for f in found(nlp, text) if f[1] == "implied"] == []


def test_the_stored_list_leaves_it_out(nlp):
    text = "The recount gave the mayor more votes than her aides expected."
    made = quotes.find(text, nlp(text), made_only=True)
    assert [q for q in made if q.cue == "expected"] == []


def test_the_stored_list_keeps_its_own_complement(nlp):
    text = "Output fell faster than analysts had expected to see this year."
    made = quotes.find(text, nlp(text), made_only=True)
    assert [q.text for q in made if q.cue == "expected"] == ["to see this year"]
