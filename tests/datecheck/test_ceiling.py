"""bench/datecheck_ceiling.py: which year-telling evidence an article carries, per shift
direction, and the weekday oracle that bounds what lone weekdays can tell."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def ceiling(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("datecheck_ceiling")


def test_weekday_date_counts_only_the_directions_it_rules_out(ceiling: ModuleType) -> None:
    # 2025-03-18 is a Tuesday; a year either way it is a Monday (2024) or a Wednesday (2026).
    right = ceiling.evidence("Prices fell on Tuesday, March 18.", date(2025, 3, 20))
    assert right["weekday_date"] == {"-1y", "+1y"}
    # A pair that is wrong at the true date but fits the date a year later tells only -1y.
    slip = ceiling.evidence("Prices fell on Wednesday, March 18.", date(2025, 3, 20))
    assert slip["weekday_date"] == {"-1y"}


def test_decade_words_count_across_a_decade_boundary_only(ceiling: ModuleType) -> None:
    text = "It was the worst flood of the 1990s."
    assert ceiling.evidence(text, date(2000, 5, 1))["decade_or_century"] == {"-1y"}
    assert ceiling.evidence(text, date(1999, 5, 1))["decade_or_century"] == {"+1y"}
    assert "decade_or_century" not in ceiling.evidence(text, date(1995, 5, 1))


def test_years_amounts_and_comparisons(ceiling: ModuleType) -> None:
    kinds = ceiling.evidence("Net rose to $3 million from $2 million a year earlier, "
                             "when the 1988 quarter included a charge.", date(1989, 11, 2))
    assert {"year_near", "year_ago_with_year"} <= set(kinds)
    assert "weekday_alone" not in kinds
    money = ceiling.evidence("The company paid $1989 for it in the 1980s.", date(1989, 11, 2))
    assert "year_near" not in money and "year_any" not in money


def test_weekday_oracle_catches_weekday_articles_only(ceiling: ModuleType) -> None:
    oracle = sys.modules["datecheck_oracle"]
    # 2025-03-19 is a Wednesday: "said Tuesday" is the day before, the usual news day.
    said = "The minister said Tuesday that talks would resume. Union leaders agreed Tuesday."
    plain = "The minister said that talks would resume."
    docs = [(f"w{i}", date(2025, 3, 19), said) for i in range(20)]
    docs += [(f"p{i}", date(2025, 3, 19), plain) for i in range(20)]
    summary, flags = oracle.weekday_oracle(docs)
    assert all(not f for f in flags[20:])  # no weekday, no evidence
    assert float(summary["threshold"]) >= 0.0
    # Stated on Friday, the Tuesday is three days back: Wednesday fits better.
    cues = oracle.cues(said, oracle.readings(said))
    assert oracle.weekday_llr(cues, date(2025, 3, 21), date(2025, 3, 19)) > 0
