"""Evidence rules: each compares what one mention says with the stated date (DCT).

A rule returns :class:`Finding` records: the span, a one-line reason, a weight (from
``rules.json``) and the bound the mention puts on the real writing date ("was said on
March 1" means the article was written on or after March 1). Rules are pure functions of
(reading, DCT) so the same readings can be re-checked against candidate dates when
estimating the real writing date.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Literal

from dateline.datecheck.mentions import Mention
from dateline.datecheck.named import named_before
from dateline.datecheck.resources import lexicon, rule, word_set
from dateline.datecheck.tense import Tense, sentence_bounds, tense_of

Bound = Literal["earliest", "latest"]
_WEEKDAYS = tuple(calendar.day_name)
_MONTHS = tuple(calendar.month_name)


@dataclass(frozen=True, slots=True)
class Reading:
    """A mention with the tense it is referred to in (both independent of the DCT)."""

    mention: Mention
    tense: Tense


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    start: int
    end: int
    text: str
    reason: str
    weight: float
    bound: Bound | None = None
    bound_date: date | None = None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def period_span(period: str, year: int) -> tuple[date, date]:
    """First and last day of a reporting period ("Q3", "H1", "9M") in ``year``."""
    first, last = lexicon()["period_spans"][period]
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def interval(m: Mention) -> tuple[date, date] | None:
    """First and last day an explicit-year mention can denote (None: no year)."""
    if m.year is None:
        return None
    if m.modifier == "fiscal":
        # Fiscal year Y is named for the calendar year it ends in, so it begins no
        # earlier than February of Y-1 and ends by December of Y; its quarters and
        # months are unknown in calendar terms.
        if m.period is not None or m.month is not None:
            return None
        return _safe_date(m.year - 1, 2, 1) or date(m.year, 1, 1), date(m.year, 12, 31)
    if m.modifier == "edition":
        # "the 2007 ban list": things named for a year come out from the year before.
        return date(m.year - 1, 1, 1), date(m.year, 12, 31)
    if m.period is not None:
        return period_span(m.period, m.year)
    if m.month is None:
        if m.part is not None:
            first, last = lexicon()["year_parts"][m.part]
            return date(m.year, first, 1), date(m.year, last, calendar.monthrange(m.year, last)[1])
        return date(m.year, 1, 1), date(m.year, 12, 31)
    if m.day is None:
        last = calendar.monthrange(m.year, m.month)[1]
        return date(m.year, m.month, 1), date(m.year, m.month, last)
    d = _safe_date(m.year, m.month, m.day)
    return (d, d) if d else None


def _weight(spec: dict[str, float], days: int) -> float:
    return float(spec["weight_near"] if days <= spec.get("near_days", 0) else spec["weight"])


def _finding(
    name: str, m: Mention, weight: float, bound: Bound, when: date, reason: str = "reason",
    **fmt: object,
) -> Finding:
    """Rule ``name``'s finding at ``m``, its ``reason`` text (a key of the rule) filled in."""
    text = str(rule(name)[reason]).format(**fmt)
    return Finding(name, m.start, m.end, m.text, text, weight, bound, when)


def own_date_finding(name: str, m: Mention, when: date, dct: date) -> Finding:
    """Rule ``name``: a date the page gives as its own (a wire dateline, a page stamp, a
    later note) at ``when``, not the stated ``dct``: it bounds the writing date on its side;
    within the rule's ``near_days`` (a time zone, a publication slip) it weighs
    ``weight_near``, reported rather than flagged."""
    bound: Bound = "earliest" if when > dct else "latest"
    return _finding(name, m, _weight(rule(name), abs((when - dct).days)), bound, when,
                    date=when.isoformat(), dct=dct.isoformat())


def _wrong_side(
    name: str, m: Mention, days: int, bound: Bound, when: date, dct: date
) -> Iterator[Finding]:
    """Rule ``name``: a date ``days`` days past the DCT on the side opposite for its tense, found
    only within the rule's window."""
    spec = rule(name)
    if days <= spec["window_days"]:
        yield _finding(name, m, _weight(spec, days), bound, when,
                       date=when.isoformat(), dct=dct.isoformat(), days=days)


