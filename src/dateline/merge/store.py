"""Canonical events and disagreements straight from a dateline store.

``Store.events`` gives the matching mention rows (entity, date range, text
filters); this module adds what merging and disagreement need and the rows do
not carry -- each event's sentence names, links and reported numbers -- in
two small queries keyed by the matched articles, then merges.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from dateline.merge.cluster import CanonicalEvent, EventMerger
from dateline.merge.disagree import Disagreement, disagreements
from dateline.merge.mention import Number, mention_from_row

if TYPE_CHECKING:
    from dateline.store import Store


Extras = tuple[dict[Any, dict[str, Any]], dict[Any, Number], dict[Any, list[Number]]]


def _extras(store: Store, article_ids: list[str]) -> Extras:
    con = store.con
    ev: dict[Any, dict[str, Any]] = {}
    for aid, eid, names, links, quants in con.execute(
        "SELECT article_id, event_id, names, links, quantities FROM events "
        "WHERE article_id = any(?)",
        [article_ids],
    ).fetchall():
        ev[(aid, eid)] = {"names": names or [], "links": links or [], "quantities": quants or []}
    nums: dict[Any, Number] = {}
    by_sentence: dict[Any, list[Number]] = {}
    for aid, idx, sent, value, text, low, high, approx, counts in con.execute(
        "SELECT article_id, idx, sentence, value, text, low, high, approx, counts "
        "FROM quantities WHERE article_id = any(?) ORDER BY article_id, idx",
        [article_ids],
    ).fetchall():
        n = nums[(aid, idx)] = Number(value, text, low, high, bool(approx), counts)
        by_sentence.setdefault((aid, sent), []).append(n)
    return ev, nums, by_sentence


def store_events(
    store: Store,
    entity: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    query: str | None = None,
    types: Sequence[str] | None = None,
) -> list[CanonicalEvent]:
    """Canonical events of the matching mentions, every source kept, in timeline order."""
    rows = store.events(entity=entity, since=since, until=until, query=query, types=types)
    if not rows:
        return []
    ev, nums, by_sentence = _extras(store, sorted({r["article_id"] for r in rows}))
    merger = EventMerger()
    for r in rows:
        extra = ev.get((r["article_id"], r["event_id"]), {})
        numbers = tuple(
            n for q in extra.get("quantities", ()) if (n := nums.get((r["article_id"], q)))
        ) or tuple(by_sentence.get((r["article_id"], r["sentence"]), ()))  # as for annotations
        merger.add([mention_from_row({**r, **extra, "numbers": numbers})])
    return merger.events()


def store_disagreements(store: Store, **filters: Any) -> list[Disagreement]:
    """Disagreements among the canonical events of :func:`store_events` (same filters)."""
    return disagreements(store_events(store, **filters))
