"""The cross-article merge kept in the store: scored pairs and clusters, updated incrementally.

Merging a store's mentions from scratch scores every blocked pair (all of t17-dev,
42,500 mentions: about 37 s), too slow to redo for each timeline query of a large
store. :func:`update` keeps the merger's state in two tables (migration v5):
``merge_pairs`` (every pair scored at or above the floor) and ``event_clusters``
(each mention's canonical event). A later update takes the old mentions back without
scoring (:meth:`EventMerger.restore`) and scores only mentions of articles added since.
Only the Mentions it needs are built from the stored rows: the new ones, the kept ones the
merger's index offers them as candidates (found from the stored dates, types and rules of
the kept events, not from built Mentions) and those clustered again.
Then it clusters again only the mentions the new ones reach by chains of scored pairs
(old ones through the kept pairs): the clusters of such a set depend on its own mentions
and pairs alone (the components and average link of the clustering work inside a
component of pairs at the threshold, the attach step moves a lone mention along its
scored pairs), so only its kept pairs are read, the other clusters are kept as they are,
ids and all, and the result equals a merge of everything at once, in any order of runs.
When the merge code or data change, or the past occurrences the store's sentences name
(table ``recalled_names``, brought up to date with them first:
:mod:`dateline.merge.recalled_table`), the kept pairs are dropped and everything is merged
again. :func:`fresh` tells readers whether the clusters cover the store as it is.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from itertools import islice
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from dateline.events.lexicon import planned_root
from dateline.merge import recalled, recalled_table
from dateline.merge.cluster import EventMerger, Key
from dateline.merge.copies import copy_key
from dateline.merge.mention import Mention
from dateline.merge.mention_fields import make_mention
from dateline.merge.rules import rules
from dateline.store.queries import insert_columns, registered, stream_rows
from dateline.store.schema import scalar, transaction

if TYPE_CHECKING:
    import duckdb

    from dateline.store import Store


#: Pairs per Arrow batch written or rows per fetch read (bounds the transient memory).
CHUNK = 100_000


@dataclass(frozen=True, slots=True)
class MergeUpdate:
    """What :func:`update` did: mentions in all, those newly merged, canonical events,
    pairs scored for the new mentions, whether kept pairs were dropped (rules changed),
    mentions clustered again (the new ones and the kept ones they reach)."""

    mentions: int
    new: int
    events: int
    pairs_scored: int
    rebuilt: bool
    seconds: float
    reclustered: int = 0


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """Hash of the merge package's code and data: pairs scored under other rules are stale.

    All of it, the disagree package and disagree.json too: the disagreements are found when
    read, but the pair scoring's separate-incident and two-counts tests call disagree's
    readers."""
    h = hashlib.sha1()
    for base in (files("dateline").joinpath("merge"), files("dateline.data").joinpath("merge")):
        for name, data in _code_files(base):
            h.update(name.encode())
            h.update(data)
    return h.hexdigest()[:16]


def _code_files(folder: Traversable, prefix: str = "") -> Iterator[tuple[str, bytes]]:
    """Each code and data file of ``folder`` and its subfolders (the disagree package), by
    path and bytes, in name order; a file at the top by its bare name."""
    for res in sorted(folder.iterdir(), key=lambda r: r.name):
        if res.is_dir() and res.name != "__pycache__":
            yield from _code_files(res, f"{prefix}{res.name}/")
        elif res.name.endswith((".py", ".json")):
            yield f"{prefix}{res.name}", res.read_bytes()


def events_fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """How many events a store holds and a hash of their keys (articles are only added,
    never changed, so this moves exactly when events come or go)."""
    n, total = con.execute(
        "SELECT count(*), coalesce(sum(hash(article_id, event_id)), 0) FROM events"
    ).fetchall()[0]
    return f"{n}:{total}"


def _meta(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    value = scalar(con, "SELECT value FROM meta WHERE key = ?", [key])
    return None if value is None else str(value)


def merge_fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """:func:`rules_fingerprint` and a hash of the store's past occurrence names
    (merge.recalled: the pair veto reads them), which ``meta.merge_rules`` keeps."""
    return f"{rules_fingerprint()}:{recalled.fingerprint(con)}"


def fresh(con: duckdb.DuckDBPyConnection, made_by: str | None = None) -> bool:
    """Whether the kept clusters were made by this merge code, under the store's past
    occurrence names as they are, and cover every stored event; ``made_by``: the store's
    :func:`merge_fingerprint` when the caller has it already (it reads ``recalled_names``)."""
    return (
        _meta(con, "merge_rules") == (made_by or merge_fingerprint(con))
        and _meta(con, "merge_events") == events_fingerprint(con)
    )


def cluster_ids(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> dict[Key, Key]:
    """Kept canonical event (its smallest member's key) of each mention of ``article_ids``."""
    rows = con.execute(
        "SELECT article_id, event_id, cluster_article, cluster_event FROM event_clusters "
        "WHERE article_id = any(?)",
        [article_ids],
    ).fetchall()
    return {(a, e): (ca, ce) for a, e, ca, ce in rows}


def member_eids(con: duckdb.DuckDBPyConnection, keys: list[Key]) -> list[int]:
    """Event ids (``events.eid``) of every mention of the kept canonical events the mentions
    ``keys`` belong to: a filter ('--entity', '--since') picks events, and an event keeps
    all its reports (the other side of a disagreement names no entity, a late report dates
    it a day off)."""
    table = pa.table({"article_id": [k[0] for k in keys], "event_id": [k[1] for k in keys]})
    with registered(con, f"_dl_keys_{id(keys)}", table) as name:
        rows = con.execute(
            f"WITH picked AS (SELECT DISTINCT c.cluster_article, c.cluster_event "
            f"FROM event_clusters c JOIN {name} k USING (article_id, event_id)), "
            "members AS (SELECT c.article_id, c.event_id FROM event_clusters c "
            f"JOIN picked USING (cluster_article, cluster_event) "
            f"UNION SELECT article_id, event_id FROM {name}) "
            "SELECT e.eid FROM events e JOIN members USING (article_id, event_id)"
        ).fetchall()
    return [r[0] for r in rows]


def merged_events(con: duckdb.DuckDBPyConnection) -> int:
    """How many canonical events the kept clusters make."""
    return int(scalar(
        con, "SELECT count(DISTINCT (cluster_article, cluster_event)) FROM event_clusters"
    ))


def update(store: Store, workers: int = 1) -> MergeUpdate:
    """Merge the mentions of articles added since the last update into the kept clusters;
    ``workers`` processes score them (EventMerger.add).

    Needs the store open for writing; one transaction, so a crash leaves the old state."""
    t0 = time.perf_counter()
    store.require_writable()
    con = store.con
    recalled_table.refresh(con, rules())  # derived from the sentences: before the fingerprints
    made_by = merge_fingerprint(con)  # read once: the refreshed table stays as it is
    if fresh(con, made_by):
        n = int(scalar(con, "SELECT count(*) FROM event_clusters"))
        return MergeUpdate(n, 0, merged_events(con), 0, False, time.perf_counter() - t0)
    stale = _meta(con, "merge_rules") != made_by
    rebuilt = stale and bool(scalar(con, "SELECT count(*) FROM event_clusters"))
    merger = EventMerger(workers=workers)
    kept, new_keys, n_all = _add_new(con, merger, stale)
    touched, ids = _recluster(con, merger, kept, new_keys)
    merger.drop_mentions()  # only the scores are written now: the Mentions' memory goes back
    # DuckDB held to the settings of a run's writes while the pairs go in: at its defaults
    # it kept the written blocks of t17-dev's 1.16 million pairs cached (+140 MB at the peak)
    with store.bulk_settings():
        _write(con, merger, stale, new_keys, touched, ids, made_by)
    return MergeUpdate(
        mentions=n_all, new=len(new_keys), events=merged_events(con),
        pairs_scored=merger.pairs_scored, rebuilt=rebuilt,
        seconds=time.perf_counter() - t0, reclustered=len(touched) + len(new_keys),
    )


def _add_new(con: duckdb.DuckDBPyConnection, merger: EventMerger, stale: bool,
             ) -> tuple[list[Key], list[Key], int]:
    """Score the mentions not merged yet (every one when the rules changed: ``stale``)
    into ``merger``; (the kept mentions' keys, the new ones', how many in all). Only the
    new mentions and the kept ones they can be scored against (found by their stored
    dates: :func:`_meeting`) are built, not every stored Mention (t17-dev: 42k of them,
    most of an update's time)."""
    from dateline.merge.store import store_mentions

    if stale:
        new = store_mentions(con)
        kept: list[Key] = []
        n_all = len(new)
    else:
        kept, fresh_keys = _stored_keys(con)
        n_all = len(kept) + len(fresh_keys)
        new = store_mentions(con, fresh_keys)
        near = store_mentions(con, _meeting(con, merger, new)) if kept and new else []
        merger.restore(near, ())  # indexed, so the new mentions are scored against them
    merger.add(new)
    return kept, [m.key for m in new], n_all


def _recluster(con: duckdb.DuckDBPyConnection, merger: EventMerger, kept: list[Key],
               new_keys: list[Key]) -> tuple[list[Key], dict[Key, Key]]:
    """(the kept mentions clustered again, the canonical event of each of them and of the
    new ones). Only the mentions the new ones reach by chains of scored pairs are (their
    clusters depend on nothing else: see EventMerger._groups); the kept pairs of the
    others are not read, their clusters and ids stay as kept."""
    from dateline.merge.store import store_mentions

    touched = _reach(con, kept, merger.partners(new_keys)) if kept else []
    if touched:
        known = merger.mentions
        merger.restore(store_mentions(con, [k for k in touched if k not in known]),
                       _kept_pairs(con, touched))
    return touched, merger.cluster_ids(touched + new_keys)


def _write(con: duckdb.DuckDBPyConnection, merger: EventMerger, stale: bool,
           new_keys: list[Key], touched: list[Key], ids: dict[Key, Key], made_by: str) -> None:
    """One transaction: the new mentions' scored pairs, the clusters of those clustered
    again (all of them, and every pair, when ``stale``) and the fingerprints that say
    what the kept state was made by (``made_by``: :func:`merge_fingerprint`) and covers
    (:func:`fresh`)."""
    with transaction(con):
        if stale:
            con.execute("DELETE FROM merge_pairs")
        added = merger.iter_pairs(new_keys)
        while part := list(islice(added, CHUNK)):  # Arrow columns of a chunk at a time
            insert_columns(con, "merge_pairs", {
                "a_article": [a[0] for a, _, _ in part], "a_event": [a[1] for a, _, _ in part],
                "b_article": [b[0] for _, b, _ in part], "b_event": [b[1] for _, b, _ in part],
                "score": [s for _, _, s in part],
            })
        if stale:
            con.execute("DELETE FROM event_clusters")
        elif touched:
            _delete_clusters(con, touched)
        keys = sorted(ids)
        if keys:
            insert_columns(con, "event_clusters", {
                "article_id": [k[0] for k in keys], "event_id": [k[1] for k in keys],
                "cluster_article": [ids[k][0] for k in keys],
                "cluster_event": [ids[k][1] for k in keys],
            })
        for key, value in (("merge_rules", made_by),
                           ("merge_events", events_fingerprint(con))):
            con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])


