"""Publication dates as users write them.

:func:`read_date` tells three outcomes apart, because they are handled
differently: not a date at all, a date-shaped value that names no real day
(``2024-02-30``, ``2024-13-45``, year ``0000``: "impossible"), and a real day
that cannot be a news article's date (year ``9999``: "implausible").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dateline.ingest.tables import tables

_MAX_LEN = 80  # a date is short; never run the patterns over a whole paragraph


@dataclass(frozen=True, slots=True)
class DateReading:
    value: date | None
    problem: str | None = None  # None when value is a plausible date


def _month(token: str) -> int | None:
    t = token.lower().rstrip(".")
    if t.isdigit():
        return int(t)
    months = tables().months
    if t in months:
        return months[t]
    # Prefix spellings (e.g. "Sept", "Febr"); a full name must still be a name.
    for name, num in months.items():
        if len(t) >= 3 and len(name) > 4 and name.startswith(t):
            return num
    return None


def _from_iso(value: str) -> date | None:
    """ISO dates and datetimes (zone kept as written: the local date is the date)."""
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def _from_patterns(value: str) -> DateReading:
    for pat in tables().date_patterns:
        m = pat.regex.match(value)
        if m is None:
            continue
        month = _month(m.group("m"))
        if month is None:
            continue
        try:
            return DateReading(date(int(m.group("y")), month, int(m.group("d"))))
        except ValueError:
            return DateReading(None, f"impossible date {value!r}")
    return DateReading(None, f"not a date {value!r}")


def _plausible(d: date) -> str | None:
    t = tables()
    if d.year < t.min_year or d.year > date.today().year + t.max_years_ahead:
        return f"implausible date {d.isoformat()!r} (year out of range)"
    return None


def read_date(value: object) -> DateReading:
    """Read a date field or header value; never raises."""
    if not isinstance(value, str):
        return DateReading(None, f"not a date {value!r}"[:120])
    v = value.strip()
    if not v or len(v) > _MAX_LEN:
        return DateReading(None, f"not a date {v[:40]!r}")
    found = _from_iso(v)
    reading = DateReading(found) if found else _from_patterns(v)
    if reading.value is not None:
        problem = _plausible(reading.value)
        if problem:
            return DateReading(None, problem)
    return reading


def parse_date(value: str) -> date | None:
    """A date from ISO, ISO datetime (with zone) or common written forms; None otherwise.

    Implausible years (before 1700 or after next year) give None as well.
    """
    return read_date(value).value
