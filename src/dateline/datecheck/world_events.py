"""Dated world events: a named event ties the writing date to the event's day.

A whole-year error in the stated date drags every relative date along ("last year",
"Tuesday"); the day of the Kobe earthquake does not move. ``world_events.json`` lists
events by the names the news coined for them, so two readings are safe:

* named (or, for a foreseen event, told as past: "since the handover"), the event had
  happened by the writing date (``event_not_yet_happened``, a lower bound like
  'former President X' in :mod:`.offices`); a death is read from "the late X" (and,
  for a sudden one, "X's assassination");
* named with a time phrase of the article ("Tuesday's Haiti earthquake", "last month's
  ...", "the fifth anniversary of ..."), the phrase resolved against the stated date must
  reach the event's day (``event_time_mismatch``): both bounds, so a stated date a year
  too late is caught as well as one too early (an anniversary bounds from below only: it
  may be told years after).

A year written next to the name that is not the event's ("the 1918 H1N1 pandemic")
makes it another event, and the name is passed over.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateline.datecheck.resources import lexicon, load_json, rule
from dateline.datecheck.rules import Bound, Finding


@dataclass(frozen=True, slots=True)
class _Event:
    day: date
    end: date
    foreseen: bool


@dataclass(frozen=True, slots=True)
class _Table:
    blind: re.Pattern[str]  # event names, lower-cased: run on the lower-cased text
    acronyms: re.Pattern[str]  # acronyms and names marked exact, run on the text as written
    late: re.Pattern[str]  # "the late X", matched where "the late" is found
    death_of: re.Pattern[str]  # "assassination of X", matched where the noun is found
    s_death: re.Pattern[str]  # "X's ", searched just before a death noun
    events: dict[str, tuple[_Event, ...]]  # _key(name) -> events of that name
    written: dict[str, str]  # _key(name) -> the name as the file writes it
    deaths: dict[str, date]  # _key(name) -> day of death (the earliest, if shared)


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower().replace("’", "'"))


def trie(words: list[str], after_first: str = "") -> str:
    """An alternation of ``words`` as a character trie: Python's regex engine tries a
    flat alternation branch by branch (about 25x slower on 1,300 names); any run of
    spaces matches a space and either apostrophe an apostrophe. Longest match first.
    ``after_first``: a pattern put right after each word's first character (a lookbehind
    there tests what comes before the word, and the trie still opens with a character)."""
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict], top: bool = False) -> str:
        glue = after_first if top else ""
        alts = [_char(ch) + glue + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return emit(tree, top=True)


def _char(ch: str) -> str:
    return r"\s+" if ch == " " else "['’]" if ch == "'" else re.escape(ch)


_EDGE_L, _EDGE_R = r"(?<![\w/-])", r"(?![\w/]|-\w)"
# _EDGE_L tested after a name's first character (that character and the one before it):
# a pattern that opens with its names' first characters lets the engine skip to them.
_EDGE_L_AFTER_FIRST = r"(?<![\w/-].)"
_DEATH_NOUNS = ("death", "assassination", "murder", "killing")


@lru_cache(maxsize=1)
def _table() -> _Table:
    data = load_json("world_events.json")
    events: dict[str, list[_Event]] = defaultdict(list)
    written: dict[str, str] = {}
    exact: set[str] = set()
    for e in data["events"]:
        day = date.fromisoformat(e["day"])
        end = date.fromisoformat(e["end"]) if "end" in e else day
        for n in e["names"]:
            events[_key(n)].append(_Event(day, end, bool(e.get("foreseen"))))
            written[_key(n)] = n
            if e.get("exact"):
                exact.add(n)
    deaths: dict[str, date] = {}
    sudden: set[str] = set()
    for d in data["deaths"]:
        for n in d["names"]:
            k = _key(n)
            deaths[k] = min(deaths.get(k, date.max), date.fromisoformat(d["day"]))
            if d.get("sudden"):
                sudden.add(k)
    # An all-capitals name is an acronym, matched as written ("TARP" is not a tarp), as
    # is a name marked exact ("Twitter" is not a bird's twitter).
    acronyms = [n for n in written.values() if n in exact or not re.search(r"[a-z]", n)]
    blind = [k for k, n in written.items() if n not in acronyms]
    titles = "|".join(re.escape(w) for w in lexicon()["death_titles"])
    # Title words may stand between 'the late' and the name; a capitalised word after
    # it makes a longer name, someone else's ('the late Deng Yingchao').
    who = rf"(?:(?i:{titles})\s+){{0,4}}(?P<name>(?i:NAMES))(?!\s+[A-Z]|\w)"
    late, died = trie(sorted(deaths)), trie(sorted(sudden))
    return _Table(
        re.compile(_EDGE_L + f"(?:{trie(blind)})" + _EDGE_R),
        # the acronyms' first letters are capitals and two lower-case ones ('eBay', 'iPod'):
        # tried there only; the lower-cased names start at most letters, where the edge
        # first is quicker (it fails inside a word before any name is tried)
        re.compile(f"(?:{trie(acronyms, _EDGE_L_AFTER_FIRST)})" + _EDGE_R),
        re.compile(r"[Tt]he\s+late\s+" + who.replace("NAMES", late)),
        re.compile(r"(?i:death|assassination|murder|killing)\s+of\s+" + who.replace("NAMES", died)),
        re.compile(rf"\b(?P<name>(?i:{died}))['’]s\s+$"),
        {k: tuple(v) for k, v in events.items()},
        written,
        deaths,
    )


# A year beside the name: "the 1918 H1N1 pandemic", "the annexation of Crimea in 1783".
_YEAR = re.compile(r"(?<!\d)((?:1[5-9]|20)\d\d)(?!\d)")
# A foreseen event (a handover, an ouster) told as past.
_PAST = re.compile(
    r"\b(?:since|anniversary\s+of|aftermath\s+of|wake\s+of)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?$",
    re.I,
)
# "the attempted assassination of ...", "the feared death of ...": not a death.
_UNDONE = re.compile(
    r"\b(?:attempted|failed|foiled|planned|plotted|possible|feared|rumou?red|reported|alleged|faked?)\s+$",
    re.I,
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# A time phrase of the article told of the event ("Tuesday's ...", "last month's ..."),
# up to two lower-case words (adjectives) before the name.
_WHEN = re.compile(
    rf"\b(?P<rel>yesterday|today|tonight|(?:last|this)\s+(?:week|weekend|month|year)"
    rf"|(?:(?:last|this|next)\s+)?{_WEEKDAY})"
    r"['’]s\s+(?:(?-i:[a-z][a-z-]*)\s+){0,2}$",
    re.I,
)
# Another year said before an anniversary ("next year's fifth anniversary of ...", "in
# 1990, the ..."): the anniversary is not the article's own.
_NEXT_YEAR = re.compile(r"\b(?:next|coming|last|this)\s+year\b|\b(?:19|20)\d\d\b", re.I)


@lru_cache(maxsize=1)
def _anniversary() -> re.Pattern[str]:
    """'the fifth anniversary of (the)' just before the name (the match ends at it)."""
    words = "|".join(sorted(lexicon()["ordinal_words"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?P<num>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{words}))(?:-year)?\s+anniversary\s+of\s+"
        r"(?:the\s+)?(?:(?-i:[a-z][a-z-]*)\s+){0,2}$",
        re.I,
    )


# A line cut off mid-word ("... is almost c..."): a crawled page's teaser of another
# story, written whenever that story was.
_CUT = re.compile(r"\w(?:\.\.\.|…)[ \t]*$")


def _cased(name: str, said: str) -> bool:
    """Whether the first word the file capitalises is capitalised in the text too: 'a
    desert storm' is weather, 'Desert Storm' the operation (a later word's case is the
    paper's style: 'the Olympic park bombing')."""
    for w, t in zip(name.split(), said.split(), strict=False):
        if w[0].isupper():
            return t[0].isupper()
    return True


