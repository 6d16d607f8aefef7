"""A pattern ending in a look-ahead is indexed by the look-ahead's text too
(rules._ahead_spliced): the first day of a day-first range is tried at a range only."""

from __future__ import annotations

from dateline.timex.rules import start_prefixes


def test_a_trailing_look_ahead_narrows_the_prefixes() -> None:
    assert start_prefixes(r"[0-9](?=-[a-z])", 3) == {"0-" + c for c in "abcdefghijklmnopqrstuvwxyz"}
    # zero-width items after the look-ahead do not stop it counting
    assert start_prefixes(r"a(?=b)(?!c)", 3) == {"ab"}


def test_a_look_ahead_inside_a_group_adds_nothing() -> None:
    # what follows the group overlaps the look-ahead's text: only "a" then "c" is sure
    assert start_prefixes(r"a(?:(?=b))?c", 3) == {"ac"}


def test_the_range_rule_is_tried_at_a_range_only(tried) -> None:
    assert "date_day_before_range" in tried("12-14 October")
    assert "date_day_before_range" in tried("3 to 5 May")
    assert "date_day_before_range" not in tried("12 votes were")
