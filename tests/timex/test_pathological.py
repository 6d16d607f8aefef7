"""Pathological inputs: tagged whole, with nothing found in them and no state carried over.

How fast they are tagged (under a second per MB, linear) is measured by
bench/bench_worst_case.py, never in a test.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from dateline.timex import tag

MB = 1_000_000
CASES = {
    "digit run": "7" * MB,
    "spaced digits": "1 " * (MB // 2),
    "last last last": "last " * (MB // 5),
    "one token": "x" * MB,
    "the the the": "the " * (MB // 4),
    "dashes and dots": "-." * (MB // 2),
    "number words": "twenty four " * (MB // 12),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_pathological_input_gives_no_timex(name: str) -> None:
    assert not tag(CASES[name], date(2024, 2, 6))


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_date_after_pathological_input_is_still_found(name: str) -> None:
    text = CASES[name][:50_000] + " The talks resumed on March 3, 2024."
    (t,) = tag(text, date(2024, 2, 6))
    assert (t.text, t.value) == ("March 3, 2024", "2024-03-03")
    assert text[t.start:t.end] == t.text


def test_a_long_article_tags_every_copy_of_a_paragraph_alike() -> None:
    para = ("The truce, which held from Feb. 3 to April 9, broke down early Friday after weeks "
            "of talks. They will meet again next week. ")
    one = [(t.text, t.value) for t in tag(para, date(2024, 4, 16))]
    copies = 2_000  # ~250 KB
    many = tag(para * copies, date(2024, 4, 16))
    assert len(one) >= 4 and len(many) == copies * len(one)
    assert all((t.text, t.value) == one[i % len(one)] for i, t in enumerate(many))
    assert all(b.start >= a.end for a, b in pairwise(many))


# Runs of dates: every copy is an expression of its own, all with the same value (how
# fast a megabyte of them goes is bench_worst_case.py's "May 1-" / "May" / "Tuesday").
DATE_RUNS = {
    # each "May 1" is the end of a range from the one before: never a year later
    "May 1-": ("May 1", "2024-05-01", "date_month_day"),
    "May ": ("May", "2023-05", "date_month"),
    "Tuesday ": ("Tuesday", "2024-02-06", "date_weekday"),
    "Jan. ": ("Jan.", "2024-01", "date_month"),
}


@pytest.mark.parametrize("unit", sorted(DATE_RUNS))
def test_a_run_of_one_date_gives_one_timex_per_copy(unit: str) -> None:
    surface, value, rule = DATE_RUNS[unit]
    copies = 20_000 // len(unit)
    got = tag(unit * copies, date(2024, 2, 6))
    assert len(got) == copies
    assert {(t.text, t.value, t.rule) for t in got} == {(surface, value, rule)}
    assert [t.start for t in got] == [k * len(unit) for k in range(copies)]
    assert all(t.anchor == "range" for t in got[1:]) == (unit == "May 1-")
