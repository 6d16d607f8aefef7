"""Read side: the filters shared by timeline and events, and reading annotations back.

Filters touch only columns kept for them (``event_names``, ``date_start``,
``sentence_text`` on the event row), so a query over a million events scans a
few columns and looks articles up only for the rows that match.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from dateline.model import Annotation
from dateline.store import aliases
from dateline.store.rows import FROM_ROW, article_from_row
from dateline.store.schema import ANNOTATION_TABLES

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

EVENT_COLUMNS = (
    "e.article_id, e.idx, e.event_id, e.type, e.trigger, e.start_char, e.end_char, e.sentence, "
    "e.actor, e.target, e.location, e.time_value, e.time_timex, e.time_how, e.date_start, "
    "e.date_end, e.negated, e.hedged, e.modality, e.rule, e.sentence_text, e.names"
)
ARTICLE_COLUMNS = ("title", "source", "dct", "path", "date_verdict")


def matching_names(con: duckdb.DuckDBPyConnection, entity: str) -> list[str]:
    """Stored names that ``entity`` means, as whole words, case- and accent-insensitively.

    Names are normalised (words joined by single spaces, migration 003), so a
    space-padded substring test over the distinct names is the whole-word match:
    "bp" finds "bp" and "bp shipping", never "bpa". The query is widened by the store's
    own entity mentions (:mod:`dateline.store.aliases`): titles and legal suffixes
    dropped ('BP plc' finds what 'BP' finds), short forms the articles link to the name
    ('Barack Obama' finds 'Obama'), and acronyms named with their long form. Empty when
    nothing matches (or ``entity`` has no words at all).
    """
    return aliases.matching_names(con, entity)


def event_filter(
    names: list[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    query: str | None = None,
    types: tuple[str, ...] | None = None,
    dated_only: bool = False,
    mentions: list[str] | None = None,
) -> tuple[str, list[Any]]:
    """WHERE clause over ``events e`` and its parameters (``names`` from :func:`matching_names`;
    ``mentions`` from :func:`aliases.folded_mentions`: an event of a sentence holding such a
    mention matches too)."""
    where: list[str] = []
    params: list[Any] = []
    if dated_only:
        where.append("e.date_start IS NOT NULL")
    if since is not None:
        where.append("e.date_start >= ?")
        params.append(since)
    if until is not None:
        where.append("e.date_start <= ?")
        params.append(until)
    if types:
        where.append(f"e.type IN ({', '.join('?' for _ in types)})")
        params.extend(types)
    if names is not None:
        # names: the exact stored names the entity matched (see matching_names); the
        # lookup goes names -> event_names -> eid, all exact, no string scan of events.
        marks = ", ".join("?" for _ in names) or "NULL"
        named = f"e.eid IN (SELECT eid FROM event_names WHERE name IN ({marks}))"
        params.extend(names)
        if mentions:
            named = (f"({named} OR (e.article_id, e.sentence) IN (SELECT article_id, sentence "
                     f"FROM entities WHERE {aliases.mention_sql()} IN "
                     f"({', '.join('?' for _ in mentions)})))")
            params.extend(mentions)
        where.append(named)
    for word in (query or "").split():
        where.append("e.sentence_text ILIKE ?")
        params.append("%" + word.replace("%", r"\%").replace("_", r"\_") + "%")
    return (" WHERE " + " AND ".join(where)) if where else "", params


QUOTE_SQL = """
SELECT q.article_id, q.idx, q.kind, q.speaker, q.cue, q.text, q.time, q.start_char, q.end_char,
       s.text AS sentence, a.dct, a.title, a.source, a.path, a.date_verdict
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN sentences s ON s.article_id = q.article_id AND s.idx = q.sentence
WHERE {where}
ORDER BY a.dct NULLS LAST, q.article_id, q.start_char
"""


def quote_filter(speaker: str | None, query: str | None,
                 forms: list[str] | None = None,
                 mentions: list[str] | None = None) -> tuple[str, list[Any]]:
    """WHERE clause over ``quotes q`` (joined to its article ``a``): the speaker names
    ``speaker`` as whole words (the same normalisation as the entity filter, accents
    ignored: 'netanyahu' finds 'Benjamin Netanyahu'), or one of ``forms``
    (:func:`aliases.speaker_forms`), or the speaker's words in the text are one of
    ``mentions`` (:func:`aliases.folded_mentions`: 'the IDF said', its name the state's),
    and the quote holds every word of ``query``."""
    where: list[str] = ["TRUE"]
    params: list[Any] = []
    if speaker is not None:
        keys = forms if forms is not None else [k for k in [aliases.query_key(speaker)] if k]
        if not keys:
            return "FALSE", []
        said_by = "' ' || strip_accents(trim(regexp_replace(lower(coalesce(q.speaker, '')), " \
            "'[^\\pL\\pN]+', ' ', 'g'))) || ' '"
        tests = [f"contains({said_by}, ?)" for _ in keys]
        params.extend(f" {k} " for k in keys)
        if mentions:
            words = aliases.mention_sql(
                "substr(a.text, q.speaker_start + 1, q.speaker_end - q.speaker_start)")
            tests.append(f"{words} IN ({', '.join('?' for _ in mentions)})")
            params.extend(mentions)
        where.append("(" + " OR ".join(tests) + ")")
    for word in (query or "").split():
        where.append("q.text ILIKE ?")
        params.append("%" + word.replace("%", r"\%").replace("_", r"\_") + "%")
    return " AND ".join(where), params


def event_sql(where: str, limit: int | None = None) -> str:
    """Matching events in timeline order; article details are attached by :func:`iter_events`."""
    sql = (
        f"SELECT {EVENT_COLUMNS} FROM events e{where} "
        "ORDER BY e.date_start NULLS LAST, e.date_end NULLS LAST, e.type, e.article_id, e.idx"
    )
    return sql + (f" LIMIT {int(limit)}" if limit is not None else "")


def nth_group_key(
    con: duckdb.DuckDBPyConnection, where: str, params: list[Any], n: int
) -> tuple[Any, Any, Any] | None:
    """(date_start, date_end, type) of the n-th matching event in timeline order, if any."""
    rows = con.execute(
        f"SELECT e.date_start, e.date_end, e.type FROM events e{where} "
        f"ORDER BY e.date_start, e.date_end, e.type LIMIT 1 OFFSET {int(n) - 1}",
        params,
    ).fetchall()
    return (rows[0][0], rows[0][1], rows[0][2]) if rows else None


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> Iterator[str]:
    """``table`` visible to ``con``'s queries as ``name`` for the block (a registered Arrow
    table is the connection's own: a cursor made from it does not see it)."""
    con.register(name, table)
    try:
        yield name
    finally:
        con.unregister(name)


def insert_columns(con: duckdb.DuckDBPyConnection, table: str,
                   columns: dict[str, list[Any]]) -> None:
    """Insert ``columns`` (one list a column of ``table``, in its order) into ``table`` as
    one Arrow table, not a statement a row."""
    import pyarrow as pa

    with registered(con, f"_dl_{table}", pa.table(columns)) as name:
        con.execute(f"INSERT INTO {table} SELECT * FROM {name}")


def block_pairs(con: duckdb.DuckDBPyConnection, where: str, params: list[Any]) -> int:
    """Sum over (type, first day) of the squared count of matching events: about how many
    pairs the cross-article merge would score for them."""
    sql = (f"SELECT coalesce(sum(n * n), 0) FROM (SELECT count(*) AS n FROM events e{where} "
           "GROUP BY e.type, e.date_start)")
    return int(con.execute(sql, params).fetchall()[0][0])


def up_to_key(where: str, params: list[Any], key: tuple[Any, Any, Any]) -> tuple[str, list[Any]]:
    """``where`` narrowed to events starting no later than ``key``'s date_start.

    A plain range on one column (cheap to scan); it keeps whole (date span, type)
    groups, and every group up to ``key`` -- a few rows past it cost nothing.
    """
    joined = f"{where} AND e.date_start <= ?" if where else " WHERE e.date_start <= ?"
    return joined, [*params, key[0]]


def stream_rows(cur: duckdb.DuckDBPyConnection, chunk: int = 10_000) -> Iterator[Any]:
    """The rows of ``cur``'s result one at a time, fetched ``chunk`` at a time, so a large
    result is never held whole."""
    while rows := cur.fetchmany(chunk):
        yield from rows


def iter_dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any],
               chunk: int = 2048) -> Iterator[dict[str, Any]]:
    """Rows as dicts, fetched in chunks so a consumer that stops early reads little."""
    cur = con.cursor()
    try:
        cur.execute(sql, params)
        names = [d[0] for d in cur.description or ()]
        for row in stream_rows(cur, chunk):
            yield dict(zip(names, row, strict=True))
    finally:
        cur.close()


