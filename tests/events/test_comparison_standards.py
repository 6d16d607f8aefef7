"""A date in the standard of a comparison dates the compared thing, not the clause's event
(events.anchor.standards; roles.json comparison_standards, whose examples
tests/events/test_events.py test_dating_examples runs)."""

from __future__ import annotations

import pytest

import dateline


def _times(text: str, dct: str = "2024-06-10") -> dict[str, tuple[str | None, str]]:
    ann = dateline.annotate(f"date {dct}\n{text}")
    return {e.trigger: (e.time.value, e.time.how) for e in ann.events}


@pytest.mark.parametrize("text", [
    "The Varrow Bay spill has surpassed the tanker wreck off Lund in 1991 as the worst in the "
    "region.",
    "The Varrow Bay spill is already bigger than the tanker wreck in 1991.",
    "The Varrow Bay spill is worse than the one in 1991.",
])
def test_a_standard_year_does_not_date_the_compared_event(text):
    assert _times(text)["spill"] == ("2024-06-10", "dct")


def test_a_standard_year_carries_no_paragraph_on():
    """The year of what the spill surpassed is no time the narrative is at: the next
    sentence's act is of the article's day."""
    times = _times("The Varrow Bay spill has surpassed the tanker wreck off Lund in 1991 as "
                   "the worst in the region. Troops shelled the port.")
    assert times["shelled"] == ("2024-06-10", "dct-past")


def test_a_simple_past_comparison_keeps_its_own_date():
    """'overtook the wreck in May': the overtaking's time, which the spill's clause shares."""
    assert _times("The Varrow Bay spill overtook the tanker wreck in May as the worst in "
                  "the region.")["spill"] == ("2024-05", "clause")


def test_an_event_inside_the_standard_keeps_its_date():
    times = _times("Rescuers fought the blaze at the depot, the deadliest since a mine "
                   "collapse in 2019.")
    assert times["collapse"] == ("2019", "clause")
    assert times["blaze"] == ("2024-06-10", "dct-past")


def test_since_as_a_span_start_still_dates_from_then():
    """No superlative before it: 'since' starts the span the act runs over."""
    assert _times("Oil has leaked since the April 20 explosion.")["leaked"] == (
        "2024-04-20", "since")
