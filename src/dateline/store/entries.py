"""How :meth:`Store.timeline <dateline.store.core.Store.timeline>` reads its entries: the
stored names an entity means (:func:`entity_names`), the first ``limit`` entries without
sorting every match (:func:`timeline_top`), the entries of the cross-article merge
(:func:`merged_timeline`), and each entry's sources with their sentence spans and the date
a re-dated article stated (:func:`sourced`)."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from dateline.store import aliases, queries, stories
from dateline.timeline import TimelineEntry, merge_rows

if TYPE_CHECKING:
    import duckdb

    from dateline.store.core import Store


def entity_names(
    con: duckdb.DuckDBPyConnection, entity: str | None
) -> tuple[list[str] | None, list[str]]:
    """The stored names ``entity`` means (None: no entity asked) and the mentions the
    entity stage filed under another name (:func:`aliases.folded_mentions`: 'IDF')."""
    if not entity:
        return None, []
    return (queries.matching_names(con, entity), aliases.folded_mentions(con, entity))


def timeline_top(
    con: duckdb.DuckDBPyConnection, where: str, params: list[Any], limit: int
) -> list[TimelineEntry]:
    """The first ``limit`` entries without sorting every match.

    Take the group key (date span, type) of the n-th matching row, read only
    the rows up to that key (whole groups, so merging is exact), and widen n
    until those rows make ``limit`` entries or no rows are left.
    """
    n = max(64, 4 * limit)
    while True:
        key = queries.nth_group_key(con, where, params, n)
        if key is None:  # fewer than n matches: read them all
            rows = queries.iter_events(con, queries.event_sql(where), params)
            return merge_rows(rows, limit=limit, presorted=True)
        upto, upto_params = queries.up_to_key(where, params, key)
        rows = queries.iter_events(con, queries.event_sql(upto), upto_params)
        entries = merge_rows(rows, limit=limit, presorted=True)
        if len(entries) >= limit:
            return entries
        n *= 4


def merged_timeline(
    store: Store, where: str, params: list[Any], kept: bool, lo: date | None, hi: date | None,
    limit: int | None,
) -> list[TimelineEntry]:
    """The timeline's entries of the cross-article merge (``merged``), sourced."""
    from dateline.merge.store import timeline_entries, whole_events

    found = list(queries.iter_events(store.con, queries.event_sql(where), params))
    if kept and params:  # filtered: each matching event with all its reports
        found = whole_events(store, found, dated_only=True)
    entries = timeline_entries(store, found, kept)
    if kept and (lo or hi):  # an event another report dates elsewhere stays out
        entries = [e for e in entries if e.date_start is not None
                   and (lo is None or e.date_start >= lo)
                   and (hi is None or e.date_start <= hi)]
    return sourced(store.con, entries if limit is None else entries[: max(0, limit)])


def redated(con: duckdb.DuckDBPyConnection) -> dict[str, date]:
    """Articles ``run --reanchor`` re-dated by their content: id -> the date the article
    stated (its stored ``dct`` is the estimated date; the warning keeps the stated one)."""
    from dateline.datecheck import redated_from

    rows = con.execute(
        "SELECT id, warnings FROM articles WHERE date_verdict = 'contradicted'"
    ).fetchall()
    out = {}
    for aid, warnings in rows:
        stated = redated_from(warnings)
        if stated is not None:
            out[str(aid)] = stated
    return out


def sourced(con: duckdb.DuckDBPyConnection, entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """Each source with its sentence's span in the article text, when ``run --reanchor``
    re-dated its article the date the article stated (:func:`redated`), when the store's
    other articles tell its story far from its date, around when, and the verdict weighed
    with them (table date_stories); merged or not."""
    if not entries:
        return entries
    stated = redated(con)
    told = {aid: when for aid, (when, _) in stories.told_elsewhere(con).items()}
    weighed = stories.weighed_verdicts(con, sorted({s.article_id for e in entries
                                                    for s in e.sources}))
    spans = _sentence_spans(con, {(s.article_id, s.event_id) for e in entries for s in e.sources})
    return [
        replace(e, sources=tuple(
            replace(s, redated_from=stated.get(s.article_id),
                    told_elsewhere=told.get(s.article_id),
                    weighed_verdict=weighed.get(s.article_id),
                    sentence_span=spans.get((s.article_id, s.event_id)))
            for s in e.sources))
        for e in entries
    ]


def _sentence_spans(
    con: duckdb.DuckDBPyConnection, keys: set[tuple[str, str]]
) -> dict[tuple[str, str], tuple[int, int]]:
    """(article id, event id) -> (start, end) of the event's sentence in its article's
    text: one join of the stored sentences (events keep the sentence's index only)."""
    if not keys:
        return {}
    ordered = sorted(keys)
    tbl = pa.table({"article_id": [k[0] for k in ordered],
                    "event_id": [k[1] for k in ordered]})
    with queries.registered(con, f"_sources_{os.getpid()}", tbl) as name:
        rows = con.execute(
            f"SELECT e.article_id, e.event_id, s.start_char, s.end_char FROM {name} p "
            "JOIN events e ON e.article_id = p.article_id AND e.event_id = p.event_id "
            "JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence"
        ).fetchall()
    return {(a, ev): (int(lo), int(hi)) for a, ev, lo, hi in rows}
