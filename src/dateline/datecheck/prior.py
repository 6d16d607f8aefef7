"""A learned view of the stated date: which writing date do the article's dates fit best?

The hard rules only fire when a mention is impossible at the stated date (a past event
after it). A date shifted by a month or a year usually leaves nothing impossible, only
implausible: news written on date D mostly names dates a few days before D, years equal
to or just before D's year, months in the previous eleven, weekdays of the last week.
Each calendar mention becomes a :class:`Cue` (what it spells out, the tense it is
referred to in); against a candidate writing date a cue falls in an offset *bucket*
("a full date 4-5 days before", "a year one before", "a weekday two days back"), and a
table fitted on correctly dated news (TE3 silver, ``bench/fit_datecheck_prior.py``)
gives the log-density of that bucket. The article is flagged when some shifted writing
date explains its cues much better (log-likelihood ratio above the fitted threshold)
than the stated one; each candidate shift has its own threshold (a shift whose ratio is
noisy at true dates needs more). Tables, candidate shifts, caps and thresholds live in
``dateline/data/datecheck/prior.json``.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from dateline.datecheck.mentions import Mention
from dateline.datecheck.mentions import parse as scan_mentions
from dateline.datecheck.named import named_event
from dateline.datecheck.resources import lexicon, load_json, rules, word_set
from dateline.datecheck.rules import Reading, about_results
from dateline.datecheck.tense import Tense, sentence_bounds, tense_of

# Offsets in days are bucketed on a roughly logarithmic scale: near the
# writing date every day matters, a year away a season is detail enough.
_DAY_EDGES = (
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    9,
    12,
    15,
    20,
    27,
    35,
    45,
    60,
    80,
    100,
    130,
    165,
    200,
    250,
    300,
    340,
    380,
    430,
    500,
    600,
    700,
    800,
    1000,
    1500,
    2500,
    5000,
    10**6,
)
# Years this far (or farther) before or after the writing date tell nothing about which
# nearby date it is; lumped into one bucket they did (a 1998 story in 2005 looked better
# written in 2006, where the lump of "eight or more years back" is heavy).
_YEAR_CLIP = (-8, 4)


@dataclass(frozen=True, slots=True)
class Cue:
    """A date-bearing mention reduced to what the scorer needs (no offsets yet)."""

    kind: str  # Y, FY, YM, YMD, YP, M, MD, P, W (see bucket())
    tense: str  # past / future / other
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    period: str | None = None
    parsed: bool = False  # its tense read from a parse (the word heuristic's otherwise)
    # Told where the day may already be the next one at the wire's desk (local_day_ahead).
    day_ahead: bool = False

    @property
    def key(self) -> str:
        return f"{self.kind}|{self.tense}"

    @property
    def base(self) -> str:
        """The kind without its modifier ("W@last" -> "W")."""
        return _base(self.kind)


@dataclass(frozen=True, slots=True)
class Assessment:
    """How much better the best shifted date fits than the stated one."""

    llr: float
    best: date
    cue: Cue | None  # the cue that moved most toward the best date
    threshold: float = 0.0  # the flag threshold of the best date's shift
    shift: int = 0  # the candidate shift (prior.json shifts_days) that gave ``best``


def _tense_group(t: Tense, weekday: bool = False) -> str:
    """The prior's tense of a reading. A goal (``aimed``) is the future's, but for a weekday
    ('the envoy was due to see the mayor later Monday', 'hoped to sign on Friday'): mostly
    the writing day's own or the next few days' plan, which the weekday tables, fitted
    before the reading, hold under 'other' (its likeliest day the writing day's; the
    future's is the next)."""
    if t == "past":
        return "past"
    if t in ("future", "prospective") or (t == "aimed" and not weekday):
        return "future"
    return "other"


def _kind(m: Mention) -> str | None:
    if m.year is not None:
        if m.modifier == "fiscal":
            return "FY" if m.month is None and m.period is None else None
        if m.period is not None:
            return "YP"
        if m.month is None:
            return "Y"
        return "YM" if m.day is None else "YMD"
    if m.period is not None:
        return "P"
    if m.month is None:
        return None
    return "M" if m.day is None else "MD"


_YEAR_WORDS = re.compile(r"\b(this|last|next|past|coming)\s+year\b", re.IGNORECASE)


def _cue_from(r: Reading, text: str) -> Cue | None:
    m = r.mention
    kind = _kind(m)
    # A named day ("the Sept. 11 attacks") is its event's, however far back: no cue of the
    # writing date (cues do not know the date, so a day before its event is dropped too).
    # Nor is a year naming an edition ("the 2025 ban list"): a thing made for a year comes
    # out that year or the year before (rules.interval), so it tells neither apart.
    if kind is None or named_event(m) is not None or m.modifier == "edition":
        return None
    if m.modifier and kind in ("M", "MD", "P"):
        kind += "@" + m.modifier  # "last March" points its own way
    elif kind == "Y":
        # "this year" next to an explicit year nearly always names the writing year.
        left, right = sentence_bounds(text, m.start, m.end)
        near = _YEAR_WORDS.search(text, left, right)
        if near:
            kind += "~" + near.group(1).lower()
        elif r.tense == "past" and _results_year(text, m.start, m.end, left, right):
            kind += "~results"
    return Cue(
        kind, _tense_group(r.tense), m.start, m.end, m.text, m.year, m.month, m.day, None, m.period
    )


def _results_year(text: str, start: int, end: int, left: int, right: int) -> bool:
    """A bare year whose figure a past-tense sentence of results reports ("In 1994, the
    brewer earned $61 million", "sales of its parts came to $12 million in 1994"): a year's
    result is told once the year is over, mostly the next year, so its offset is its own
    table's ('Y~results', prior.json ``results_year``), not the table of past years at
    large (events of any year: two years back as likely as one). A year that names a
    period of its own ("the 1994 quarter", "the first half of 1995") is that period's; one after
    a span's opening word ("since 1990") is no result's."""
    spec = prior_model().get("results_year", {})
    if not spec or not about_results(text, start, end):
        return False
    before = [w.lower() for w in re.findall(r"[A-Za-z]+", text[max(0, start - 24) : start])]
    if before and before[-1] in spec.get("after_words", ()):
        return False  # "since 1990": a span's first year, not a year's result
    if _closes_span(text[max(0, start - 32) : start], spec.get("span_words", {})):
        return False  # "between 1985 and 1987": the span's last year, not a year's result
    periods = spec.get("period_nouns", ())
    if len(before) > 1 and before[-1] in ("of", "in") and before[-2] in periods:
        return False  # "the first nine months of 1994", "the last quarter in 1994"
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1).lower() in periods:
        return False
    return bool(_figure_re(tuple(spec.get("units", ()))).search(text, left, right))


def _closes_span(head: str, spec: Mapping[str, Any]) -> bool:
    """Does ``head`` (the text just before a year) open a span of years that the year
    closes ('between 1985 and', 'from 1993 to': prior.json results_year ``span_words``)?"""
    opens, joins = tuple(spec.get("opens", ())), tuple(spec.get("joins", ()))
    return bool(opens and joins) and bool(_span_re(opens, joins).search(head))


