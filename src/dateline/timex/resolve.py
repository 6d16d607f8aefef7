"""Phase two: fill an underspecified :class:`Partial` from its anchor.

News anchor = the document creation time (DCT); narrative anchor = the last
point mentioned before the expression. Expressions without a year pick the year
(or, for weekdays, the week) in the direction given by the rule (``last June``:
strictly before) or by the tense of the governing verb (``killed ... Tuesday``:
the past Tuesday; ``will meet Tuesday``: the coming one); with no tense the
nearest candidate wins. Without any anchor the value stays underspecified
(``XXXX-01-19``, ``XXXX-WXX-2``), which the TIMEX3 grammar allows.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from dateline.timex.partial import Partial

VALUE_GRAMMAR = re.compile(
    r"(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:(?:[0-9]+(?:\.[0-9]+)?|X)(?:Y|M|W|D|DE|CE|Q|WE|ML|X))+"
    r"|PT(?:(?:[0-9]+(?:\.[0-9]+)?|X)(?:H|M|S))+"
    r"|(?:[0-9]{2,4}|XXXX)"
    r"(?:-(?:[0-9]{2}|XX)(?:-(?:[0-9]{2}|XX))?|-W(?:[0-9]{2}|XX)(?:-(?:[1-7]|WE))?"
    r"|-Q[1-4X]|-H[12]|-(?:SP|SU|FA|WI))?"
    r"(?:T(?:[0-9]{2}(?::[0-9]{2}(?::[0-9]{2})?)?|MO|AF|EV|NI|DT|MI))?)"
)
"""The TIMEX3 value forms this engine can produce (a subset of the TimeML grammar)."""

_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
# how to express a fractional amount in a smaller unit
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60),
            "MIN": ("S", 60), "DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3),
            "ML": ("Y", 1000), "FN": ("D", 14), "WE": ("D", 2)}
#: anchors of expressions counted from the quarter under report; "period" ("the same
#: period last year") keeps only the year when no quarter or half was named; "latest"
#: ("the latest period") is that quarter itself, a stated one that moves the narrative
BY_QUARTER = ("quarter", "period", "latest")
_VAGUE_UNIT = {"DE": "Y", "CE": "C"}
_GRAN_ORDER = {"CE": 0, "DE": 1, "Y": 2, "H2": 3, "Q": 4, "M": 5, "W": 6, "D": 7}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@dataclass(frozen=True, slots=True)
class Point:
    """A resolved point: the day it starts on, its granularity and its value."""

    day: date
    gran: str  # Y Q M W D (or coarser: DE CE)
    value: str
    #: told as the start of a span up to now ("since 8 July"): a day the story names but
    #: does not tell, so a time of day after it is not of that day (spanstart.py)
    opens: bool = False


# ------------------------------------------------------------------ formatting


def fmt_duration(n: float | int | str, unit: str) -> str:
    """``P3D``, ``PT24H``, ``PXW``; fortnights, decades and centuries counted in
    weeks and years (TimeBank writes "two decades" as P20Y); a fraction goes to
    the next smaller unit (``P2Y6M``, ``PT1M30S``, ``PT30M``)."""
    if not isinstance(n, str):
        for big, small, factor in (("FN", "W", 2), ("DE", "Y", 10), ("CE", "Y", 100)):
            if unit == big:
                n, unit = n * factor, small
    else:
        # "decades" PXY (as "two decades" is P20Y), "centuries" PXC (TimeBank, TE3 silver)
        unit = _VAGUE_UNIT.get(unit, unit)
    if not isinstance(n, str) and not float(n).is_integer() and unit in _SMALLER:
        small, factor = _SMALLER[unit]
        whole, rest = int(n), round((n - int(n)) * factor, 6)
        if whole and rest.is_integer() and (unit in _TIME_UNITS) == (small in _TIME_UNITS):
            # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M (TimeBank); a day and
            # a half stays PT36H since date and time parts do not mix in one value
            head = fmt_duration(whole, unit)
            tail = fmt_duration(int(rest), small)
            return head + tail[2:] if unit in _TIME_UNITS else head + tail[1:]
        n, unit = n * factor, small
    if isinstance(n, float):
        n = int(n) if n.is_integer() else round(n, 2)
    if unit in _TIME_UNITS:
        return f"PT{n}{_TIME_UNITS[unit]}"
    return f"P{n}{unit}"


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _time_suffix(p: Partial) -> str:
    if p.hour is not None:
        h = p.hour
        ap = (p.ampm or "").lower()
        if ap.startswith("p") and h < 12:
            h += 12
        elif ap.startswith("a") and h == 12:
            h = 0
        h = min(h, 24)
        s = f"T{h:02d}:{(p.minute or 0):02d}"
        if p.second is not None:
            s += f":{p.second:02d}"
        return s
    if p.pod:
        return f"T{p.pod}"
    return ""


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not (1 <= y <= 9999 and 1 <= m <= 12):
        return None
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return date(y, m, d)


def _add_months(d: date, n: int) -> date:
    idx = d.year * 12 + d.month - 1 + n
    y, m = divmod(idx, 12)
    y = min(max(y, 1), 9999)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _clamp_year(y: int) -> int:
    return min(max(y, 1), 9999)


# ------------------------------------------------------------------ direction


def _direction(p: Partial, tense: str | None) -> str:
    """Where to look for a year-less point. Without a tense cue a weekday is taken
    as the past one (news reports look back: "said Friday"), a month-day as the
    nearest and a bare month as the latest one begun ("climbed from a low in
    March", written in October; under a present tense the nearest). A weekday under a present-tense
    verb is the nearest one: "the truce runs out on Thursday evening" written on a
    Wednesday is tomorrow, not six days ago (a schedule, not a report)."""
    if p.dir == "tense":
        if tense in ("past", "future", "done"):
            return tense
        if tense == "present" and p.weekday is not None and p.month is None:
            return "none"
        if p.weekday is not None and p.month is None:
            return "past"
        if p.month is not None and p.day is None and tense is None:
            return "past"
        return "none"
    return p.dir or "none"


GRACE_DAYS = 60
#: The grace of a past act over once told (tense "done": "died on 25 June"): a few days'
#: slack for a page stamped a day or two before its text, not GRACE_DAYS's two months,
#: which are for schedules and deadlines told in the past
DONE_GRACE_DAYS = 3


def _pick_year(
    span: Callable[[int], tuple[date, date] | None], anchor: date, direction: str, nearest: bool,
    grace: int = 0,
) -> int:
    """Year whose instance of the expression lies in ``direction`` from ``anchor``.

    ``grace`` widens past/future by that many days: a past-tense clause around
    "Nov. 16" written on Nov. 2 still means this November (deadlines, record
    dates), while a date half a year ahead means last year's. The grace never
    reaches into the next year for a past: "rose in January" written in December
    is this January, not the coming one."""
    cands: list[tuple[int, date, date]] = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        s = span(_clamp_year(y))
        if s is not None:
            cands.append((y, s[0], s[1]))
    if not cands:
        return anchor.year
    if direction in ("past", "done"):
        if direction == "done":
            grace = min(grace, DONE_GRACE_DAYS)
        ok = [c for c in cands
              if c[1] <= anchor + timedelta(days=grace) and c[0] <= anchor.year]
        return ok[-1][0] if ok else cands[0][0]
    if direction == "strict_past":
        ok = [c for c in cands if c[2] < anchor]
        return ok[-1][0] if ok else cands[0][0]
    if direction == "future":
        ok = [c for c in cands if c[2] >= anchor - timedelta(days=grace)]
        return ok[0][0] if ok else cands[-1][0]
    if direction == "strict_future":
        ok = [c for c in cands if c[1] > anchor]
        return ok[0][0] if ok else cands[-1][0]
    if nearest and direction == "none":
        def dist(c: tuple[int, date, date]) -> int:
            if c[1] <= anchor <= c[2]:
                return 0
            return min(abs((c[1] - anchor).days), abs((c[2] - anchor).days))

        return min(cands, key=dist)[0]
    return anchor.year


def _pick_weekday(wd: int, anchor: date, direction: str) -> date:
    delta = wd - anchor.isoweekday()
    back = anchor + timedelta(days=delta if delta <= 0 else delta - 7)
    fwd = anchor + timedelta(days=delta if delta >= 0 else delta + 7)
    if direction in ("past", "done"):
        return back
    if direction == "future":
        return fwd
    if direction == "strict_past":
        return back if back < anchor else back - timedelta(days=7)
    if direction == "strict_future":
        return fwd if fwd > anchor else fwd + timedelta(days=7)
    # no tense: nearest, ties go to the past (news reports mostly look back)
    return back if (anchor - back) <= (fwd - anchor) else fwd


def holiday_date(code: str, year: int) -> date | None:
    """``12-25`` fixed; ``11:4:4`` 4th Thursday of November; ``05:-1:1`` last Monday of
    May; ``11:1:1+1`` the day after the first Monday of November (U.S. Election Day);
    ``easter+1`` relative to Western Easter."""
    try:
        if code.startswith("easter"):
            return _easter(year) + timedelta(days=int(code[6:] or 0))
        if ":" in code:
            code, _, shift = code.partition("+")
            m, nth, wd = (int(x) for x in code.split(":"))
            days = [d for d in range(1, calendar.monthrange(year, m)[1] + 1)
                    if date(year, m, d).isoweekday() == wd]
            return date(year, m, days[nth - 1] if nth > 0 else days[nth]) + timedelta(
                days=int(shift or 0))
        m, d = (int(x) for x in code.split("-"))
        return _safe_date(year, m, d)
    except (ValueError, IndexError, OverflowError):
        return None


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day + 1)


# ------------------------------------------------------------------ resolution


def _unanchored(p: Partial) -> str:
    """Value when there is no anchor at all (no DCT, nothing mentioned before)."""
    if p.rel is not None and p.rel_unit is not None:
        sign = -1 if str(p.rel).startswith("-") else (0 if p.rel == 0 else 1)
        return {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[sign]
    if p.weekday is not None:
        return f"XXXX-WXX-{p.weekday}" + _time_suffix(p)
    if p.month is not None:
        v = f"XXXX-{p.month:02d}"
        return v + (f"-{p.day:02d}" + _time_suffix(p) if p.day else "")
    if p.quarter is not None:
        return f"XXXX-Q{p.quarter}"
    if p.half is not None:
        return f"XXXX-H{p.half}"
    if p.season is not None:
        return f"XXXX-{p.season}"
    if p.hour is not None or p.pod:
        return "XXXX-XX-XX" + _time_suffix(p)
    return "XXXX"


def _shift(p: Partial, base: date, rel: int) -> tuple[str, date, str]:
    """Move ``base`` by ``rel`` units; return (value, start day, granularity)."""
    u = p.rel_unit
    if u == "Y":
        y = _clamp_year(base.year + rel)
        if p.month is not None:
            d = _safe_date(y, p.month, p.day) if p.day is not None else None
            if d is not None:  # "Dec. 3 last year"
                return d.isoformat() + _time_suffix(p), d, "D"
            return f"{y:04d}-{p.month:02d}", date(y, p.month, 1), "M"
        if p.quarter is not None:
            return f"{y:04d}-Q{p.quarter}", date(y, 3 * p.quarter - 2, 1), "Q"
        if p.half is not None:  # "the second half of last year"
            return f"{y:04d}-H{p.half}", date(y, 6 * p.half - 5, 1), "Q"
        return f"{y:04d}", date(y, 1, 1), "Y"
    if u == "M":
        d = _add_months(base, rel)
        return f"{d.year:04d}-{d.month:02d}", d.replace(day=1), "M"
    if u == "Q":
        q0 = base.year * 4 + (base.month - 1) // 3 + rel
        y, q = divmod(q0, 4)
        y = _clamp_year(y)
        return f"{y:04d}-Q{q + 1}", date(y, 3 * q + 1, 1), "Q"
    if u in ("W", "WE"):
        d = base + timedelta(days=7 * rel)
        return _week(d) + ("-WE" if u == "WE" else ""), d, "W"
    if u in ("DE", "CE"):
        # "a decade ago" is the year ten years back (TimeBank), not the decade;
        # "this decade"/"this century" (rel 0) name the decade/century itself
        span = 10 if u == "DE" else 100
        y = _clamp_year(base.year + span * rel)
        if rel and p.anchor is not None:  # a shift ("a decade ago"), not "the last decade"
            return f"{y:04d}", date(y, 1, 1), "Y"
        return (f"{y // 10:03d}", date(y, 1, 1), "DE") if u == "DE" else (
            f"{y // 100:02d}", date(y, 1, 1), "CE")
    if u in ("D", "H", "MIN", "S"):
        d = base + timedelta(days=rel) if u == "D" else base
        return d.isoformat() + _time_suffix(p), d, "D"
    return f"{base.year:04d}", base, "Y"


def _relative(p: Partial, anchor: date, narrative: Point | None, tense: str | None) -> Point:
    rel = p.rel
    if isinstance(rel, str):  # vague: "weeks ago"
        ref = "PAST_REF" if rel.startswith("-") else "FUTURE_REF"
        return Point(anchor, "D", ref)
    if isinstance(rel, float) and not rel.is_integer() and p.rel_unit in _SMALLER:
        # "half a century ago", "two and a half years ago": shift by a whole
        # count of the next smaller unit (50 years, 30 months), not by int(rel)
        small, factor = _SMALLER[p.rel_unit]
        finer = replace(p, rel_unit=small, rel=round(rel * factor, 6))
        return _relative(finer, anchor, narrative, tense)
    rel_i = int(rel or 0)
    if (p.rel_unit == "WE" and p.dir == "tense" and tense in ("past", "done")
            and anchor.isoweekday() < 6):
        rel_i -= 1
    # "a year ago/earlier" inherits a finer granularity from the narrative
    # ("profit rose in the third quarter from a year ago" -> the quarter a year back)
    if (p.rel_unit == "Y" and p.anchor is not None and narrative is not None
            and narrative.gran == "Q" and p.month is None and p.quarter is None):
        d = narrative.day.replace(year=_clamp_year(narrative.day.year + rel_i))
        return Point(d, "Q", f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}")
    if p.rel_unit == "Q" and p.anchor in BY_QUARTER:
        # "the year-earlier quarter": counted from the quarter being reported on,
        # i.e. the last quarter mentioned, else the last completed one; a quarter
        # still ahead (a forecast for "the third quarter of 1990") reports nothing
        if narrative is not None and narrative.gran == "Q" and narrative.day <= anchor:
            half = _half_of(narrative)
            if half and rel_i % 4 == 0:  # "the same period last year" after a half year
                y = _clamp_year(narrative.day.year + rel_i // 4)
                return Point(date(y, 6 * half - 5, 1), "Q", f"{y:04d}-H{half}")
            anchor = narrative.day
        elif p.anchor == "period" and rel_i % 4 == 0:
            # "the matching period last year" with no quarter or half named: the
            # period may be nine months or the year to date, so only its year is sure
            y = _clamp_year(anchor.year + rel_i // 4)
            return Point(date(y, 1, 1), "Y", f"{y:04d}")
        else:
            anchor = _add_months(anchor, -3)
    try:
        value, day, gran = _shift(p, anchor, rel_i)
    except (OverflowError, ValueError):
        return Point(anchor, "D", "PAST_REF" if rel_i < 0 else "FUTURE_REF")
    return Point(day, gran, value)


def _holiday_point(p: Partial, anchor: date | None, direction: str) -> Point | None:
    code, y = p.holiday or "", p.year
    if y is None and anchor is not None:

        def hspan(yy: int) -> tuple[date, date] | None:
            d = holiday_date(code, yy)
            if d is None:
                return None
            if p.shape == "W":
                # "as Easter week began" on its Monday: the week has begun, so it
                # is this year's, though Easter itself still lies ahead
                monday = d - timedelta(days=d.isoweekday() - 1)
                return (monday, monday + timedelta(days=6))
            return (d, d)

        y = _pick_year(hspan, anchor, direction, nearest=True)
    d = None if y is None else holiday_date(code, y)
    return None if d is None else Point(d, "D", d.isoformat())


def _month_point(p: Partial, month: int, anchor: date | None, direction: str) -> Point | None:
    """"Jan. 19", "in January", "March 1, 2025" (with a time of day if given)."""
    day, y = p.day, p.year
    if y is None:
        if anchor is None:
            return None

        def mspan(yy: int) -> tuple[date, date] | None:
            if day is not None:
                d = _safe_date(yy, month, day)
                return None if d is None else (d, d)
            return date(yy, month, 1), date(yy, month, calendar.monthrange(yy, month)[1])

        y = _pick_year(mspan, anchor, direction, nearest=True, grace=GRACE_DAYS)
    if day is not None:
        d = _safe_date(y, month, day)
        if d is not None:
            return Point(d, "D", d.isoformat() + _time_suffix(p))
    if not 1 <= y <= 9999:
        return None
    return Point(date(y, month, 1), "M", f"{y:04d}-{month:02d}")


def _period_point(p: Partial, anchor: date | None, direction: str) -> Point | None:
    """Quarters, halves and seasons: ``2024-Q3``, ``2024-H1``, ``2024-SU``."""
    for field_, months, label in (
        (p.quarter, lambda v: (3 * v - 2, 3 * v), lambda v: f"Q{v}"),
        (p.half, lambda v: (6 * v - 5, 6 * v), lambda v: f"H{v}"),
        (p.season, lambda v: _SEASON_MONTHS[v], lambda v: v),
    ):
        if field_ is None:
            continue
        m0, m1 = months(field_)
        y = p.year
        if y is None:
            if anchor is None:
                return None

            def pspan(yy: int, m0: int = m0, m1: int = m1) -> tuple[date, date]:
                end = _add_months(date(yy, m0, 1), m1 - m0 + 1) - timedelta(days=1)
                return date(yy, m0, 1), end

            y = _pick_year(pspan, anchor, direction, nearest=False)
        y = _clamp_year(y)
        return Point(date(y, m0, 1), "Q", f"{y:04d}-{label(field_)}")
    return None


def _absolute(p: Partial, anchor: date | None, tense: str | None) -> Point | None:
    """Points that carry their year, or get it from the anchor and a direction."""
    direction = _direction(p, tense)
    if p.decade is not None:
        return Point(date(max(p.decade * 10, 1), 1, 1), "DE", f"{p.decade:03d}")
    if p.century is not None:
        return Point(date(max(p.century * 100, 1), 1, 1), "CE", f"{p.century:02d}")
    if p.holiday is not None:
        return _holiday_point(p, anchor, direction)
    if p.month is not None:
        return _month_point(p, p.month, anchor, direction)
    if p.weekday is not None:
        if anchor is None:
            return None
        d = _pick_weekday(p.weekday, anchor, direction)
        return Point(d, "D", d.isoformat() + _time_suffix(p))
    if p.quarter is not None or p.half is not None or p.season is not None:
        if direction == "same" and tense in ("past", "done") and p.season is None:
            # a quarter is the anchor's, but one not yet begun cannot have been
            # reported: "posted weaker earnings for the fourth quarter" in
            # January is last year's ("this winter" stays this one)
            direction = "past"
        return _period_point(p, anchor, direction)
    if p.year is not None:
        return Point(date(_clamp_year(p.year), 1, 1), "Y", f"{p.year:04d}")
    if (p.hour is not None or p.pod) and anchor is not None:
        return Point(anchor, "D", anchor.isoformat() + _time_suffix(p))
    return None


def _quarter_of_year(year: int, anchor: date, narrative: Point | None) -> Point:
    """"the 1988 quarter": the quarter being reported on (the last quarter
    mentioned, else the last completed one), in the year the text names."""
    ref = narrative.day if narrative is not None and narrative.gran == "Q" else _add_months(
        anchor, -3)
    y = _clamp_year(year)
    half = _half_of(narrative)
    if half:  # "the first half of 2005 ... the same period of 2004": that half
        return Point(date(y, 6 * half - 5, 1), "Q", f"{y:04d}-H{half}")
    q = (ref.month - 1) // 3 + 1
    return Point(date(y, 3 * q - 2, 1), "Q", f"{y:04d}-Q{q}")


def _half_of(pt: Point | None) -> int:
    """1 or 2 when ``pt`` is a half year (``2005-H1``), else 0."""
    if pt is None or pt.gran != "Q" or not pt.value.endswith(("-H1", "-H2")):
        return 0
    return int(pt.value[-1])


#: Memo size for the resolvers below. Their keys include the article's date, so entries
#: are rarely reused across articles: a small cap keeps memory flat on a long run (issue 8).
_MEMO = 4096


@lru_cache(maxsize=_MEMO)
def resolve_point(
    p: Partial, dct: date | None, narrative: Point | None, tense: str | None
) -> Point | None:
    """Resolve a point (DATE/TIME) Partial; None when nothing can be said (also when
    the anchor sits at the edge of the calendar and the answer would fall off it)."""
    try:
        pt = _resolve_point(p, dct, narrative, tense)
    except (OverflowError, ValueError):
        return None
    return replace(pt, opens=True) if p.opens and pt is not None else pt


#: a rule's value that is the narrative anchor itself, no field of its own ("then")
_THEN = Partial("point", anchor="narrative")


def _near_narrative(p: Partial, narrative: Point | None, tense: str | None) -> Point | None:
    """"one ship docked on April 30, the second on May 3": a month-day with no tense
    cue within GRACE_DAYS of the day the text last gave is that day's neighbour (a
    list, a sequence of events), not the one nearest to the DCT; None otherwise.
    So is one under a present tense, which a chronology tells its entries in
    ("May 3: the second ship docks") and which points nowhere (see _direction)."""
    if (tense not in (None, "present") or p.dir != "tense" or p.day is None or p.month is None
            or p.year is not None or p.weekday is not None or p.rel_unit is not None
            or narrative is None or narrative.gran != "D"):
        return None
    pt = _absolute(p, narrative.day, tense)
    if pt is None or abs((pt.day - narrative.day).days) > GRACE_DAYS:
        return None
    return pt


def _resolve_point(
    p: Partial, dct: date | None, narrative: Point | None, tense: str | None
) -> Point | None:
    if p == _THEN:  # "until then": the date the text last gave, as finely as it gave it
        return narrative
    if narrative is not None and narrative.opens and (p.hour is not None or p.pod) and not p.rel:
        # a time of the day the story tells ("in the afternoon", "overnight") is not of
        # a span's start ("since 8 July"): the DCT's
        narrative = None
    anchor = dct
    if p.anchor == "narrative" and narrative is not None:
        # "that year" / "the next day": the narrative point must be at least as fine
        need = _GRAN_ORDER.get({"WE": "W", "H": "D", "MIN": "D", "S": "D"}.get(
            p.rel_unit or "D", p.rel_unit or "D"), 7)
        if _GRAN_ORDER.get(narrative.gran, 0) >= need:
            anchor = narrative.day
        elif (narrative.gran == "M" and p.rel_unit == "D" and p.rel == 0
              and p.hour is None and not p.pod):
            # "killed last October ... crossed out that same day": a day of that
            # month, which the text does not name (TimeML: 1998-10-XX)
            return Point(narrative.day, "M", narrative.value + "-XX")
    bare_time = (p.hour is not None or p.pod) and p.rel_unit is None and p.year is None and (
        p.month is None and p.weekday is None and p.holiday is None)
    if bare_time and narrative is not None and narrative.gran == "D":
        anchor = narrative.day  # "at 10 p.m." belongs to the day the story is telling
    near = _near_narrative(p, narrative, tense)
    if near is not None:
        return near
    if p.anchor in BY_QUARTER and p.year is not None and anchor is not None:
        if p.anchor == "period" and (narrative is None or narrative.gran != "Q"):
            return Point(date(_clamp_year(p.year), 1, 1), "Y", f"{p.year:04d}")
        return _quarter_of_year(p.year, anchor, narrative)
    if p.rel_unit is not None and p.rel is not None and p.year is None:
        if anchor is None:
            return None
        if p.anchor == "named":  # "the day before last Tuesday / Christmas"
            pt = _absolute(p, anchor, tense)
            if pt is None or not isinstance(p.rel, int):
                return pt
            value, day, gran = _shift(p, pt.day, p.rel)  # a day shift, as "the next day"
            return Point(day, gran, value)
        if p.weekday is not None:  # "noon Thursday" style: weekday wins over a day shift
            return _absolute(p, anchor, tense)
        return _relative(p, anchor, narrative, tense)
    return _absolute(p, anchor, tense)


@lru_cache(maxsize=_MEMO)
def resolve(p: Partial, dct: date | None, narrative: Point | None, tense: str | None) -> str:
    """The TIMEX3 value string of ``p``."""
    if p.kind == "ref" and p.ref:
        return p.ref
    if p.kind == "duration":
        return fmt_duration(p.dur_n if p.dur_n is not None else "X", p.dur_unit or "D")
    if p.kind == "set":
        if p.weekday is not None:
            return f"XXXX-WXX-{p.weekday}" + _time_suffix(p)
        if p.month is not None:
            return f"XXXX-{p.month:02d}"
        if p.season is not None:  # "each summer", "the past three summers"
            return f"XXXX-{p.season}"
        if p.pod and p.dur_unit is None:
            return "XXXX-XX-XX" + _time_suffix(p)
        return fmt_duration(p.dur_n if p.dur_n is not None else 1, p.dur_unit or "D")
    pt = resolve_point(p, dct, narrative, tense)
    if pt is None:
        return _unanchored(p)
    return _reshape(pt, p.shape) if p.shape else pt.value


def _reshape(pt: Point, shape: str) -> str:
    """"the week of March 6" is that day's ISO week; "the week" alone a week of the
    anchor's year that TimeBank leaves open (``1989-WXX``)."""
    if shape == "W":
        return _week(pt.day)
    if shape == "WXX":
        return f"{pt.day.year:04d}-WXX"
    return pt.value
