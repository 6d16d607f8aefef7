"""Named days: a yearless month-day that names one event of a known year.

After 2001 "the Sept. 11 attacks" is told in every season and tense; read as the
occurrence nearest the stated date it looks like a past event still to come. Such a day
(``named_days.json``) is read as its event's day once that event lies before the stated
date, so the yearless rules and the prior leave it alone.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from dateline.datecheck.mentions import Mention
from dateline.datecheck.resources import load_json


@lru_cache(maxsize=1)
def _days() -> dict[tuple[int, int], date]:
    """(month, day) -> the event's date."""
    return {(int(d["month"]), int(d["day"])): date(int(d["year"]), int(d["month"]), int(d["day"]))
            for d in load_json("named_days.json")["days"]}


def named_event(m: Mention) -> date | None:
    """The event a yearless month-day mention may name (None: no named day)."""
    if m.has_year or m.modifier or m.month is None or m.day is None:
        return None
    return _days().get((m.month, m.day))


def named_before(m: Mention, dct: date) -> date | None:
    """The event's date when ``m`` names an event already past at ``dct``, else None."""
    when = named_event(m)
    return when if when is not None and when < dct else None