@lru_cache(maxsize=2)
def _span_re(opens: tuple[str, ...], joins: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in opens)
    join = "|".join(re.escape(w) for w in joins)
    return re.compile(rf"\b(?:{alt})\s+(?:fiscal\s+)?\d{{4}}\s+(?:{join})\s+(?:fiscal\s+)?$",
                      re.IGNORECASE)


@lru_cache(maxsize=2)
def _figure_re(units: tuple[str, ...]) -> re.Pattern[str]:
    """An amount: a currency sign before a number, or a number before a unit word."""
    longest_first = sorted(units, key=len, reverse=True)
    alt = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in longest_first)
    return re.compile(rf"[$€£¥#]\s?\d|\d[\d,.]*\s*(?:%|(?:{alt})\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _weekday_re() -> re.Pattern[str]:
    # Full names only: "Sun", "Wed" and "Sat" are as often a paper, a verb or a word.
    names = sorted((n for n in lexicon()["weekdays"] if n.endswith("day")), key=len, reverse=True)
    # The word boundary before a name is tested after its capital (no word character
    # before that letter): a pattern opening with the capitals lets the engine skip to
    # them, where one opening with a boundary is tried at every offset.
    alts = (n.capitalize()[0] + r"(?<!\w.)" + n.capitalize()[1:] for n in names)
    return re.compile("(" + "|".join(alts) + r")\b\.?")


def _weekday_cues(text: str, taken: list[tuple[int, int]], doc: Any = None) -> Iterable[Cue]:
    """Weekday names standing alone ("said on Tuesday"): they point into the last or next
    week of the writing date, so they fix its weekday. Their tense is the parse's when
    there is one, as for calendar mentions (prior_parsed.json was fitted so)."""
    table = lexicon()["weekdays"]
    for m in _weekday_re().finditer(text):
        s, e = m.start(1), m.end(1)
        if any(a < e and s < b for a, b in taken):
            continue
        before = re.findall(r"[A-Za-z]+", text[max(0, s - 16) : s])
        mod = before[-1].lower() if before else ""
        kind = "W@" + mod if mod in ("last", "next", "this", "on", "since", "by", "until") else "W"
        tense = _tense_group(tense_of(text, s, e, doc), weekday=True)
        yield Cue(kind, tense, s, e, m.group(1), weekday=table[m.group(1).lower()])


#: The word right after a cue, on the same line ("Friday edition"), not past a full stop.
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
#: A possessive's ending right after a cue ("Tuesday's earthquake"): the cue names a thing.
_POSSESSIVE = re.compile(r"['’]s\b")
#: A stop ending the phrase after it, not a decimal point ("Monday's 6.1-magnitude tremor").
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)")


def _background(text: str, c: Cue) -> bool:
    """A day the story is about rather than one of the writing date's own weeks: after an
    article ("the Tuesday night", "it was a Wednesday", "the April 20 explosion", "a 29
    November hearing") it may lie any number of weeks back; quoted, a weekday is the
    speaker's week; a possessive one naming a disaster ("after Tuesday's earthquake") the
    story's anchor. The tables learned wire copy's "said Tuesday" habit, which these are
    not (``not_cue`` in prior.json: which kinds, after which words, quoted and possessive
    kinds, and kinds that may head a chronology's entry)."""
    spec = prior_model().get("not_cue", {})
    base = _base(c.kind)
    if base == "W" and _in_title(text, c, spec.get("paper_titles", ())):
        return True
    if base in spec.get("kinds", ()):
        before = re.findall(r"[A-Za-z]+", text[max(0, c.start - 16) : c.start])
        if before and before[-1].lower() in spec.get("after_words", ()):
            return True
        after = _NEXT_WORD.match(text, c.end)
        if after and after.group(1).lower() in spec.get("before_words", ()):
            return True
    if base in spec.get("possessive_kinds", ()) and _names_a_disaster(text, c, spec):
        return True
    if base in spec.get("heading_kinds", ()) and _heading(text, c):
        return True
    if _year_ago(text, c, spec.get("year_ago", {})):
        return True
    if _names_a_thing(text, c, spec.get("naming_year", {})):
        return True
    if _superseded_plan(text, c, spec.get("superseded_plan", {})):
        return True
    return base in spec.get("quoted_kinds", ()) and _quoted(text, c.start)


def _names_a_disaster(text: str, c: Cue, spec: Mapping[str, Any]) -> bool:
    """Does the cue ``c`` name a disaster or an attack by its day ("after Monday's
    deadly flood": a possessive, then one of prior.json ``not_cue``
    'possessive_nouns' within three words)? That day is the story's anchor, told for weeks
    after it, where a match or a market's close named so ("Saturday's defeat") is mostly
    the news day's."""
    got = _POSSESSIVE.match(text, c.end)
    if got is None:
        return False
    phrase = _CLAUSE_END.split(text[got.end() : got.end() + 48], maxsplit=1)[0]
    words = re.findall(r"[A-Za-z]+", phrase)
    return any(w.lower() in spec.get("possessive_nouns", ()) for w in words[:3])


def _in_title(text: str, c: Cue, titles: Iterable[str]) -> bool:
    """Is the weekday ``c`` part of a newspaper's title as written ("the Independent on
    Sunday", "the Sunday Telegraph")? It names the paper, not a day of the news."""
    for title in titles:
        at = title.find(c.text)
        if at >= 0 and text.startswith(title, c.start - at):
            return True
    return False


def _year_ago(text: str, c: Cue, spec: Mapping[str, Any]) -> bool:
    """A year named as a comparison's base ("up 6% compared with 1993", "the same period
    of 1994"; "In fiscal 1988, it earned ..." in a story of fiscal 1989's close) is no year
    of the story's own events, which the tables were fitted on: they would read it as the
    writing year (prior.json ``not_cue.year_ago``)."""
    base = _base(c.kind)
    if base not in spec.get("kinds", ()):
        return False
    if _after_mark(text[max(0, c.start - 48) : c.start].lower(), spec):
        return True
    if base not in spec.get("results_kinds", ()) or c.tense != "past":
        return False
    left, right = sentence_bounds(text, c.start, c.end)
    words = set(re.findall(r"[a-z]+", text[left:right].lower()))
    return bool(words & (word_set("results_words") | set(spec.get("results_verbs", ()))))


def _names_a_thing(text: str, c: Cue, spec: Mapping[str, Any]) -> bool:
    """A bare year between a determiner and its noun names a thing by it ("the 2004 Asian
    tsunami", "since the 2003 invasion", "McCain's 2008 campaign"), as a named day does: the
    thing's year, told in any later year, where the tables read years as the story's own
    events, whose age tells the writing year (prior.json ``not_cue.naming_year``). Not a
    year of results ("its 1988 net income"), nor one before a word that leaves it a year
    ("the 2004 and 2005 seasons")."""
    if c.kind not in spec.get("kinds", ()) or not c.text.isdigit():
        return False
    head = text[max(0, c.start - 12) : c.start]
    if not _naming_re(tuple(spec.get("after_words", ()))).search(head):
        return False
    nxt = _NEXT_WORD.match(text, c.end)
    if nxt is None or nxt.group(1).lower() in spec.get("not_before_words", ()):
        return False
    return not about_results(text, c.start, c.end)


