"""The number tables (package data under ``dateline/data/numbers``) and the regex built from them.

Kept apart from the finder so the tables can grow without touching engine code:
a new vague phrase or bounding modifier is one JSON entry with its own examples.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


def load(name: str) -> dict[str, Any]:
    """One JSON table from ``dateline/data/numbers``."""
    path = resources.files("dateline") / "data" / "numbers" / name
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class Vague:
    phrase: str
    low: float
    high: float
    value: float
    approx: bool


@dataclass(frozen=True)
class Tables:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, Vague]
    bounds: dict[str, str]  # modifier phrase -> below | above | around
    currency: dict[str, str]
    pattern: re.Pattern[str]
    # '£20m', '$1.5bn': letter scales; ``ambiguous`` ones are also units ('300m' metres)
    abbreviations: dict[str, int]
    ambiguous: frozenset[str]
    measured: frozenset[str]
    # units a figure measures in ('km', 'metres'), the words before one ('square'), and
    # verbs whose object counts their subject ('the boats now total twelve')
    measures: frozenset[str]
    measure_before: frozenset[str]
    tally_verbs: frozenset[str]
    tally_nouns: frozenset[str]
    # 'between 300,000 and 400,000': a word opening a range before its low end, then the
    # joining word before its high end
    ranges: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
    # verbs that put their subject at a level ('cases rose to 120', 'the toll stands at 45')
    # and the words standing for people after a tally noun's 'of' ('the number of dead')
    tally_levels: frozenset[str] = frozenset()
    tally_of_words: frozenset[str] = frozenset()
    # verbs that put their object at a level ('put the number of dead at 45')
    tally_object_levels: frozenset[str] = frozenset()
    # a figure after these words is the earlier value of a change ('up from 45'); and after
    # 'from' when 'to' follows ('rose from 45 to 52'): words.json 'old_values'
    old_before: re.Pattern[str] | None = None
    old_from: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    # where a match of ``pattern`` can begin in the lower-cased text (_build_starts)
    starts: re.Pattern[str] | None = None


def _alt(phrases: list[str]) -> str:
    """Regex alternation, longest first, phrases' spaces matching any run of spaces."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


#: what no quantity follows: a word's letter or a currency sign ('$5' is read from the '$')
_NOT_AFTER = r"(?<![\w$€£])"


def _build_pattern(
    units: dict[str, int], tens: dict[str, int], scales: dict[str, int],
    vague: list[str], mods: list[str], currency: list[str], abbreviations: list[str],
) -> re.Pattern[str]:
    tens_alt = "|".join(tens)
    word = rf"(?:(?:{tens_alt})(?:-(?:{'|'.join(units)}))?|{'|'.join(units)}|{'|'.join(scales)})"
    # "one hundred and twenty": "and" joins only when another number word follows.
    words = rf"{word}(?:(?:\s+and\s+|\s+|-){word})*"
    a_scale = rf"an?\s+(?:{'|'.join(scales)})(?:\s+{word})*"
    # never a part of a longer figure: '$1.5bn' is not '$1' before '.5bn'
    digits = r"(?<![\w.,/:#-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|[.,]\d)"
    abbr = rf"\s?(?P<abbr>{_alt(abbreviations)})"
    num = rf"(?:{_alt(vague)}|{digits}(?:\s+(?:{'|'.join(scales)})|{abbr})?|{a_scale}|{words})"
    cur = "|".join(re.escape(c) for c in sorted(currency, key=len, reverse=True))
    return re.compile(
        rf"{_NOT_AFTER}(?:(?P<mod>{_alt(mods)})\s+)?(?:(?P<cur>{cur})\s?)?(?P<num>{num})"
        rf"(?P<pct>%|\s+per\s*cent\b)?(?![\w%])",
        re.IGNORECASE,
    )


def _word_run(s: str) -> str:
    """The word characters ``s`` opens with."""
    m = re.match(r"\w*", s)
    return m.group() if m else ""


