"""Transactional batch writes: an article row and all its annotation rows commit together.

Each batch is one transaction: find the batch's article ids not yet stored,
insert those articles, then every annotation table filtered to the same ids.
A process killed mid-batch leaves nothing of that batch (DuckDB rolls the
uncommitted WAL tail back), and rerunning skips what did commit, so every
article ends up stored exactly once. The same SQL loads Arrow tables (local
writes) and Parquet shards (parallel workers).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.errors import DatelineError
from dateline.model import Annotation, Reject
from dateline.store.rows import annotation_tables, reject_table
from dateline.store.schema import ANNOTATION_TABLES, arrow_schemas, scalar, transaction

if TYPE_CHECKING:
    import duckdb

#: A complete shard folder holds this file (written last, then the folder is renamed into place).
SHARD_DONE = "_DONE"


def _columns(table: str) -> str:
    """The table's column list, quoted. The store is always at the latest version before a
    write, so the Arrow schemas (read from the migrations) name exactly its columns."""
    return ", ".join(f'"{n}"' for n in arrow_schemas()[table].names)


def insert_batch(con: duckdb.DuckDBPyConnection, sources: Mapping[str, str]) -> tuple[int, int]:
    """Insert articles not yet stored, with their annotation rows, in one transaction.

    ``sources`` maps each table to a SQL relation (a registered Arrow table or a
    ``read_parquet(...)`` call); a ``rejects`` source is added in the same
    transaction. Returns (new articles, new rejects).
    """
    with transaction(con):
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _new_ids AS SELECT DISTINCT s.id FROM "
            f"{sources['articles']} s ANTI JOIN articles a ON a.id = s.id"
        )
        new = int(scalar(con, "SELECT count(*) FROM _new_ids"))
        if new:
            cols = _columns("articles")
            con.execute(
                f"INSERT INTO articles ({cols}) SELECT {cols} FROM {sources['articles']} "
                "WHERE id IN (SELECT id FROM _new_ids)"
            )
            for table in ANNOTATION_TABLES:
                if table == "events":
                    _insert_events(con, sources[table])
                    continue
                cols = _columns(table)
                con.execute(
                    f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {sources[table]} "
                    "WHERE article_id IN (SELECT id FROM _new_ids)"
                )
        con.execute("DROP TABLE _new_ids")
        rej = insert_rejects(con, sources["rejects"]) if "rejects" in sources else 0
    return new, rej


def _insert_events(con: duckdb.DuckDBPyConnection, source: str) -> None:
    """Events get increasing integer keys (one writer, so max+n is safe) and their names
    go to the event_names and names lookup tables (migration 003), in the caller's
    transaction."""
    base = int(scalar(con, "SELECT coalesce(max(eid), 0) FROM events"))
    cols = _columns("events")
    picked = cols.replace('"eid"', "eid_new")
    con.execute(
        f"INSERT INTO events ({cols}) SELECT {picked} FROM ("
        f"  SELECT *, {base} + row_number() OVER (ORDER BY article_id, idx) AS eid_new"
        f"  FROM {source} WHERE article_id IN (SELECT id FROM _new_ids))"
    )
    con.execute(
        f"INSERT INTO event_names SELECT eid, unnest(names) FROM events WHERE eid > {base}"
    )
    con.execute(
        "INSERT INTO names SELECT DISTINCT n.name FROM event_names n "
        f"ANTI JOIN names k ON k.name = n.name WHERE n.eid > {base} AND n.name IS NOT NULL"
    )


def insert_rejects(con: duckdb.DuckDBPyConnection, source: str) -> int:
    """Add rejects not already stored; (path, line, reason) identifies one."""
    cols = _columns("rejects")
    before = int(scalar(con, "SELECT count(*) FROM rejects"))
    con.execute(
        f"INSERT INTO rejects ({cols}) SELECT {cols} FROM ("
        f"  SELECT * FROM {source} QUALIFY row_number() OVER "
        "    (PARTITION BY path, line, reason ORDER BY \"at\") = 1"
        ") s WHERE NOT EXISTS (SELECT 1 FROM rejects r WHERE r.path IS NOT DISTINCT FROM s.path "
        "AND r.line IS NOT DISTINCT FROM s.line AND r.reason IS NOT DISTINCT FROM s.reason)"
    )
    return int(scalar(con, "SELECT count(*) FROM rejects")) - before


def write_arrow(con: duckdb.DuckDBPyConnection, tables: Mapping[str, pa.Table]) -> tuple[int, int]:
    """Write one batch held as Arrow tables (see :func:`rows.annotation_tables`)."""
    tag = uuid.uuid4().hex[:8]
    names = {t: f"_batch_{t}_{tag}" for t in tables}
    for t, tbl in tables.items():
        con.register(names[t], tbl)
    try:
        return insert_batch(con, names)
    finally:
        for n in names.values():
            con.unregister(n)


# --- Parquet shards ---


def write_shard(
    annotations: Iterable[Annotation], path: str | os.PathLike[str], rejects: Iterable[Reject] = ()
) -> Path:
    """Write a batch as a shard folder: ``<table>.parquet`` for every table.

    Files go to a temporary sibling folder that is renamed into place once
    complete, so a loader never sees half a shard. Returns the shard folder.
    """
    final = Path(path)
    if final.exists():
        raise DatelineError(f"{final}: shard already exists")
    tmp = final.with_name(f".{final.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:6]}")
    tmp.mkdir(parents=True)
    tables = dict(annotation_tables(annotations))
    tables["rejects"] = reject_table(rejects)
    for t, tbl in tables.items():
        pq.write_table(tbl, tmp / f"{t}.parquet")
    (tmp / SHARD_DONE).write_text("", encoding="utf-8")
    os.replace(tmp, final)
    return final


def shard_folders(folder: Path) -> list[Path]:
    """Complete shards under ``folder`` (or ``folder`` itself when it is one), in name order."""
    if (folder / SHARD_DONE).exists():
        return [folder]
    if not folder.is_dir():
        raise DatelineError(f"{folder}: no such shard folder")
    return sorted(
        p for p in folder.iterdir()
        if p.is_dir() and not p.name.startswith(".") and (p / SHARD_DONE).exists()
    )


def load_shard(con: duckdb.DuckDBPyConnection, shard: Path) -> tuple[int, int]:
    """Load one shard in one transaction; returns (new articles, new rejects)."""

    def rel(t: str) -> str:
        p = str(shard / f"{t}.parquet").replace("'", "''")
        return f"read_parquet('{p}')"

    names = ["articles", *ANNOTATION_TABLES]
    if (shard / "rejects.parquet").exists():
        names.append("rejects")
    return insert_batch(con, {t: rel(t) for t in names})
