"""Canonical events and disagreements straight from a dateline store.

``Store.events`` gives the matching mention rows (entity, date range, text
filters); this module adds what merging and disagreement need and the rows do
not carry -- each event's sentence names, links and reported numbers -- in
two small queries keyed by the matched articles, then merges.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import replace
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from dateline.merge import persist, recalled_table
from dateline.merge.articles import (
    NAME_LABELS,
    Source,
    article_mentions,
    mention_from_row,
    sentence_days,
)
from dateline.merge.cluster import CanonicalEvent, EventMerger, Key, events_of
from dateline.merge.disagree import Disagreement, disagreements
from dateline.merge.mention import Mention, Number
from dateline.merge.mention_figures import may_count
from dateline.merge.recalled import recalled_name
from dateline.merge.recalled_on import opens_on_old, recalled_on
from dateline.merge.rules import Rules, rules
from dateline.model import OCCURRENCE, Event, EventTime, Quantity, Sentence
from dateline.timeline import Source as TimelineSource
from dateline.timeline import TimelineEntry, dated_by, entry_order

if TYPE_CHECKING:
    import duckdb

    from dateline.store import Store


Extras = tuple[dict[Any, dict[str, Any]], dict[Any, Number], dict[Any, list[Number]]]


_EVENT_SQL = """
SELECT e.article_id, e.event_id, e.type, e.trigger, e.start_char, e.end_char, e.sentence,
       e.actor, e.target, e.location, e.time_value, e.time_timex, e.time_how, e.time_end,
       e.quantities, e.negated, e.hedged, e.modality, e.rule, e.links,
       s.start_char, s.end_char, s.text
FROM events e LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence
WHERE e.{where}
ORDER BY e.article_id, e.idx
"""

#: Event rows read at a time (whole articles): the rows of a chunk of articles are in memory
#: at once, never whole tables (all of t17-dev's at once cost ~50 MB more at the merge's peak)
CHUNK_EVENTS = 5000


def store_mentions(
    con: duckdb.DuckDBPyConnection, keys: Collection[Key] | None = None
) -> list[Mention]:
    """Every event mention of a store, as :func:`~dateline.merge.articles.mentions_from_annotation`
    makes them from the stored Annotations (the same Mentions, in the same order), but read
    column-wise: per chunk of articles one query per table, only the columns merging needs,
    events joined to their sentences, and of the timexes only each DATE's value and sentence
    (the days a sentence names) -- no quotes, article texts or entity attributes are read
    or rebuilt. With ``keys``, only those mentions (in the same order): only their articles'
    rows are read (a store's update builds the new mentions and the few kept ones they meet,
    not every one)."""
    wanted = None if keys is None else set(keys)
    if wanted is not None and not wanted:
        return []
    arts = _sources(con, None if wanted is None else sorted({k[0] for k in wanted}))
    out: list[Mention] = []
    for where, params in _chunks(con) if wanted is None else _key_chunks(wanted):
        ents = _name_entities(con, where, params)
        days = _date_timexes(con, where, params)
        quants = _quantities(con, where, params)
        rows = con.execute(_EVENT_SQL.format(where=where), params).fetchall()
        for aid, run in groupby(rows, key=itemgetter(0)):  # rows come by article
            if aid not in arts:  # rows of articles not stored are skipped, as when exporting
                continue
            mine = [r for r in run if wanted is None or (aid, r[1]) in wanted]
            evs, sents = _article_events(mine)
            out.extend(article_mentions(arts[aid], evs, sents, tuple(quants.get(aid, ())),
                                        ents.get(aid, ()), days.get(aid, ())))
    _recall(con, out)
    return out


def _recall(con: duckdb.DuckDBPyConnection, mentions: list[Mention]) -> None:
    """Give each occurrence the past occurrence its phrase recalls by a name the store ties
    to a year long before (``Mention.recalled``; merge.recalled, table ``recalled_names`` as
    this code makes it: recalled_table.past_names_now), and a plain 'the spill' the
    sentence after one naming an old one that old one's (merge.recalled_on)."""
    r = rules()
    past = recalled_table.past_names_now(con, r)
    if not past:
        return
    for m in mentions:
        if m.type == OCCURRENCE:
            object.__setattr__(m, "recalled", recalled_name(m, past, r))
    recalled_on(mentions, r, _opened(con, mentions, past, r))  # 'the spill' after the old one