def _stored_keys(con: duckdb.DuckDBPyConnection) -> tuple[list[Key], list[Key]]:
    """Keys of the stored mentions (events of stored articles) in store order: those the kept
    clusters hold, and the others (not merged yet)."""
    kept: list[Key] = []
    fresh_keys: list[Key] = []
    for a, e, merged in con.execute(
        "SELECT e.article_id, e.event_id, c.article_id IS NOT NULL FROM events e "
        "JOIN articles s ON s.id = e.article_id "
        "LEFT JOIN event_clusters c USING (article_id, event_id) ORDER BY e.article_id, e.idx"
    ).fetchall():
        (kept if merged else fresh_keys).append((a, e))
    return kept, fresh_keys


def _meeting(con: duckdb.DuckDBPyConnection, merger: EventMerger, new: list[Mention]) -> list[Key]:
    """The kept mentions the new ones could be scored against: exactly those the merger's
    index would offer them as candidates (:meth:`EventMerger.candidates`), found without
    building the kept Mentions in full. SQL picks the kept mentions whose stored span
    (``events.date_start``/``date_end``, the Mention's span) meets a new one's widened by the
    largest gap the index looks across (to whole years for a coarse span: the index keeps
    narrow spans by day and coarse ones by year, each meeting its own kind), a narrow window
    also later by the most a kept mention's span reaches before its stored date
    (:func:`_most_reach`), and those dated by default in articles of a new near copy's date
    (merge.copies); their type, rule, span and reach (from their trigger, sentence and
    dating), article date and trigger stem, all the index reads of a dated mention, then go
    into an index of their own,
    which the new mentions are looked up in. An undated mention's candidates (by sentence words)
    are all the undated kept ones."""
    windows, undated = _windows(merger, new)
    r = merger.rules
    copied = sorted({m.dct for m in new if m.dct is not None and copy_key(m, r) is not None})
    out: list[Key] = []
    dated: list[Mention] = []
    for a, e, typ, rule, start, end, trigger, at, sentence, how, dct in _kept_within(
        con, windows, undated, r.limits, copied, r.prefixes("dct_gap_dating") or ("dct",)
    ):
        if start is None:
            out.append((a, e))
            continue
        # with what a back-reference's reach reads: a later one may reach a new mention
        dated.append(make_mention(
            False, article_id=a, event_id=e, type=typ, trigger=trigger or "", start=at or 0,
            end=0, sentence_index=0, sentence=sentence, time_how=how or "none",
            date_start=start, date_end=end, rule=rule, planned=planned_root(rule), dct=dct,
            trigger_key=r.stem((trigger or "").lower()),  # copies.copy_key reads it
        ))
    return out + sorted(merger.meeting(dated, new))