def _across_new_year(name: str, when: date, dct: date, step: int) -> bool:
    """Is ``when`` (a yearless day's reading nearest the DCT) over a New Year from the DCT,
    more than the rule's ``new_year_days`` away, while the reading a year the other way
    (``step``) falls in the DCT's own year? Writers leave out the current year, so "took
    effect on Jan. 1" in a November story is that year's January, not a slip of weeks."""
    other = _safe_date(when.year + step, when.month, when.day)
    return (when.year != dct.year and other is not None and other.year == dct.year
            and abs((when - dct).days) > rule(name)["new_year_days"])


def _yearless_wrong_side(
    name: str, m: Mention, bound: Bound, when: date, dct: date, step: int
) -> Iterator[Finding]:
    """:func:`_wrong_side` for a yearless day; over a New Year (:func:`_across_new_year`)
    it is reported at the rule's ``weight_near``, not flagged."""
    days = abs((when - dct).days)
    if not _across_new_year(name, when, dct, step):
        yield from _wrong_side(name, m, days, bound, when, dct)
        return
    spec = rule(name)
    if days <= spec["window_days"]:
        yield _finding(name, m, float(spec["weight_near"]), bound, when, "reason_new_year",
                       date=when.isoformat(), dct=dct.isoformat(), days=days, year=dct.year)


def explicit(r: Reading, dct: date, text: str = "") -> Iterator[Finding]:
    """A date with its year, referred to in the past after the DCT or the future before it.
    With ``text``, a past the words around the date do not read (:func:`_words_past`) is
    no finding."""
    span = interval(r.mention)
    if span is None:
        return
    lo, hi = span
    # Beyond the window a year is a projection or a comparison ("the worst since
    # 1979"), not a slipped date.
    if r.tense == "past" and lo > dct and _words_past(text, r.mention) and not (
            _term_in(text, r.mention)):
        yield from _wrong_side("explicit_past_after", r.mention, (lo - dct).days, "earliest",
                               lo, dct)
    elif r.tense == "future" and hi < dct:
        yield from _wrong_side("explicit_future_before", r.mention, (dct - hi).days, "latest",
                               hi, dct)


def _words_past(text: str, m: Mention) -> bool:
    """Do the words around ``m`` read it in the past too, as the parse did? The parse
    hangs a year or a month on the verb of its clause wherever it stands: before a noun
    ("the 2031 models went on sale"), in a quantity's phrase ("was projected at 4
    percent in 2031"), on the object of a verb of intent ("called for elections in
    2031"); the words read those as a thing's name, a plan or no tense. A date after
    the stated one is strong evidence (it contradicts the date alone), so one that
    names no day takes both readings. A day is an act's ("was appointed on Aug. 10,
    2031"); so is a year before a name, an edition of an event held or given in its
    year ("finished second at the 2031 World Cup"); and an edition or a fiscal year is
    read a year wide already (:func:`interval`). (Without a parse the reading is the
    words' own: no change.)"""
    if not text or m.day is not None or m.modifier in ("edition", "fiscal"):
        return True
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is not None and nxt.group(1)[0].isupper():
        return True
    return _word_tense(text, m.start, m.end) == "past"


def _term_in(text: str, m: Mention) -> bool:
    """Is ``m`` a term's year after 'in' ("notes due in 2031", "options expiring in
    2031")? The term is the noun's, whatever verb the clause's past is (rules.json
    explicit_past_after term_words: a word of a security's or a contract's term; 'due
    March 1' and 'due on March 1' are the tense reader's terms already)."""
    words = re.findall(r"[a-z]+", text[max(0, m.start - 30) : m.start].lower())
    return len(words) > 1 and words[-1] == "in" and words[-2] in rule(
        "explicit_past_after").get("term_words", ())


@lru_cache(maxsize=256)
def _word_tense(text: str, start: int, end: int) -> Tense:
    """:func:`tense_of` without a parse (a pure function of the text; the rules re-read
    each date at every candidate date). Each entry keeps its article's whole text alive,
    so the cache is small: an article asks it only for the few past-told years after a
    candidate date, and a long run must not hold thousands of old articles."""
    return tense_of(text, start, end)


