"""The canonical event a finished group of mentions describes, and the timeline order of
events: apart from :mod:`dateline.merge.cluster`, which only decides the groups, since a
store (:mod:`dateline.merge.store`) and the disagreement readers build and read events of
groups kept on disk without a merger."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateline.merge.mention import Mention
from dateline.serialize import iso_day

Day = date  # the field ``CanonicalEvent.date`` shadows the type inside the class


@dataclass(frozen=True, slots=True)
class CanonicalEvent:
    """One real-world event with every mention of it and every article that reported it."""

    id: str
    type: str
    date: str | None
    date_start: Day | None
    date_end: Day | None
    trigger: str
    actor: str | None
    target: str | None
    location: str | None
    sentence: str | None
    polarity: str
    mentions: tuple[Mention, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article_id for m in self.mentions))

    @property
    def n_sources(self) -> int:
        return len(self.article_ids)

    def to_dict(self) -> dict[str, Any]:
        iso = iso_day
        return {
            "id": self.id,
            "type": self.type,
            "date": self.date,
            "date_start": iso(self.date_start),
            "date_end": iso(self.date_end),
            "trigger": self.trigger,
            "actor": self.actor,
            "target": self.target,
            "location": self.location,
            "sentence": self.sentence,
            "polarity": self.polarity,
            "n_sources": self.n_sources,
            "mentions": [
                {
                    "article_id": m.article_id,
                    "event_id": m.event_id,
                    "type": m.type,
                    "trigger": m.trigger,
                    "date": m.time_value,
                    "dct": iso(m.dct),
                    "source": m.source,
                    "title": m.title,
                    "sentence": m.sentence,
                    "negated": m.negated,
                    "modality": m.modality,
                }
                for m in self.mentions
            ],
        }


def events_of(groups: Iterable[list[Mention]]) -> list[CanonicalEvent]:
    """Canonical events of mention groups (each one event), in timeline order (date, then
    type, then first report)."""
    evs = [canonical(sorted(g, key=Mention.sort_key)) for g in groups]
    evs.sort(key=_event_order)
    return evs


def _event_order(e: CanonicalEvent) -> tuple[Any, ...]:
    return (
        e.date_start is None,
        e.date_start or date.min,
        e.date_end or date.min,
        e.type,
        e.mentions[0].sort_key(),
    )


def _vote(values: Iterable[str | None]) -> str | None:
    """Most frequent non-empty value; ties go to the one seen first (mentions are sorted)."""
    c = Counter(v for v in values if v)
    return max(c, key=lambda v: (c[v], -list(c).index(v))) if c else None


def canonical(group: list[Mention]) -> CanonicalEvent:
    """The event a cluster describes: the date most articles give, the majority type and names.

    The date is voted by articles (an article counts once), ties go to the
    narrowest span, then the earliest; the representative mention is the first
    report that carries that date and type."""
    group = sorted(group, key=Mention.sort_key)
    spans: dict[tuple[date | None, date | None], set[str]] = {}
    for m in group:
        spans.setdefault((m.date_start, m.date_end), set()).add(m.article_id)

    def span_rank(s: tuple[date | None, date | None]) -> tuple[Any, ...]:
        width = (s[1] - s[0]).days if s[0] and s[1] else 10**6
        return (-len(spans[s]), s[0] is None, width, s[0] or date.min)

    span = min(spans, key=span_rank)
    etype = _vote(m.type for m in group) or group[0].type
    rep = next(
        (m for m in group if (m.date_start, m.date_end) == span and m.type == etype), group[0]
    )
    first = min(m.key for m in group)
    ident = hashlib.sha1(f"{first[0]}/{first[1]}".encode()).hexdigest()[:12]
    return CanonicalEvent(
        id=f"ev-{ident}",
        type=etype,
        date=rep.time_value,
        date_start=span[0],
        date_end=span[1],
        trigger=rep.trigger,
        actor=_vote(m.actor for m in group),
        target=_vote(m.target for m in group),
        location=_vote(m.location for m in group),
        sentence=rep.sentence,
        polarity=rep.polarity,
        mentions=tuple(group),
    )