def _superseded_plan(text: str, c: Cue, spec: Mapping[str, Any]) -> bool:
    """Is ``c`` the day of a plan since dropped or moved ("the vote originally set for
    October 30", "the line, initially planned to open in March": one of
    prior.json ``not_cue.superseded_plan`` 'marks', a verb of 'verbs', then at most a short
    to-clause and a preposition)? The old plan's day is told once it has been given up, any
    time before or after it, where the tables read a planned day as the writing date's
    coming days and a plain one as its own weeks."""
    if _base(c.kind) not in spec.get("kinds", ()):
        return False
    pattern = _superseded_re(tuple(spec.get("marks", ())), tuple(spec.get("verbs", ())),
                             tuple(spec.get("preps", ())))
    return bool(pattern.search(text, max(0, c.start - 64), c.start))


@lru_cache(maxsize=2)
def _superseded_re(marks: tuple[str, ...], verbs: tuple[str, ...], preps: tuple[str, ...]
                   ) -> re.Pattern[str]:
    mark, verb, prep = ("|".join(map(re.escape, ws)) for ws in (marks, verbs, preps))
    return re.compile(rf"\b(?:{mark})\s+(?:{verb})(?:\s+to(?:\s+[A-Za-z]+){{1,3}})?"
                      rf"(?:\s+(?:{prep}))?\s+$", re.IGNORECASE)


