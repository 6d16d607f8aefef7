"""The day of a clock time that names none ("at 01:00", "by 6 a.m."), after the loop
of :func:`dateline.timex.engine._resolve_all` gave it the day the story tells.

A reader moves it in three cases (issue #6):

* its own day phrase beside it, counted from the story's day ("at 9 a.m. the next
  day", "the following morning at 06:00"): that day, not the story's. Such a phrase
  is derived and does not move the narrative, so the loop cannot see it;
* an act told in the small hours after a day named in an earlier sentence ("On 19
  July, a sniper shot a guard. At 01:00, a tank was hit"): the story has told that
  day's acts and goes on into the night after it, unless that night is past the
  article's date (an act told as done cannot come after it: "In the morning the army
  said ... At 01:00 a tank was hit" is that day's 01:00);
* a future act's early hour on the article's own day ("threatened to shell the
  airport at 06:00"): a threat or a plan is made in the day and aims at the next
  such hour, which is past by then: the next morning.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.timex.candidates import Candidate
from dateline.timex.partial import Partial
from dateline.timex.tense import future_act

#: the gap between a clock time and a day phrase that names its day
_DAY_AFTER = re.compile(r"\s*,?\s*(?:on\s+)?", re.IGNORECASE)  # "9 a.m. (on) the next day"
_DAY_BEFORE = re.compile(r"\s*,?\s*(?:at\s+)?", re.IGNORECASE)  # "the next day (,) at 9 a.m."
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: as engine._SENTENCE_END (engine imports this module, so not imported from there)
_SENTENCE_END = re.compile(r"[.!?][\"'’”]*\s+(?=[\"“A-Z])")
#: before this hour a time told after a day's acts is the night after it
_SMALL_HOURS = 5
#: before this hour a future act's time on the article's day is the next morning's
_EARLY = 7


def _bare(p: Partial) -> bool:
    """A clock time with no day of its own."""
    return (p.kind == "point" and p.hour is not None and p.rel_unit is None
            and p.month is None and p.day is None and p.weekday is None
            and p.year is None and p.holiday is None)


def _has_day(p: Partial, v: str | None) -> bool:
    return v is not None and _DAY.match(v) is not None and not _bare(p)


def clock_days(text: str, dct: date | None, kept: list[Candidate], partials: list[Partial],
               values: list[str | None]) -> None:
    """Move, in ``values``, the day of each bare clock time a reader reads on another
    day (see the module's doc)."""
    n = len(kept)
    for i in range(n):
        p, v = partials[i], values[i]
        if not _bare(p) or v is None or _DAY.match(v) is None or len(v) < 11:
            continue
        c = kept[i]
        own = _own_day(text, kept, partials, values, i)
        if own is not None:
            values[i] = own + v[10:]
            continue
        if not v[11:13].isdigit():
            continue
        hour = int(v[11:13])  # the value's, on the 24-hour clock ("1pm": p.hour is 1)
        day = date.fromisoformat(v[:10])
        src = _source(kept, partials, values, i, v[:10])
        same = src is not None and _same_sentence(text, kept[src].end, c.start)
        future = future_act(text, c.start, c.end)
        if future:
            if hour < _EARLY and dct is not None and day == dct:
                values[i] = (day + timedelta(days=1)).isoformat() + v[10:]
            continue
        if (hour < _SMALL_HOURS and src is not None and not same
                and _later_or_daylong(values[src], hour)
                and (dct is None or day + timedelta(days=1) <= dct)):
            values[i] = (day + timedelta(days=1)).isoformat() + v[10:]


def _own_day(text: str, kept: list[Candidate], partials: list[Partial],
             values: list[str | None], i: int) -> str | None:
    """The day of a day phrase right after or before clock time ``i``, if any."""
    c = kept[i]
    if i + 1 < len(kept):
        d = kept[i + 1]
        if (_has_day(partials[i + 1], values[i + 1])
                and _DAY_AFTER.fullmatch(text, c.end, d.start)):
            return values[i + 1][:10]  # type: ignore[index]
    if i > 0:
        b = kept[i - 1]
        if (_has_day(partials[i - 1], values[i - 1])
                and _DAY_BEFORE.fullmatch(text, b.end, c.start)):
            return values[i - 1][:10]  # type: ignore[index]
    return None


def _source(kept: list[Candidate], partials: list[Partial], values: list[str | None],
            i: int, day: str) -> int | None:
    """The last timex before ``i`` that names ``day`` itself (the day the story tells);
    None where the day is the article's own, given by no timex."""
    for j in range(i - 1, max(i - 50, 0) - 1, -1):  # a live blog's hundreds of times: bounded
        v = values[j]
        if v is not None and v.startswith(day) and not _bare(partials[j]):
            return j
    return None


def _later_or_daylong(v: str | None, hour: int) -> bool:
    """The source day is told as a whole day, a part of one, or at a later hour."""
    if v is None or len(v) <= 10:
        return True
    t = v[11:]
    if t[:2].isdigit():
        return int(t[:2]) > hour
    return True  # MO AF EV NI: a part of the day, all of it after the small hours


def _same_sentence(text: str, a: int, b: int) -> bool:
    return b - a < 400 and _SENTENCE_END.search(text, a, b + 1) is None
