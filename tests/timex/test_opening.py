"""A rule run as its tail where its optional opening cannot begin (opening.split_opening,
Rule.tail, Rule.opening) finds the same candidates as the whole pattern."""

from __future__ import annotations

import random
import re
from dataclasses import replace

from dateline.timex.candidates import find_candidates
from dateline.timex.opening import split_opening
from dateline.timex.rules import ruleset


def test_split_opening_takes_the_leading_optional_groups() -> None:
    assert split_opening(r"(?:about\s+)?(?P<w>(?:x|y))?\s*(?P<n>\d+)") == (
        [r"(?:about\s+)", r"(?P<w>(?:x|y))"], r"\s*(?P<n>\d+)")
    # a parenthesis inside a class or escaped closes nothing
    assert split_opening(r"(?:[)(]\)x)?y") == ([r"(?:[)(]\)x)"], "y")
    assert split_opening(r"(?:[]a)]b)?c") == ([r"(?:[]a)]b)"], "c")


def test_split_opening_declines_what_would_not_match_alike() -> None:
    assert split_opening(r"(?:a\s+)?b|c") is None  # the "?" binds to one branch only
    assert split_opening(r"(?:a)??b") is None  # lazy: the tree is no plain repeat
    assert split_opening(r"(?:a)?+b") is None  # possessive
    assert split_opening(r"(?P<a>a)?b(?P=a)") is None  # the tail refers to the opening
    assert split_opening(r"(a)?b\1") is None
    assert split_opening(r"(?:a)(?P<b>b)") is None  # no optional opening
    assert split_opening(r"(?:a)?(b)") is None  # an unnamed group


def test_the_date_rules_have_tails() -> None:
    rules = {r.name: r for r in ruleset().rules}
    day = rules["date_month_day"]
    assert day.tail is not None
    assert day.regex.groups - day.tail.groups == 3  # amod, mod, wd
    assert "around " in day.opening and "early " in day.opening


def test_tails_and_whole_patterns_find_the_same_candidates() -> None:
    rs = ruleset()
    whole = replace(rs, rules=tuple(replace(r, tail=None, opening=()) for r in rs.rules))
    words = ["May", "June", "Jan.", "Tuesday", "Tuesday,", "morning", "early", "late", "mid",
             "around", "roughly", "this", "coming", "past", "next", "last", "the", "end",
             "of", "beginning", "3", "14th", "2003", "1-", "-", "—", "week", "quarter",
             "first", "half", "year", "years", "ago", "K", "ſ", "İ", "EARLY", "Around",
             "noon", "at", "about", ",", "."]
    texts = [str(e["text"]) for r in rs.rules for e in r.examples if "text" in e]
    rng = random.Random(11)
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
              for _ in range(1500)]
    for text in texts:
        for variant in (text, text.upper(), re.sub(r"\s+", "  ", text)):
            got = [(c.start, c.end, c.rule.name, c.values, c.names)
                   for c in find_candidates(variant, rs)]
            assert got == [(c.start, c.end, c.rule.name, c.values, c.names)
                           for c in find_candidates(variant, whole)], variant