def _teaser(text: str, pos: int) -> bool:
    end = text.find("\n", pos)
    return _CUT.search(text, pos, len(text) if end < 0 else end) is not None


def _other_year(text: str, start: int, end: int, events: tuple[_Event, ...]) -> bool:
    near = text[max(0, start - 12) : start] + " " + text[end : end + 10]
    years = {int(y) for y in _YEAR.findall(near)}
    return bool(years) and not any(e.day.year <= y <= e.end.year for y in years for e in events)


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A time phrase just before a name, as written: the nth anniversary of it (``years``)
    or a phrase of the article's time (``rel``: 'tuesday', 'last month', ...)."""

    years: int | None = None
    rel: str = ""


def _phrase(text: str, start: int) -> _Phrase | None:
    """The time phrase just before ``start`` that dates the event, if any (no date needed
    to find it: :func:`_window` reads it against one)."""
    before = text[max(0, start - 60) : start]
    m = _anniversary().search(before)
    if m is not None:
        num, word = m.group("num"), m.group("word")
        n = int(num) if num else int(lexicon()["ordinal_words"][word.lower()])
        at = start - len(before) + m.start()  # where the anniversary phrase begins
        if _NEXT_YEAR.search(text, max(0, at - 40), at):
            return None  # "next year's 10th anniversary of ..."
        return _Phrase(years=n)
    m = _WHEN.search(before)
    if m is None or m.group("rel").lower().startswith("next"):
        return None  # "next Tuesday's ...": not of a past event
    return _Phrase(rel=m.group("rel").lower())