def _windows(
    merger: EventMerger, new: list[Mention]
) -> tuple[list[tuple[bool, date, date]], bool]:
    """(the date windows the new mentions' candidates lie in, as (narrow, first, last) with
    overlapping windows of one kind joined; whether any new mention is undated): each span
    widened by the largest gap the index looks across, a coarse one to whole years."""
    lim = merger.rules.limits
    pad = timedelta(days=max(int(lim["date_gap_days"]), int(lim.get("dct_gap_days", 0))))
    spans: dict[bool, list[tuple[date, date]]] = {True: [], False: []}
    undated = False
    for m in new:
        if m.span is None:
            undated = True
            continue
        lo, hi = m.span[0] - pad, m.span[1] + pad
        narrow = merger.narrow(m)
        if not narrow:
            lo, hi = date(lo.year, 1, 1), date(hi.year, 12, 31)
        spans[narrow].append((lo, hi))
    windows: list[tuple[bool, date, date]] = []
    for narrow, wins in spans.items():
        wins.sort()
        joined: list[list[date]] = []
        for lo, hi in wins:  # overlapping windows as one
            if joined and lo <= joined[-1][1]:
                joined[-1][1] = max(joined[-1][1], hi)
            else:
                joined.append([lo, hi])
        windows.extend((narrow, lo, hi) for lo, hi in joined)
    return windows, undated


