"""Calendar mentions: which parts of a date the writer spelled out.

The date check needs to know what the *text* says, not only what a resolver made of it:
"March 1" (no year) is read against the stated date, "March 1, 2025" is not, and
"Tuesday, March 18" carries a weekday that only fits some years. A :class:`Mention`
records the spelled-out parts. Mentions come from two places: timexes of the timex
engine (their text is re-read here) and a scan of the raw text, so the check still works
when the engine misses a form or is absent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from dateline.datecheck.resources import lexicon, word_set
from dateline.model import Timex


@dataclass(frozen=True, slots=True)
class Mention:
    """A calendar date as written: the parts the writer gave (``None`` = not given)."""

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    modifier: str | None = None  # "last", "next", "this" ... : direction stated outright
    period: str | None = None  # "Q3", "H1", "9M": a reporting period ("third quarter")
    part: str | None = None  # "early", "mid", "late", "end": part of a bare year (year_parts)

    @property
    def has_year(self) -> bool:
        return self.year is not None


def _alternation(words: dict[str, int]) -> str:
    # Longest first so "sept" wins over "sep" and "tues" over "tue".
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_YEAR = r"(?P<year>(?:1[7-9]|20)\d\d)(?!\d|,\d|s\b|[-/–]\d)"
# Words that make a bare four-digit number read as a year, not a count ("in 1998",
# "the 1998 budget"); "killed 1998 people" is left alone.
_YEAR_CUES = (
    "in|since|during|by|until|till|through|from|to|between|and|of|early|late|mid|end|"
    "before|after|spring|summer|autumn|fall|winter|fiscal|year|the|'s|around|for|until|"
    "beginning|start|since|or|"
    # A determiner before a year makes it a modifier of a noun ("its 1988 recapitalization",
    # "his 1996 campaign", "in both 1990 and 1991").
    "his|her|its|their|our|your|whose|both|each"
)
# A season or fiscal year over two calendar years ("1990-91", "1990/91"): the second
# two digits must follow on from the first, else it is a range of numbers.
_YEAR_PAIR = re.compile(r"\b(?P<year>(?:1[7-9]|20)\d\d)[-/–](?P<next>\d\d)\b(?![-/]\d)")
# "'89" after a word that makes it a year ("in '89", "the '89 budget", "class of '89").
_YEAR_SHORT = re.compile(
    r"\b(?:in|since|of|the|fiscal|until|by)\s+[’'](?P<yy>\d\d)\b(?!['’])", re.I
)


_APOSTROPHE_DIGITS = re.compile(r"[’']\d\d")
_BARE_YEAR = re.compile(r"(?:1[7-9]|20)\d\d")
# The cue words before a month named alone ("in November"; "mid-" before "mid").
_MONTH_CUES = ("in", "since", "during", "until", "till", "by", "early", "late", "mid-", "mid",
               "of", "through", "from", "to", "before", "after", "on")


#: Where a pattern's match can begin (:func:`_finditers`): at a weekday or month name; at
#: one or at the day's digits; at a cue word, then spaces, then a month name; at a cue word
#: before a year; at a number (the first of a run of digits: each such pattern opens with a
#: word boundary and a digit); at a number or a reporting period's first word; None: anywhere.
Begins = (
    Literal["name", "name or digit", "cue + name", "cue + year", "number", "number or period"]
    | None
)


@lru_cache(maxsize=1)
def _scanned() -> tuple[tuple[re.Pattern[str], Begins], ...]:
    """Each calendar pattern with where its match can begin, in the order they are tried."""
    lex = lexicon()
    month = rf"(?P<month>{_alternation(lex['months'])})\.?"
    # Weekday and date on one line ("Friday. \nThe April 20" is two sentences).
    wday = rf"(?:(?P<wday>{_alternation(lex['weekdays'])})\.?,?[ \t]+(?:the[ \t]+)?)?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d|\s*(?:%|percent|a\.m|p\.m))"
    # "March 3, 1998", and "March 3,1998" as crawled text has it
    year_tail = rf"(?:(?:,\s*|\s+){_YEAR})?"
    year2 = _YEAR.replace("?P<year>", "?P<year2>")
    period = "|".join(
        re.escape(p).replace(r"\ ", r"[\s-]") for p in sorted(lex["periods"], key=len, reverse=True)
    )
    month_cues = "|".join(map(re.escape, _MONTH_CUES))
    flags = re.IGNORECASE
    return (
        # Tuesday, March 18, 2025 / March 18 / Mar. 18th
        (re.compile(rf"\b{wday}{month}\s+{day}\b{year_tail}", flags), "name"),
        # Tuesday 18 March 2025 / 18th of March
        (re.compile(rf"\b{wday}{day}\s+(?:of\s+)?{month}(?![a-z]){year_tail}", flags),
         "name or digit"),
        # March 2025 / March, 2025
        (re.compile(rf"\b{month},?\s+{_YEAR}", flags), "name"),
        # 2025-03-18 (ISO)
        (re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)\b"),
         "number"),
        # 3/18/2025 (US order, four-digit year only: two-digit years are too ambiguous)
        (re.compile(r"\b(?P<nmonth>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b"),
         "number"),
        # 2025 03 18 08:50 (a page's stamp, numbers apart: its clock time after it, or three
        # numbers in a row are as often a count; read alone its year is a year mentioned,
        # where it is the copy's own clock)
        (re.compile(r"\b(?P<year>(?:19|20)\d\d)[ \t](?P<nmonth>[01]?\d)[ \t](?P<day>[0-3]?\d)"
                    r"(?=[ \t]+[0-2]?\d:[0-5]\d\b)"), "number"),
        # third quarter, third-quarter, first half, nine months (of 1989)
        (re.compile(
            rf"\b(?:{_YEAR}\s+)?(?P<period>{period})\b(?:\s+(?:of\s+)?{year2})?",
            flags,
        ), "number or period"),
        # in November (month alone, only after a cue so "May" the verb is skipped)
        (re.compile(rf"\b(?:{month_cues})\s+{month}(?![a-z])(?!\.?\s+\d)", flags), "cue + name"),
        # a bare year after a cue word
        (re.compile(rf"(?:\b(?:{_YEAR_CUES})\b\s*-?\s*)(?<!\$){_YEAR}", flags), "cue + year"),
    )


def _patterns() -> tuple[re.Pattern[str], ...]:
    """The calendar patterns alone, in order."""
    return tuple(pat for pat, _ in _scanned())


def _word_num(table: dict[str, int], word: str | None) -> int | None:
    if not word:
        return None
    return table.get(word.lower().rstrip("."))


def _from_match(m: re.Match[str], base: int, text: str) -> Mention | None:
    lex = lexicon()
    groups = m.groupdict()
    month_word = groups.get("month")
    if month_word:
        # Ambiguous words ("may", "mar", "sep") count only when capitalised.
        if month_word.lower() in word_set("ambiguous_months") and not month_word[0].isupper():
            return None
        if not month_word[0].isupper():
            return None
    month = _word_num(lex["months"], month_word)
    if month is None and groups.get("nmonth"):
        month = int(groups["nmonth"])
    day = int(groups["day"]) if groups.get("day") else None
    year_text = groups.get("year") or groups.get("year2")
    year = int(year_text) if year_text else None
    period = None
    if groups.get("period"):
        key = re.sub(r"[\s-]+", " ", groups["period"].lower())
        period = lex["periods"].get(key)
    wday_word = groups.get("wday")
    weekday = _word_num(lex["weekdays"], wday_word)
    if wday_word and not wday_word[0].isupper():
        weekday = None
    if wday_word and len(wday_word) > 4 and text[m.end("wday") : m.end("wday") + 1] == ".":
        weekday = None  # a full weekday name then a full stop ends a sentence
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if month is None and year is None and period is None:
        return None
    # The span starts at the first named part (weekday, month, day or year) so cue
    # words such as "in" are not part of the evidence text.
    parts = ("wday", "month", "nmonth", "day", "year", "period", "year2")
    starts = [m.start(g) for g in parts if groups.get(g)]
    start = min(starts)
    if weekday is None and groups.get("wday"):
        start = min(m.start(g) for g in parts[1:] if groups.get(g))
    end = m.end()
    while end > start and text[end - 1] in ".,":  # sentence or list punctuation
        end -= 1
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 16) : start])
    modifier = before[-1].lower() if before else None
    if modifier not in word_set("relative_modifiers"):
        modifier = None
    return Mention(
        base + start, base + end, text[start:end], year, month, day, weekday, modifier, period
    )


# What a case-blind pattern letter matches besides its two ASCII cases (checked by a test
# against ``re`` itself): folding a text by this table keeps every offset.
_FOLD = str.maketrans(
    {**{chr(c): chr(c + 32) for c in range(65, 91)}, "\u0130": "i", "\u0131": "i",
     "\u212a": "k", "\u017f": "s"}
)
_YEAR_AT = re.compile(_YEAR, re.IGNORECASE)
_CUE_LENGTHS = sorted({len(w) for w in _YEAR_CUES.split("|")})


@lru_cache(maxsize=1)
def _name_heads() -> tuple[str, ...] | None:
    """The first three letters of every month and weekday name (None when a name is not
    plain ASCII letters, and the scan below cannot be used)."""
    lex = lexicon()
    names = [*lex["months"], *lex["weekdays"]]
    if not all(w.isascii() and w.isalpha() and len(w) >= 3 for w in names):
        return None
    return tuple(sorted({w[:3].lower() for w in names}))


def _name_starts(text: str) -> list[int] | None:
    """Every offset where a month or weekday name may begin (a superset)."""
    heads = _name_heads()
    if heads is None:
        return None
    folded = text.translate(_FOLD)
    out: list[int] = []
    for h in heads:
        i = folded.find(h)
        while i >= 0:
            out.append(i)
            i = folded.find(h, i + 1)
    return out


def _cue_year_starts(text: str) -> list[int]:
    """Every offset where 'cue word + year' (the last pattern) may begin: a cue word of any
    listed length ending where the spaces and hyphen before a year begin."""
    out: list[int] = []
    for y in _YEAR_AT.finditer(text):
        e = y.start()
        while e > 0 and (text[e - 1].isspace() or text[e - 1] == "-"):
            e -= 1
        out.extend(e - n for n in _CUE_LENGTHS if e - n >= 0)
    return out


_MONTH_CUE_LENGTHS = sorted({len(w) for w in _MONTH_CUES})
_DIGIT = re.compile(r"\d")


def _before_names(text: str, names: list[int]) -> list[int]:
    """Every offset where 'cue word + spaces + month' may begin, given the name starts."""
    out: list[int] = []
    for m in names:
        e = m
        while e > 0 and text[e - 1].isspace():
            e -= 1
        out.extend(e - n for n in _MONTH_CUE_LENGTHS if e - n >= 0)
    return out


def _scan(pat: re.Pattern[str], text: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """``pat.finditer(text)``, trying only ``starts`` (every offset where a match can begin;
    None: all): the same matches, without the engine trying each offset in turn."""
    if starts is None:
        yield from pat.finditer(text)
        return
    pos = 0
    for s in sorted(set(starts)):
        if s < pos:
            continue
        m = pat.match(text, s)
        if m is not None:
            yield m
            pos = max(m.end(), s + 1)



@lru_cache(maxsize=1)
def _period_heads() -> tuple[str, ...]:
    """The first word of every reporting period ('third' of 'third quarter'), lower-cased."""
    return tuple(sorted({p.split()[0].lower() for p in lexicon()["periods"]}))


def _period_starts(text: str) -> list[int]:
    """Every offset where a reporting period may begin (a superset, as ``_name_starts``)."""
    folded = text.translate(_FOLD)
    out: list[int] = []
    for h in _period_heads():
        i = folded.find(h)
        while i >= 0:
            out.append(i)
            i = folded.find(h, i + 1)
    return out


_NUMBER = re.compile(r"\d+")


def _number_starts(text: str) -> list[int]:
    """The first offset of every run of digits: where a pattern opening with a word boundary
    and a digit may begin (one scan the engine skips through, not a try at every offset)."""
    return [m.start() for m in _NUMBER.finditer(text)]


def _finditers(
    text: str, numbers: list[int] | None = None
) -> Iterator[Iterator[re.Match[str]]]:
    """Each pattern's matches in order; the slowest ones (a name or a cue word at any
    word, a word boundary at any offset) are tried only where they can begin
    (:data:`Begins`; ``numbers``: :func:`_number_starts`, when the caller has them)."""
    names = _name_starts(text)
    if numbers is None:
        numbers = _number_starts(text)
    for pat, begins in _scanned():
        if begins == "number":
            yield _scan(pat, text, numbers)
        elif begins == "number or period":
            yield _scan(pat, text, numbers + _period_starts(text))
        elif begins == "name":
            yield _scan(pat, text, names)
        elif begins == "name or digit":
            digits = [d.start() for d in _DIGIT.finditer(text)]
            yield _scan(pat, text, None if names is None else names + digits)
        elif begins == "cue + name":
            yield _scan(pat, text, None if names is None else _before_names(text, names))
        elif begins == "cue + year":
            yield _scan(pat, text, _cue_year_starts(text))
        else:
            yield pat.finditer(text)


def parse(text: str, base: int = 0) -> tuple[Mention, ...]:
    """Every calendar mention in ``text`` (offsets shifted by ``base``), longest first wins."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    numbers = _number_starts(text)  # one scan for the date patterns and the year forms
    for matches in _finditers(text, numbers):
        for m in matches:
            men = _from_match(m, base, text)
            if men is None:
                continue
            if any(men.start < e and s < men.end for s, e in taken):
                continue
            found.append(men)
            taken.append((men.start, men.end))
    for men in _year_forms(text, base, numbers):
        if not any(men.start < e and s < men.end for s, e in taken):
            found.append(men)
            taken.append((men.start, men.end))
    return tuple(sorted(found, key=lambda x: x.start))


