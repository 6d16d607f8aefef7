"""Schema as numbered SQL migrations (``dateline/data/store/migrations/NNN_name.sql``).

``meta.schema_version`` records how many have been applied; opening a store for
writing applies the missing ones in order, each in its own transaction, so an
old file upgrades in place and a crash mid-upgrade leaves it at the last
complete version.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from dateline.errors import DatelineError

if TYPE_CHECKING:
    import duckdb

_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")

#: Tables holding one row per annotation, keyed by ``article_id``.
ANNOTATION_TABLES = ("sentences", "timexes", "entities", "events", "quotes", "quantities")
#: Every data table, in export order.
TABLES = ("articles", *ANNOTATION_TABLES, "rejects")


@lru_cache(maxsize=1)
def migrations() -> tuple[tuple[int, str, str], ...]:
    """``(version, file name, sql)`` for every migration, in version order."""
    base = files("dateline.data").joinpath("store").joinpath("migrations")
    out = []
    for res in base.iterdir():
        m = _NAME.match(res.name)
        if m:
            out.append((int(m[1]), res.name, res.read_text(encoding="utf-8")))
    out.sort()
    versions = [v for v, _, _ in out]
    if versions != list(range(1, len(out) + 1)):
        raise DatelineError(f"store migrations are not numbered 1..n: {versions}")
    return tuple(out)


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    """First value of the first row, or None. Fetches everything: DuckDB 2 refuses new work on a
    connection whose last result was only partly read (``fetchone`` leaves it open)."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0][0] if rows else None


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """The block as one transaction: committed when it ends, rolled back when it (or the
    commit) raises, so a crash or an interrupt leaves the last whole state."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def latest_version() -> int:
    return len(migrations())


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version a file is at; 0 for a new, empty file."""
    if not scalar(con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"):
        return 0
    value = scalar(con, "SELECT value FROM meta WHERE key = 'schema_version'")
    return int(value) if value is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, upto: int | None = None) -> int:
    """Apply migrations after the file's version up to ``upto``; return the version."""
    target = latest_version() if upto is None else upto
    have = current_version(con)
    if have > latest_version():
        raise DatelineError(
            f"store schema v{have} is newer than this dateline understands (v{latest_version()}); "
            "upgrade dateline"
        )
    for version, _name, sql in migrations():
        if have < version <= target:
            with transaction(con):
                con.execute(sql)
                con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)]
                )
            have = version
    return have


@lru_cache(maxsize=1)
def arrow_schemas() -> dict[str, pa.Schema]:
    """Arrow schema of every table at the latest version (the SQL, via an in-memory store)."""
    import duckdb

    con = duckdb.connect(":memory:")
    try:
        migrate(con)
        return {t: con.sql(f"SELECT * FROM {t} LIMIT 0").to_arrow_table().schema for t in TABLES}
    finally:
        con.close()
