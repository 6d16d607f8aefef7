"""TIMEX3 value -> the calendar span it denotes, so events sort by when they happened.

A value names a day, month, year, decade, ISO week, season, quarter or half
year; each becomes ``(first day, last day)``. Durations, ``*_REF`` values and
values with unknown digits in the year (``XXXX-06-12``) have no place on a
calendar and give ``None``. Period codes (SU, Q1, H2 ...) are data:
``dateline/data/store/periods.json``.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import date, timedelta
from functools import lru_cache
from importlib.resources import files
from typing import Any

Span = tuple[date, date]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# "2023-XX" / "2023-WXX": some month or week of 2023 sorts as the year.
_YEAR = re.compile(r"^(\d{4})(?:-W?XX)?$")
# TimeBank writes decades and centuries both ways: "196X" and "196", "19XX" and "19".
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?$")
_PERIOD = re.compile(r"^(\d{4})-([A-Z][A-Z0-9])$")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    res = files("dateline.data").joinpath("store").joinpath("periods.json")
    raw = res.read_text(encoding="utf-8")
    return json.loads(raw)


def periods() -> dict[str, dict[str, Any]]:
    return _data()["periods"]


def examples() -> list[list[str | None]]:
    return _data()["examples"]


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _week(y: int, w: int, day: str | None) -> Span:
    monday = date.fromisocalendar(y, w, 1)
    if day is None:
        return monday, monday + timedelta(days=6)
    if day == "WE":
        return monday + timedelta(days=5), monday + timedelta(days=6)
    d = monday + timedelta(days=int(day) - 1)
    return d, d


def _period(y: int, code: str) -> Span | None:
    p = periods().get(code)
    if p is None:
        return None
    sm, em = int(p["start_month"]), int(p["end_month"])
    return date(y, sm, 1), _month_end(y + 1 if em < sm else y, em)


def date_span(value: str | None) -> Span | None:
    """``(date_start, date_end)`` of a TIMEX3 value, or ``None`` when it is not a calendar span."""
    if not value:
        return None
    try:
        return _span(value.strip())
    except ValueError:  # 2024-02-30, week 54: an impossible value has no span
        return None


def event_span(value: str | None, end: str | None = None) -> Span | None:
    """The span of an event's date: that of ``value``, carried to the last day of ``end``
    when the event is dated by a range ('ran from Feb. 3 to April 9': 2025-02-03 ..
    2025-04-09); what the store keeps as date_start/date_end."""
    span = date_span(value)
    last = date_span(end) if end else None
    if span and last and last[1] > span[1]:
        return span[0], last[1]
    return span


def _span(v: str) -> Span | None:
    if m := _DAY.match(v):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _MONTH.match(v):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), _month_end(y, mo)
    if m := _YEAR.match(v):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    if m := _DECADE.match(v):
        y = int(m[1]) * 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    if m := _CENTURY.match(v):
        y = int(m[1]) * 100
        return date(y, 1, 1), date(y + 99, 12, 31)
    if m := _WEEK.match(v):
        return _week(int(m[1]), int(m[2]), m[3])
    if m := _PERIOD.match(v):
        return _period(int(m[1]), m[2])
    return None