def _opened(con: duckdb.DuckDBPyConnection, mentions: list[Mention],
            past: dict[str, tuple[str, int]], r: Rules) -> dict[tuple[str, int], str]:
    """(article, sentence) -> the old occurrence's name it opens on (recalled_on.opens_on_old),
    for the sentence before each occurrence whose phrase recalls none: a sentence that tells
    no mention is read from the stored sentences."""
    want = {(m.article_id, m.sentence_index - 1): m.dct for m in mentions
            if m.recalled == "" and m.sentence_index > 0 and m.dct is not None}
    if not want:
        return {}
    keys = sorted(want)  # only the wanted sentences leave the store, not whole articles
    rows = con.execute(
        "SELECT s.article_id, s.idx, s.text FROM sentences s JOIN (SELECT unnest(?) AS a,"
        " unnest(?) AS i) w ON s.article_id = w.a AND s.idx = w.i",
        [[a for a, _ in keys], [i for _, i in keys]]).fetchall()
    out = {}
    for aid, idx, text in rows:
        if name := opens_on_old(text or "", past, want[(aid, idx)], r):
            out[(aid, idx)] = name
    return out


def _sources(con: duckdb.DuckDBPyConnection, aids: list[str] | None) -> dict[str, Source]:
    """Article id -> its Source, for the articles ``aids`` (every stored one: None)."""
    return {
        r[0]: Source(*r)
        for r in con.execute(
            "SELECT id, dct, source, title, path, date_verdict FROM articles"
            + ("" if aids is None else " WHERE id = any(?)"),
            [] if aids is None else [aids],
        ).fetchall()
    }


def _name_entities(
    con: duckdb.DuckDBPyConnection, where: str, params: list[Any]
) -> dict[str, list[tuple[Any, ...]]]:
    """Article id -> ``(canonical, text, label, sentence, attrs)`` of its naming entities
    (NAME_LABELS) that have a sentence, for the articles ``where`` selects; of the attrs
    only a person's 'affiliation' (merge.articles.affiliations reads it)."""
    return _by_article(con, "SELECT article_id, canonical, text, label, sentence, "
                       "list_filter(attrs, lambda a: a.key = 'affiliation') FROM entities "
                       f"WHERE {where} AND label = any(?) AND sentence IS NOT NULL",
                       [*params, sorted(NAME_LABELS)], _entity_row)


def _entity_row(row: list[Any]) -> tuple[Any, ...]:
    """A stored entity row with its attrs as (key, value) pairs."""
    *head, attrs = row
    return (*head, tuple((a["key"], a["value"]) for a in attrs or ()))


def _quantities(
    con: duckdb.DuckDBPyConnection, where: str, params: list[Any]
) -> dict[str, list[Quantity]]:
    """Article id -> its Quantities in stored order, for the articles ``where`` selects."""
    return _by_article(con, "SELECT article_id, start_char, end_char, text, value, approx, low, "
                       f"high, counts, sentence FROM quantities WHERE {where} "
                       "ORDER BY article_id, idx", params, lambda q: Quantity(*q))


def _date_timexes(
    con: duckdb.DuckDBPyConnection, where: str, params: list[Any]
) -> dict[str, list[tuple[Any, ...]]]:
    """Article id -> ``(type, value, sentence)`` of its DATE timexes that have a sentence
    (what :func:`~dateline.merge.articles.sentence_days` reads), for the articles ``where``
    selects."""
    return _by_article(con, "SELECT article_id, type, value, sentence FROM timexes "
                       f"WHERE {where} AND type = 'DATE' AND sentence IS NOT NULL", params)


def _by_article(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[Any],
    make: Callable[[list[Any]], Any] = tuple,
) -> dict[str, list[Any]]:
    """The rows of ``sql`` (the article id first) by article id, in order, each made of the
    rest of its columns by ``make``."""
    out: dict[str, list[Any]] = {}
    for aid, *rest in con.execute(sql, params).fetchall():
        out.setdefault(aid, []).append(make(rest))
    return out