def yearless_day(r: Reading, dct: date, text: str = "") -> Iterator[Finding]:
    """Month and day without a year, read as the occurrence nearest the DCT. One told in
    the past in a sentence about a year earlier ("for its year-ago quarter, the term
    ended Oct. 31") is that year's (rules.json yearless_past_after year_ago_marks)."""
    m = r.mention
    if m.has_year or m.month is None or m.day is None or m.modifier or named_before(m, dct):
        return
    # The reading closest to the DCT is what a writer means by a date without a year.
    same = nearest_occurrence(m.month, m.day, dct)
    if same is None:
        return
    if r.tense == "past" and same > dct:
        if _year_ago_told(text, m):
            return
        if (same - dct).days > rule("yearless_past_after")["thing_min_days"] and (
                _names_a_thing(text, m)):
            yield from _thing_ahead(m, same, dct)
            return
        yield from _yearless_wrong_side("yearless_past_after", m, "earliest", same, dct, -1)
    elif r.tense == "future" and same < dct and not _names_a_thing(text, m):
        yield from _yearless_wrong_side("yearless_future_before", m, "latest", same, dct, 1)


#: An article or a possessive right before a day: "the April 26 truce", "Iran's May 3 offer".
_THING_OPENER = re.compile(r"(?:\b(?:the|a|an)|\w['’]s)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")


def _names_a_thing(text: str, m: Mention) -> bool:
    """Does the yearless day name a thing by its day, standing between an article and the
    thing's noun ("casualties from the April 20 rig explosion")? A future clause tells
    what the thing will bring, not the thing, which is mostly past: its day behind the
    stated date says nothing against it. (A past clause tells the thing itself, "since
    the Jan. 12 quake": its day ahead is evidence.) A function word after the day
    (lexicon.json edition_stop_words: "the May 3 and 4 talks") leaves it no name."""
    if not text or not _THING_OPENER.search(text, max(0, m.start - 8), m.start):
        return False
    nxt = _NEXT_WORD.match(text, m.end)
    return nxt is not None and nxt.group(1).lower() not in word_set("edition_stop_words")


def _thing_ahead(m: Mention, when: date, dct: date) -> Iterator[Finding]:
    """A past clause's thing named by a day over a week ahead of the stated date ("under
    the April 26 truce", told early in April): a thing's name keeps its day when the
    thing is a year old, so the day is reported at the rule's ``weight_near``, not
    flagged (rules.json yearless_past_after reason_thing). Within ``thing_min_days`` it
    is flagged as any day: a stated date a few days early shows so."""
    spec = rule("yearless_past_after")
    days = (when - dct).days
    if days <= spec["window_days"]:
        yield _finding("yearless_past_after", m, float(spec["weight_near"]), "earliest", when,
                       "reason_thing", date=when.isoformat(), dct=dct.isoformat(), days=days)


def _year_ago_told(text: str, m: Mention) -> bool:
    """Does the sentence of ``m`` set its time in the year before, before the day ("in
    the year-ago period, the quarter ended Oct. 31")? A mark after the day or after a
    comparison's word ("up from $3 million a year earlier", "than in the year-ago
    quarter") is the base of a comparison, not the day's time (rules.json
    yearless_past_after year_ago_marks, year_ago_not_after)."""
    if not text:
        return False
    spec = rule("yearless_past_after")
    left, _right = sentence_bounds(text, m.start, m.end)
    head = text[left:m.start].lower()
    compare = spec.get("year_ago_not_after", ())
    for mark in spec.get("year_ago_marks", ()):
        for hit in re.finditer(rf"(?<![\w-]){re.escape(mark)}(?![\w-])", head):
            before = re.findall(r"[a-z]+", head[max(0, hit.start() - 30):hit.start()])[-3:]
            if not set(before) & set(compare):
                return True
    return False


def prospective_before(r: Reading, dct: date) -> Iterator[Finding]:
    """A plan, term or deadline ("payable Dec. 7", "expected to finish in August 2010")
    already past at the stated date. A bare year is left out: "for 1988" and "fiscal
    1990" are as often history or accounting as plans."""
    m = r.mention
    if r.tense != "prospective" or m.modifier or m.weekday is not None or m.month is None:
        return
    if named_before(m, dct):
        return
    spec = rule("prospective_before")
    span = interval(m)
    if span is not None:
        when, window = span[1], spec["window_days_explicit"]
    elif m.day is not None:
        near = nearest_occurrence(m.month, m.day, dct)
        if near is None:
            return
        when, window = near, spec["window_days"]
    else:
        return
    days = (dct - when).days
    if days <= spec["near_days"] or days > window:
        return
    yield _finding(
        "prospective_before",
        m,
        float(spec["weight"]),
        "latest",
        when,
        date=when.isoformat(),
        dct=dct.isoformat(),
        days=days,
    )