def _build_starts(words: list[str], currency: list[str]) -> re.Pattern[str]:
    """Where a match of :func:`_build_pattern`'s pattern can begin in a lower-cased text:
    the first word of a modifier, a vague phrase or a number word ('about', 'dozens',
    'twenty'; whole: a space, a hyphen or the match's end follows each), 'a' or 'an' ('a
    million'), a digit, or a currency ('$'; one all of letters, 'usd', as a prefix: a figure
    may follow it unspaced), each after what the pattern's opening lookbehind allows. Found
    first, so the case-blind pattern is tried there alone (:func:`dateline.numbers.scan`)."""
    whole: set[str] = set()
    lead: set[str] = set()
    marks: set[str] = set()
    for w in [*words, "a", "an"]:  # (the articles of _build_pattern's a_scale)
        first = w.split()[0].lower()
        if run := _word_run(first):
            whole.add(run)
        else:
            marks.add(first[0])
    for c in currency:
        low = c.lower()
        run = _word_run(low)
        if not run:
            marks.add(low[0])
        elif run == low:
            lead.add(run)
        else:
            whole.add(run)  # 'us$': the sign ends the word
    alts = [rf"(?:{_alt(list(whole))})(?!\w)", r"\d"]
    if lead:
        alts.append(f"(?:{_alt(list(lead))})")
    if marks:
        alts.append(f"[{''.join(re.escape(m) for m in sorted(marks))}]")
    return re.compile(rf"{_NOT_AFTER}(?:{'|'.join(alts)})")


@lru_cache(maxsize=1)
def tables() -> Tables:
    """Parse the JSON tables once per process."""
    words = load("words.json")
    vague_raw = load("vague.json")["vague"]
    mod_raw = load("modifiers.json")
    vague = {
        v["phrase"]: Vague(v["phrase"], v["low"], v["high"], v["value"], v["approx"])
        for v in vague_raw
    }
    bounds = {m["phrase"]: m["bound"] for m in mod_raw["modifiers"]}
    currency = dict(mod_raw["currency"])
    abbr = words["abbreviations"]
    pattern = _build_pattern(
        words["units"], words["tens"], words["scales"], list(vague), list(bounds), list(currency),
        list(abbr["scales"]),
    )
    return Tables(
        words["units"], words["tens"], words["scales"], vague, bounds, currency, pattern,
        dict(abbr["scales"]), frozenset(abbr["ambiguous"]), frozenset(abbr["measured"]),
        frozenset(words["measures"]["units"]), frozenset(words["measures"]["before"]),
        frozenset(words["tallies"]["verbs"]), frozenset(words["tallies"]["nouns"]),
        tuple((re.compile(rf"\b{re.escape(a)}\s+$", re.IGNORECASE),
               re.compile(rf"\s+{re.escape(b)}\s+", re.IGNORECASE))
              for a, b in mod_raw.get("ranges", {}).get("pairs", ())),
        frozenset(words["tallies"].get("levels", ())),
        frozenset(words["tallies"].get("of_words", ())),
        frozenset(words["tallies"].get("object_levels", ())),
        *_old_values(words.get("old_values", {})),
        starts=_build_starts([*bounds, *vague, *words["units"], *words["tens"],
                              *words["scales"]], list(currency)),
    )


def _old_values(old: dict[str, Any]) -> tuple[re.Pattern[str] | None,
                                               tuple[re.Pattern[str], re.Pattern[str]] | None]:
    """The patterns marking an earlier value: a phrase right before the figure, and a word
    before it with its partner after it (within ``from_to_gap`` words)."""
    before = old.get("before")
    pat = re.compile(rf"\b(?:{_alt(before)})\s+$", re.IGNORECASE) if before else None
    pair = old.get("from_to")
    if not pair:
        return pat, None
    gap = int(old.get("from_to_gap", 1))
    return pat, (re.compile(rf"\b{re.escape(pair[0])}\s+$", re.IGNORECASE),
                 re.compile(rf"\s+(?:[\w-]+\s+){{0,{gap}}}{re.escape(pair[1])}\s",
                            re.IGNORECASE))
