"""A 'with' absolute right before a participle the parser hung on the same verb ('The
meeting closed with Holt asking ...') names who does the participle's act, not the
verb's subject (quotes.subjects.with_subject)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The meeting closed with Holt asking Lind sharply whether she would pick a woman "
            "as her deputy.",
            "Holt",
        ),
        (
            "The hearing wound up with Senator Holt asking the minister whether the port would "
            "reopen soon.",
            "Senator Holt",
        ),
    ],
)
def test_with_absolute_names_the_asker(cue_sources, text, source):
    assert cue_sources(text).get("asking") == source


def test_a_comma_set_participle_keeps_the_subject(cue_sources):
    text = "The ferry left the pier with Holt on board, saying the fees were too high."
    assert cue_sources(text).get("saying") == "The ferry"