def yearless_month(r: Reading, dct: date) -> Iterator[Finding]:
    """A month alone in the past tense that, in the stated year, is still to come."""
    m = r.mention
    if m.has_year or m.month is None or m.day is not None or m.modifier or r.tense != "past":
        return
    spec = rule("yearless_month_past_after")
    ahead = m.month - dct.month
    if 0 < ahead <= spec["window_months"]:
        yield _finding(
            "yearless_month_past_after",
            m,
            float(spec["weight"]),
            "earliest",
            date(dct.year, m.month, 1),
            month=_MONTHS[m.month],
            dct=dct.isoformat(),
        )


def unfinished_period(r: Reading, dct: date, text: str) -> Iterator[Finding]:
    """ "third-quarter net income rose" (past): the quarter must be over when written."""
    m = r.mention
    if m.period is None or m.modifier or r.tense != "past":
        return
    year = m.year if m.year is not None else dct.year
    start, end = period_span(m.period, year)
    if not start <= dct < end:
        return
    spec = rule("unfinished_period")
    # Results of a period barely begun are a fiscal period (a year ending in, say,
    # September), not a wrong date; "quarter ended Aug. 26" names its own end.
    if (dct - start).days < spec["min_elapsed"] * (end - start).days:
        return
    if re.match(r"\s+(?:ended|ending|that\s+ended)\b", text[m.end : m.end + 20]):
        return
    if not about_results(text, m.start, m.end):
        return  # an event during the period, not its results
    if _forecast_before(text, m.start, spec):
        return  # "retailers forecast flat prices for the fourth quarter": a target
    yield _finding(
        "unfinished_period",
        m,
        float(spec["weight"]),
        "earliest",
        end,
        end=end.isoformat(),
        dct=dct.isoformat(),
    )


def _forecast_before(text: str, start: int, spec: dict[str, Any]) -> bool:
    """Does a verb of forecasting stand before the period in its sentence ("retailers
    forecast flat prices for the fourth quarter")? The figures are then the forecast's
    target, not the period's results (rules.json unfinished_period forecast_verbs)."""
    left, _right = sentence_bounds(text, start, start)
    words = set(re.findall(r"[a-z]+", text[left:start].lower()))
    return bool(words & {str(w) for w in spec.get("forecast_verbs", ())})


def about_results(text: str, start: int, end: int) -> bool:
    """Does the sentence of ``text[start:end]`` speak of results (``results_words``: net,
    sales, ...)? (here and implied.year_ago_periods)"""
    left, right = sentence_bounds(text, start, end)
    return bool(set(re.findall(r"[a-z]+", text[left:right].lower())) & word_set("results_words"))


def unfinished_fiscal_year(r: Reading, dct: date, text: str) -> Iterator[Finding]:
    """ "In fiscal 1989, its revenue came to $40 million" (past): fiscal 1989 ends in 1989 (or,
    named for its first year, in 1990), so its results cannot be told before 1989."""
    m = r.mention
    if m.modifier != "fiscal" or m.year is None or m.month is not None or m.period is not None:
        return
    # Only "fiscal 1989": a two-year span ("the 1988-89 season") may be a season under way.
    if r.tense != "past" or dct.year >= m.year or not m.text.isdigit():
        return
    if not about_results(text, m.start, m.end):
        return
    yield _finding("unfinished_fiscal_year", m, float(rule("unfinished_fiscal_year")["weight"]),
                   "earliest", date(m.year, 1, 1), year=m.year, dct=dct.isoformat())


_DATELINE_BEFORE = re.compile(r"^\s*(?:[A-Z][A-Za-z.'-]*[ ,]*){1,5},\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\(|--|—|–|_)")


def dateline(r: Reading, dct: date, text: str) -> Iterator[Finding]:
    """ "WASHINGTON, August 8 (Xinhua) --": the wire's own date must be the stated one."""
    m = r.mention
    spec = rule("dateline_mismatch")
    if m.month is None or m.day is None or m.start > spec["max_offset"]:
        return
    if not (_DATELINE_BEFORE.match(text[: m.start]) and _DATELINE_AFTER.match(text[m.end :])):
        return
    when = _safe_date(m.year, m.month, m.day) if m.year else nearest_occurrence(m.month, m.day, dct)
    if when is None:
        return
    if not m.year:
        yield from _dateline_weekday(m, when, dct, text)
    if when == dct:
        return
    # A day off is the usual time-zone or publication slip: reported, not flagged.
    yield own_date_finding("dateline_mismatch", m, when, dct)


