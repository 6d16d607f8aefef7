"""Summarizer input straight from a dateline DuckDB store (no re-annotation).

The store keeps sentences and timexes per article, i.e. exactly the columns of
:class:`~dateline.tls.records.SentenceRow`; one grouped query yields them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dateline.tls.records import SentenceRow

# one row per sentence: its article, the article's dct, index, text, timex values in order
STORE_ROWS_SQL = """
SELECT s.article_id, a.dct, s.idx, s.text,
       list(t.value ORDER BY t.start_char) FILTER (WHERE t.value IS NOT NULL) AS timex_values
FROM sentences s
JOIN articles a ON a.id = s.article_id
LEFT JOIN timexes t ON t.article_id = s.article_id AND t.sentence = s.idx
GROUP BY s.article_id, a.dct, s.idx, s.text
ORDER BY s.article_id, s.idx
"""


def rows_from_store(con: Any, batch: int = 10_000) -> Iterator[SentenceRow]:
    """Stream :class:`SentenceRow` s from an open DuckDB connection to a dateline store."""
    cur = con.execute(STORE_ROWS_SQL)
    while True:
        chunk = cur.fetchmany(batch)
        if not chunk:
            return
        for aid, dct, idx, text, values in chunk:
            yield SentenceRow(str(aid), dct, int(idx), str(text), tuple(values or ()))