def _year_forms(text: str, base: int, numbers: list[int] | None = None) -> list[Mention]:
    """Two-year spans ("1990-91") and apostrophe years ("'89"), which the date patterns
    leave alone. A two-year span is read like a fiscal year named for its second year
    (it began in the first); an apostrophe year is put in the century that keeps it
    within 1930..2029, the span of the news the checker is built for."""
    out: list[Mention] = []
    starts = _number_starts(text) if numbers is None else numbers
    for m in _scan(_YEAR_PAIR, text, starts):
        first = int(m.group("year"))
        if (first + 1) % 100 != int(m.group("next")):
            continue
        out.append(
            Mention(base + m.start(), base + m.end(), m.group(), first + 1, modifier="fiscal")
        )
    # a word then an apostrophe and two digits: a text with no apostrophe before two digits
    # (nearly all) has none, found by one quick search instead of a try at every offset
    for m in _YEAR_SHORT.finditer(text) if _APOSTROPHE_DIGITS.search(text) else ():
        yy = int(m.group("yy"))
        year = 1900 + yy if yy >= 30 else 2000 + yy
        s = m.start() + m.group().index(m.group("yy")) - 1
        out.append(Mention(base + s, base + m.end(), text[s : m.end()], year))
    return out


def from_timexes(text: str, timexes: tuple[Timex, ...]) -> tuple[Mention, ...]:
    """Re-read the engine's DATE timexes for spelled-out parts (relative ones give none)."""
    out: list[Mention] = []
    for t in timexes:
        if t.type != "DATE" or not (0 <= t.start < t.end <= len(text)):
            continue
        found = _shifted(_parsed_alone(text[t.start : t.end]), t.start)
        if not found and _BARE_YEAR.fullmatch(t.text):
            # The engine already decided this number is a year ("its 2025 results").
            found = (Mention(t.start, t.end, t.text, int(t.text)),)
        out.extend(found)
    return tuple(out)


