"""Working days: a yearless day a market, a registry or a court keeps, on a weekend.

"payable Jan. 4 to holders of record Dec. 16", "a hearing on Nov. 22", "the senate
reconvenes March 3": dividends are paid and share registers closed, courts and
legislatures sit on working days. A year's shift moves the weekday of every yearless
month-day by one (two over a 29 February), so a Friday's record date read a year later
is a Saturday, a Monday's hearing read a year earlier a Sunday: the writer, who knew the
year, named a working day, and the stated date makes it a weekend. A slip of a day or a
month leaves the weekday alone (the reading stays in its year), so this is a year's
evidence. Only a day that a cue of ``rules.json`` ``market_day_weekend`` stands right
before counts ('cues', with at most one of its 'links' between): what merely ends or
starts on a day is no cue, for a truce, a mandate, a licence, a bond or a deadline may
expire, mature or be extended to a weekend, and a weekday's name is no month-day. A day
named with its year keeps its weekday whatever the stated date, and a named day
("Sept. 11") is its event's: both are passed over. No bound: five years in seven make
the day a working one.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache

from dateline.datecheck.mentions import Mention
from dateline.datecheck.named import named_before
from dateline.datecheck.resources import rule, word_set
from dateline.datecheck.rules import Finding, Reading, nearest_occurrence
from dateline.datecheck.tense import sentence_bounds

RULE = "market_day_weekend"
_WEEKEND = (5, 6)  # Saturday, Sunday
_MONEY = re.compile(r"[$€£¥]\s?\d")


@lru_cache(maxsize=2)
def _cue_re(group: str = "") -> re.Pattern[str]:
    """A cue and an optional link word ending right before a date (searched in the text
    just before it): "payable ", "of record ", "record date is ", "hearing on "; with
    ``group`` (``offer_cues``) an offer's "expire ", "extended to "."""
    spec = rule(RULE)[group] if group else rule(RULE)
    cues = "|".join(
        re.escape(c).replace(r"\ ", r"\s+") for c in sorted(spec["cues"], key=len, reverse=True)
    )
    links = "|".join(re.escape(w) for w in sorted(spec["links"], key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<cue>{cues})\s+(?:(?:{links})\s+)?$", re.IGNORECASE)


def _cue(text: str, m: Mention, reach: int) -> re.Match[str] | None:
    """The cue right before ``m``: one of the working-day cues, or an offer's ("expire",
    "extended to") in a sentence that names securities (lexicon ``offer_words``) or a sum
    of money: what ends or is extended may otherwise be a truce's, a ban's or a deadline's."""
    head = text[max(0, m.start - reach) : m.start]
    cue = _cue_re().search(head)
    if cue is not None:
        return cue
    cue = _cue_re("offer_cues").search(head)
    if cue is None:
        return None
    left, right = sentence_bounds(text, m.start, m.end)
    sentence = text[left:right]
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    return cue if words & word_set("offer_words") or _MONEY.search(sentence) else None


def _working_years(month: int, day: int, year: int, span: int) -> list[int]:
    """The years within ``span`` of ``year`` whose ``month``/``day`` is a working day,
    nearest first."""
    out = []
    for y in sorted(range(year - span, year + span + 1), key=lambda y: (abs(y - year), y)):
        try:
            if date(y, month, day).weekday() not in _WEEKEND:
                out.append(y)
        except ValueError:
            continue
    return out


def market_day_findings(readings: Iterable[Reading], text: str, dct: date) -> Iterator[Finding]:
    """A yearless day a cue names as a market's, a registry's or a court's that falls on a
    Saturday or Sunday at its reading nearest ``dct``."""
    spec = rule(RULE)
    reach = int(spec["reach_chars"])
    for r in readings:
        m = r.mention
        if (m.has_year or m.month is None or m.day is None or m.modifier
                or m.weekday is not None or m.period is not None):
            continue
        if named_before(m, dct):
            continue
        cue = _cue(text, m, reach)
        if cue is None:
            continue
        when = nearest_occurrence(m.month, m.day, dct)
        if when is None or when.weekday() not in _WEEKEND:
            continue
        fits = _working_years(m.month, m.day, when.year, int(spec["search_years"]))[:2]
        reason = str(spec["reason"]).format(
            cue=re.sub(r"\s+", " ", cue.group(0).strip()), text=m.text, date=when.isoformat(),
            weekday=calendar.day_name[when.weekday()], dct=dct.isoformat(),
            fits=" and ".join(str(y) for y in sorted(fits)) or "no nearby year")
        yield Finding(RULE, m.start, m.end, m.text, reason, float(spec["weight"]))
