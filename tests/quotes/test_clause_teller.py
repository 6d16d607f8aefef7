"""A comma-set speech participle the parser hung on the main verb, whose subject names
no one, goes on from the adverbial clause right before its comma: that clause's subject
speaks (quotes.subjects.clause_teller)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "It was a bruising week for the two rivals, as Mr. Holt repeated the charge, "
            'saying the mayor had "let the harbour rot."',
            "saying",
            "Mr. Holt",
        ),
        (
            "The fuss over the mayor's old loans grows as Mrs. Lind leans ever harder on the "
            "former governor, mentioning him at each stop.",
            "mentioning",
            "Mrs. Lind",
        ),
    ],
)
def test_participle_after_an_adverbial_clause(cue_sources, text, cue, source):
    found = cue_sources(text)
    assert found.get(cue) == source, found


def test_a_named_main_subject_keeps_the_participle(cue_sources):
    text = "Mr. Holt left the pier as the ferry docked, saying the fees were too high."
    assert cue_sources(text).get("saying") == "Mr. Holt"
