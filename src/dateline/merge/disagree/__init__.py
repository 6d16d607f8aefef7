"""Where sources disagree about one event: numbers, dates, and accusation versus denial.

Each :class:`Disagreement` lists the competing claims side by side, each with
the article that made it, so a report can show "38 (Karsholm Courier) vs at
least 40 (Nordic Wire)". Numbers are compared per counted thing ("injured",
"hostages"); two claims disagree when the intervals they allow do not overlap.

Each kind of row has its module (:mod:`.numbers`, :mod:`.dates`, :mod:`.denials`); the
readers they share have theirs: what a figure counts (:mod:`.figures`) or measures
(:mod:`.measures`), whether a date is the event's (:mod:`.stated`), claims of separate
incidents (:mod:`.incidents`), readers' comments (:mod:`.comments`) and how far a row can be
trusted (:mod:`.strength`). Their public names are importable from here.
"""

from __future__ import annotations

from collections.abc import Iterable

from dateline.merge.cluster import CanonicalEvent
from dateline.merge.disagree.comments import comment_stamp_at, comment_starts, without_comments
from dateline.merge.disagree.dates import date_disagreements
from dateline.merge.disagree.denials import (
    denial_disagreements,
    denies_in_clause,
    gainsays,
    is_refusal,
    says_denied,
)
from dateline.merge.disagree.figures import counted_thing, figure_thing, figure_unit, takes_no_side
from dateline.merge.disagree.incidents import far_apart, incident_marks, separate_incidents
from dateline.merge.disagree.measures import (
    Measure,
    is_measure,
    measure_of,
    measure_words,
    measures_meet,
    rate_of,
    same_measure,
)
from dateline.merge.disagree.numbers import number_disagreements
from dateline.merge.disagree.rows import Claim, Disagreement, Kind, Strength
from dateline.merge.disagree.stated import STATED, claims_date, dates_itself
from dateline.merge.disagree.strength import strength
from dateline.merge.rules import Rules

__all__ = [
    "STATED", "Claim", "Disagreement", "Kind", "Measure", "Strength", "claims_date",
    "comment_stamp_at", "comment_starts", "counted_thing", "date_disagreements",
    "dates_itself", "denial_disagreements", "denies_in_clause", "disagreements", "far_apart",
    "figure_thing", "figure_unit", "gainsays", "incident_marks", "is_measure", "is_refusal",
    "measure_of", "measure_words", "measures_meet", "number_disagreements", "rate_of",
    "same_measure", "says_denied", "separate_incidents", "strength", "takes_no_side",
]


def disagreements(events: Iterable[CanonicalEvent], r: Rules | None = None) -> list[Disagreement]:
    """Every disagreement among merged events: numbers, dates, denials (in event order).
    Readers' comments under an article make no claims (:func:`comment_starts`)."""
    evs = without_comments(list(events))
    out: list[Disagreement] = []
    for ev in evs:
        out.extend(number_disagreements(ev, r))
        out.extend(date_disagreements(ev, r))
    out.extend(denial_disagreements(evs, r))
    order = {e.id: i for i, e in enumerate(evs)}
    out.sort(key=lambda d: (order.get(d.event_id, 0), d.kind, d.about))
    return out