def _window(phrase: _Phrase, dct: date) -> tuple[date, date]:
    """The days ``phrase`` allows the event, read against ``dct``."""
    if phrase.years is not None:
        # Not written more than half a year before the anniversary; but it may be told
        # long after ('the raid fell on the 12th anniversary of 9/11'): no later bound.
        spec = rule("event_time_mismatch")
        mid = dct - timedelta(days=round(365.25 * phrase.years))
        return date.min, mid + timedelta(days=int(spec["anniversary_days"]))
    return relative_window(phrase.rel, dct)


def relative_window(rel: str, dct: date) -> tuple[date, date]:
    """The days ``rel`` ('tuesday', 'last month', ...) names, read against ``dct``, with a
    day's slack (a crawl date a day late, a time zone) and a month's at a year's edge."""
    d1, w = timedelta(days=1), re.sub(r"\s+", " ", rel)
    if w.startswith("this ") and w.endswith("day"):
        w = w[5:]  # "this Tuesday's": the week's Tuesday
    if w.startswith("last ") and w.endswith("day"):
        return dct - 15 * d1, dct  # "last Tuesday": this week's or the one before
    if w.endswith("day") and w not in ("yesterday", "today"):
        back = (dct.weekday() - _weekday_index(w)) % 7
        day = dct - timedelta(days=back)
        return day - d1, day + d1
    first = dct.replace(day=1)
    prev = (first - d1).replace(day=1)
    table = {
        "yesterday": (dct - 2 * d1, dct),
        "today": (dct - d1, dct + d1),
        "tonight": (dct - d1, dct + d1),
        "this week": (dct - 8 * d1, dct + d1),
        "this weekend": (dct - 8 * d1, dct + d1),
        "last week": (dct - 15 * d1, dct),
        "last weekend": (dct - 10 * d1, dct),
        "this month": (first - 7 * d1, dct + d1),
        "last month": (prev - 7 * d1, first + 6 * d1),
        "this year": (date(dct.year, 1, 1) - 31 * d1, dct + d1),
        "last year": (date(dct.year - 1, 1, 1) - 31 * d1, date(dct.year, 1, 31)),
    }
    return table[w]


def _weekday_index(w: str) -> int:
    return int(lexicon()["weekdays"][w])


@dataclass(frozen=True, slots=True)
class _Named:
    """A name of the text that dates it: an event told at a time phrase (``phrase``), else
    one that had happened by the writing date, on ``day`` at the earliest."""

    start: int
    end: int
    events: tuple[_Event, ...]
    phrase: _Phrase | None
    day: date


