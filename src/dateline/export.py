"""Exports of a store: JSON Lines (an article with its annotations per line), Parquet or CSV
(one file per table); with an up-to-date cross-article merge, ``event_clusters`` too (each
event mention's canonical event id).

JSON Lines uses the same contract as ``dateline annotate`` (serialize.annotation_to_dict),
rebuilt from the stored rows. Parquet and CSV are written by DuckDB itself (COPY), so a
big store exports without passing through Python; in CSV, list and struct columns
(warnings, attrs, links ...) are JSON text so any CSV reader gets them intact.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from dateline.errors import UsageError
from dateline.serialize import annotation_to_dict
from dateline.store.schema import TABLES, arrow_schemas

if TYPE_CHECKING:
    from dateline.store import Store

FORMATS = ("jsonl", "parquet", "csv")

_ORDER = {"articles": "id", "rejects": "path, line, reason"}


def export(store: Store, fmt: str, out_dir: str | os.PathLike[str]) -> list[Path]:
    """Write the store to ``out_dir`` in ``fmt``; returns the files written."""
    if fmt not in FORMATS:
        raise UsageError(f"export format {fmt!r} is not one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = _jsonl(store, out) if fmt == "jsonl" else [_copy(store, t, out, fmt) for t in TABLES]
    from dateline.merge import persist

    if persist.fresh(store.con):  # an out-of-date merge is not exported (``dateline merge``)
        files.append(_clusters(store, out, fmt))
    return files


#: Each merged mention with the id its canonical event has in ``disagreements`` and the
#: cross-article API (``CanonicalEvent.id``: 'ev-' + sha1 of its smallest member's key).
_CLUSTERS = (
    "SELECT article_id, event_id, 'ev-' || substr(sha1(cluster_article || '/' || cluster_event), "
    "1, 12) AS canonical_id FROM event_clusters ORDER BY article_id, event_id"
)


def _clusters(store: Store, out: Path, fmt: str) -> Path:
    """``event_clusters.<fmt>``: the kept cross-article merge, one row per event mention."""
    path = out / f"event_clusters.{fmt}"
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as f:
            for a, e, c in store.con.execute(_CLUSTERS).fetchall():
                f.write(json.dumps({"article_id": a, "event_id": e, "canonical_id": c}) + "\n")
        return path
    return _copy_query(store, _CLUSTERS, path, fmt)


def _jsonl(store: Store, out: Path) -> list[Path]:
    arts, rej = out / "articles.jsonl", out / "rejects.jsonl"
    with arts.open("w", encoding="utf-8") as f:
        for ann in store.annotations():
            f.write(json.dumps(annotation_to_dict(ann), ensure_ascii=False) + "\n")
    with rej.open("w", encoding="utf-8") as f:
        for r in store.rejects():
            f.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    return [arts, rej]


def _select_list(table: str, fmt: str) -> str:
    cols = []
    for fld in arrow_schemas()[table]:
        name = f'"{fld.name}"'
        nested = pa.types.is_list(fld.type) or pa.types.is_struct(fld.type)
        cols.append(f"to_json({name})::VARCHAR AS {name}" if fmt == "csv" and nested else name)
    return ", ".join(cols)


def _copy(store: Store, table: str, out: Path, fmt: str) -> Path:
    order = _ORDER.get(table, "article_id, idx")
    sql = f"SELECT {_select_list(table, fmt)} FROM {table} ORDER BY {order}"
    return _copy_query(store, sql, out / f"{table}.{fmt}", fmt)


def _copy_query(store: Store, sql: str, path: Path, fmt: str) -> Path:
    """The rows of ``sql`` written by DuckDB itself (COPY) to ``path`` as Parquet or CSV."""
    opts = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    target = str(path).replace("'", "''")
    store.con.execute(f"COPY ({sql}) TO '{target}' ({opts})")
    return path
