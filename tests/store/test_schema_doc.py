"""docs/schema.md documents every table and column the migrations create."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from dateline.store.schema import migrate

DOC = Path(__file__).resolve().parents[2] / "docs" / "schema.md"


def _documented() -> dict[str, set[str]]:
    """Column names of each '## table' / '### table' section's first column."""
    out: dict[str, set[str]] = {}
    current: list[str] = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^#{2,3} ([a-z_, ]+?)(?: \(.*\))?$", line):
            current = [t.strip() for t in m[1].split(",")]
            for t in current:
                out.setdefault(t, set())
        elif line.startswith("| ") and current:
            first = line.split("|")[1].strip()
            for t in current:
                out[t].add(first)
    return out


def test_every_column_is_documented():
    con = duckdb.connect(":memory:")
    migrate(con)
    cols = con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'main'"
    ).fetchall()
    con.close()
    doc = _documented()
    lookup = DOC.read_text(encoding="utf-8")
    missing = []
    for table, col in cols:
        if table in ("event_names", "names"):  # documented in prose, with their columns
            assert f"{table}(" in lookup and col in lookup
            continue
        if col not in doc.get(table, set()):
            missing.append(f"{table}.{col}")
    assert missing == []