@lru_cache(maxsize=4)
def _named(text: str) -> tuple[_Named, ...]:
    """The text's event names and deaths that bound its writing date, found once per text:
    none of it depends on the date, which :func:`world_event_findings` only compares
    (``check.estimate`` tries some fifty dates on a text it doubts)."""
    table = _table()
    found: list[_Named] = []
    # Lower-cased once: a case-blind regex of 1,300 names is three times slower. Lowering
    # keeps offsets but for a few letters ('İ'); such a text is read as written.
    low = text.replace("İ", "I").lower()
    if len(low) != len(text):
        low = text
    for m in (*table.blind.finditer(low), *table.acronyms.finditer(text)):
        key = _key(m.group(0))
        events = table.events.get(key)
        if (not events or not _cased(table.written[key], text[m.start() : m.end()])
                or _other_year(text, m.start(), m.end(), events) or _teaser(text, m.end())):
            continue
        phrase = _phrase(text, m.start())
        if phrase is None and all(e.foreseen for e in events) and not _PAST.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # "the handover will take place": not yet told as past
        found.append(_Named(m.start(), m.end(), events, phrase, min(e.day for e in events)))
    for m in _deaths(text, low, table):
        if (_other_year(text, m.start(), m.end(), ()) or _teaser(text, m.end())
                or _UNDONE.search(text, max(0, m.start() - 30), m.start())):
            continue
        found.append(_Named(m.start(), m.end(), (), None, table.deaths[_key(m.group("name"))]))
    return tuple(found)


def world_event_findings(text: str, dct: date) -> Iterator[Finding]:
    """Events named before their day, or at a time of the article that misses it."""
    for n in _named(text):
        if n.phrase is not None:
            yield from _mismatch(n.start, n.end, text, n.events, _window(n.phrase, dct), dct)
        else:
            yield from _too_early(n.start, n.end, text, n.day, dct)


def _deaths(text: str, low: str, table: _Table) -> Iterator[re.Match[str]]:
    """Matches of 'the late X', 'the killing of X' and 'X's killing', found with
    ``str.find`` first (a regex scan of every position costs more than all the rest)."""
    yield from _found(text, low, "the late", table.late.match)
    for noun in _DEATH_NOUNS:
        yield from _found(text, low, noun, table.death_of.match)
        for pos in _positions(low, noun):
            m = table.s_death.search(text, max(0, pos - 60), pos)
            if m is not None:
                yield m


def _positions(low: str, word: str) -> Iterator[int]:
    pos = low.find(word)
    while pos >= 0:
        if pos == 0 or not low[pos - 1].isalnum():
            yield pos
        pos = low.find(word, pos + len(word))


def _found(text: str, low: str, word: str, match: Callable[..., re.Match[str] | None]
           ) -> Iterator[re.Match[str]]:
    for pos in _positions(low, word):
        m = match(text, pos)
        if m is not None:
            yield m


def _too_early(start: int, end: int, text: str, day: date, dct: date) -> Iterator[Finding]:
    spec = rule("event_not_yet_happened")
    if dct >= day - timedelta(days=int(spec["slack_days"])):
        return
    said = text[start:end]
    reason = str(spec["reason"]).format(text=said, date=day.isoformat(), dct=dct.isoformat())
    yield Finding("event_not_yet_happened", start, end, said, reason, float(spec["weight"]),
                  "earliest", day)


def _mismatch(start: int, end: int, text: str, events: tuple[_Event, ...],
              window: tuple[date, date], dct: date) -> Iterator[Finding]:
    """A finding when no event of the name lies in ``window``; its bound is the stated date
    moved just far enough for the nearest event to fit."""
    lo, hi = window
    if any(e.day <= hi and e.end >= lo for e in events):
        return
    gaps = [(e.day - hi).days if e.day > hi else -(lo - e.end).days for e in events]
    gap = min(gaps, key=abs)
    bound: Bound = "earliest" if gap > 0 else "latest"
    spec = rule("event_time_mismatch")
    said = text[start:end]
    reason = str(spec["reason"]).format(
        text=said, lo=lo.isoformat() if lo > date.min else "any day", hi=hi.isoformat(),
        dct=dct.isoformat(),
        days=", ".join(sorted({e.day.isoformat() for e in events})),
    )
    yield Finding("event_time_mismatch", start, end, said, reason, float(spec["weight"]),
                  bound, dct + timedelta(days=gap))