def _dateline_weekday(m: Mention, when: date, dct: date, text: str) -> Iterator[Finding]:
    """ "OSLO, March 12 (Xinhua) -- Norway Thursday opened ...": the wire's lead names
    its dateline's day by its weekday, so the pair pins the year as "Thursday, March 12"
    would (rules.json dateline_weekday: the first weekday of the lead, not after one of
    not_after; on TimeBank + AQUAINT and TE3 silver half A every such lead's weekday is
    its dateline's day at the true date). ``when``: the dateline's day read in the
    DCT's year."""
    spec = rule("dateline_weekday")
    lead = text[m.end : m.end + int(spec["lead_chars"])]
    stop = re.search(r"[.!?](?:\s|$)", lead)
    lead = lead[: stop.start()] if stop else lead
    names = lexicon()["weekdays"]
    full = "|".join(n.capitalize() for n in names if n.endswith("day"))
    found = re.search(rf"\b({full})\b", lead)
    if found is None:
        return
    before = re.findall(r"[a-z]+", lead[: found.start()].lower())
    if before and before[-1] in spec["not_after"]:
        return
    wday = int(names[found.group(1).lower()])
    if when.weekday() != wday:
        yield _weekday_pins("dateline_weekday", m, when, wday, dct)


def nearest_occurrence(month: int, day: int, dct: date) -> date | None:
    """The reading of a yearless month-day closest to the DCT (one year either side)."""
    options = [
        d for y in (dct.year - 1, dct.year, dct.year + 1) if (d := _safe_date(y, month, day))
    ]
    return min(options, key=lambda d: abs((d - dct).days)) if options else None


def weekday(r: Reading, dct: date, before: Mention | None = None) -> Iterator[Finding]:
    """ "Tuesday, March 18": the weekday pins the year; it must fit the DCT's reading.
    ``before``: the nearest earlier mention with a full date; a yearless weekday-date
    close after it ("opened Friday, Oct. 4, 2002 ... stayed until Sunday, Oct. 6") continues its
    year when the weekday fits that year (rules.json weekday_mismatch story_year_chars)."""
    m = r.mention
    if m.weekday is None or m.month is None or m.day is None or m.has_year:
        return
    if named_before(m, dct):
        return  # "Tuesday, Sept. 11" is 2001's
    read = nearest_occurrence(m.month, m.day, dct)
    if read is None or read.weekday() == m.weekday:
        return
    if before is not None and before.year is not None and (
            m.start - before.end <= int(rule("weekday_mismatch")["story_year_chars"])):
        told = _safe_date(before.year, m.month, m.day)
        if told is not None and told.weekday() == m.weekday:
            return
    yield _weekday_pins("weekday_mismatch", m, read, m.weekday, dct)


def _weekday_pins(name: str, m: Mention, read: date, wday: int, dct: date) -> Finding:
    """A weekday told with a month-day that ``read`` (the day in the DCT's reading) does not
    fall on: the finding points to the nearest year, within the rule's ``search_years``,
    where that month-day is that weekday (weekday_mismatch, dateline_weekday)."""
    spec = rule(name)
    span = int(spec["search_years"])
    fits = [d for y in range(read.year - span, read.year + span + 1)
            if (d := _safe_date(y, read.month, read.day)) and d.weekday() == wday]
    near = sorted(fits, key=lambda d: abs((d - dct).days))[:3]
    best = near[0] if near else None
    # The article is about the time around the fitting date: after the DCT means it was
    # written later than stated, before the DCT means earlier.
    bound: Bound = "latest" if best is not None and best < dct else "earliest"
    return _finding(name, m, float(spec["weight"]), bound, best or read,
                    weekday=_WEEKDAYS[wday], monthday=f"{_MONTHS[read.month]} {read.day}",
                    year=read.year, fits=", ".join(str(d.year) for d in near) or "no nearby year")


_RANGE_JOIN = re.compile(r"^\s*(?:to|through|until|till|thru|-|–|—|and)\s*$", re.IGNORECASE)


