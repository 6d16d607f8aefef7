"""A rule written with atomic groups and possessive repeats where backtracking cannot
change the match (the separators of date_month_day's range-year look-ahead begin
with different characters, none a space, and a day begins with a digit) matches as
its backtracking form: the same spans and groups at every offset of generated text."""

from __future__ import annotations

import random
import re

from dateline.timex.rules import ruleset

_ATOMIC = r"(?=\s*+(?>-|–|and\s|or\s|to\s|through\s|thru\s|till\s|until\s|&)\s*+(?=\d)"
_BACKTRACKING = r"(?=\s*(?:-|–|and\s|or\s|to\s|through\s|thru\s|till\s|until\s|&)\s*"


def _forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rule = next(r for r in ruleset().rules if r.name == "date_month_day")
    assert rule.regex.pattern.count(_ATOMIC) == 1
    return rule.regex, re.compile(rule.regex.pattern.replace(_ATOMIC, _BACKTRACKING),
                                  rule.regex.flags)


def test_the_range_year_lookahead_matches_as_its_backtracking_form() -> None:
    atomic, backtracking = _forms()
    pieces = ["May", "Sept.", " ", "  ", "\t", "\n", "1", "12", "31st", "3", "٣", "-", "–",
              "and", "AND", "or", "to", "To", "through", "thru", "till", "tıll", "until",
              "&", ",", "2010", "1999", "x", "May 3-", "May 4 to 5, 2011", "1, 2011", "the"]
    rnd = random.Random(7)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(2, 14)))
        for pos in range(len(text)):
            a, b = atomic.match(text, pos), backtracking.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text
