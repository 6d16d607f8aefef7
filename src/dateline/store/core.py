"""The Store: one DuckDB file, one writing process, any number of read-only readers.

How its timeline reads the entries is :mod:`.entries`; what a user is told when another
process holds the file is :mod:`.lock`."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from dateline.errors import DatelineError, UsageError
from dateline.gcpause import gc_paused
from dateline.model import Annotation, Reject
from dateline.store import aliases, entries, queries, schema, writer
from dateline.store.lock import lock_error
from dateline.store.rows import annotation_tables, reject_table
from dateline.store.tvalue import date_span
from dateline.timeline import TimelineEntry, merge_rows

DEFAULT_PATH = "dateline.duckdb"
#: ``Store.timeline(merged=None)`` builds the timeline from the cross-article merge when the
#: matching mentions, counted per (type, first day), square-sum to at most this: merging
#: scores pairs within such blocks, so its cost grows with the square of the largest (1,000
#: near-copies of one day's event took 10.7 s; 500, 2.5 s).
MERGED_TIMELINE_PAIRS = 250_000
DEFAULT_BATCH = 256
Progress = Callable[..., None]

def _day(value: date | str | None, what: str) -> date | None:
    """Dates may be given as ISO strings (``2024-02-06``)."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{what}: {value!r} is not a date (YYYY-MM-DD)") from None


