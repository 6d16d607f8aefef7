"""Batch writes: complete round trip, idempotence, reject dedup, large batches."""

from __future__ import annotations

import pytest

from dateline.errors import UsageError
from dateline.model import Reject
from dateline.store import Store

from .store_factory import make, simple


def test_round_trip_gives_back_the_same_records(tmp_path):
    anns = [
        simple(1),
        make("x", ["Nothing to see here."], [], dct=None, source=None, verdict=None),
        make("y", ["Police said 4 were hurt.", 'He said "no".'],
             [{"trigger": "hurt", "type": "ASSAULT", "time": "2023-SU", "target": "4",
               "links": [("denies", "e9")], "negated": True}]),
    ]
    with Store(tmp_path / "s.duckdb") as st:
        assert st.write(anns)["stored"] == 3
        for a in anns:
            assert st.annotation(a.article.id) == a
        assert st.annotation("missing") is None


def test_offsets_point_into_the_stored_text(tmp_path):
    ann = simple(7)
    with Store(tmp_path / "s.duckdb") as st:
        st.write([ann])
        text = st.to_arrow("articles").column("text")[0].as_py()
        for table in ("sentences", "entities", "quantities", "quotes", "events"):
            t = st.to_arrow(table).to_pylist()
            assert t, table
            for r in t:
                assert r["end_char"] > r["start_char"]
                if table != "events":
                    assert text[r["start_char"]:r["end_char"]] == r["text"], table
                else:
                    assert text[r["start_char"]:r["end_char"]] == r["trigger"]


def test_writing_twice_adds_nothing(tmp_path):
    anns = [simple(i) for i in range(50)]
    with Store(tmp_path / "s.duckdb") as st:
        first = st.write(anns, batch_size=7)
        before = st.stats()
        second = st.write(anns + [simple(50)], batch_size=7)
        after = st.stats()
    assert first == {"stored": 50, "skipped": 0, "rejected": 0}
    assert second == {"stored": 1, "skipped": 50, "rejected": 0}
    assert after["articles"] == before["articles"] + 1
    assert after["events"] == before["events"] + 1


def test_duplicate_inside_one_batch_is_stored_once(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        got = st.write([simple(1), simple(1), simple(2)])
        assert got == {"stored": 2, "skipped": 1, "rejected": 0}
        assert st.stats()["sentences"] == 4


def test_rejects_dedup_on_path_line_reason(tmp_path):
    rej = [Reject("a.jsonl", 2, "broken JSON"), Reject("a.jsonl", 2, "broken JSON"),
           Reject("a.jsonl", None, "empty file"), Reject("a.jsonl", 3, "broken JSON"),
           Reject("b.txt", None, "impossible date 2024-02-30", "warning")]
    with Store(tmp_path / "s.duckdb") as st:
        assert st.write([], rejects=rej)["rejected"] == 4
        assert st.write_rejects(rej) == 0
        assert st.write_rejects([Reject("a.jsonl", None, "empty file")]) == 0
        rows = st.rejects()
    assert len(rows) == 4
    assert {(r["path"], r["line"], r["kind"]) for r in rows} == {
        ("a.jsonl", 2, "error"), ("a.jsonl", 3, "error"), ("a.jsonl", None, "error"),
        ("b.txt", None, "warning")}


def test_read_only_store_refuses_writes(tmp_path):
    db = tmp_path / "s.duckdb"
    Store(db).close()
    with Store(db, read_only=True) as st, pytest.raises(UsageError):
        st.write([simple(1)])



def test_bulk_settings_hold_for_a_stretch_and_nest_in_bulk(tmp_path):
    """Store.bulk_settings: DuckDB at BULK_SETTINGS inside, its defaults back after; inside
    bulk() it leaves bulk()'s settings in place (the merge writes its pairs under it)."""
    def settings(st):
        return st.con.execute(
            "SELECT current_setting('memory_limit'), current_setting('threads')").fetchone()

    with Store(tmp_path / "s.duckdb") as st:
        default = settings(st)
        with st.bulk_settings():
            held = settings(st)
        assert held[1] == int(st.BULK_SETTINGS["threads"]) and held[0] != default[0]
        assert settings(st) == default
        with st.bulk():
            with st.bulk_settings():
                pass
            assert settings(st) == held  # still bulk()'s
        assert settings(st) == default
        st.require_writable()
    with Store(tmp_path / "s.duckdb", read_only=True) as st, pytest.raises(UsageError):
        st.require_writable()


def test_progress_reports_running_counts(tmp_path):
    seen = []
    with Store(tmp_path / "s.duckdb") as st:
        st.write([simple(i) for i in range(10)], batch_size=4, progress=lambda **c: seen.append(c))
    assert [c["stored"] for c in seen] == [4, 8, 10]


def test_bulk_write_stores_every_article_of_large_batches(tmp_path):
    """Thousands of articles in batches of 500 (its speed: bench/bench_store.py)."""
    anns = [simple(i) for i in range(3000)]
    with Store(tmp_path / "s.duckdb") as st:
        st.write(anns, batch_size=500)
        assert st.stats()["articles"] == 3000


def test_annotations_stream_every_article_whole_in_id_order(tmp_path):
    anns = [simple(i) for i in (5, 1, 3)] + [
        make("zz", ["Only one sentence here."], []),  # no events, no quotes
        make("aa", ["Police said 4 were hurt.", 'He said "no".'],
             [{"trigger": "hurt", "time": "2024"}, {"trigger": "said", "sentence": 1}]),
    ]
    with Store(tmp_path / "s.duckdb") as st:
        st.write(anns, batch_size=2)
        got = list(st.annotations())
    assert got == sorted(anns, key=lambda a: a.article.id)


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path):
    from dateline.errors import DatelineError

    bad = tmp_path / "notes.duckdb"
    bad.write_text("not a database", encoding="utf-8")
    with pytest.raises(DatelineError, match="notes.duckdb"):
        Store(bad)
    with pytest.raises(DatelineError, match="no such store"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    with pytest.raises(DatelineError):
        Store(tmp_path / "no" / "such" / "dir" / "s.duckdb")


def test_an_event_anchored_on_a_range_keeps_its_span(tmp_path):
    ann = make("r", ["Under the first phase the group released 25 hostages."],
               [{"trigger": "released", "type": "CONCEDE", "time": "2025-01-19",
                 "time_end": "2025-03"}])
    with Store(tmp_path / "s.duckdb") as st:
        st.write([ann])
        (row,) = st.to_arrow("events").to_pylist()
        assert (row["time_value"], row["time_end"]) == ("2025-01-19", "2025-03")
        assert str(row["date_start"]) == "2025-01-19" and str(row["date_end"]) == "2025-03-31"
        assert st.annotation("r") == ann
