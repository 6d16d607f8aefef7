"""Summarizer input straight from a dateline DuckDB store (no re-annotation).

The store keeps sentences and timexes per article, i.e. exactly the columns of
:class:`~dateline.tls.records.SentenceRow`; one grouped query yields them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
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


# the sentences naming one entity: an entity mention whose canonical name is one of the
# names (normalised as the store's `names` table keeps them), or an event whose names hold one
ENTITY_SENTENCES_SQL = """
SELECT article_id, sentence FROM entities
WHERE sentence IS NOT NULL
  AND trim(regexp_replace(lower(canonical), '[^\\pL\\pN]+', ' ', 'g')) = any(?)
UNION
SELECT e.article_id, e.sentence FROM events e
WHERE e.sentence IS NOT NULL
  AND e.eid IN (SELECT eid FROM event_names WHERE name = any(?))
"""


def entity_sentences(con: Any, entity: str) -> set[tuple[str, int]]:
    """``(article_id, sentence index)`` of every sentence naming ``entity``, as the store's
    entity query means it (``timeline --entity``: aliases, titles, acronyms; see
    :func:`dateline.store.queries.matching_names`); empty when the store knows no such name."""
    from dateline.store.aliases import folded_mentions, mention_sql
    from dateline.store.queries import matching_names

    names = matching_names(con, entity)
    # mentions the entity stage filed under another name ('IDF' under the state's)
    mentions = folded_mentions(con, entity)
    found: set[tuple[str, int]] = set()
    if names:
        found |= {(str(a), int(i)) for a, i in con.execute(ENTITY_SENTENCES_SQL, [names, names])
                  .fetchall()}
    if mentions:
        found |= {(str(a), int(i)) for a, i in con.execute(
            f"SELECT article_id, sentence FROM entities WHERE sentence IS NOT NULL "
            f"AND {mention_sql()} = any(?)", [mentions]).fetchall()}
    return found


def rows_from_store(con: Any, batch: int = 10_000,
                    articles: Collection[str] | None = None) -> Iterator[SentenceRow]:
    """Stream :class:`SentenceRow` s from an open DuckDB connection to a dateline store
    (only those of ``articles`` when given)."""
    from dateline.store.queries import stream_rows

    if articles is None:
        cur = con.execute(STORE_ROWS_SQL)
    else:
        sql = STORE_ROWS_SQL.replace("GROUP BY", "WHERE s.article_id = any(?)\nGROUP BY")
        cur = con.execute(sql, [sorted(articles)])
    for aid, dct, idx, text, values in stream_rows(cur, batch):
        yield SentenceRow(str(aid), dct, int(idx), str(text), tuple(values or ()))