def _chunks(con: duckdb.DuckDBPyConnection) -> Iterator[tuple[str, list[Any]]]:
    """Runs of whole articles of about CHUNK_EVENTS events, as a condition on ``article_id``
    (between the first and the last) and its parameters."""
    lo, n = None, 0
    for aid, count in con.execute(
        "SELECT article_id, count(*) FROM events WHERE article_id IS NOT NULL "
        "GROUP BY article_id ORDER BY article_id"
    ).fetchall():
        lo = aid if lo is None else lo
        n += count
        if n >= CHUNK_EVENTS:
            yield "article_id BETWEEN ? AND ?", [lo, aid]
            lo, n = None, 0
    if lo is not None:
        yield "article_id BETWEEN ? AND ?", [lo, aid]


def _key_chunks(keys: set[Key]) -> Iterator[tuple[str, list[Any]]]:
    """The articles of ``keys`` in runs of about CHUNK_EVENTS of them, as a condition on
    ``article_id`` (one of a list) and its parameters."""
    per: dict[str, int] = {}
    for aid, _ in keys:
        per[aid] = per.get(aid, 0) + 1
    run: list[str] = []
    n = 0
    for aid in sorted(per):
        run.append(aid)
        n += per[aid]
        if n >= CHUNK_EVENTS:
            yield "article_id = any(?)", [run]
            run, n = [], 0
    if run:
        yield "article_id = any(?)", [run]


def _article_events(rows: list[tuple[Any, ...]]) -> tuple[list[Event], dict[int, Sentence]]:
    """One article's joined event rows as its Events and the Sentences they sit in."""
    intern = sys.intern  # labels every mention repeats are kept once (memory)
    evs: list[Event] = []
    sents: dict[int, Sentence] = {}
    for (_, eid, typ, trig, start, end, sent, actor, target, loc, tv, tt, how, tend,
         qs, neg, hedged, modality, rule, links, s_start, s_end, s_text) in rows:
        evs.append(Event(
            id=intern(eid), type=intern(typ), trigger=trig, start=start, end=end,
            sentence=sent, actor=actor, target=target, location=loc,
            time=EventTime(tv, tt, how and intern(how), tend),
            quantities=tuple(qs or ()), negated=neg, hedged=hedged,
            modality=modality and intern(modality), rule=rule and intern(rule),
            links=tuple((lk["relation"], lk["event"]) for lk in links or ()),
        ))
        if s_text is not None and sent not in sents:  # one copy of a sentence's text
            sents[sent] = Sentence(sent, s_start, s_end, s_text)
    return evs, sents


def _extras(store: Store, article_ids: list[str]) -> Extras:
    con = store.con
    days = {aid: sentence_days(rows)  # by article, by sentence
            for aid, rows in _date_timexes(con, "article_id = any(?)", [article_ids]).items()}
    ev: dict[Any, dict[str, Any]] = {}
    for aid, eid, sent, names, links, quants in con.execute(
        "SELECT article_id, event_id, sentence, names, links, quantities FROM events "
        "WHERE article_id = any(?)",
        [article_ids],
    ).fetchall():
        ev[(aid, eid)] = {
            "names": names or [],
            "links": links or [],
            "quantities": quants or [],
            "named_days": days.get(aid, {}).get(sent, ()),
        }
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
    """Canonical events of the matching mentions, every source kept, in timeline order.

    With the store's kept merge up to date, a matching mention brings its whole canonical
    event: all its reports, even those the filters would not pick (:func:`whole_events`)."""
    rows = store.events(entity=entity, since=since, until=until, query=query, types=types)
    if not rows:
        return []
    kept = persist.fresh(store.con)
    if kept and (entity or since or until or query or types):
        rows = whole_events(store, rows)
    return _merged(store, rows, kept)


def whole_events(
    store: Store, rows: list[dict[str, Any]], dated_only: bool = False
) -> list[dict[str, Any]]:
    """Event rows of every mention of the kept canonical events ``rows`` belong to
    (:func:`dateline.merge.persist.member_eids`), in timeline order."""
    from dateline.store import queries

    eids = persist.member_eids(store.con, [(r["article_id"], r["event_id"]) for r in rows])
    if len(eids) == len(rows):
        return rows
    where = " WHERE e.eid = any(?)" + (" AND e.date_start IS NOT NULL" if dated_only else "")
    return list(queries.iter_events(store.con, queries.event_sql(where), [eids]))


