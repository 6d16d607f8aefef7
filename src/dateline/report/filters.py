"""Reading a report's filters: the timeline report and the disagreements page read them alike."""

from __future__ import annotations

from datetime import date

from dateline.errors import UsageError


def filter_date(v: object, name: str) -> date | None:
    """A report filter's date: a date, an ISO string or nothing; a usage error naming the
    filter otherwise."""
    if v is None or v == "":
        return None
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v))
    except ValueError:
        raise UsageError(f"{name}: {v!r} is not a date (YYYY-MM-DD)") from None


def entry_day(v: object) -> date | None:
    """A timeline entry's date field: a date, an ISO string, or None for anything else (an
    entry's own fields are read leniently, unlike a filter the user typed)."""
    if v is None or isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v))
    except ValueError:
        return None
