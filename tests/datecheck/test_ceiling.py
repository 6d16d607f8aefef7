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


def test_market_day_counts_the_direction_that_puts_it_on_a_weekend(ceiling: ModuleType) -> None:
    # 16 December 1994 is a Friday: a Saturday in 1995, a Thursday in 1993.
    text = "The payout goes to holders of record Dec. 16."
    assert ceiling.evidence(text, date(1994, 11, 10))["market_day"] == {"+1y"}
    # 16 December 1995 is a Saturday already: the writer named no working day.
    assert "market_day" not in ceiling.evidence(text, date(1995, 11, 10))
    assert "market_day" not in ceiling.evidence(
        "The payout goes to holders of record Dec. 16, 1994.", date(1994, 11, 10))


def test_years_amounts_and_comparisons(ceiling: ModuleType) -> None:
    kinds = ceiling.evidence("Net rose to $4 million from $2 million a year earlier, "
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


# Invented: a carrier stranded off a made-up point, told by two desks in one week, beside a
# note on another story and a piece with no telling at all.
_STORY = [
    ("d1", date(2031, 3, 2), "The grain carrier Lodestar Quay ran aground near Varensk Point, "
                             "harbour master Odile Branco said, with 4,718 tonnes aboard."),
    ("d2", date(2031, 3, 4), "Tugs failed to free the Lodestar Quay; Odile Branco said the "
                             "4,718 tonnes would be pumped into barges."),
    ("d3", date(2031, 3, 5), "A choir from Tallinsk toured the northern valleys."),
    ("d4", date(2031, 3, 6), "Cyclists rode the coastal route past Dunmere cliffs on Monday."),
]


def test_union_adds_tellings_to_the_own_evidence(ceiling: ModuleType) -> None:
    index = ceiling.StoryIndex(_STORY)
    # told the same week by the other desk: a year either way, that telling is far
    assert ceiling.tellings_reach(index, "d1", date(2031, 3, 2)) == {"-1y", "+1y"}
    assert ceiling.tellings_reach(index, "d3", date(2031, 3, 5)) == set()
    found = [ceiling.evidence(t, d) for _k, d, t in _STORY]
    oracle = [set() for _ in _STORY]
    out = ceiling._union(_STORY, index, found, oracle, None, False)
    # d1, d2 by tellings; d4 by its weekday; d3 by nothing
    assert out["+1y"]["tellings_reach"] == 0.5 and out["+1y"]["own_with_weekdays"] == 0.25
    assert out["+1y"]["union_with_weekdays"] == 0.75 and out["+1y"]["union_strict"] == 0.5
    assert out["+1y"]["neither"] == 1 and out["+1y"]["tellings_only"] == 2
    # with verdicts: the folded verdict's catches inside the union, its misses listed
    verdicts = {"shifts": ["true", "-7d", "+7d", "-30d", "+30d", "-1y", "+1y", "-2y", "+2y"],
                "verdicts": {k: ["consistent"] * 9 for k, _d, _t in _STORY},
                "hints": {k: [None] * 9 for k, _d, _t in _STORY}}
    verdicts["verdicts"]["d4"][6] = "suspicious"
    got = ceiling._union(_STORY, index, found, oracle, verdicts, True)
    assert got["+1y"]["caught_outside_union"] == 0
    missed = {m["article"] for m in got["missed_inside_union"]["+1y"]}
    assert "d4" not in missed and "d3" not in missed
    assert "d1" not in missed  # its close telling a year before, a text with no lean
    # the file's fits (the check's own ratios a year before and after) are the text test,
    # as in bench_corpus_dates.py: a text leaning firmly against the date a year before
    verdicts["fits"] = {k: [None] * 9 for k, _d, _t in _STORY}
    verdicts["fits"]["d1"][6] = [-5.0, -5.0]
    got = ceiling._union(_STORY, index, found, oracle, verdicts, True)
    assert "d1" in {m["article"] for m in got["missed_inside_union"]["+1y"]}
