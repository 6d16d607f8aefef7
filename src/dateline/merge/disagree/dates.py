"""Date rows: reports that state dates for one event that do not overlap, unless they tell two
occurrences of it."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.datecheck.resources import lexicon as datecheck_lexicon
from dateline.merge.cluster import CanonicalEvent
from dateline.merge.disagree.common import ranges_overlap
from dateline.merge.disagree.figures import counted_thing
from dateline.merge.disagree.incidents import separate_incidents
from dateline.merge.disagree.rows import Disagreement, claim_of, connected_groups, one_per_article
from dateline.merge.disagree.stated import STATED, claims_date, dates_itself
from dateline.merge.disagree.strength import strength
from dateline.merge.mention import Mention
from dateline.merge.rules import Rules, rules


def date_disagreements(ev: CanonicalEvent, r: Rules | None = None) -> list[Disagreement]:
    """Articles that state dates for the same event that do not overlap.

    Only dates an article states in the event's own clause count (see
    :data:`STATED`): an event dated by default to its article's own date ("Ships
    pile up as strike enters second day") makes no claim about when it happened, nor
    does an event noun whose clause dates something else (:func:`claims_date`).
    "2025-03-03" and "2025-03-03 morning" overlap, so they agree. Two reports that each
    date it on their own article's day, articles of two days, tell two occurrences
    (:func:`_on_its_day`), as do a report on its own day and one written before that day
    (:func:`_told_before`), reports tied to separate incidents (:func:`separate_incidents`)
    and reports counting one thing with figures that do not overlap (:func:`_other_counts`);
    two days a week apart, one read off a weekday, are a weekday read in the wrong week
    (:func:`_week_off`).
    A date a verb of saying gives a past perfect ('the army said in the morning that two
    soldiers had been killed') is the saying's (:func:`dates_itself`). Each connected group
    of clashing reports is a row."""
    r = r or rules()
    stated = [m for m in ev.mentions if m.date_start is not None and m.time_how in STATED
              and claims_date(m.sentence, m.trigger, m.nominal) and m.span is not None
              and dates_itself(m.sentence, m.trigger, m.nominal)]
    edges = [(i, j) for i, a in enumerate(stated) for j in range(i + 1, len(stated))
             if _rival_dates(a, stated[j], r)]
    how = strength("date", mentions=len(ev.mentions))
    return [Disagreement("date", ev.id, ev.type, ev.date, "date",
                         one_per_article(claim_of(stated[k].time_value or "", stated[k])
                                         for k in group),
                         *how[1:])
            for group in connected_groups(len(stated), edges)]


def _rival_dates(a: Mention, b: Mention, r: Rules) -> bool:
    """Do two stated dates of one event clash: their spans apart, in two articles, and not two
    occurrences or a weekday read in the wrong week (:func:`date_disagreements`)?"""
    sa, sb = a.span, b.span
    if sa is None or sb is None or not (sa[1] < sb[0] or sb[1] < sa[0]):
        return False
    if a.article_id == b.article_id:
        return False  # one article's two dates: two acts it tells (two comments' times)
    if _on_its_day(a) and _on_its_day(b) and a.dct != b.dct:
        return False  # each tells it on its own day: two occurrences (daily fire), not one
    if _told_before(a, b) or _told_before(b, a):
        return False
    if separate_incidents(a.sentence, b.sentence) or _other_counts(a, b, r):
        return False
    return not _week_off(a, b)


def _other_counts(a: Mention, b: Mention, r: Rules) -> bool:
    """Do two reports count one thing with figures that do not overlap ('five rockets were
    fired early in the morning', 'over 182 rockets were fired the day before')? Then they
    tell two occurrences (two days' fire), not rival dates of one."""
    mine: dict[str, list[tuple[float, float]]] = {}
    for n in a.numbers:
        if (bounds := n.bounds()) is not None and (thing := counted_thing(n, r)):
            mine.setdefault(thing, []).append(bounds)
    return any(
        (bounds := n.bounds()) is not None and (thing := counted_thing(n, r)) in mine
        and not any(ranges_overlap(x, bounds) for x in mine[thing])
        for n in b.numbers)


@lru_cache(maxsize=1)
def _weekdays() -> tuple[str, ...]:
    """The weekdays' names, Monday first (``data/datecheck/lexicon.json`` ``weekdays``)."""
    days = datecheck_lexicon()["weekdays"]
    return tuple(sorted((w for w in days if w.endswith("day")), key=days.__getitem__))


def _week_off(a: Mention, b: Mention) -> bool:
    """Are two single days a week apart, one of them read off a weekday its sentence names
    ("last Tuesday's quake" in a Wednesday's article read as the day before, 'Tuesday's
    earthquake' in a Monday's read as the next day)? A weekday read in the wrong week, not
    a rival date: two tellings of one event rarely differ by exactly seven days."""
    if a.span is None or b.span is None or a.span[0] != a.span[1] or b.span[0] != b.span[1]:
        return False
    if abs((a.span[0] - b.span[0]).days) != 7:
        return False
    names = _weekdays()
    return any(re.search(rf"\b{names[day.weekday()]}\b", m.sentence or "", re.IGNORECASE)
               for m, day in ((a, a.span[0]), (b, b.span[0])))


def _on_its_day(m: Mention) -> bool:
    """Does the report date the event on its own article's day ('rockets were fired this
    morning' in that day's update)? Two reports of different days that each do tell an
    event that recurs (a day's rocket fire, a day's strikes), not rival dates of one: the
    merge may join them, the dates do not clash."""
    return m.span is not None and m.dct is not None and m.span[0] <= m.dct <= m.span[1]


def _told_before(a: Mention, b: Mention) -> bool:
    """Was ``b``'s article written before the day ``a`` tells the event on its own day
    ('two soldiers were killed today' in the update of the 22nd; 'on the 19th, a soldier
    was killed' in that of the 20th)? ``b`` cannot tell that occurrence: two occurrences."""
    return (_on_its_day(a) and b.dct is not None and a.span is not None
            and a.span[0] > b.dct)