def _merged(
    store: Store, rows: list[dict[str, Any]], kept: bool | None = None, light: bool = False
) -> list[CanonicalEvent]:
    """Canonical events of event rows of ``store`` (with the names, links and numbers the
    rows do not carry): grouped by the store's kept clusters when they cover it
    (:mod:`dateline.merge.persist`; ``kept``: already known whether they do), else merged
    here. ``light``: grouped mentions may lack what only scoring reads (the timeline's)."""
    article_ids = sorted({r["article_id"] for r in rows})
    if kept is None:
        kept = persist.fresh(store.con)
    derived = not (kept and light)
    # grouped by the kept clusters for the timeline, no mention's names, links or numbers
    # are read (all of t17-dev: ~1 s of reading them)
    ev, nums, by_sentence = _extras(store, article_ids) if derived else ({}, {}, {})
    mentions = []
    for r in rows:
        extra = ev.get((r["article_id"], r["event_id"]), {})
        numbers = tuple(
            n for q in extra.get("quantities", ()) if (n := nums.get((r["article_id"], q)))
        ) or tuple(  # as for annotations (mention_figures.event_numbers)
            n for n in by_sentence.get((r["article_id"], r["sentence"]), ())
            if may_count(r["type"], r["target"], n.counts, r["trigger"])
        )
        mentions.append(mention_from_row({**r, **extra, "numbers": numbers}, derived=derived))
    if kept:
        ids = persist.cluster_ids(store.con, article_ids)
    else:
        # scored as `dateline merge` scores them (the Mentions of store_mentions: the rows
        # lack e.g. the sentence's offset), so a stale store groups as its update would keep
        # it, and each group shows the rows' mentions as a kept merge's groups do
        merger = EventMerger()
        merger.add(store_mentions(store.con, [m.key for m in mentions]))
        ids = merger.cluster_ids()
    groups: dict[Any, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(ids.get(m.key, m.key), []).append(m)
    return events_of(list(groups.values()))


def timeline_entries(
    store: Store, rows: list[dict[str, Any]], kept: bool | None = None
) -> list[TimelineEntry]:
    """Timeline entries of dated event rows of ``store``: one per canonical event of the
    cross-article merge, its date voted by its sources, every mention a source (the
    representative first), in timeline order (``Store.timeline(merged=True)``)."""
    if not rows:
        return []
    out = [_entry(ce) for ce in _merged(store, rows, kept, light=True)
           if any(m.date_start is not None for m in ce.mentions)]
    out.sort(key=entry_order)
    return out


def _entry(ce: CanonicalEvent) -> TimelineEntry:
    rep = next((m for m in ce.mentions if m.trigger == ce.trigger and m.sentence == ce.sentence),
               ce.mentions[0])
    mentions = [rep, *(m for m in ce.mentions if m is not rep)]
    if ce.date_start is None:  # undated reports outvoted the dated one: the timeline needs a day
        dated = next(m for m in mentions if m.date_start is not None)
        ce = replace(ce, date=dated.time_value, date_start=dated.date_start,
                     date_end=dated.date_end)
    return TimelineEntry(
        date=ce.date, date_start=ce.date_start, date_end=ce.date_end, type=ce.type,
        trigger=ce.trigger, actor=ce.actor, target=ce.target, location=ce.location,
        sentence=ce.sentence, negated=rep.negated, hedged=rep.hedged, modality=rep.modality,
        sources=tuple(
            TimelineSource(
                article_id=m.article_id, event_id=m.event_id, title=m.title, source=m.source,
                dct=m.dct, path=m.path, date_verdict=m.date_verdict, trigger=m.trigger,
                sentence=m.sentence,
            )
            for m in mentions
        ),
        dated_by=dated_by(m.time_how for m in mentions),
        event_id=ce.id,
    )


def store_disagreements(store: Store, **filters: Any) -> list[Disagreement]:
    """Disagreements among the canonical events of :func:`store_events` (same filters)."""
    return disagreements(store_events(store, **filters))
