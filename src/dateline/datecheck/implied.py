"""Years implied by arithmetic in the text: anniversaries, ages and year-ago periods.

"the 50th anniversary of the 1948 founding" is said in 1998; "Smith, born in 1950, is
47" in 1997 or 1998; "net rose, against a loss in the 1988 period" in 1989 (a results
story names the year-ago period by its year). Such a sentence fixes the writing year
outright, which a plain year mention never does ("1998" may be last year or this
year). Only sentences that name one base year and no other year or relative year
("next year's 50th anniversary") count, and a stated date within a few days of New Year
is let be (the anniversary may be of last week). Patterns' settings, word lists and
reasons live in ``rules.json`` (rules ``anniversary_year``, ``age_year`` and
``year_ago_period``) and ``lexicon.json`` (``ordinal_words``, ``results_words``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from dateline.datecheck.resources import lexicon, rule
from dateline.datecheck.rules import Bound, Finding, about_results
from dateline.datecheck.tense import sentence_bounds

_YEAR = re.compile(r"(?<![\d$.,/-])((?:1[7-9]|20)\d\d)(?![\d%]|,\d|\.\d|s\b|[-/]\d)")
_ANNIVERSARY = re.compile(r"anniversary\b", re.I)  # flags as in _anniversary_re
_RELATIVE_YEAR = re.compile(
    r"\b(?:this|next|last|coming|previous|past|following)\s+year\b|\byears?\s+(?:ago|from\s+now)\b",
    re.I,
)


def _may_say_anniversary(text: str) -> bool:
    """Can ``text`` hold 'anniversary' in any case? An ASCII text is asked lower-cased (a
    case-blind regex tries every offset); any other one by :data:`_ANNIVERSARY` itself,
    whose case-blind letters match some letters beyond ASCII ('K', the Kelvin sign)."""
    if text.isascii():
        return "anniversary" in text.lower()
    return _ANNIVERSARY.search(text) is not None


@lru_cache(maxsize=1)
def _anniversary_re() -> re.Pattern[str]:
    words = sorted(lexicon()["ordinal_words"], key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"\b(?:(?P<num>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{alt}))\s+anniversary\b", re.I
    )


# An age said of the present: "Smith, 47," / "is 47" / "a 47-year-old"; "died at 47"
# and "was 47 when" are left out by the death and past words below.
_AGE = re.compile(
    r"(?:,\s*(?P<a1>\d{1,3}),)|\b(?:is|turns|aged?)\s+(?P<a2>\d{1,3})\b|\b(?P<a3>\d{1,3})-year-old\b"
)
# 'born' first, its word boundary tested after it (no word character before the 'b'): a
# pattern opening with a word lets the engine skip from one 'born' to the next.
_BORN = re.compile(r"born(?<!\wborn)\b[^.;]{0,40}?\b((?:1[7-9]|20)\d\d)\b")
_PAST_AGE = re.compile(
    r"\b(?:died|dead|death|killed|had\s+been|when\s+he|when\s+she)\b|\b(?:was|were)\b(?!\s+born)"
)


def _years_in(text: str, left: int, right: int) -> set[int]:
    return {int(m.group(1)) for m in _YEAR.finditer(text, left, right)}


def _near_new_year(dct: date, implied: int, days: int) -> bool:
    """A stated date just after New Year may speak of last week (and vice versa)."""
    if implied < dct.year:
        return (dct - date(dct.year, 1, 1)).days < days
    return (date(dct.year, 12, 31) - dct).days < days


def _finding(
    name: str, s: int, e: int, text: str, implied: int, dct: date, **fmt: object
) -> Finding:
    spec = rule(name)
    bound: Bound = "earliest" if implied > dct.year else "latest"
    when = date(implied, 1, 1) if implied > dct.year else date(implied, 12, 31)
    reason = str(spec["reason"]).format(implied=implied, dct=dct.isoformat(), **fmt)
    return Finding(name, s, e, text[s:e], reason, float(spec["weight"]), bound, when)


def _anniversary_matches(text: str) -> Iterator[re.Match[str]]:
    """``_anniversary_re().finditer(text)``, tried only where a match can begin: within an
    ordinal's length (a word of ``ordinal_words``, or three digits and a suffix) before the
    spaces before each case-blind 'anniversary'. The case-blind pattern opens with a word
    boundary and a flat list of words, which the engine would try at every offset."""
    pat, reach = _anniversary_re(), _ordinal_reach()
    pos = tried = 0  # where the last match ended; the offsets below ``tried`` were tried
    for a in _ANNIVERSARY.finditer(text):
        e = a.start()
        while e > 0 and text[e - 1].isspace():
            e -= 1
        if e == a.start():
            continue  # no space before it: no match ends at this word
        for s in range(max(pos, tried, e - reach), e):
            m = pat.match(text, s)
            if m is not None:
                yield m
                pos = m.end()
                break
        tried = max(tried, e)


@lru_cache(maxsize=1)
def _ordinal_reach() -> int:
    """The most characters an ordinal of :func:`_anniversary_re` takes ('123rd': five)."""
    return max([5, *(len(w) for w in lexicon()["ordinal_words"])])


@lru_cache(maxsize=4)
def _anniversaries(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """(start, end, n, base year) of each nth anniversary of ``text`` whose sentence names
    one base year and no relative year: found once per text, as no date enters it
    (``check.estimate`` tries some fifty dates on a text it doubts)."""
    if not _may_say_anniversary(text):  # a cheap gate: the long pattern needs the word
        return ()
    ordinals = {str(k).lower(): int(v) for k, v in lexicon()["ordinal_words"].items()}
    found: list[tuple[int, int, int, int]] = []
    for m in _anniversary_matches(text):
        n = int(m.group("num")) if m.group("num") else ordinals[m.group("word").lower()]
        left, right = sentence_bounds(text, m.start(), m.end())
        years = _years_in(text, left, right)
        if len(years) != 1 or _RELATIVE_YEAR.search(text, left, right) or n < 1:
            continue
        found.append((m.start(), m.end(), n, years.pop()))
    return tuple(found)


def anniversaries(text: str, dct: date) -> Iterator[Finding]:
    """ "marks the 50th anniversary of the 1948 war": the writing year is 1948 + 50."""
    spec = rule("anniversary_year")
    for start, end, n, base in _anniversaries(text):
        implied = base + n
        off = abs(implied - dct.year)
        if not 1 <= off <= spec["max_years_off"] or _near_new_year(dct, implied, spec["edge_days"]):
            continue
        yield _finding("anniversary_year", start, end, text, implied, dct, n=n, base=base)


@lru_cache(maxsize=4)
def _ages(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """(start, end, age, birth year) of each sentence of ``text`` that gives one age said of
    the present and one year, the birth's: found once per text, as no date enters it
    (``check.estimate`` tries some fifty dates on a text it doubts)."""
    found: list[tuple[int, int, int, int]] = []
    for b in _BORN.finditer(text):
        left, right = sentence_bounds(text, b.start(), b.end())
        sentence = text[left:right]
        ages = [
            a for a in _AGE.finditer(text, left, right) if not b.start() <= a.start() < b.end()
        ]
        if len(ages) != 1 or len(_years_in(text, left, right)) != 1:
            continue
        if _PAST_AGE.search(sentence) or _RELATIVE_YEAR.search(sentence):
            continue
        a = ages[0]
        age = int(a.group("a1") or a.group("a2") or a.group("a3"))
        found.append((min(a.start(), b.start()), max(a.end(), b.end()), age, int(b.group(1))))
    return tuple(found)


def ages(text: str, dct: date) -> Iterator[Finding]:
    """ "Smith, who was born in 1950, is 47": written in 1997 or 1998."""
    spec = rule("age_year")
    for s, e, age, born in _ages(text):
        fits = (born + age, born + age + 1)  # before or after this year's birthday
        if dct.year in fits or not 0 < age < 120:
            continue
        implied = min(fits, key=lambda y: abs(y - dct.year))
        if abs(implied - dct.year) > spec["max_years_off"]:
            continue
        yield _finding("age_year", s, e, text, implied, dct, age=age, born=born)


@lru_cache(maxsize=1)
def _period_re() -> re.Pattern[str]:
    spec = rule("year_ago_period")
    nouns = "|".join(map(re.escape, spec["nouns"]))
    words = "|".join(map(re.escape, spec["between"]))
    return re.compile(
        rf"\b(?:the|a)\s+((?:1[7-9]|20)\d\d)\s+(?:(?:{words})\s+){{0,2}}(?:{nouns})\b", re.I
    )


@lru_cache(maxsize=4)
def _periods(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start of the year, end, year) of each period ``text`` names by its year in a
    sentence about results: found once per text, as no date enters it (``check.estimate``
    tries some fifty dates on a text it doubts)."""
    if not re.search(r"(?:1[7-9]|20)\d\d\s", text):
        return ()
    return tuple((m.start(1), m.end(), int(m.group(1))) for m in _period_matches(text)
                 if about_results(text, m.start(), m.end()))


