"""The rows :mod:`dateline.merge.disagree` finds: a :class:`Disagreement` and its
:class:`Claim` per source, and how claims are gathered into rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from dateline.merge.mention import Mention

Kind = Literal["number", "date", "denial"]
Strength = Literal["strong", "weak"]


@dataclass(frozen=True, slots=True)
class Claim:
    """One source's version: ``value`` is the number, the date, or 'asserted'/'denied'."""

    value: str
    article_id: str
    event_id: str
    source: str | None
    title: str | None
    dct: date | None
    sentence: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "article_id": self.article_id,
            "event_id": self.event_id,
            "source": self.source,
            "title": self.title,
            "dct": self.dct.isoformat() if self.dct else None,
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Sources that tell one event differently; ``about`` names what is disputed."""

    kind: Kind
    event_id: str
    type: str
    date: str | None
    about: str
    claims: tuple[Claim, ...]
    #: the evidence for the row and the doubts against it, in words (:func:`strength`)
    evidence: tuple[str, ...] = ()
    doubts: tuple[str, ...] = ()

    @property
    def strength(self) -> Strength:
        """'strong' (shown by default) or 'weak' (a doubt holds: shown with ``--all``)."""
        return "weak" if self.doubts else "strong"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "event_id": self.event_id,
            "type": self.type,
            "date": self.date,
            "about": self.about,
            "strength": self.strength,
            "evidence": list(self.evidence),
            "doubts": list(self.doubts),
            "claims": [c.to_dict() for c in self.claims],
        }


def claim_of(value: str, m: Mention) -> Claim:
    return Claim(value, m.article_id, m.event_id, m.source, m.title, m.dct, m.sentence)


def one_per_article(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """One claim per (value, article): two mentions of one sentence are one source's claim."""
    seen: dict[tuple[str, str], Claim] = {}
    for c in claims:
        seen.setdefault((c.value, c.article_id), c)
    return tuple(seen.values())


def dct_days(claims: Iterable[Claim]) -> int:
    """Days between the earliest and the latest article of the claims."""
    dcts = sorted(c.dct for c in claims if c.dct is not None)
    return (dcts[-1] - dcts[0]).days if dcts else 0


def connected_groups(size: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The connected groups of ``edges`` over 0..size-1 (only nodes on an edge), each sorted,
    in order of their first member."""
    parent = list(range(size))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    on: set[int] = set()
    for i, j in edges:
        on.update((i, j))
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in sorted(on):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])
