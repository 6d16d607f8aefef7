"""Timeline summarization across articles (news-tls / tilse style), scored on Timeline17.

Public API:

* ``summarize(records, n_dates, n_sentences, query=None) -> list[(date, [sentence])]``:
  from Annotation records, :class:`SentenceRow` s or store rows
  ``(article_id, dct, sentence_index, text, timex_values)``.
* ``summarize_rows(rows, ...)``: the same from rows (what the store keeps).
* ``summarize_sourced(rows, ...)``: the same with each sentence's :class:`SentenceRow`
  (its article), for output that names the source.
* ``summarize_articles(articles, ...)``: from raw ``(id, text, dct)`` with the regex
  splitter and the timex engine only (no spaCy).
* ``to_tilse(timeline)``, ``to_jsonl(timeline)``: writers.
* ``align_m1(pred, refs)``, ``date_f1(pred, ref)``: tilse's AR-N (align+ m:1) and date F1.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from dateline.tls.formats import to_jsonl, to_tilse
from dateline.tls.metrics import PRF, align_m1, date_f1
from dateline.tls.records import SentenceRow, rows_from_annotation, rows_from_text
from dateline.tls.summarize import Timeline, summarize, summarize_rows, summarize_sourced


def summarize_articles(articles: Iterable[tuple[str, str, date | None]], n_dates: int,
                       n_sentences: int, query: list[str] | None = None) -> Timeline:
    """Timeline straight from raw articles ``(id, text, publication date)``."""
    rows = [r for aid, text, dct in articles for r in rows_from_text(aid, text, dct)]
    return summarize_rows(rows, n_dates, n_sentences, query)


__all__ = [
    "PRF", "SentenceRow", "Timeline", "align_m1", "date_f1", "rows_from_annotation",
    "rows_from_text", "summarize", "summarize_articles", "summarize_rows", "summarize_sourced",
    "to_jsonl", "to_tilse",
]