@lru_cache(maxsize=1024)
def _parsed_alone(span: str) -> tuple[Mention, ...]:
    """:func:`parse` of a timex's text read alone (offsets from its start): a pure function
    of the few words, and the same words recur from article to article ('Tuesday', '2009',
    'last week'), where the scan's fixed cost (a pass of every pattern) outweighs them."""
    return parse(span)


def _shifted(found: tuple[Mention, ...], base: int) -> tuple[Mention, ...]:
    """``found`` with its offsets moved by ``base`` (what ``parse(span, base)`` gives)."""
    if not base:
        return found
    return tuple(replace(m, start=m.start + base, end=m.end + base) for m in found)


def collect(text: str, timexes: tuple[Timex, ...] = ()) -> tuple[Mention, ...]:
    """Mentions from the timexes plus the scan, overlaps resolved in favour of the longer."""
    pool = sorted(
        (*from_timexes(text, timexes), *parse(text)),
        key=lambda x: (-(x.end - x.start), x.start),
    )
    kept: list[Mention] = []
    for men in pool:
        if any(men.start < k.end and k.start < men.end for k in kept):
            continue
        kept.append(men)
    return tuple(sorted((_edition(text, _year_part(text, _year_after(text, k))) for k in kept
                         if not _ends_year_span(text, k)), key=lambda x: x.start))


