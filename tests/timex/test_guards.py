"""Rules guarded by the strings a text must hold (rules.required_strings, Ruleset.guards):
a text lacking them skips the rule, and never loses a match to that."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from dateline.timex import tag
from dateline.timex.candidates import find_candidates
from dateline.timex.rules import required_strings, ruleset

DCT = date(2025, 3, 12)


def test_required_strings_read_look_arounds_branches_and_repeats() -> None:
    assert required_strings(r"(?<=sold\sin\s)June") == frozenset({"sold"})
    assert required_strings(r"June(?=\s+(?:harvests?|crops|yields))") == frozenset(
        {"harvest", "crops", "yields"})
    # the most selective of a sequence's parts, the union of a branch's
    assert required_strings(r"(?:ab|cdef)\s+ghijk") == frozenset({"ghijk"})
    assert required_strings(r"x(?:alpha|beta)") == frozenset({"alpha", "beta"})
    # nothing where a part may be left out or is only ruled out
    assert required_strings(r"(?:spring)?\s*\d+") is None
    assert required_strings(r"(?!never)\d+") is None
    assert required_strings(r"(?:noon|\d+)") is None


def test_a_rule_whose_context_never_comes_is_guarded() -> None:
    rs = ruleset()
    names = {rs.rules[i].name: req for i, req in rs.guards.items()}
    assert "delivery" in names["date_month_delivery"]
    # every rule is tried where its prefixes say; a guard only adds a look at the text
    assert all(not rs.rules[i].follows for i in rs.guards)


def test_guarded_and_unguarded_runs_find_the_same_candidates() -> None:
    rs = ruleset()
    bare = replace(rs, guards={})
    words = ["May", "June", "Tuesday", "morning", "delivery", "futures", "in", "for", "the",
             "third", "of", "3", "2003", "1-", "next", "week", "ago", "two", "years", "K",
             "ſ", "İ", "noon", ",", "."]
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        got = [(c.start, c.end, c.rule.name) for c in find_candidates(text, rs)]
        assert got == [(c.start, c.end, c.rule.name) for c in find_candidates(text, bare)], text


def test_a_case_fold_the_lower_cased_text_hides_is_still_found() -> None:
    # the long s matches "s" under IGNORECASE but lower-cases to itself
    for text in ("wheat for May futureſ", "wheat for May FUTURES", "crude for delivery in May"):
        assert [t.rule for t in tag(text, DCT)] == ["date_month_delivery"], text
    assert [t.rule for t in tag("May May May", DCT)] == ["date_month"] * 3
