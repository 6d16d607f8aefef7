"""Parquet shards: written whole or not at all, loaded idempotently, one transaction each."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from dateline.errors import DatelineError
from dateline.model import Reject
from dateline.store import Store, write_shard
from dateline.store.schema import TABLES

from .store_factory import simple


def test_shard_has_a_parquet_file_per_table(tmp_path):
    shard = write_shard([simple(1), simple(2)], tmp_path / "s0", rejects=[Reject("f", 1, "bad")])
    assert {p.stem for p in shard.glob("*.parquet")} == set(TABLES)
    assert pq.read_table(shard / "articles.parquet").num_rows == 2
    assert pq.read_table(shard / "events.parquet").num_rows == 2
    assert not list(tmp_path.glob(".s0.tmp*"))  # the temporary folder was renamed into place
    with pytest.raises(DatelineError):
        write_shard([simple(3)], shard)  # never overwrite a shard


def test_load_shards_is_idempotent_and_skips_stored(tmp_path):
    shards = tmp_path / "shards"
    write_shard([simple(i) for i in range(5)], shards / "0001", rejects=[Reject("f", 1, "bad")])
    write_shard([simple(i) for i in range(3, 8)], shards / "0002", rejects=[Reject("f", 1, "bad")])
    with Store(tmp_path / "s.duckdb") as st:
        st.write([simple(0)])
        first = st.load_shards(shards)
        again = st.load_shards(shards)
        stats = st.stats()
        assert st.annotation(simple(6).article.id) == simple(6)
    assert first == {"shards": 2, "stored": 7, "skipped": 3, "rejected": 1}
    assert again == {"shards": 2, "stored": 0, "skipped": 10, "rejected": 0}
    assert stats["articles"] == 8 and stats["events"] == 8 and stats["sentences"] == 16
    assert stats["rejects"] == 1


def test_unfinished_shard_is_ignored(tmp_path):
    shards = tmp_path / "shards"
    done = write_shard([simple(1)], shards / "0001")
    half = shards / "0002"
    half.mkdir()
    (half / "articles.parquet").write_bytes((done / "articles.parquet").read_bytes())
    with Store(tmp_path / "s.duckdb") as st:
        assert st.load_shards(shards)["shards"] == 1
        assert st.stats()["articles"] == 1


def test_a_single_shard_folder_loads(tmp_path):
    shard = write_shard([simple(1)], tmp_path / "only")
    with Store(tmp_path / "s.duckdb") as st:
        assert st.load_shards(shard)["stored"] == 1


def test_missing_folder_is_an_error(tmp_path):
    with Store(tmp_path / "s.duckdb") as st, pytest.raises(DatelineError):
        st.load_shards(tmp_path / "nope")


def test_event_keys_stay_unique_across_writes_and_shards(tmp_path):
    write_shard([simple(i, actor="Shard Side") for i in range(10, 15)], tmp_path / "sh" / "1")
    with Store(tmp_path / "s.duckdb") as st:
        st.write([simple(i) for i in range(5)], batch_size=2)
        st.load_shards(tmp_path / "sh")
        st.write([simple(i) for i in range(20, 23)])
        rows = st.con.execute("SELECT count(*), count(DISTINCT eid), min(eid) FROM events")
        assert rows.fetchall() == [(13, 13, 1)]
        names = st.con.execute("SELECT count(*) FROM event_names").fetchall()[0][0]
        # actor and target per event; the sentence's entity adds "shard" (first word) for the
        # shard articles, while "rebels" is the actor already
        assert names == 8 * 2 + 5 * 3
        assert len(st.timeline(entity="shard side")[0].sources) == 5