def ranges(readings: list[Reading], text: str, dct: date) -> Iterator[Finding]:
    """ "from Feb. 3 to April 9" (past): read in one year, its end must not be after the DCT."""
    for a, b in zip(readings, readings[1:], strict=False):
        ma, mb = a.mention, b.mention
        if ma.has_year or mb.has_year or None in (ma.month, ma.day, mb.month, mb.day):
            continue
        if not _RANGE_JOIN.match(text[ma.end : mb.start]):
            continue
        if "past" not in (a.tense, b.tense) or "prospective" in (a.tense, b.tense):
            continue
        start = _safe_date(dct.year, ma.month, ma.day)  # type: ignore[arg-type]
        end = _safe_date(dct.year, mb.month, mb.day)  # type: ignore[arg-type]
        if start is None or end is None or not start <= dct < end:
            continue
        spec = rule("range_straddles_dct")
        reason = str(spec["reason"]).format(
            start_text=ma.text, end_text=mb.text, end=end.isoformat(), dct=dct.isoformat()
        )
        yield Finding(
            "range_straddles_dct",
            ma.start,
            mb.end,
            text[ma.start : mb.end],
            reason,
            float(spec["weight"]),
            "earliest",
            end,
        )


def consistent_bound(r: Reading, dct: date) -> tuple[Bound, date] | None:
    """The bound an agreeing mention still puts on the writing date (for the plausible range)."""
    m = r.mention
    if r.tense not in ("past", "future"):
        return None
    span = interval(m)
    event = named_before(m, dct)
    if event is not None:
        return ("earliest", event) if r.tense == "past" else None
    if span is None and m.month is not None and m.day is not None:
        same = _safe_date(dct.year, m.month, m.day)
        if same is None:
            return None
        if r.tense == "past":
            back = same if same <= dct else _safe_date(dct.year - 1, m.month, m.day)
            return ("earliest", back) if back else None
        ahead = same if same >= dct else _safe_date(dct.year + 1, m.month, m.day)
        return ("latest", ahead) if ahead else None
    if span is None:
        return None
    return ("earliest", span[0]) if r.tense == "past" else ("latest", span[1])


def plan_periods(readings: list[Reading], text: str, dct: date) -> set[int]:
    """Starts of the bare years of a span of years wholly after the DCT ("a plan for
    2007 to 2009", "layoffs over 2006 to 2008"): a period of years ahead is a plan's,
    whatever verb the parse hangs it on, so its years take no past from the verb.

    Public because two readers need the same spans: ``all_findings`` here skips their
    explicit-year findings, and ``check._unplanned`` drops their years from the prior's
    cues."""
    out: set[int] = set()
    for a, b in zip(readings, readings[1:], strict=False):
        ma, mb = a.mention, b.mention
        if ma.year is None or mb.year is None or ma.month is not None or mb.month is not None:
            continue
        if mb.year > ma.year and date(ma.year, 1, 1) > dct and _RANGE_JOIN.match(
                text[ma.end : mb.start]):
            out |= {ma.start, mb.start}
    return out


def all_findings(readings: list[Reading], text: str, dct: date) -> list[Finding]:
    out: list[Finding] = []
    plans = plan_periods(readings, text, dct)
    dated: Mention | None = None  # the nearest earlier mention with a full date
    for r in readings:
        for fn in (explicit, yearless_day, yearless_month, weekday, prospective_before):
            if fn is explicit and r.mention.start in plans:
                continue
            out.extend(yearless_day(r, dct, text) if fn is yearless_day
                       else explicit(r, dct, text) if fn is explicit
                       else weekday(r, dct, dated) if fn is weekday else fn(r, dct))
        if r.mention.has_year and r.mention.day is not None:
            dated = r.mention
        out.extend(unfinished_period(r, dct, text))
        out.extend(unfinished_fiscal_year(r, dct, text))
        out.extend(dateline(r, dct, text))
    out.extend(ranges(readings, text, dct))
    # Imported here: cycles.py, implied.py, market_days.py, notes.py, offices.py, stamps.py
    # and world_events.py build their findings with this module's Finding.
    from dateline.datecheck.cycles import cycle_findings
    from dateline.datecheck.implied import implied_years
    from dateline.datecheck.market_days import market_day_findings
    from dateline.datecheck.notes import note_findings
    from dateline.datecheck.offices import office_findings
    from dateline.datecheck.stamps import stamp_findings
    from dateline.datecheck.world_events import world_event_findings

    out.extend(stamp_findings(readings, text, dct))
    out.extend(note_findings(readings, text, dct))
    out.extend(implied_years(text, dct))
    out.extend(cycle_findings(text, dct))
    out.extend(market_day_findings(readings, text, dct))
    out.extend(office_findings(text, dct))
    out.extend(world_event_findings(text, dct))
    return out
