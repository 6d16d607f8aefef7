"""How many TimeBank + AQUAINT articles carry ANY evidence that tells year Y from Y+/-1?

The ceiling of recall at +/-1 year: an article with no such evidence cannot be caught
whatever the checker does. Evidence is looked for in the raw text with deliberately
liberal patterns (an upper bound, not what the checker reads), the true DCT year Y
known:

* ``year_near``: a four-digit year Y-1, Y or Y+1 (not a money amount, count or decade),
  in any position ("in 1989", "the 1989 budget", "1989's", "fiscal 1990", "1990-91");
* ``year_2digit``: "'89" or "1990-91" naming Y-1..Y+1;
* ``full_date``: month, day and year together, within 400 days of the DCT;
* ``weekday_date``: a weekday next to a month-day ("Tuesday, March 18");
* ``this_last_year_with_year``: "this/last/next year" with a four-digit year in the sentence;
* ``anniversary_or_age``: "Nth anniversary", "born in 19xx", "aged N" with a year nearby.

``weekday_alone`` (a capitalised weekday name anywhere) is reported apart: it fixes the
writing date's weekday only within the week it points into, and a year moves the
weekday by one or two days, so it is soft, statistical evidence (what the learned prior
uses), never proof. ``ceiling_with_weekdays`` adds it to the strict ceiling.

``year_any`` (any year within 5 of Y) is reported as a looser bound: a year further away
("since 1979") barely moves between Y and Y+/-1.

Usage::

    .venv/bin/python bench/datecheck_ceiling.py [--data ../shared/data/tempeval3]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

from bench_datecheck import DEFAULT_DATA, load

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR4 = re.compile(r"(?<![\d$.,/-])((?:19|20)\d\d)(?!\d|,\d|\.\d|s\b|\s*(?:%|percent))")
_YEAR2 = re.compile(r"(?:'(\d\d)\b|\b(?:19|20)\d\d-(\d\d)\b)")
_FULL = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b")
_WDAY_DATE = re.compile(rf"\b{_WDAY},?\s+(?:{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MONTH})")
_REL_YEAR = re.compile(r"\b(?:this|last|next)\s+year\b", re.I)
_ANNIV = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))\s+anniversary\b|\bborn\s+(?:in\s+)?(?:19|20)\d\d"
    r"|\baged?\s+\d{1,3}\b",
    re.I,
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+|\n\s*\n", text)


def evidence(text: str, dct: date) -> set[str]:
    """The kinds of year-telling evidence in ``text`` (true writing date ``dct``)."""
    y = dct.year
    kinds: set[str] = set()
    years = [int(m.group(1)) for m in _YEAR4.finditer(text)]
    if any(abs(v - y) <= 1 or v == y + 1 for v in years):
        kinds.add("year_near")
    if any(abs(v - y) <= 5 for v in years):
        kinds.add("year_any")
    for m in _YEAR2.finditer(text):
        two = int(m.group(1) or m.group(2))
        if (y % 100 - two) % 100 in (0, 1, 99):
            kinds.add("year_2digit")
    for m in _FULL.finditer(text):
        mon = _MONTHS.get(m.group(1)[:3].lower())
        try:
            when = date(int(m.group(3)), mon or 0, int(m.group(2)))
        except ValueError:
            continue
        if abs((when - dct).days) <= 400:
            kinds.add("full_date")
    if re.search(rf"\b{_WDAY}\b", text):
        kinds.add("weekday_alone")
    if _WDAY_DATE.search(text):
        kinds.add("weekday_date")
    for s in _sentences(text):
        if _REL_YEAR.search(s) and _YEAR4.search(s):
            kinds.add("this_last_year_with_year")
        if _ANNIV.search(s) and _YEAR4.search(s):
            kinds.add("anniversary_or_age")
    return kinds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data under {args.data}", file=sys.stderr)
        return 2
    docs = list(load(args.data))
    counts: dict[str, int] = {}
    strict = loose = soft = 0
    for _name, dct, text in docs:
        kinds = evidence(text, dct)
        for k in kinds:
            counts[k] = counts.get(k, 0) + 1
        strict += bool(kinds - {"year_any", "weekday_alone"})
        loose += bool(kinds - {"weekday_alone"})
        soft += bool(kinds - {"year_any"})
    n = len(docs)
    print(
        json.dumps(
            {
                "articles": n,
                "ceiling_strict": round(strict / n, 4),
                "ceiling_loose_any_year_within_5": round(loose / n, 4),
                "ceiling_with_weekdays": round(soft / n, 4),
                "by_kind": {k: round(v / n, 4) for k, v in sorted(counts.items())},
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
