"""The DuckDB store: schema and migrations, transactional writes, Parquet shards, queries.

Tables and columns are documented in ``docs/schema.md``; the SQL itself is
package data under ``dateline/data/store/migrations``.
"""

from __future__ import annotations

from dateline.store.core import DEFAULT_PATH, Store
from dateline.store.tvalue import date_span
from dateline.store.writer import write_shard
from dateline.timeline import Source, TimelineEntry

__all__ = ["DEFAULT_PATH", "Source", "Store", "TimelineEntry", "date_span", "write_shard"]
