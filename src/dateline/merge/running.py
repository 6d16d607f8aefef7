"""Running counts told on two days: 'the count of cases rose to 40' on Monday and 'to 65' on
Tuesday are two counts of one series, each an event of its own day, however many of the
days' reports link them (issue 6, class A: a series' reports chained into one event across
adjacent days, which ``tally_span_days`` lets through for a lagging report of one count).
A running count is a tally report (:func:`~dateline.merge.tallies.tally_day`) whose own clause
gives a figure of its class's noun (:func:`~dateline.merge.one_or_count.count_figure` without
people: '65 cases'); a figure of people ('the fever has infected 65 people') tells an
outbreak's toll, one event however many days retell it, as 'has killed 65 people' does for
deaths. A group is marked with each one's class, day and figure, read when finished groups
are parted (joins._part, ``limits.running_count_marks``)."""

from __future__ import annotations

from datetime import date

from dateline.merge.mention import Mention
from dateline.merge.one_or_count import count_figure
from dateline.merge.rules import Rules

#: a running count's occurrence class, day and figure
Run = tuple[str, date, float]


def running_count(m: Mention, day: date, r: Rules) -> Run | None:
    """``m``'s class, tally ``day`` (which the caller has worked out) and figure when it is a
    running count of a ``running_count_classes`` class and ``limits.running_count_marks``
    is on; else None."""
    if (not r.limits.get("running_count_marks")
            or m.occurrence_class not in r.words("running_count_classes")):
        return None
    figure = count_figure(m, r, people=False)
    return None if figure is None else (m.occurrence_class, day, figure)


def runs_apart(a: frozenset[Run], b: frozenset[Run], r: Rules) -> bool:
    """Two sets of running counts holding, of one class, counts of two days whose figures
    are not near (``number_near_ratio``): the count as it stood on each day. One figure
    retold a day later (a lagging report) stays near itself."""
    if not a or not b:
        return False
    ratio = r.limits["number_near_ratio"]
    return any(ca == cb and da != db and max(va, vb) > ratio * min(va, vb)
               for ca, da, va in a for cb, db, vb in b)
