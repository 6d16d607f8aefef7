"""A party leaving a contest or a market gives up no ground (roles.json contests,
senses.left_contest): agency copy tells athletes and firms pulling out far more often than
armies, and those are no RETREAT (issue 4, silver-wire audit of session 45)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Kessian sprinter pulled out of the regional Games on Friday with a knee injury.",
    "The champion withdrew from the Dorvan Open after a fall in practice.",
    "Harl Motors said it would pull out of the Tessian car market next year.",
    "The Orlund cyclist made a shock withdrawal on Friday from the national championships.",
])
def test_leaving_a_contest_or_market_is_no_retreat(coded_events, text):
    assert "RETREAT" not in [e["root"] for e in coded_events(text)]


@pytest.mark.parametrize("text", [
    "The army pulled out of the border town on Sunday.",
    "Kessia withdrew its troops from the disputed island.",
    "Kessia made a withdrawal of its troops from the island on Friday.",
])
def test_leaving_ground_stays_a_retreat(top_event, text):
    assert top_event(text)["root"] == "RETREAT"


def test_leaving_talks_stays_a_sanction(top_event):
    """A party walking out of talks halts them (v.withdraw.presence): the contest words
    only keep a RETREAT from being read."""
    assert top_event("The rebels withdrew from the peace talks in Harl.")["root"] == "SANCTION"