def _kept_within(
    con: duckdb.DuckDBPyConnection, windows: list[tuple[bool, date, date]], undated: bool,
    lim: dict[str, Any], copied: list[date], defaulted: tuple[str, ...],
) -> list[tuple[Any, ...]]:
    """The index fields (and article date) of the kept mentions whose stored span meets a
    window of its kind (a narrow window also :func:`_most_reach` days later), with
    ``undated`` every undated kept one, and every dated one of an article dated one of
    ``copied`` whose dating begins with one of ``defaulted`` (the near copies the index
    keys by article date, merge.copies, whatever their own dates)."""
    table = pa.table(
        {"narrow": [w[0] for w in windows], "lo": [w[1] for w in windows],
         "hi": [w[2] for w in windows]},
        schema=pa.schema([("narrow", pa.bool_()), ("lo", pa.date32()), ("hi", pa.date32())]),
    )
    with registered(con, "_dl_windows", table) as name:
        copies = ""
        if copied:
            copies = (" OR (e.date_start IS NOT NULL AND art.dct = any(?) AND ("
                      + " OR ".join("starts_with(e.time_how, ?)" for _ in defaulted) + "))")
        return con.execute(
            "SELECT e.article_id, e.event_id, e.type, e.rule, e.date_start, e.date_end, "
            "e.trigger, e.start_char, e.sentence_text, e.time_how, art.dct FROM events e "
            "JOIN event_clusters c USING (article_id, event_id) "
            "LEFT JOIN articles art ON art.id = e.article_id "
            f"WHERE EXISTS (SELECT 1 FROM {name} w WHERE "
            "e.date_start <= w.hi + CASE WHEN w.narrow THEN ? ELSE 0 END "
            "AND coalesce(e.date_end, e.date_start) >= w.lo "
            "AND w.narrow = (coalesce(e.date_end, e.date_start) - e.date_start < ?))"
            + (" OR e.date_start IS NULL" if undated else "") + copies,
            [_most_reach(lim), lim["coarse_span_days"]]
            + ([copied, *defaulted] if copied else []),
        ).fetchall()