class Store:
    """A dateline store. ``Store(path)`` opens (creating and upgrading) it for writing."""

    #: Articles written through one DuckDB connection before it is reopened (0: never);
    #: see :meth:`_wrote`. Keeps a long run's peak memory flat.
    REOPEN_EVERY = 2048
    #: DuckDB settings while a run writes (:meth:`bulk`): each close/checkpoint of the
    #: writing connection briefly took memory that grew with the store (write-only test,
    #: 20,000 articles: peaks 173 -> 259 MiB at defaults, 172 -> 203 MiB at 64MB; whole
    #: lite runs 2,000 vs 20,000 articles: 230 -> 278 MiB at 64MB, 224 -> 248 at 32MB).
    BULK_SETTINGS: dict[str, str] = {"memory_limit": "32MB", "threads": "1"}
    #: Opened on the web app's last snapshot of a store a writer holds, not the store itself
    #: (:func:`dateline.serve.db.open_read_only`).
    snapshot = False

    def __init__(
        self, path: str | os.PathLike[str] = DEFAULT_PATH, read_only: bool = False
    ) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and not Path(self.path).exists():
            raise UsageError(f"{self.path}: no such store")
        self._bulk = False
        self.con = self._connect()
        self._written = 0  # articles written since the connection was opened
        try:
            self._check_schema()
        except BaseException:
            self.con.close()
            raise

    def _connect(self) -> duckdb.DuckDBPyConnection:
        try:
            con = duckdb.connect(self.path, read_only=self.read_only)
        except duckdb.Error as exc:
            locked = lock_error(self.path, exc, self.read_only)
            if locked is not None:
                raise locked from None
            raise DatelineError(f"{self.path}: cannot open store: {exc}") from None
        if self._bulk:
            self._settings(con, self.BULK_SETTINGS)
        return con

    @staticmethod
    def _settings(con: duckdb.DuckDBPyConnection, values: Mapping[str, str | None]) -> None:
        for key, value in values.items():
            con.execute(f"RESET {key}" if value is None else f"SET {key} = '{value}'")

    @contextmanager
    def bulk(self) -> Iterator[Store]:
        """A long write (a run): DuckDB held to :attr:`BULK_SETTINGS` (issue 8).

        At the end the store is checkpointed under those settings, so closing it
        has little left to do, and DuckDB's defaults come back for reading.
        """
        self.require_writable()
        with self.bulk_settings():
            self._bulk = True
            try:
                yield self
                self.con.execute("CHECKPOINT")
            finally:
                self._bulk = False

    @contextmanager
    def bulk_settings(self) -> Iterator[None]:
        """DuckDB held to :attr:`BULK_SETTINGS` on the open connection for a stretch of
        writes, its defaults back after; nothing to do inside :meth:`bulk`, which holds them
        already. Unlike :meth:`bulk`: no writability check, no checkpoint."""
        if self._bulk:
            yield
            return
        self._settings(self.con, self.BULK_SETTINGS)
        try:
            yield
        finally:
            self._settings(self.con, dict.fromkeys(self.BULK_SETTINGS))

    def _wrote(self, articles: int) -> None:
        """Reopen the writing connection every ``REOPEN_EVERY`` articles, between transactions.

        Why (issue 8): a DuckDB 2.0 connection that keeps inserting holds on to
        memory its own counters (``duckdb_memory()``, ~10-17 MiB) do not show:
        writing 20,000 annotated articles through one connection grew RSS by
        ~45 MiB (~2.3 KiB per article), and neither ``memory_limit``,
        ``allocator_flush_threshold``, checkpoints, dropping the PRIMARY KEY
        indexes nor ``malloc_trim`` released it; closing the connection does.
        Reopening costs a few milliseconds, and the batch before it has committed.
        """
        self._written += articles
        if self.REOPEN_EVERY and self._written >= self.REOPEN_EVERY:
            self.con.close()
            self.con = self._connect()
            self._written = 0

    def _check_schema(self) -> None:
        if not self.read_only:
            schema.migrate(self.con)
            return
        have = schema.current_version(self.con)
        if have != schema.latest_version():
            raise DatelineError(
                f"{self.path}: store schema is v{have}, this dateline reads "
                f"v{schema.latest_version()}; upgrade it by opening it once for writing: "
                f"`dateline merge --db {self.path}` (quick when its merge is up to date)"
            )

    # --- lifecycle ---

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def require_writable(self) -> None:
        """Raise :class:`UsageError` when the store was opened read-only."""
        if self.read_only:
            raise UsageError(f"{self.path}: opened read-only")

    # --- writing ---

    def write(
        self,
        annotations: Iterable[Annotation],
        rejects: Iterable[Reject] = (),
        batch_size: int = DEFAULT_BATCH,
        progress: Progress | None = None,
    ) -> dict[str, int]:
        """Store annotations, ``batch_size`` articles per transaction; stored ids are skipped.

        Returns counts: ``stored`` (new articles), ``skipped`` (already there),
        ``rejected`` (new reject rows).
        """
        self.require_writable()
        counts = {"stored": 0, "skipped": 0, "rejected": 0}
        it = iter(annotations)
        while batch := list(islice(it, max(1, batch_size))):
            new, _ = writer.write_arrow(self.con, annotation_tables(batch))
            counts["stored"] += new
            counts["skipped"] += len(batch) - new
            self._wrote(len(batch))
            if progress:
                progress(**counts)
        counts["rejected"] = self.write_rejects(rejects)
        return counts

    def write_rejects(self, rejects: Iterable[Reject]) -> int:
        """Store rejects not yet stored (same path, line and reason); returns how many were new."""
        self.require_writable()
        tbl = reject_table(rejects)
        if tbl.num_rows == 0:
            return 0
        tables = {t: s.empty_table() for t, s in schema.arrow_schemas().items()}
        tables["rejects"] = tbl
        return writer.write_arrow(self.con, tables)[1]

    def load_shards(self, folder: str | os.PathLike[str]) -> dict[str, int]:
        """Load Parquet shards written by :func:`write_shard`, one transaction per shard.

        Incomplete shards (no done marker) are left alone; loading twice adds nothing.
        """
        self.require_writable()
        counts = {"shards": 0, "stored": 0, "skipped": 0, "rejected": 0}
        for shard in writer.shard_folders(Path(folder)):
            rows = pq.read_metadata(shard / "articles.parquet").num_rows
            new, rej = writer.load_shard(self.con, shard)
            counts["shards"] += 1
            counts["stored"] += new
            counts["skipped"] += rows - new
            counts["rejected"] += rej
            self._wrote(rows)
        return counts

    def stored_places(self, ids: Iterable[str]) -> dict[str, tuple[str | None, int | None]]:
        """Where each of ``ids`` that is already stored was read from: (path, line)."""
        ids = list(ids)
        if not ids:
            return {}
        table = pa.table({"id": pa.array(ids, pa.string())})
        with queries.registered(self.con, f"_ids_{os.getpid()}", table) as name:
            rows = self.con.execute(
                f"SELECT a.id, a.path, a.line FROM articles a SEMI JOIN {name} q ON q.id = a.id"
            ).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are already stored (to skip work before annotating)."""
        return set(self.stored_places(ids))

    def add(
        self,
        paths: Sequence[str | os.PathLike[str]],
        default_dct: date | None = None,
        settings: Any = None,
        progress: Progress | None = None,
        batch_size: int | None = None,
    ) -> dict[str, Any]:
        """Ingest, annotate and store ``paths`` (the local engine); returns summary counts.

        Articles already stored are skipped before annotation, so rerunning an
        interrupted run only annotates what is missing.
        """
        from dateline.store.local import run_local

        with self.bulk():  # checks the store is writable
            return run_local(self, paths, default_dct, settings, progress, batch_size)

    def merge(self, workers: int | None = None) -> Any:
        """Merge the mentions of articles added since the last merge into the store's kept
        cross-article events (:func:`dateline.merge.persist.update`; incremental), which
        timelines then read instead of merging; returns a ``MergeUpdate``. ``workers``:
        processes that score the new mentions (None: ``Settings.merge_workers``)."""
        from dateline.config import Settings
        from dateline.merge import persist

        self.require_writable()  # DuckDB's defaults, not bulk()'s: the merge reads every event
        with gc_paused():
            return persist.update(self, Settings().merge_workers if workers is None else workers)

    # --- reading ---

    def timeline(
        self,
        entity: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        query: str | None = None,
        limit: int | None = None,
        types: Sequence[str] | None = None,
        merged: bool | None = False,
    ) -> list[TimelineEntry]:
        """Dated events in the order they happened; one event's mentions merged; a source
        whose article ``run --reanchor`` re-dated carries the date it stated
        (``Source.redated_from``).

        ``merged=False`` folds mentions of one type and exact date span (streaming, cheap on
        any store); ``merged=True`` builds one entry per canonical event of the
        cross-article merge (:mod:`dateline.merge`), which also joins reports that date one
        event a few days apart or only by their article's date (reads every match first);
        ``merged=None`` merges when the store keeps an up-to-date merge
        (:func:`dateline.merge.persist.update`, which ``dateline run`` calls) or when merging
        here is cheap (:data:`MERGED_TIMELINE_PAIRS`). A kept merge groups the matches by
        their canonical event of the whole store instead of merging them again."""
        names, mentions = entries.entity_names(self.con, entity)
        if names == [] and not mentions:
            return []
        lo, hi = _day(since, "since"), _day(until, "until")
        where, params = queries.event_filter(
            names, lo, hi, query, tuple(types) if types else None, dated_only=True,
            mentions=mentions,
        )
        kept = False
        if merged is not False:
            from dateline.merge import persist

            kept = persist.fresh(self.con)
        if merged is None:
            merged = kept or queries.block_pairs(self.con, where, params) <= MERGED_TIMELINE_PAIRS
        if merged:
            with gc_paused():
                return entries.merged_timeline(self, where, params, kept, lo, hi, limit)
        if limit is None:
            rows = queries.iter_events(self.con, queries.event_sql(where), params)
            return entries.sourced(self.con, merge_rows(rows, presorted=True))
        return entries.sourced(
            self.con, entries.timeline_top(self.con, where, params, max(0, limit)))

    def events(
        self,
        entity: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        query: str | None = None,
        limit: int | None = None,
        types: Sequence[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Every matching event mention (dated or not, unmerged) with its article's details."""
        names, mentions = entries.entity_names(self.con, entity)
        if names == [] and not mentions:
            return []
        where, params = queries.event_filter(
            names, _day(since, "since"), _day(until, "until"), query,
            tuple(types) if types else None, mentions=mentions,
        )
        return list(queries.iter_events(self.con, queries.event_sql(where, limit), params))

    def quotes(
        self,
        speaker: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        query: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Who said what: stored quotes (direct and indirect) in the order they were said.

        A quote's date is the time the text gives for the statement ('In a radio interview
        last July') when it names one, else its article's date; ``since``/``until`` bound
        that date (a statement dated by a month counts when the month overlaps the range).
        """
        lo, hi = _day(since, "since"), _day(until, "until")
        forms = aliases.speaker_forms(self.con, speaker) if speaker is not None else None
        mentions = aliases.folded_mentions(self.con, speaker) if speaker is not None else None
        where, params = queries.quote_filter(speaker, query, forms, mentions)
        out: list[dict[str, Any]] = []
        for r in queries.iter_dicts(self.con, queries.QUOTE_SQL.format(where=where), params):
            span = date_span(r["time"]) if r["time"] else None
            first, last = span if span else (r["dct"], r["dct"])
            if lo is not None and (last is None or last < lo):
                continue
            if hi is not None and (first is None or first > hi):
                continue
            r["said_on"] = r["time"] if span else (r["dct"].isoformat() if r["dct"] else None)
            r["said_from"] = first
            out.append(r)
        out.sort(key=lambda r: (r["said_from"] is None, r["said_from"] or date.min,
                                r["article_id"], r["start_char"]))
        return out[:limit] if limit is not None else out

    def rejects(self) -> list[dict[str, Any]]:
        sql = (
            'SELECT path, line, reason, kind, "at" FROM rejects '
            "ORDER BY path, line NULLS FIRST, reason"
        )
        return list(queries.iter_dicts(self.con, sql, []))

    def redated(self) -> dict[str, date]:
        """Articles ``run --reanchor`` re-dated by their content: id -> the date the article
        stated (its stored ``dct`` is the estimated date; the warning keeps the stated one)."""
        return entries.redated(self.con)

    def check_stories(self) -> dict[str, int]:
        """Weigh the new articles' dates, and those of the stored ones sharing a story term with
        them or that a new one names a term of near their date, against the store's other
        articles (:func:`dateline.store.stories.update`)."""
        from dateline.store import stories

        self.require_writable()
        return stories.update(self.con)

    def told_elsewhere(self) -> dict[str, tuple[date, list[str]]]:
        """Articles whose story the store's other articles tell far from their date: id ->
        (around when, those articles' ids), as :meth:`check_stories` last found it."""
        from dateline.store import stories

        return stories.told_elsewhere(self.con)

    def weighed_date(self, article_id: str) -> tuple[str | None, date | None]:
        """One article's date verdict weighed with the store's other articles and when they
        tell its story far from its date (date_stories, as :meth:`check_stories` last found
        it); (None, None) when it was not weighed."""
        got = self.con.execute("SELECT verdict, told_on FROM date_stories WHERE article_id = ?",
                               [article_id]).fetchone()
        return (got[0], got[1]) if got else (None, None)

    def date_verdicts(self) -> dict[str, int]:
        """How many stored articles have each date-check verdict (consistent, suspicious,
        contradicted, unknown)."""
        rows = self.con.execute(
            "SELECT coalesce(date_verdict, 'unknown'), count(*) FROM articles GROUP BY 1"
        ).fetchall()
        return {str(v): int(n) for v, n in rows}

    def stats(self) -> dict[str, Any]:
        """Row count per table, the schema version, and the cross-article merge: how many
        canonical events the merged mentions make and whether it covers every event."""
        from dateline.merge import persist

        out: dict[str, Any] = {}
        for t in schema.TABLES:
            out[t] = int(schema.scalar(self.con, f"SELECT count(*) FROM {t}"))
        out["schema_version"] = schema.current_version(self.con)
        out["merged_events"] = persist.merged_events(self.con)
        out["merge_up_to_date"] = persist.fresh(self.con)
        return out

    def to_arrow(self, table: str) -> pa.Table:
        """A whole table as Arrow."""
        if table not in schema.TABLES:
            raise UsageError(f"no table {table!r}; tables: {', '.join(schema.TABLES)}")
        order = "path, line, reason" if table == "rejects" else (
            "id" if table == "articles" else "article_id, idx"
        )
        return self.con.sql(f"SELECT * FROM {table} ORDER BY {order}").to_arrow_table()

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]

    def annotation(self, article_id: str) -> Annotation | None:
        """Rebuild one stored article's Annotation record."""
        got = queries.read_annotations(self.con, [article_id])
        return got[0] if got else None

    def annotations(self) -> Iterator[Annotation]:
        """Every stored Annotation, in id order, streamed."""
        return queries.iter_all_annotations(self.con)