@lru_cache(maxsize=2)
def _naming_re(words: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:\b(?:{alt})|['’]s)\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _mark_re(marks: tuple[str, ...], fillers: tuple[str, ...]) -> re.Pattern[str]:
    longest_first = sorted(marks, key=len, reverse=True)
    alt = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in longest_first)
    fill = "|".join(re.escape(f) for f in fillers)
    return re.compile(rf"(?<![\w-])(?:{alt})(?:\s+(?:{fill}))*\s+$")


def _after_mark(head: str, spec: Mapping[str, Any]) -> bool:
    """Does ``head`` (the text just before a cue) end in a comparison mark and fillers?"""
    marks = tuple(spec.get("marks", ()))
    return bool(marks) and bool(_mark_re(marks, tuple(spec.get("fillers", ()))).search(head))


# A chronology's entry: the date opens its sentence or line and a colon or dash follows.
_OPENS = re.compile(r"(?:^|[.!?\n])[\s\"'\u201d]*$")
_HEADS = re.compile(r"\s*(?::|-(?![A-Z]{3}-)|\u2013|\u2014)\s")


def _heading(text: str, c: Cue) -> bool:
    """A date heading an entry of a chronology ("May 4: the well is capped") is the
    story's background, which may reach back months, not a day of the news."""
    return bool(_OPENS.search(text, max(0, c.start - 4), c.start)) and bool(
        _HEADS.match(text, c.end)
    )


def _quoted(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation of its paragraph (an odd number of straight quotes
    before it, or more opening than closing curly ones)?"""
    start = text.rfind("\n", 0, pos) + 1
    head = text[start:pos]
    return head.count('"') % 2 == 1 or head.count("\u201c") > head.count("\u201d")


def cues(text: str, reads: Iterable[Reading], doc: Any = None) -> list[Cue]:
    """Every cue of an article: its calendar mentions and its lone weekday names
    (``doc``: the spaCy parse, when there is one, for the weekdays' tense)."""
    out: list[Cue] = []
    taken: list[tuple[int, int]] = []
    for r in reads:
        taken.append((r.mention.start, r.mention.end))
        c = _cue_from(r, text)
        if c is not None:
            out.append(c)
    out.extend(_weekday_cues(text, taken, doc))
    out = [c for c in out if not _background(text, c)]
    if local_day_ahead(text, prior_model()):
        out = [replace(c, day_ahead=True) if _base(c.kind) == "W" else c for c in out]
    if doc is not None:
        out = [_range_end(text, replace(c, parsed=True)) for c in out]
    # A date named again is one piece of evidence, not several: a story that keeps
    # returning to its anchor day ("the April 20 explosion") says nothing more each time.
    # A month named with its year is bucketed by its year alone (bucket()), so two months
    # of one year ("twelve months to May 2027", "the surplus through April 2027") are one.
    # A date named again told done where it was first told open ('due by March 14' ...
    # 'ruled on March 14') keeps the done reading: the day is past (prior.json
    # named_again). A weekday's only where neither or both are told under one modifier
    # that moves the day (named_again day_modifiers): 'on Monday' and 'last Monday' of a
    # wire story may name two days, 'Wednesday's ruling' and 'ruled Wednesday' one; and
    # only as parsed (parsed_kinds): the word heuristic's weekday tenses misled there.
    again = prior_model()["named_again"]
    moved = {"W@" + m for m in again["day_modifiers"]}
    parsed_kinds = set(again["parsed_kinds"])
    seen: dict[tuple[object, ...], int] = {}
    unique: list[Cue] = []
    for c in out:
        month = None if _base(c.kind) == "YM" else c.month
        ident = (_base(c.kind), c.year, month, c.day, c.weekday, c.period)
        at = seen.get(ident)
        if at is None:
            seen[ident] = len(unique)
            unique.append(c)
        elif unique[at].tense == "other" and c.tense == "past":
            one_day = c.kind == unique[at].kind or not {c.kind, unique[at].kind} & moved
            if one_day and (c.parsed or c.base not in parsed_kinds):
                unique[at] = c
    return unique


def _range_end(text: str, c: Cue) -> Cue:
    """A past-told day that opens a dash range ("conducted from December 5-18") told of an
    act that ran to the range's last day: read at that day, the writing date's bound
    (prior.json ``day_range``). The last day must be later in the same month."""
    spec = prior_model().get("day_range", {})
    if c.day is None or c.tense not in spec.get("tenses", ()) or _base(c.kind) not in spec.get(
        "kinds", ()
    ):
        return c
    joins = "|".join(map(re.escape, spec.get("joins", ())))
    # Not a number run on ("5-18-90") nor an amount ("March 3-5 percent").
    tail = r"([0-3]?\d)\b(?![-/.:,]?\d|\s*(?:%|percent|per\s+cent))"
    m = re.compile(rf"(?:{joins}){tail}").match(text, c.end)
    if not joins or m is None or not c.day < int(m.group(1)) <= 31:
        return c
    last = int(m.group(1))
    if c.month is not None and _safe(c.year or 2000, c.month, last) is None:  # 2000: a leap year
        return c
    return replace(c, day=last)


@lru_cache(maxsize=64)  # a handful of kinds, read for every cue at every date tried
def _base(kind: str) -> str:
    """The kind without its modifier ("W@last" -> "W", "Y~this" -> "Y")."""
    return re.split(r"[@~]", kind, maxsplit=1)[0]


def _log_bucket(x: int, edges: tuple[int, ...]) -> tuple[str, int]:
    """Signed bucket label of ``x`` and the bucket's width (in units of ``x``)."""
    i = min(bisect.bisect_right(edges, abs(x)), len(edges) - 1) - 1  # the last is open
    width = edges[i + 1] - edges[i]
    sign = "-" if x < 0 else "+"
    return f"{sign}{edges[i]}", width


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def bucket(c: Cue, d: date) -> tuple[str, int] | None:
    """The offset bucket of ``c`` against writing date ``d`` and the bucket's width."""
    base = _base(c.kind)
    if base in ("Y", "FY", "YM", "YP"):
        # A month named with its year ("June 1989") is bucketed as its year: wire and
        # paper style name the year only when it is not the writing date's own, so the
        # calendar year apart is what it tells; its months apart are the sparse detail
        # (its own table per tense). So is a period named with its year ("the third
        # quarter of 2007"), weighed by the year's tables (prior.json tables_of): its
        # days apart spread a few dozen cues over thirty buckets.
        off = c.year - d.year  # type: ignore[operator]
        if c.kind == "Y~results":
            # A result more than three years old, or of a year to come, tells little
            # of the writing year (its table has too few of them): no bucket.
            low, high = prior_model()["results_year"]["offsets"]
            return (str(off), 1) if low <= off <= high else None
        return None if not _YEAR_CLIP[0] < off < _YEAR_CLIP[1] else (str(off), 1)
    if base == "YMD":
        when = _safe(c.year, c.month, c.day)  # type: ignore[arg-type]
        return None if when is None else _log_bucket((when - d).days, _DAY_EDGES)
    if base == "M":
        return str((c.month - d.month) % 12), 1  # type: ignore[operator]
    if base == "P":
        end_month = lexicon()["period_spans"][c.period][1]
        return str((end_month - d.month) % 12), 1
    if base == "MD":
        options = [x for y in (d.year - 1, d.year, d.year + 1) if (x := _safe(y, c.month, c.day))]  # type: ignore[arg-type]
        if not options:
            return None
        near = min(options, key=lambda x: abs((x - d).days))
        if _past_over_new_year(c, near, d):
            return None
        return _log_bucket((near - d).days, _DAY_EDGES)
    if base == "W":
        return str((c.weekday - d.weekday()) % 7), 1  # type: ignore[operator]
    return None


def _past_over_new_year(c: Cue, near: date, d: date) -> bool:
    """Is ``c``, a yearless day told in the past, read nearest ``d`` a few weeks ahead over
    a New Year (prior.json ``past_day_new_year``: 'the summit held on January 9' told in late
    November)? It is mostly the writing year's own day, ten months back, which needs no
    year; the tables, fitted on the nearest reading, hold next to none there and read a
    writing date two months on: no bucket (as rules.yearless_day reports such a day)."""
    spec = prior_model().get("past_day_new_year", {})
    if c.tense not in spec.get("tenses", ()) or near.year <= d.year:
        return False
    low, high = spec["days"]
    return _base(c.kind) in spec["kinds"] and low < (near - d).days <= high


def fit(samples: Iterable[tuple[list[Cue], date]], alpha: float) -> dict[str, Any]:
    """Count buckets at the true writing dates; tables of log-probabilities per cue key.

    Unseen buckets get the add-``alpha`` share (``_unseen``); the scorer divides by the
    bucket's width so wide, far buckets do not look likelier than narrow, near ones.
    """
    counts: dict[str, dict[str, int]] = {}
    for cs, d in samples:
        for c in cs:
            b = bucket(c, d)
            if b is not None:
                row = counts.setdefault(_table_key(c, prior_model()), {})
                row[b[0]] = row.get(b[0], 0) + 1
    tables: dict[str, dict[str, float]] = {}
    for key, row in sorted(counts.items()):
        total = sum(row.values()) + alpha * (len(row) + 1)
        tab = {b: round(math.log((n + alpha) / total), 4) for b, n in sorted(row.items())}
        tab["_unseen"] = round(math.log(alpha / total), 4)
        tables[key] = tab
    return tables


def _table_key(c: Cue, model: Mapping[str, Any]) -> str:
    """The table ``c`` is weighed by: its own key, or for a kind in prior.json
    ``tables_of`` that kind's table of its tense (a period with its year, its year's)."""
    kind = model.get("tables_of", {}).get(c.kind)
    return c.key if kind is None else f"{kind}|{c.tense}"


def _logp(model: Mapping[str, Any], c: Cue, d: date) -> float | None:
    """Log-density of ``c``'s offset at ``d``: the fitted table mixed with a uniform
    density (share ``mix``), so that a habit of the fitting corpus (wire copy filed the
    same day) cannot make one unusual but honest article look impossible."""
    return _Fits([c], model).at(d)[0]


class _Fits:
    """The log-densities (:func:`_logp`) of the cues ``cs`` under ``model`` at each writing
    date asked about, and their gains (:meth:`gains`) from one date to another, each worked
    out once: :func:`assess` weighs the same cues at the stated date and at each shifted
    one in several tests (the ratio, the day's slip, the agreeing families, the top cue)."""

    __slots__ = ("cs", "model", "week", "_tables", "_mixes", "_at", "_gains")

    def __init__(self, cs: list[Cue], model: Mapping[str, Any]) -> None:
        self.cs, self.model = cs, model
        self.week = week_told(cs, model.get("week_told", {}))
        tables = model["tables"]
        self._tables: list[Mapping[str, float] | None] = [
            tables.get(_table_key(c, model)) for c in cs
        ]
        self._mixes: dict[str, tuple[float, float]] = {}
        self._at: dict[date, list[float | None]] = {}
        self._gains: dict[tuple[date, date], tuple[dict[str, float], list[float]]] = {}

    def at(self, d: date) -> list[float | None]:
        """Each cue's log-density at the writing date ``d`` (None where it has none)."""
        got = self._at.get(d)
        if got is None:
            got = self._at[d] = [
                None if tab is None else self._density(c, tab, d)
                for c, tab in zip(self.cs, self._tables, strict=True)
            ]
        return got

    def _density(self, c: Cue, tab: Mapping[str, float], d: date) -> float | None:
        """:func:`_logp` of ``c`` (its table ``tab``) at ``d``; a weekday told where the
        day runs ahead of the desk's (``Cue.day_ahead``) a mixture of its densities at
        ``d`` and the day after, the writer's own day being the next one in prior.json
        ``wire_copy`` 'local_day' 'next_day_share' of such copy."""
        got = self._at_day(c, tab, d)
        nxt = self._at_day(c, tab, d + timedelta(days=1)) if c.day_ahead else None
        if got is None or nxt is None:
            return got
        share = float(self.model["wire_copy"]["local_day"]["next_day_share"])
        a, b = math.log(1 - share) + got, math.log(share) + nxt
        return max(a, b) + math.log1p(math.exp(-abs(a - b)))

    def _at_day(self, c: Cue, tab: Mapping[str, float], d: date) -> float | None:
        b = bucket(c, d)
        if b is None:
            return None
        mix = self._mixes.get(c.kind)
        if mix is None:
            eps = float(self.model["mix"])
            support = float(self.model["uniform_support"][_base(c.kind)])
            mix = self._mixes[c.kind] = (math.log(1 - eps), math.log(eps) - math.log(support))
        kept, flat = mix  # the fitted table's share, the uniform density's (logs)
        fitted = kept + tab.get(b[0], tab["_unseen"]) - math.log(b[1])
        return float(max(fitted, flat) + math.log1p(math.exp(-abs(fitted - flat))))

    def gains(self, dct: date, cand: date) -> tuple[dict[str, float], list[float]]:
        """:func:`_kind_gains` from ``dct`` to ``cand`` (shared: read, never change)."""
        got = self._gains.get((dct, cand))
        if got is None:
            got = self._gains[dct, cand] = _kind_gains(self.at(dct), self.at(cand), self)
        return got


def shift_llrs(cs: list[Cue], dct: date, model: Mapping[str, Any],
               shifts: Iterable[int] | None = None, fits: _Fits | None = None
               ) -> dict[int, float]:
    """Capped log-likelihood ratio of each candidate shift (days; the model's when
    ``shifts`` is None) against ``dct`` (``fits``: the cues' densities so far, when
    the caller weighs them at other dates too)."""
    kind_caps: Mapping[str, float] = model.get("kind_caps", {})
    # A shift backed by fewer than ``min_cues`` cues (each gaining at least ``support``)
    # scores nothing: one misread mention (a weekday of another week) is no case.
    min_cues = int(model.get("min_cues", 1))
    support = float(model.get("support", 0.0))
    fits = fits if fits is not None else _Fits(cs, model)
    out: dict[int, float] = {}
    for shift in model["shifts_days"] if shifts is None else shifts:
        cand = shifted(dct, int(shift))
        if cand is None:
            continue
        by_kind, ups = fits.gains(dct, cand)
        backing = sum(1 for g in ups if g >= support)
        # One kind of cue alone (weekdays, say) may only carry so much of the case.
        total = sum(min(v, float(kind_caps.get(k, math.inf))) for k, v in by_kind.items())
        out[int(shift)] = total if backing >= min_cues else min(total, 0.0)
    return out


def _kind_gains(here: list[float | None], away: list[float | None], fits: _Fits
                ) -> tuple[dict[str, float], list[float]]:
    """How much better the cues of each kind (``Cue.base``) fit the writing date where
    their log-densities are ``away`` than the date where they are ``here``, each cue's
    gain capped at ``cap`` either way, and the gains of the cues that fit there better
    (over zero). The weekdays of a week told back (:func:`week_told`) gain together no more
    than the best of them."""
    cap = float(fits.model["cap"])
    by_kind: dict[str, float] = {}
    ups: list[float] = []
    week: list[float] = []  # the gains of a week told back's weekdays (week_told)
    for i, (c, h, there) in enumerate(zip(fits.cs, here, away, strict=True)):
        if h is None or there is None:
            continue
        base = _base(c.kind)
        if i in fits.week:
            week.append(min(max(there - h, -cap), cap))
        by_kind[base] = by_kind.get(base, 0.0) + min(max(there - h, -cap), cap)
        if there - h > 0:
            ups.append(there - h)
    if week and sum(week) > max(week):
        # One week, one sign of the writing date: its days agree no more than its best.
        by_kind[_base(fits.cs[min(fits.week)].kind)] -= sum(week) - max(week)
    return by_kind, ups


def week_told(cs: list[Cue], spec: Mapping[str, Any]) -> frozenset[int]:
    """The indices in ``cs`` of the weekdays of a week told back in order (prior.json
    ``week_told``): weekdays of 'kinds' told in one of 'tenses', none told ahead ('ahead'),
    'min_days' of them one after another in the text rising through the week. A round-up
    of the week ('rallied Monday', 'fell Tuesday', 'eased Thursday', 'rebounded Friday')
    says one thing of its writing date, that it follows the last of them: weighed as
    several, one day's move of the writing date reads as several weekdays' agreement."""
    if not spec or any(c.kind in spec["kinds"] and c.tense in spec["ahead"] for c in cs):
        return frozenset()
    days = sorted((c.start, i) for i, c in enumerate(cs)
                  if c.kind in spec["kinds"] and c.tense in spec["tenses"])
    run = longest = 1
    for (_, a), (_, b) in itertools.pairwise(days):
        run = run + 1 if (cs[a].weekday or 0) < (cs[b].weekday or 0) else 1
        longest = max(longest, run)
    if not days or longest < int(spec["min_days"]):
        return frozenset()
    return frozenset(i for _, i in days)


def agreeing_families(cs: list[Cue], dct: date, cand: date, model: Mapping[str, Any],
                      fits: _Fits | None = None) -> set[str]:
    """The families of cue (prior.json ``kinds_agree`` 'families': a weekday, a year, a
    yearless month or day) whose cues together fit the writing date ``cand`` better than
    ``dct`` by more than its 'least' (each kind's gain capped as :func:`shift_llrs` caps it):
    independent readings of the date that agree, where two weekdays of one week are one."""
    spec: Mapping[str, Any] = model.get("kinds_agree", {})
    families: Mapping[str, str] = spec.get("families", {})
    kind_caps: Mapping[str, float] = model.get("kind_caps", {})
    by_kind, _ = (fits if fits is not None else _Fits(cs, model)).gains(dct, cand)
    gain: dict[str, float] = {}
    for kind, v in by_kind.items():
        if kind in families:
            fam = families[kind]
            gain[fam] = gain.get(fam, 0.0) + min(v, float(kind_caps.get(kind, math.inf)))
    least = float(spec.get("least", 0.0))
    return {fam for fam, v in gain.items() if v > least}


def shift_threshold(model: Mapping[str, Any], shift: int) -> float:
    """The flag threshold of one candidate shift: its own (``shift_thresholds``, fitted so
    that shifts whose ratio is noisy at true dates need more) or the global one."""
    own: Mapping[str, float] = model.get("shift_thresholds", {})
    return float(own.get(str(shift), model["threshold"]))


def agreed_threshold(cs: list[Cue], dct: date, shift: int, model: Mapping[str, Any],
                     fits: _Fits | None = None) -> float:
    """The flag threshold of ``shift`` for the cues ``cs``: its own (:func:`shift_threshold`),
    or the lower one prior.json ``kinds_agree`` gives that shift when 'families_needed' or
    more families of cue agree on it (:func:`agreeing_families`): a writing date a year
    before the stated one needs a high ratio when a lone weekday carries it (a day late
    fits a paper's 'said Friday' as well), less when a year named in the text agrees, and
    less still (its 'near_year') when that year is near the stated one's and the weekday
    is told in the past (:func:`_near_year_agrees`)."""
    fits = fits if fits is not None else _Fits(cs, model)
    own = min(shift_threshold(model, shift), not_a_days_slip(cs, dct, shift, model, fits))
    spec: Mapping[str, Any] = model.get("kinds_agree", {})
    low = spec.get("shift_thresholds", {}).get(str(shift))
    cand = shifted(dct, shift)
    if low is None or float(low) >= own or cand is None:
        return own
    agree = agreeing_families(cs, dct, cand, model, fits)
    if len(agree) < int(spec.get("families_needed", 2)):
        return own
    near: Mapping[str, Any] = spec.get("near_year", {})
    nearer = near.get("shift_thresholds", {}).get(str(shift))
    if nearer is not None and _near_year_agrees(cs, dct, cand, near, spec, fits):
        return min(float(low), float(nearer))
    return float(low)


def _near_year_agrees(cs: list[Cue], dct: date, cand: date, near: Mapping[str, Any],
                      spec: Mapping[str, Any], fits: _Fits) -> bool:
    """Do a weekday told in ``near``'s 'weekday_tense' (a past 'said Thursday', read days
    back) and a year within its 'within' of ``dct``'s (``spec``'s 'families') each fit
    ``cand`` better than ``dct``? Such a year tells the writing year itself, where one long
    past fits any earlier writing date by its age alone."""
    families: Mapping[str, str] = spec.get("families", {})
    within, told = int(near["within"]), str(near["weekday_tense"])
    up = [c for c, h, t in zip(cs, fits.at(dct), fits.at(cand), strict=True)
          if h is not None and t is not None and t > h]
    return (any(families.get(c.base) == "weekday" and c.tense == told for c in up)
            and any(families.get(c.base) == "year" and c.year is not None
                    and abs(c.year - dct.year) <= within for c in up))


def not_a_days_slip(cs: list[Cue], dct: date, shift: int, model: Mapping[str, Any],
                    fits: _Fits | None = None) -> float:
    """The lower flag threshold prior.json ``year_not_day`` gives ``shift`` (a year before
    or after) when the cues fit it better than the day's slip that moves the weekdays
    alike (its ``day_of``: a day before, a day after) by ``margin`` or more; infinity
    otherwise. A year's shift needs a high ratio because a weekday one day off is as often
    a paper's day-late 'said Friday' (a year after: a weekday a day on, the next day's plan
    or a past one of the week before) as a year's slip; when the article's own dates fit
    the stated day and not the day's slip ("on March 9" read in the past on March 10),
    that reading is out. Only where a weekday (``kind``) is among the cues that fit the
    year's shift; a shift listed in 'kindless' has the lower threshold where none does (a
    year after told by its years alone is no day's slip). Over a 29 February a year moves
    the weekdays two days, so the day's slip read is two days."""
    spec: Mapping[str, Any] = model.get("year_not_day", {})
    low = spec.get("shift_thresholds", {}).get(str(shift))
    day = spec.get("day_of", {}).get(str(shift))
    cand = shifted(dct, shift)
    if low is None or day is None or cand is None:
        return math.inf
    slip = weekday_slip(dct, cand)
    day = slip if slip * int(day) > 0 else int(day)
    # Only a case the weekdays make: without a weekday that fits the year's shift, its
    # own threshold was never a day's slip's. A year before alone keeps it; a year after
    # ('kindless') has the lower one, its own being raised only for the weekday's slip.
    fits = fits if fits is not None else _Fits(cs, model)
    by_kind, _ = fits.gains(dct, cand)
    if by_kind.get(str(spec["kind"]), 0.0) <= 0:
        return float(low) if str(shift) in spec.get("kindless", ()) else math.inf
    llrs = shift_llrs(cs, dct, model, [shift, int(day)], fits)
    if shift not in llrs or int(day) not in llrs:
        return math.inf
    return float(low) if llrs[shift] - llrs[int(day)] >= float(spec["margin"]) else math.inf


@lru_cache(maxsize=4)
def _dateline_re(agencies: tuple[str, ...]) -> re.Pattern[str]:
    # A place in capitals at a line's start, at most a region or a date after a comma,
    # then the agency in brackets: 'LAGOS, Nigeria (AP)', 'PORT LOUIS, May 4 (Xinhua)'.
    names = "|".join(re.escape(a) for a in agencies)
    return re.compile(rf"^[ \t]*[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:,[^()\n]{{1,40}})?"
                      rf"[ \t]*\([ \t]*(?:{names})[ \t]*\)", re.MULTILINE)


def wire_copy(text: str, model: Mapping[str, Any]) -> bool:
    """Does an agency's dateline open ``text`` (prior.json ``wire_copy``)? Wire copy is
    filed from its dateline's place on the news day and names that day by weekday."""
    spec = model.get("wire_copy", {})
    if not spec.get("agencies"):
        return False
    head = text[: int(spec["head_chars"])]
    return "(" in head and _opens_wire(head, tuple(spec["agencies"]))


@lru_cache(maxsize=64)  # one article's head, read again at every writing date tried
def _opens_wire(head: str, agencies: tuple[str, ...]) -> bool:
    return _dateline_re(agencies).search(head) is not None


def for_wire_copy(cs: list[Cue], text: str, model: Mapping[str, Any],
                  dct: date | None = None) -> Mapping[str, Any]:
    """``model`` with prior.json ``wire_copy``'s lower shift thresholds where a weekday is
    among the cues and an agency's dateline opens the text (:func:`wire_copy`): there a
    weekday a day off the stated date is a year's slip as often as a day's, where a paper
    names yesterday's news by weekday the next day. Lower still (its ``lead_day``) for a
    shift whose filing day the lead's weekday names and the stated date's does not
    (:func:`lead_names_filing_day`)."""
    spec: Mapping[str, Any] = model.get("wire_copy", {})
    low: Mapping[str, float] = spec.get("shift_thresholds", {})
    if not low or not wire_copy(text, model) or not any(c.base == "W" for c in cs):
        return model
    lead: Mapping[str, Any] = spec.get("lead_day", {})
    if lead and dct is not None:
        named = {k: float(v) for k, v in lead.get("shift_thresholds", {}).items()
                 if lead_names_filing_day(cs, text, dct, int(k), model)}
        low = {**low, **{k: min(v, float(low.get(k, v))) for k, v in named.items()}}
    return _lowered(model, low)


def for_stated_lead(cs: list[Cue], text: str, model: Mapping[str, Any],
                    dct: date) -> Mapping[str, Any]:
    """``model`` with prior.json ``stated_lead_day``'s higher shift thresholds for a shift
    that moves the stated date's weekday where the lead names that weekday
    (:func:`lead_names_stated_day`): a story told on its news day ('opened the bridge on
    Monday', dated Monday) names days of the week before in its background ('the council
    on Tuesday approved the repairs'), six days back, which a year later reads as the
    writing day; read with its lead, such a weekday is at most a day's slip, held to the
    day's bar."""
    spec: Mapping[str, Any] = model.get("stated_lead_day", {})
    high = {k: float(v) for k, v in spec.get("shift_thresholds", {}).items()
            if lead_names_stated_day(cs, text, dct, int(k), spec)}
    return _with_thresholds(model, high, max) if high else model


def lead_names_stated_day(cs: list[Cue], text: str, dct: date, shift: int,
                          spec: Mapping[str, Any]) -> bool:
    """Does the lead (the article's first sentence) name by its first bare weekday of
    ``spec``'s 'kinds', told in one of its 'tenses', the stated date's own weekday, which
    the writing date ``shift`` days on does not have?"""
    cand = shifted(dct, shift)
    if cand is None or cand.weekday() == dct.weekday():
        return False
    first = len(text) - len(text.lstrip())
    end = sentence_bounds(text, first, first + 1)[1]
    lead = _first_cue(cs, first, end, spec)
    return (lead is not None and lead.tense in set(spec.get("tenses", ()))
            and lead.weekday == dct.weekday())


def _first_cue(cs: list[Cue], start: int, end: int, spec: Mapping[str, Any]) -> Cue | None:
    """The first cue of ``spec``'s 'kinds' that starts in ``[start, end)``: the lead's
    day, which the lead checks weigh."""
    kinds = set(spec.get("kinds", ()))
    return next((c for c in cs if start <= c.start < end and c.kind in kinds), None)


def lead_names_filing_day(cs: list[Cue], text: str, dct: date, shift: int,
                          model: Mapping[str, Any]) -> bool:
    """Does the lead of wire copy (the sentence its dateline opens) name by a bare weekday
    (prior.json ``wire_copy`` 'lead_day' 'kinds') the filing day of the writing date
    ``shift`` days from ``dct``, and not the stated date's (told in one of its 'tenses': a
    day told ahead is no filing day)? A wire files its story on the
    news day and its lead names that day ('police found the body Friday', filed Friday):
    the filing day is the writing date, or the day the dateline names ('WASHINGTON, August
    13 (Xinhua)', filed on the 13th and dated the 14th by the desk a time zone on)."""
    spec = model.get("wire_copy", {})
    got = _dateline_re(tuple(spec.get("agencies", ()))).search(text[: int(spec["head_chars"])])
    cand = shifted(dct, shift)
    if got is None or cand is None:
        return False
    lead_spec = spec.get("lead_day", {})
    end = sentence_bounds(text, got.end(), got.end())[1]
    lead = _first_cue(cs, got.end(), end, lead_spec)
    if lead is None or lead.tense not in set(lead_spec.get("tenses", ())):
        return False  # a day told ahead ('will vote Friday') is not the filing day
    day = _dateline_day(got.group(0))
    return _filing_day(cand, day).weekday() == lead.weekday != _filing_day(dct, day).weekday()


def local_day_ahead(text: str, model: Mapping[str, Any]) -> bool:
    """Does an agency's dateline open ``text`` (:func:`wire_copy`) from a place whose
    clock runs at least prior.json ``wire_copy`` 'local_day' 'min_hours' ahead of the
    agency's desk ('desks': hours from UTC; 'places': a dateline's city or the region
    after its comma, standard hours from UTC)? There the writer's day often is the
    desk's next: 'WELLINGTON, New Zealand (AP) -- ... said Friday', dated Thursday in
    New York."""
    spec = model.get("wire_copy", {})
    local = spec.get("local_day", {})
    if not local or "(" not in text[: int(spec["head_chars"])]:
        return False
    got = _dateline_re(tuple(spec["agencies"])).search(text[: int(spec["head_chars"])])
    if got is None:
        return False
    head, agency = got.group(0).split("(")[0], got.group(0).split("(")[-1].strip(" \t)")
    desk = local["desks"].get(agency)
    if desk is None:
        return False  # an agency with no desk hours: no table to build
    places = {name.upper(): float(hours) for name, hours in local["places"].items()}
    names = [n.strip().upper() for n in head.split(",")]
    here = next((places[n] for n in reversed(names) if n in places), None)
    return here is not None and here - desk >= float(local["min_hours"])


def _dateline_day(dateline: str) -> tuple[int, int] | None:
    """The month and day a dateline names ('PORT LOUIS, May 4 (Xinhua)'), if any."""
    days = [(m.month, m.day) for m in scan_mentions(dateline)
            if m.month is not None and m.day is not None and m.year is None]
    return days[0] if days else None


def _filing_day(d: date, day: tuple[int, int] | None) -> date:
    """The day copy written on ``d`` was filed: the dateline's ``day`` nearest ``d``, or
    ``d`` itself."""
    if day is None:
        return d
    near = [x for y in (d.year - 1, d.year, d.year + 1) if (x := _safe(y, *day))]
    return min(near, key=lambda x: abs((x - d).days)) if near else d


def for_weekday_free(cs: list[Cue], model: Mapping[str, Any],
                     dct: date | None = None) -> Mapping[str, Any]:
    """``model`` with prior.json ``weekday_free``'s lower shift thresholds where no cue is a
    weekday: a year before needs a high ratio only because a weekday a day off fits a
    paper's day-late copy as well as a year's slip; years and dates alone carry no such
    reading. Lower still (its ``near_year``) where a cue names a year within 'within' of
    ``dct``'s (a year's result within its kind's own reach, 'within_by_kind': told a year
    or two after it): only years long past, whose fit favours any earlier writing date,
    keep the first bar."""
    spec: Mapping[str, Any] = model.get("weekday_free", {})
    low: Mapping[str, float] = spec.get("shift_thresholds", {})
    if not low or not cs or any(c.base == "W" for c in cs):
        return model
    near: Mapping[str, Any] = spec.get("near_year", {})
    if near and dct is not None:
        within = int(near["within"])
        by_kind: Mapping[str, int] = near.get("within_by_kind", {})  # a kind's own reach
        if any(c.year is not None and abs(c.year - dct.year) <= int(by_kind.get(c.kind, within))
               for c in cs):
            low = near["shift_thresholds"]
    return _lowered(model, low)


def _lowered(model: Mapping[str, Any], low: Mapping[str, float]) -> Mapping[str, Any]:
    """``model`` with each shift's threshold lowered to ``low``'s where that is lower."""
    return _with_thresholds(model, low, min)


def _with_thresholds(model: Mapping[str, Any], values: Mapping[str, float],
                     pick: Callable[[float, float], float]) -> Mapping[str, Any]:
    """``model`` with each shift's threshold set to ``pick`` (min or max) of ``values``'s
    and its own (a shift ``model`` gives no threshold of its own has the global one)."""
    own = dict(model["shift_thresholds"])
    for k, v in values.items():
        own[k] = pick(float(v), float(own.get(k, model["threshold"])))
    return {**model, "shift_thresholds": own}


def weekday_slip(d: date, cand: date) -> int:
    """The shift in days, -3 to 3, that moves ``d``'s weekday to ``cand``'s: -1 for a
    calendar year back, -2 for one back over a 29 February."""
    return (cand.weekday() - d.weekday() + 3) % 7 - 3


def assess(cs: list[Cue], dct: date, model: Mapping[str, Any] | None = None,
           fits: _Fits | None = None) -> Assessment:
    """Best shifted writing date for cues ``cs``: the shift whose capped log-likelihood
    ratio exceeds its threshold the most (``threshold`` is that shift's, lower where
    families of cue agree on it: :func:`agreed_threshold`). A shift of
    ``day_shift_of`` (a year's) is ranked against the higher of its threshold and its day
    shift's while that day shift passes its own: a lone weekday a day off fits a day's
    slip and a year's shift alike, the day's reason names both, and a year's threshold set
    below the day's must not turn it into 'a year later' (the flag is the same: some shift
    passes its own threshold either way). ``fits``: the cues' densities (:func:`fits_for`),
    when the caller weighs them at other dates too."""
    model = model if model is not None else model_for(cs)
    pairs = {int(k): int(v) for k, v in model.get("day_shift_of", {}).items()}
    fits = fits if fits is not None else _Fits(cs, model)
    llrs = shift_llrs(cs, dct, model, fits=fits)
    best = Assessment(0.0, dct, None, float(model["threshold"]))
    margin = -math.inf
    for shift, total in llrs.items():
        t = (agreed_threshold(cs, dct, shift, model, fits) if total > 0
             else shift_threshold(model, shift))
        cand = shifted(dct, shift)
        day = pairs.get(shift)
        bar = t
        if day is not None and llrs.get(day, 0.0) > shift_threshold(model, day):
            bar = max(t, shift_threshold(model, day))
        if cand is not None and total > 0 and total - bar > margin:
            top = _top_cue(fits, dct, cand)
            best, margin = Assessment(round(total, 4), cand, top, t, shift), total - bar
    return best


def year_llrs(cs: list[Cue], dct: date, model: Mapping[str, Any] | None = None,
              fits: _Fits | None = None) -> dict[int, float]:
    """The capped log-likelihood ratios :func:`year_hint` and :func:`year_fits` read, in one
    pass: its shifts (rules.json 'year_hint') and a calendar year each way, under the tables
    of the reader that read ``cs`` (:func:`model_for`) unless ``model`` is given."""
    model = model if model is not None else model_for(cs)
    shifts = {int(k) for k in rules()["year_hint"]["shifts_days"]} | {-365, 365}
    return shift_llrs(cs, dct, model, sorted(shifts), fits)


def year_fits(cs: list[Cue], dct: date, model: Mapping[str, Any] | None = None,
              llrs: Mapping[int, float] | None = None) -> tuple[float, float]:
    """How much better ``cs`` fit a writing date a calendar year before and a year after
    ``dct`` than ``dct`` itself: the capped log-likelihood ratios of shifts -365 and 365
    under the tables of the reader that read them (:func:`model_for`), as :func:`year_hint`
    weighs them; 0.0 where no cue speaks (DateCheck.year_fit). ``llrs``: :func:`year_llrs`'
    ratios, when already worked out."""
    llrs = llrs if llrs is not None else year_llrs(cs, dct, model)
    return (round(llrs.get(-365, 0.0), 4), round(llrs.get(365, 0.0), 4))


def year_hint(cs: list[Cue], dct: date, model: Mapping[str, Any] | None = None,
              llrs: Mapping[int, float] | None = None) -> date | None:
    """The writing date a year or so away (rules.json 'year_hint': its shifts) that the cues
    fit better than ``dct`` by more than its ``min_llr`` (or that shift's own in
    ``min_llr_by_shift``), the best if several; None if none.
    A weak sign (a lone weekday a day off fits a year away and a one-day slip alike): only
    other articles telling the story on that side make it count (stories.weighed).
    ``llrs``: :func:`year_llrs`' ratios, when already worked out."""
    spec = rules()["year_hint"]
    ratios = llrs if llrs is not None else year_llrs(cs, dct, model)
    llrs = {int(k): ratios[int(k)] for k in spec["shifts_days"] if int(k) in ratios}
    # Each side may ask its own ratio ('min_llr_by_shift'): the two sides are not
    # equally noisy at true dates (a slip of a day reads as a year later more often).
    own: Mapping[str, float] = spec.get("min_llr_by_shift", {})
    over = {k: v for k, v in llrs.items() if v > float(own.get(str(k), spec["min_llr"]))}
    best = max(over, key=lambda k: over[k], default=None)
    return None if best is None else shifted(dct, best)


def backing_cues(cs: list[Cue], dct: date, cand: date, model: Mapping[str, Any]) -> list[Cue]:
    """The cues of ``cs`` that fit the writing date ``cand`` better than ``dct`` (each one's
    log-density there higher): what a shift's ratio rests on."""
    return [c for c, gain in _gains(_Fits(cs, model), dct, cand) if gain > 0]


def _top_cue(fits: _Fits, dct: date, cand: date) -> Cue | None:
    """The cue that moves most toward ``cand`` (the first of equals)."""
    top, top_gain = None, 0.0
    for c, gain in _gains(fits, dct, cand):
        if gain > top_gain:
            top, top_gain = c, gain
    return top


def _gains(fits: _Fits, dct: date, cand: date) -> Iterator[tuple[Cue, float]]:
    """Each cue with a density at both dates, with how much better it fits the writing
    date ``cand`` than ``dct`` (log-density there minus here)."""
    for c, here, there in zip(fits.cs, fits.at(dct), fits.at(cand), strict=True):
        if here is not None and there is not None:
            yield c, there - here


def shifted(d: date, days: int) -> date | None:
    """``d`` moved by a candidate shift. A shift of one year (365 days) is a calendar year:
    a date written a year off keeps its month and day, so over a 29 February it moves 366
    days (and its weekday two), which a shift in days would miss by one. Other shifts,
    two years (730) included, stay days (as calendar years they took TimeBank half A's false
    alarms from 0.78% to 2.34% without the parse, 2026-12-02). None past the calendar's
    ends. Public: other articles' tellings a year away are looked for at the same date
    (datecheck.stories.year_told). Not the rule of ``check._shift_years``, on purpose: the
    estimate's candidates (check.candidates) are two calendar years away, since there a
    shift only proposes a date that the whole evidence then judges, and a year written
    wrong keeps its month and day; here a shift's weight can raise an alarm."""
    try:
        if abs(days) == 365:
            year = d.year + (1 if days > 0 else -1)
            return d.replace(year=year, day=min(d.day, 28) if d.month == 2 else d.day)
        return d + timedelta(days=days)
    except (OverflowError, ValueError):
        return None


@lru_cache(maxsize=1)
def prior_model() -> dict[str, Any]:
    """Fitted tables, candidate shifts, per-cue cap and flag threshold (prior.json)."""
    return load_json("prior.json")


def model_for(cs: Iterable[Cue]) -> dict[str, Any]:
    """The prior fitted for the tense reader that read ``cs``: a parse sorts cues by tense
    differently from the word heuristic (a weekday across a comma from its verb), so a
    table fitted on one reader's tenses misreads the other's (prior_parsed.json)."""
    return parsed_model() if any(c.parsed for c in cs) else prior_model()


def fits_for(cs: list[Cue]) -> _Fits:
    """The densities of ``cs`` under the tables of the reader that read them
    (:func:`model_for`), to share among :func:`assess` and :func:`year_llrs` at one stated
    date: they weigh the cues at the same dates (the year each way), and the models they
    use differ in thresholds alone (:func:`for_wire_copy`, :func:`for_weekday_free`), never
    in the tables, ``mix``, ``uniform_support`` or ``cap`` a density or a gain reads."""
    return _Fits(cs, model_for(cs))


@lru_cache(maxsize=1)
def parsed_model() -> dict[str, Any]:
    """prior.json with prior_parsed.json's tables and thresholds over the plain ones."""
    base = prior_model()
    over = load_json("prior_parsed.json")
    return {
        **base,
        "tables": {**base["tables"], **over.get("tables", {})},
        "shift_thresholds": {**base["shift_thresholds"], **over.get("shift_thresholds", {})},
    }