#: "2006-2008", "2005–2007": the first year of a span and the joint before the last.
_SPAN_HEAD = re.compile(r"((?:1[7-9]|20)\d\d)\s?[-–/]\s?$")


def _ends_year_span(text: str, men: Mention) -> bool:
    """Is ``men`` the bare last year of a span of years ("the 2006-2008 framework")? The
    span is a period begun in its first year, which the scan does not read as a year; its
    last year alone would time the clause from the wrong end, so it is left out."""
    if men.year is None or not men.text.isdigit():
        return False
    m = _SPAN_HEAD.search(text, max(0, men.start - 6), men.start)
    return m is not None and int(m.group(1)) < men.year


# Up to five words of a name or compound between a year and its noun ("the 2007 EFA
# Global Monitoring Report"); a function word or a comma ends the phrase.
_PHRASE_WORD = re.compile(r"\s+([A-Za-z][\w'’.-]*)")


def _edition(text: str, men: Mention) -> Mention:
    """A bare year before a noun of ``edition_nouns`` ("the 2007 ban list", "its 2005
    report") names a thing made for that year, which may come out the year before: its
    ``modifier`` is "edition" (see rules.interval)."""
    if men.year is None or men.month is not None or men.period is not None or men.modifier \
            or not men.text.isdigit():
        return men
    pos, stop, nouns = men.end, word_set("edition_stop_words"), word_set("edition_nouns")
    for _ in range(6):
        m = _PHRASE_WORD.match(text, pos)
        if m is None or m.group(1).lower() in stop:
            return men
        word = m.group(1).rstrip(".").lower()
        if word in nouns:
            return replace(men, modifier="edition")
        # A word with a full stop and none inside ("agenda.", not "U.S.") ends the sentence.
        if m.group(1).endswith(".") and "." not in word:
            return men
        pos = m.end()
    return men


