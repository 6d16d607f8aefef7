"""How many TimeBank + AQUAINT articles carry ANY evidence that tells year Y from Y+/-1?

The ceiling of recall at +/-1 year: an article with no such evidence cannot be caught
whatever the checker does. A year's shift leaves every month-and-day relation as it was
(a March 1 story still names February), so only evidence that involves the year number
or the weekday can tell. Evidence is looked for in the raw text with deliberately liberal
patterns (an upper bound, not what the checker reads), the true DCT year Y known, and
counted per shift direction (-1y: stated Y-1; +1y: stated Y+1):

* ``year_near``: a four-digit year Y-1, Y or Y+1 (not a money amount, count or decade),
  in any position ("in 1989", "the 1989 budget", "1989's", "fiscal 1990", "3/18/1989");
  it is "this year", "last year" or "next year" at one date and another at the other;
* ``year_2digit``: "'89" or "1990-91" naming Y-1..Y+1;
* ``full_date``: month, day and year together, within 400 days of the DCT;
* ``weekday_date``: a weekday next to a month-day ("Tuesday, March 18") whose weekday
  does not fit the occurrence of that month-day nearest the shifted date (per direction,
  exact: a pair that fits both dates tells nothing);
* ``this_last_year_with_year``: "this/last/next year" with a four-digit year in the sentence;
* ``year_ago_with_year``: "a year ago", "year-earlier" with a four-digit year in the
  sentence (the comparison base of a results story names last year);
* ``anniversary_or_age``: "Nth anniversary", "born in 19xx", "aged N" with a year nearby;
* ``years_arithmetic``: "N years ago/after/later/since" with a four-digit year nearby;
* ``decade_or_century``: "the 1990s", "this decade", "the century", "millennium", "Y2K"
  where a decade boundary lies between the true and the shifted year;
* ``market_day``: a yearless month-day right after a word naming a day a market, a share
  register or a court keeps ("payable Jan. 4", "of record Dec. 16", "a hearing on",
  "reconvenes", and, looser than the checker's rule (datecheck/market_days.py), an offer's
  "expire" or "extended to") that is a working day at the true date and falls on a
  Saturday or Sunday read nearest the shifted date (per direction).

``weekday_alone`` (a capitalised weekday name anywhere) is reported apart: it fixes the
writing date's weekday only within the week it points into, and a year moves the
weekday by one or two days, so it is soft, statistical evidence (what the learned prior
uses), never proof. ``ceiling_with_weekdays`` adds it to the strict ceiling.
``weekday_oracle`` measures how far that soft evidence can go: with the prior's fitted
weekday tables (uncapped, the shift's direction known, so an upper bound), the share of
articles flagged at the threshold that keeps false alarms at true dates at 3%.

``year_any`` (any year within 5 of Y) is reported as a looser bound: a year further away
("since 1979") barely moves between Y and Y+/-1.

``--union`` adds what other articles' tellings could reach (datecheck.stories, the whole
corpus indexed at its true dates, as ``bench_corpus_dates.py`` does): ``tellings_reach``,
the share of shifted copies with a same-story neighbour (never the article itself nor a
copy of it) 'far_days' or more from the shifted date and none within 'near_days' of it
(``StoryIndex.check`` finds nothing otherwise, whatever its weights), and the union with
the article's own evidence, both strict and with weekdays (``union_*``): the most any
checker reading the article and the others' tellings could flag.  With ``--verdicts``
(``bench_datecheck.py --verdicts``, same corpus and half) it counts the copies the
folded verdict ('verdict_with_corpus') catches inside and outside that union and lists
(``--misses``) the articles the union reaches that it does not catch, with the evidence
each carries (file names, kinds and the neighbours' dates, no text).

``--check`` runs the checker (word heuristic, no spaCy) at each shifted date and reports
per kind how many of the articles carrying it are caught (which evidence it misses most).
``--corpus silver|t17`` measures the same on TE3 silver (AFP/Xinhua wire copy, which
names the news day's weekday nearly always) or Timeline17 dev, ``--sample N`` a seeded
sample: the ceiling is a matter of genre.

Usage::

    .venv/bin/python bench/datecheck_ceiling.py [--data ../shared/data/tempeval3]
        [--half A|B] [--check] [--json OUT] [--corpus te3|silver|t17] [--sample N]
        [--union [--verdicts FILE [--misses]]]

The union on TimeBank + AQUAINT (2026-12-05, ae264d7b)::

    .venv/bin/python bench/datecheck_ceiling.py --union --verdicts V --misses

with V from ``bench_datecheck.py --parse --verdicts V``: a same-story neighbour for 45.7%
of the 256 articles; -1y/+1y tellings reach 43.4/43.8%, own evidence with weekdays
58.2/59.0%, their union **71.5/71.9%** (strict own evidence or tellings 52.7/53.1%; with
the weekday oracle's catches 61.7/60.2%): 60% is within reach of the two together. The
folded verdict caught 35.2/33.2%, all but 2/1 copies inside the union; it missed 95/100
inside it: 32/31 reachable by tellings alone (a single telling near the true date, nothing
in the text), 29/39 by a lone weekday alone, 16/11 by both, 18/19 by year evidence.
TE3 silver half A: union 96.8/97.8% (own with weekdays 95.6%: wire copy names the day).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bench_corpus_dates import FLAGGED, folded_verdict
from bench_datecheck import DEFAULT_DATA, DEFAULT_T17, load, load_t17, shifted
from datecheck_oracle import weekday_oracle

from dateline.datecheck.stories import StoryIndex
from dateline.datecheck.stories import settings as story_settings

DIRECTIONS = {"-1y": -1, "+1y": 1}
SOFT = {"year_any", "weekday_alone"}  # kinds outside the strict ceiling
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR4 = re.compile(r"(?<![\d$.,-])((?:19|20)\d\d)(?!\d|,\d|\.\d|s\b|\s*(?:%|percent))")
_YEAR2 = re.compile(r"(?:'(\d\d)\b|\b(?:19|20)\d\d-(\d\d)\b)")
_FULL = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b")
_WDAY_DATE = re.compile(
    rf"\b({_WDAY}),?\s+(?:({_MONTH})\s+(\d{{1,2}})\b|(\d{{1,2}})\s+({_MONTH}))"
)
_REL_YEAR = re.compile(r"\b(?:this|last|next)\s+year\b", re.I)
_YEAR_AGO = re.compile(r"\byear[- ](?:ago|earlier|before)\b|\ba\s+year\s+(?:ago|earlier)\b", re.I)
_ANNIV = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))\s+anniversary\b|\bborn\s+(?:in\s+)?(?:19|20)\d\d"
    r"|\baged?\s+\d{1,3}\b",
    re.I,
)
_ARITH = re.compile(
    r"\b(?:\d+|[a-z]+)\s+years?\s+(?:ago|after|later|earlier|since|before)\b", re.I
)
_MARKET_DAY = re.compile(
    r"\b(?:payable|paid|of\s+record|record\s+date|redeemable|redeemed|redemption|reconvened?s?"
    r"|hearing|expire[sd]?|expiring|extended)\s+(?:(?:on|is|of|to|until|through)\s+)?"
    rf"({_MONTH})\s+(\d{{1,2}})\b(?!,?\s+(?:19|20)\d\d)",
    re.I,
)
_DECADE = re.compile(r"\b(?:19|20)\d0'?s\b|\bdecade\b|\bcentury\b|\bmillennium\b|\bY2K\b", re.I)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_WDAYS = {w: i for i, w in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+|\n\s*\n", text)


def _nearest(month: int, day: int, d: date) -> date | None:
    """The occurrence of a yearless month-day nearest ``d`` (as the checker reads it)."""
    options = []
    for y in (d.year - 1, d.year, d.year + 1):
        try:
            options.append(date(y, month, day))
        except ValueError:
            continue
    return min(options, key=lambda x: abs((x - d).days)) if options else None


def _weekday_dirs(text: str, dct: date) -> set[str]:
    """Directions whose shifted date a weekday-and-date pair does not fit."""
    dirs: set[str] = set()
    for m in _WDAY_DATE.finditer(text):
        mon = _MONTHS[(m.group(2) or m.group(5))[:3].lower()]
        day = int(m.group(3) or m.group(4))
        wday = _WDAYS[m.group(1)[:3].lower()]
        for label, k in DIRECTIONS.items():
            when = _nearest(mon, day, shifted(dct, k))
            if when is not None and when.weekday() != wday:
                dirs.add(label)
    return dirs


def _market_day_dirs(text: str, dct: date) -> set[str]:
    """Directions whose shifted date puts a market's or a court's working day on a weekend."""
    dirs: set[str] = set()
    for m in _MARKET_DAY.finditer(text):
        mon, day = _MONTHS[m.group(1)[:3].lower()], int(m.group(2))
        true = _nearest(mon, day, dct)
        if true is None or true.weekday() >= 5:
            continue
        for label, k in DIRECTIONS.items():
            when = _nearest(mon, day, shifted(dct, k))
            if when is not None and when.weekday() >= 5:
                dirs.add(label)
    return dirs


def _decade_dirs(text: str, y: int) -> set[str]:
    """Directions across a decade boundary, when the text speaks of decades or centuries."""
    if not _DECADE.search(text):
        return set()
    return {lab for lab, k in DIRECTIONS.items() if (y + min(k, 0)) % 10 == 9}


def _sentence_kinds(text: str) -> set[str]:
    kinds: set[str] = set()
    for s in _sentences(text):
        if not _YEAR4.search(s):
            continue
        for kind, pat in (
            ("this_last_year_with_year", _REL_YEAR),
            ("year_ago_with_year", _YEAR_AGO),
            ("anniversary_or_age", _ANNIV),
            ("years_arithmetic", _ARITH),
        ):
            if pat.search(s):
                kinds.add(kind)
    return kinds


def evidence(text: str, dct: date) -> dict[str, set[str]]:
    """The kinds of year-telling evidence in ``text`` (true writing date ``dct``), each
    with the shift directions it can tell."""
    y = dct.year
    both = set(DIRECTIONS)
    kinds: dict[str, set[str]] = {}
    years = [int(m.group(1)) for m in _YEAR4.finditer(text)]
    if any(abs(v - y) <= 1 for v in years):
        kinds["year_near"] = both
    if any(abs(v - y) <= 5 for v in years):
        kinds["year_any"] = both
    for m in _YEAR2.finditer(text):
        if (y % 100 - int(m.group(1) or m.group(2))) % 100 in (0, 1, 99):
            kinds["year_2digit"] = both
    for m in _FULL.finditer(text):
        try:
            when = date(int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
        except ValueError:
            continue
        if abs((when - dct).days) <= 400:
            kinds["full_date"] = both
    if re.search(rf"\b{_WDAY}\b", text):
        kinds["weekday_alone"] = both
    for kind, dirs in (("weekday_date", _weekday_dirs(text, dct)),
                       ("decade_or_century", _decade_dirs(text, y)),
                       ("market_day", _market_day_dirs(text, dct))):
        if dirs:
            kinds[kind] = dirs
    for kind in _sentence_kinds(text):
        kinds[kind] = both
    return kinds


def _ceilings(found: list[dict[str, set[str]]], oracle: list[set[str]]) -> dict[str, object]:
    """Strict / loose / with-weekdays shares, for each direction and for either; and the
    strict ceiling with the articles the weekday oracle catches (``oracle``: directions)."""
    n = len(found)
    out: dict[str, object] = {}
    for label in (*DIRECTIONS, "either"):
        dirs = set(DIRECTIONS) if label == "either" else {label}
        ks = [{k for k, d in f.items() if d & dirs} for f in found]
        out[label] = {
            "ceiling_strict": round(sum(bool(k - SOFT) for k in ks) / n, 4),
            "ceiling_loose_any_year_within_5": round(
                sum(bool(k - {"weekday_alone"}) for k in ks) / n, 4
            ),
            "ceiling_with_weekdays": round(sum(bool(k - {"year_any"}) for k in ks) / n, 4),
            "ceiling_strict_or_weekday_oracle": round(
                sum(bool(k - SOFT) or bool(o & dirs) for k, o in zip(ks, oracle, strict=True))
                / n, 4
            ),
            "only_weekday_alone": round(sum(k == {"weekday_alone"} for k in ks) / n, 4),
            "no_evidence": round(sum(not k - {"year_any"} for k in ks) / n, 4),
        }
    return out


def _by_kind(found: list[dict[str, set[str]]], caught: list[dict[str, bool]] | None
             ) -> dict[str, object]:
    """Share of articles carrying each kind; with ``caught``, how many of them the
    checker flags in each direction the kind can tell."""
    n = len(found)
    rows: dict[str, object] = {}
    for kind in sorted({k for f in found for k in f}):
        has = [i for i, f in enumerate(found) if kind in f]
        row: dict[str, object] = {"share": round(len(has) / n, 4)}
        if caught is not None:
            for label in DIRECTIONS:
                tell = [i for i in has if label in found[i][kind]]
                row[f"caught_{label}"] = f"{sum(caught[i][label] for i in tell)}/{len(tell)}"
        rows[kind] = row
    return rows


def tellings_reach(index: StoryIndex, name: str, dct: date) -> set[str]:
    """Directions in which other articles' tellings could flag ``name`` (true date ``dct``):
    a neighbour 'far_days' or more from the shifted date and none within 'near_days' of it
    (without both :meth:`StoryIndex.check` finds nothing, whatever its weights)."""
    cfg = story_settings()
    found = index.neighbours(name)
    dirs: set[str] = set()
    for label, k in DIRECTIONS.items():
        stated = shifted(dct, k)
        gaps = [abs((n.dct - stated).days) for n in found]
        if gaps and min(gaps) > cfg["near_days"] and max(gaps) >= cfg["far_days"]:
            dirs.add(label)
    return dirs


def _own(found: dict[str, set[str]], label: str, weekdays: bool) -> bool:
    """Does the article's own evidence tell direction ``label`` (strict kinds, or with a
    lone weekday too)?"""
    skip = {"year_any"} if weekdays else SOFT
    return any(label in d for k, d in found.items() if k not in skip)


def _union(docs: list[tuple[str, date, str]], index: StoryIndex,
           found: list[dict[str, set[str]]], oracle: list[set[str]],
           verdicts: dict[str, Any] | None, misses: bool) -> dict[str, object]:
    """The union of own evidence and tellings per direction; with ``verdicts``, how many
    copies the folded verdict catches inside and outside it, and (``misses``) the
    articles the union reaches that it misses."""
    n = len(docs)
    reach = [tellings_reach(index, name, dct) for name, dct, _ in docs]
    out: dict[str, object] = {
        "with_neighbour": round(sum(bool(index.neighbours(nm)) for nm, _, _ in docs) / n, 4)}
    labels = list(verdicts["shifts"]) if verdicts else []
    missed: dict[str, list[dict[str, object]]] = {}
    for label in DIRECTIONS:
        own_w = [_own(f, label, True) for f in found]
        own_s = [_own(f, label, False) for f in found]
        tell = [label in r for r in reach]
        row: dict[str, object] = {
            "tellings_reach": round(sum(tell) / n, 4),
            "own_with_weekdays": round(sum(own_w) / n, 4),
            "union_strict": round(sum(a or b for a, b in zip(own_s, tell, strict=True)) / n, 4),
            "union_strict_or_weekday_oracle": round(sum(
                a or b or label in o for a, b, o in zip(own_s, tell, oracle, strict=True)) / n, 4),
            "union_with_weekdays": round(
                sum(a or b for a, b in zip(own_w, tell, strict=True)) / n, 4),
            "tellings_only": sum(b and not a for a, b in zip(own_w, tell, strict=True)),
            "neither": sum(not a and not b for a, b in zip(own_w, tell, strict=True)),
        }
        if verdicts is not None:
            k = labels.index(label)
            caught = []
            for name, dct, _ in docs:
                when = shifted(dct, DIRECTIONS[label])
                got = folded_verdict(index, name, when, verdicts["verdicts"][name][k],
                                     (verdicts.get("hints") or {}).get(name, [None] * 9)[k],
                                     (verdicts.get("fits") or {}).get(name, [None] * 9)[k])
                caught.append(got in FLAGGED)
            inside = [a or b for a, b in zip(own_w, tell, strict=True)]
            row["caught"] = round(sum(caught) / n, 4)
            row["caught_inside_union"] = sum(c and u for c, u in zip(caught, inside, strict=True))
            row["caught_outside_union"] = sum(c and not u
                                              for c, u in zip(caught, inside, strict=True))
            row["missed_inside_union"] = sum(u and not c
                                             for c, u in zip(caught, inside, strict=True))
            if misses:
                missed[label] = [
                    {"article": name,
                     "own": sorted(kd for kd, d in f.items() if label in d and kd != "year_any"),
                     "tellers": sorted({(nb.dct - shifted(dct, DIRECTIONS[label])).days
                                        for nb in index.neighbours(name)})[:6]
                     if t else []}
                    for (name, dct, _), f, t, c, u in zip(docs, found, tell, caught, inside,
                                                          strict=True)
                    if u and not c]
        out[label] = row
    if missed:
        out["missed_inside_union"] = missed
    return out


def _checker() -> Callable[[str, date], dict[str, bool]]:
    from dateline.datecheck import check_text

    def caught(text: str, dct: date) -> dict[str, bool]:
        return {
            label: check_text(text, shifted(dct, k)).verdict != "consistent"
            for label, k in DIRECTIONS.items()
        }

    return caught


def _docs(corpus: str, data: Path) -> list[tuple[str, date, str]]:
    if corpus == "t17":
        return list(load_t17(DEFAULT_T17)) if DEFAULT_T17.is_dir() else []
    if not data.is_dir():
        return []
    return list(load(data, ("TE3-Silver-data",))) if corpus == "silver" else list(load(data))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--half", choices=("A", "B"), default="", help="even (A) or odd (B) files")
    ap.add_argument("--check", action="store_true", help="checker recall per kind (slower)")
    ap.add_argument("--json", type=Path, help="write the figures here as JSON")
    ap.add_argument("--corpus", choices=("te3", "silver", "t17"), default="te3")
    ap.add_argument("--sample", type=int, default=0, help="a sample of N articles (seed 17)")
    ap.add_argument("--union", action="store_true",
                    help="add other articles' tellings (datecheck.stories) to the ceiling")
    ap.add_argument("--verdicts", type=Path,
                    help="with --union: bench_datecheck.py --verdicts output (same corpus, half)")
    ap.add_argument("--misses", action="store_true",
                    help="with --verdicts: list the articles the union reaches and the "
                         "folded verdict misses")
    args = ap.parse_args(argv)
    docs = _docs(args.corpus, args.data)
    if not docs:
        print(f"no {args.corpus} data", file=sys.stderr)
        return 2
    index = StoryIndex(docs) if args.union else None  # the whole corpus, true dates
    if args.half:
        docs = docs[0::2] if args.half == "A" else docs[1::2]
    if 0 < args.sample < len(docs):
        docs = random.Random(17).sample(docs, args.sample)
    found = [evidence(text, dct) for _name, dct, text in docs]
    caught = None
    if args.check:
        fn = _checker()
        caught = [fn(text, dct) for _name, dct, text in docs]
    summary, oracle = weekday_oracle(docs)
    res: dict[str, object] = {"articles": len(docs), **_ceilings(found, oracle)}
    res["weekday_oracle"] = summary
    if index is not None:
        verdicts = (json.loads(args.verdicts.read_text(encoding="utf-8"))
                    if args.verdicts else None)
        res["union"] = _union(docs, index, found, oracle, verdicts, args.misses)
    if caught is not None:
        res["checker_recall"] = {
            lab: round(sum(c[lab] for c in caught) / len(docs), 4) for lab in DIRECTIONS
        }
    res["by_kind"] = _by_kind(found, caught)
    print(json.dumps(res, indent=2))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
