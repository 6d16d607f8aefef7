"""consumes.untaken: the characters a pattern's match can never take, and the rules
find_candidates puts aside unmatched behind a longer candidate ending on one."""

import random
import re

from dateline.timex.candidates import _plan, find_candidates
from dateline.timex.consumes import untaken
from dateline.timex.rules import ruleset


def _untaken(pattern: str, chars: str) -> str:
    u = untaken(re.compile(pattern, re.IGNORECASE))
    assert u is not None
    return "".join(c for c in chars if u.match(c))


def test_characters_outside_every_class_are_untaken() -> None:
    assert _untaken(r"(?:jan\.|march)(?!\s+of)", "JM.h 1-,") == " 1-,"
    # a look-around takes nothing: its characters are untaken unless matched too
    assert _untaken(r"(?<=in\s)noon(?=\s\d)", "NOON 7i") == " 7i"
    # case-blind, folds included: the long s is taken where "s" is
    assert _untaken(r"sept[\d.]", "ſEPT9.x") == "x"


def test_unknown_where_a_class_is_negated_or_any_character() -> None:
    for pattern in (r"a.b", r"[^a]b", r"(a)\1", r"a[^\d]"):
        assert untaken(re.compile(pattern)) is None, pattern


def test_no_rule_match_takes_an_untaken_character() -> None:
    # every rule nothing follows, as find_candidates runs it (whole or its tail), over
    # generated texts: the characters of each match are all ones it can take
    plan = _plan(ruleset())
    pieces = ["May", "June", "Sept.", "sept", "1", "30", "2011", "-", " ", ", ", ".", "ſ",
              "early", "mid-", "the end of", "week", "days", "ago", "Friday", "noon",
              "p.m.", "'90s", "quarter", "fiscal", "\u2013", "K"]
    rnd = random.Random(3)
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
             for _ in range(1500)]
    checked = 0
    for i, u in enumerate(plan.untaken):
        if u is None:
            continue
        match = plan.match[i]
        for text in texts:
            m = match(text, 0)
            if m is not None and m.end() > 0:
                checked += 1
                assert not any(u[c] for c in m.group()), (plan.rules[i].name, text)
    assert checked > 300


def test_a_run_of_days_puts_each_bare_month_aside_unmatched() -> None:
    deferred: list = []
    find_candidates("June 4-" * 10, ruleset(), deferred)
    assert len(deferred) == 10 and all(d[3] is None for d in deferred)