def _most_reach(lim: dict[str, Any]) -> int:
    """The most days a kept mention's span reaches before its stored date (``Mention.reach``:
    'the quake' days later, 'five days into the walkout'): the windows look that much later."""
    return max(int(lim.get("reference_days", 0)), int(lim.get("ongoing_max_days", 0)))


def _key_table(keys: list[Key]) -> pa.Table:
    """``keys`` with their positions, for DuckDB to join pairs to."""
    return pa.table({
        "article_id": [k[0] for k in keys], "event_id": [k[1] for k in keys],
        "i": pa.array(range(len(keys)), pa.int64()),
    })


def _reach(con: duckdb.DuckDBPyConnection, kept: list[Key], seeds: set[Key]) -> list[Key]:
    """The kept mentions (``kept``: those of ``event_clusters``) joined to ``seeds`` by a chain
    of kept pairs, seeds included: a set no kept pair leads out of. Only the pairs' ends are
    read, as positions in ``kept`` (two integer columns), and walked breadth first."""
    if not seeds:
        return []
    with registered(con, "_dl_reach", _key_table(kept)) as name:
        ends = con.execute(
            f"SELECT ka.i AS a, kb.i AS b FROM merge_pairs p "
            f"JOIN {name} ka ON ka.article_id = p.a_article AND ka.event_id = p.a_event "
            f"JOIN {name} kb ON kb.article_id = p.b_article AND kb.event_id = p.b_event"
        ).fetchnumpy()
    n = len(kept)
    src = np.concatenate([ends["a"], ends["b"]]).astype(np.int64)
    dst = np.concatenate([ends["b"], ends["a"]]).astype(np.int64)
    order = np.argsort(src, kind="stable")
    dst = dst[order]
    start = np.zeros(n + 1, np.int64)  # each mention's partners: dst[start[i]:start[i + 1]]
    np.cumsum(np.bincount(src, minlength=n), out=start[1:])
    pos = {k: i for i, k in enumerate(kept)}
    seen = np.zeros(n, bool)
    frontier = np.unique(np.fromiter((pos[k] for k in seeds if k in pos), np.int64))
    seen[frontier] = True
    while frontier.size:  # every partner of the frontier at once
        lo, counts = start[frontier], start[frontier + 1] - start[frontier]
        at = np.repeat(lo - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())
        nxt = np.unique(dst[at])
        frontier = nxt[~seen[nxt]]
        seen[frontier] = True
    return [kept[i] for i in np.flatnonzero(seen)]


def _delete_clusters(con: duckdb.DuckDBPyConnection, keys: list[Key]) -> None:
    table = pa.table({"article_id": [k[0] for k in keys], "event_id": [k[1] for k in keys]})
    with registered(con, "_dl_drop", table) as name:
        con.execute(
            f"DELETE FROM event_clusters c USING {name} k "
            "WHERE c.article_id = k.article_id AND c.event_id = k.event_id"
        )


def _kept_pairs(
    con: duckdb.DuckDBPyConnection, keys: list[Key]
) -> Iterator[tuple[Key, Key, float]]:
    """The kept pairs between mentions ``keys``, each key one of those given: DuckDB joins
    the pairs to the keys' positions, so no row brings four strings of its own (t17-dev's
    1.16 million pairs: 1.1 -> 0.6 s, and less memory)."""
    cur = con.cursor()  # fetched in chunks: a large store keeps millions of pairs
    table = _key_table(keys)
    try:
        with registered(cur, "_dl_keys", table) as name:
            cur.execute(
                f"SELECT ka.i, kb.i, p.score FROM merge_pairs p "
                f"JOIN {name} ka ON ka.article_id = p.a_article AND ka.event_id = p.a_event "
                f"JOIN {name} kb ON kb.article_id = p.b_article AND kb.event_id = p.b_event"
            )
            for a, b, s in stream_rows(cur, CHUNK):
                yield keys[a], keys[b], s
    finally:
        cur.close()
