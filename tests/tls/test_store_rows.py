"""Rows read from a store built with the store's own migrations (in memory)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dateline.tls import summarize
from dateline.tls.records import SentenceRow
from dateline.tls.store_rows import rows_from_store

duckdb = pytest.importorskip("duckdb")

S0 = "The dam collapsed on March 3 near the town."
S1 = "Rescuers arrived the next morning with boats."
SENT_SQL = ("INSERT INTO sentences (article_id, idx, start_char, end_char, text)"
            " VALUES (?, ?, ?, ?, ?)")
TIMEX_SQL = ("INSERT INTO timexes (article_id, idx, tid, start_char, end_char, text, type, value,"
             " sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _store() -> Any:
    from dateline.store.schema import migrate

    con = duckdb.connect(":memory:")
    migrate(con)
    con.execute("INSERT INTO articles (id, dct, text) VALUES ('a', DATE '2021-03-05', 'x')")
    con.executemany(SENT_SQL, [("a", 0, 0, 43, S0), ("a", 1, 44, 89, S1)])
    # inserted out of order: the query must restore text order within a sentence
    con.executemany(TIMEX_SQL, [
        ("a", 1, "t2", 61, 77, "the next morning", "TIME", "2021-03-04TMO", 1),
        ("a", 0, "t1", 21, 28, "March 3", "DATE", "2021-03-03", 0),
    ])
    return con


def test_rows_from_store_group_timexes_by_sentence() -> None:
    rows = list(rows_from_store(_store()))
    assert rows == [
        SentenceRow("a", date(2021, 3, 5), 0, S0, ("2021-03-03",)),
        SentenceRow("a", date(2021, 3, 5), 1, S1, ("2021-03-04TMO",)),
    ]


def test_summary_from_store_rows() -> None:
    con = _store()  # a second article also looks back at March 3
    later = "Two days after March 3 the dam site is quiet."
    con.execute("INSERT INTO articles (id, dct, text) VALUES ('b', DATE '2021-03-06', 'x')")
    con.execute(SENT_SQL, ("b", 0, 0, 45, later))
    con.execute(TIMEX_SQL, ("b", 0, "t1", 15, 22, "March 3", "DATE", "2021-03-03", 0))
    tl = summarize(rows_from_store(con), 1, 1)
    assert [d for d, _ in tl] == [date(2021, 3, 3)]
    assert tl[0][1][0] in (S0, later)


def test_rows_of_some_articles_only() -> None:
    con = _store()
    con.execute("INSERT INTO articles (id, dct, text) VALUES ('b', DATE '2021-03-06', 'x')")
    con.execute(SENT_SQL, ("b", 0, 0, 45, "The dam site is quiet again."))
    assert [r.article_id for r in rows_from_store(con, articles={"b"})] == ["b"]
    assert [r.index for r in rows_from_store(con, articles=["a"])] == [0, 1]
    assert list(rows_from_store(con, articles=set())) == []
    assert len(list(rows_from_store(con))) == 3


def test_rows_the_same_whatever_the_batch() -> None:
    """The rows are fetched ``batch`` at a time: a batch smaller than the result, one that
    ends on its last row and one larger all give the same rows in the same order."""
    con = _store()
    con.execute("INSERT INTO articles (id, dct, text) VALUES ('b', DATE '2021-03-06', 'x')")
    con.execute(SENT_SQL, ("b", 0, 0, 45, "The dam site is quiet again."))
    whole = list(rows_from_store(con))
    assert [(r.article_id, r.index) for r in whole] == [("a", 0), ("a", 1), ("b", 0)]
    for batch in (1, 2, 3, 50):
        assert list(rows_from_store(con, batch=batch)) == whole