def iter_events(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[Any], chunk: int = 2048
) -> Iterator[dict[str, Any]]:
    """Event rows with their article's title, source, dct, path and date verdict.

    Articles are looked up per chunk of events by id (a second, small query)
    instead of joined: the join made DuckDB hash the whole articles table for
    every timeline query, which cost more than finding the events.
    """
    cache: dict[str, dict[str, Any]] = {}
    buf: list[dict[str, Any]] = []
    for row in iter_dicts(con, sql, params, chunk):
        buf.append(row)
        if len(buf) >= chunk:
            yield from _with_articles(con, buf, cache)
            buf = []
    yield from _with_articles(con, buf, cache)


def _with_articles(
    con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], cache: dict[str, dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    missing = sorted({r["article_id"] for r in rows} - cache.keys())
    if missing:
        cols = ", ".join(ARTICLE_COLUMNS)
        got = con.execute(f"SELECT id, {cols} FROM articles WHERE id = any(?)", [missing])
        for found in got.fetchall():
            cache[found[0]] = dict(zip(ARTICLE_COLUMNS, found[1:], strict=True))
    for row in rows:
        row.update(cache.get(row["article_id"], {}))
        yield row


def read_annotations(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[Annotation]:
    """Rebuild the Annotation records of ``ids`` (in that order) from their rows."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    sql = f"SELECT * FROM articles WHERE id IN ({marks})"
    arts = {r["id"]: r for r in iter_dicts(con, sql, ids)}
    parts: dict[str, dict[str, list[Any]]] = {i: {t: [] for t in ANNOTATION_TABLES} for i in arts}
    for table in ANNOTATION_TABLES:
        sql = f"SELECT * FROM {table} WHERE article_id IN ({marks}) ORDER BY article_id, idx"
        for r in iter_dicts(con, sql, ids):
            parts[r["article_id"]][table].append(FROM_ROW[table](r))
    return [_annotation(arts[i], parts[i]) for i in ids if i in arts]


def _annotation(art: dict[str, Any], p: dict[str, list[Any]]) -> Annotation:
    article, dc = article_from_row(art)
    return Annotation(
        article=article, sentences=tuple(p["sentences"]), timexes=tuple(p["timexes"]),
        entities=tuple(p["entities"]), events=tuple(p["events"]), quotes=tuple(p["quotes"]),
        quantities=tuple(p["quantities"]), datecheck=dc,
    )


def iter_all_annotations(con: duckdb.DuckDBPyConnection) -> Iterator[Annotation]:
    """Every stored Annotation in id order, streaming: one sorted pass per table, walked in
    step (a merge join), so exporting a big store neither loads it whole nor queries per
    article."""
    streams = {
        t: _Peek(iter_dicts(con, f"SELECT * FROM {t} ORDER BY article_id, idx", []))
        for t in ANNOTATION_TABLES
    }
    for art in iter_dicts(con, "SELECT * FROM articles ORDER BY id", []):
        aid = art["id"]
        parts: dict[str, list[Any]] = {
            t: [FROM_ROW[t](r) for r in s.take_while(aid)] for t, s in streams.items()
        }
        yield _annotation(art, parts)


class _Peek:
    """A row stream sorted by article_id, read one article's rows at a time."""

    def __init__(self, rows: Iterator[dict[str, Any]]) -> None:
        self.rows = rows
        self.head: dict[str, Any] | None = next(rows, None)

    def take_while(self, article_id: str) -> Iterator[dict[str, Any]]:
        # rows of articles that are not stored (impossible for a store's own writes) are skipped
        while self.head is not None and self.head["article_id"] < article_id:
            self.head = next(self.rows, None)
        while self.head is not None and self.head["article_id"] == article_id:
            yield self.head
            self.head = next(self.rows, None)