_FOUR_DIGITS = re.compile(r"(?:1[7-9]|20)\d\d")


def _period_matches(text: str) -> Iterator[re.Match[str]]:
    """``_period_re().finditer(text)``, tried only where a match can begin: 'the' or 'a'
    (three or one letters) before the spaces before a year. The case-blind pattern opens
    with a word boundary, which the engine would test at every offset."""
    starts: set[int] = set()
    for y in _FOUR_DIGITS.finditer(text):
        e = y.start()
        while e > 0 and text[e - 1].isspace():
            e -= 1
        if e < y.start():
            starts.update(s for s in (e - 3, e - 1) if s >= 0)
    pat, pos = _period_re(), 0
    for s in sorted(starts):
        if s < pos:
            continue
        m = pat.match(text, s)
        if m is not None:
            yield m
            pos = m.end()


def year_ago_periods(text: str, dct: date) -> Iterator[Finding]:
    """ "against a loss in the 1988 period": results stories name the period they compare
    with by its year, which is the year before the one reported on; so the writing year
    is that year + 1, or + 2 early in a year (last year's fourth quarter or fiscal year
    reported in the new year). Only in a sentence about results (``results_words``)."""
    spec = rule("year_ago_period")
    early = dct.month <= int(spec["early_months"])
    for start, end, base in _periods(text):
        fits = (base + 1, base + 2) if early else (base + 1,)
        if dct.year in fits or not abs(dct.year - base - 1) <= spec["max_years_off"]:
            continue
        implied = min(fits, key=lambda y: abs(y - dct.year))
        yield _finding("year_ago_period", start, end, text, implied, dct, base=base)


def implied_years(text: str, dct: date) -> list[Finding]:
    return [*anniversaries(text, dct), *ages(text, dct), *year_ago_periods(text, dct)]
