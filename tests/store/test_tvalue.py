"""TIMEX3 values -> sortable calendar spans (the examples live with the period table)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.store.tvalue import date_span, event_span, examples, periods


@pytest.mark.parametrize(("value", "start", "end"), examples())
def test_examples(value, start, end):
    got = date_span(value)
    if start is None:
        assert got is None
    else:
        assert got == (date.fromisoformat(start), date.fromisoformat(end))


def test_every_period_code_has_an_example():
    used = {v.split("-")[1] for v, _, _ in examples() if v and v[:4].isdigit() and "-" in v}
    assert set(periods()) <= used


@pytest.mark.parametrize("value", ["2024-02-30", "2023-13", "2023-W60", "0000", "abc", None])
def test_impossible_values_have_no_span(value):
    assert date_span(value) is None


def test_spans_are_ordered():
    for value, _, _ in examples():
        got = date_span(value)
        if got:
            assert got[0] <= got[1]


def test_event_span_carries_a_range_to_its_last_day():
    assert event_span("2025-01-19", "2025-03") == (date(2025, 1, 19), date(2025, 3, 31))
    assert event_span("2025-01", "2025-01-10") == (date(2025, 1, 1), date(2025, 1, 31))
    assert event_span("2025-01-19") == (date(2025, 1, 19), date(2025, 1, 19))
    assert event_span(None, "2025-03") is None
