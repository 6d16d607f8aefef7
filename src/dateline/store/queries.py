"""Read side: the filters shared by timeline and events, and reading annotations back.

Filters touch only narrow columns kept for them (``actor_key``/``target_key``
lower-cased at write time, ``date_start``, ``sentence_text`` on the event row)
so a query over a million events scans a few columns and joins nothing until
the matching rows are known.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from dateline.model import Annotation
from dateline.store.rows import FROM_ROW, article_from_row
from dateline.store.schema import ANNOTATION_TABLES

if TYPE_CHECKING:
    import duckdb

_RE_SPECIAL = set("\\.^$|?*+()[]{}")

EVENT_COLUMNS = (
    "e.article_id, e.idx, e.event_id, e.type, e.trigger, e.start_char, e.end_char, e.sentence, "
    "e.actor, e.target, e.location, e.time_value, e.time_timex, e.time_how, e.date_start, "
    "e.date_end, e.negated, e.hedged, e.modality, e.rule, e.sentence_text, "
    "a.title, a.source, a.dct, a.path, a.date_verdict"
)


def name_pattern(name: str) -> str:
    """RE2 pattern: ``name`` as whole words in a lower-cased key ("bp" in "bp plc", not "bpa")."""
    words = name.lower().split()
    body = r"\s+".join("".join("\\" + c if c in _RE_SPECIAL else c for c in w) for w in words)
    return r"(^|[^\pL\pN])" + body + r"([^\pL\pN]|$)"


def event_filter(
    entity: str | None = None,
    since: date | None = None,
    until: date | None = None,
    query: str | None = None,
    types: tuple[str, ...] | None = None,
    dated_only: bool = False,
) -> tuple[str, list[Any]]:
    """WHERE clause over ``events e`` and its parameters."""
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
    if entity and entity.strip():
        needle, pat = " ".join(entity.lower().split()), name_pattern(entity)
        # contains() is a cheap prefilter; the regex then insists on word boundaries.
        where.append(
            "((contains(e.actor_key, ?) AND regexp_matches(e.actor_key, ?))"
            " OR (contains(e.target_key, ?) AND regexp_matches(e.target_key, ?))"
            " OR (e.article_id, e.sentence) IN (SELECT n.article_id, n.sentence FROM entities n"
            "     WHERE contains(n.canonical_key, ?) AND regexp_matches(n.canonical_key, ?)))"
        )
        params.extend([needle, pat, needle, pat, needle, pat])
    for word in (query or "").split():
        where.append("e.sentence_text ILIKE ?")
        params.append("%" + word.replace("%", r"\%").replace("_", r"\_") + "%")
    return (" WHERE " + " AND ".join(where)) if where else "", params


def event_sql(where: str, limit: int | None = None) -> str:
    sql = (
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id{where} "
        "ORDER BY e.date_start NULLS LAST, e.date_end NULLS LAST, e.type, e.article_id, e.idx"
    )
    return sql + (f" LIMIT {int(limit)}" if limit is not None else "")


def iter_dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any],
               chunk: int = 2048) -> Iterator[dict[str, Any]]:
    """Rows as dicts, fetched in chunks so a consumer that stops early reads little."""
    cur = con.cursor()
    try:
        cur.execute(sql, params)
        names = [d[0] for d in cur.description or ()]
        while rows := cur.fetchmany(chunk):
            for row in rows:
                yield dict(zip(names, row, strict=True))
    finally:
        cur.close()


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
    out = []
    for i in ids:
        if i not in arts:
            continue
        article, dc = article_from_row(arts[i])
        p = parts[i]
        out.append(Annotation(
            article=article, sentences=tuple(p["sentences"]), timexes=tuple(p["timexes"]),
            entities=tuple(p["entities"]), events=tuple(p["events"]), quotes=tuple(p["quotes"]),
            quantities=tuple(p["quantities"]), datecheck=dc,
        ))
    return out