# "early 1990", "mid-1990", "the end of 1990": a part of the year, read from the full text
# (a timex may have left the word out of its span).
_PART_BEFORE = re.compile(
    r"\b(?:(?P<adj>early|mid|late)[\s-]+|(?P<noun>beginning|start|middle|end)\s+of\s+)$",
    re.IGNORECASE,
)


def _year_part(text: str, men: Mention) -> Mention:
    """A bare year after a part-of-year word (``year_parts``) names that part only."""
    if men.year is None or men.month is not None or men.period is not None or men.modifier:
        return men
    m = _PART_BEFORE.search(text, max(0, men.start - 16), men.start)
    if m is None:
        return men
    part = (m.group("adj") or m.group("noun")).lower()
    return replace(men, part=part) if part in lexicon()["year_parts"] else men


# "July 15 last year", "on March 3 this year", "Sept. 9 of last year": the year is stated,
# after the date.
_YEAR_WORD_AFTER = re.compile(
    r",?\s+(?:of\s+)?(last|this|next|previous|past|coming|following)\s+year\b", re.IGNORECASE
)


def _year_after(text: str, men: Mention) -> Mention:
    """A yearless date followed by 'last year' (or 'this/next year') points its own way,
    as 'last July 15' does: read against the stated date it is not the nearest July 15."""
    if men.year is not None or men.modifier or men.month is None:
        return men
    m = _YEAR_WORD_AFTER.match(text, men.end)
    if m is not None:
        return replace(men, modifier=m.group(1).lower())
    if re.search(r"\bthe\s+$", text[max(0, men.start - 5) : men.start], re.I):
        n = _NOUN_YEAR_AFTER.match(text, men.end)  # "the Dec. 26 tsunami last year"
        # a function word there ("than last year"; lexicon noun_year_stop_words) starts
        # another phrase
        if n is not None and n.group(1) not in word_set("noun_year_stop_words"):
            return replace(men, modifier=n.group(2).lower())
    return men


# A date naming an event ("the Dec. 26 tsunami") with the year after its noun.
_NOUN_YEAR_AFTER = re.compile(r"\s+([a-z]+)\s+(last|this|next|previous|past)\s+year\b")
