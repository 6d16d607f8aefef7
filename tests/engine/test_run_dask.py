"""run_dask end to end on a real Dask cluster, with the model-free pipeline."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dateline.engine import run_dask
from dateline.engine.corpus import SYNTHETIC_SENTENCES, synthetic
from dateline.errors import DatelineError, StoreLockedError
from dateline.ingest import iter_records
from dateline.model import Article
from dateline.store import Store, write_shard

from .support import annotate_lite


def _corpus(tmp_path, n):
    src = synthetic(tmp_path / "c.jsonl", n)
    lines = src.read_text(encoding="utf-8").splitlines()
    with src.open("a", encoding="utf-8") as fh:
        fh.write("{broken\n")
        fh.write(lines[5] + "\n")  # a repeat, in a later batch
    return src


def test_dask_stores_what_the_local_engine_stores(tmp_path, lite, cluster):
    src = _corpus(tmp_path, 120)
    seen = []
    got = run_dask([src], tmp_path / "d.duckdb", settings=lite, scheduler=cluster.scheduler_address,
                   max_in_flight=2, progress=lambda **c: seen.append(c))
    assert got["stored"] == 120 and got["rejected"] == 1 and got["skipped"] == 1
    assert got["workers"] == 2 and got["shards"] == 8  # 122 records in batches of 16
    assert seen and seen[-1]["stored"] == 120
    assert not (tmp_path / "d.duckdb.shards").exists()  # every shard loaded and removed
    with Store(tmp_path / "l.duckdb") as local:
        local.add([src], settings=lite)
    with Store(tmp_path / "d.duckdb", read_only=True) as d, \
            Store(tmp_path / "l.duckdb", read_only=True) as loc:
        assert d.article_ids() == loc.article_ids()
        for aid in d.article_ids():
            ann = d.annotation(aid)
            assert ann == loc.annotation(aid)
            assert ann is not None and len(ann.sentences) == SYNTHETIC_SENTENCES
            assert ann.timexes and ann.quantities
        stats = d.stats()
        assert stats["sentences"] == 120 * SYNTHETIC_SENTENCES
        # the broken line; and the repeat, said when its first copy was stored by then
        kinds = sorted((r["kind"], r["line"]) for r in d.rejects())
        assert kinds in ([("error", 121)], [("error", 121), ("warning", 122)])


def test_rerun_skips_everything_without_starting_workers(tmp_path, lite, cluster):
    src = _corpus(tmp_path, 40)
    db = tmp_path / "d.duckdb"
    run_dask([src], db, settings=lite, scheduler=cluster.scheduler_address)
    again = run_dask([src], db, settings=lite, scheduler="tcp://127.0.0.1:1")  # unreachable
    assert again["stored"] == 0 and again["skipped"] == 41 and again["workers"] == 0
    with Store(db, read_only=True) as st:
        assert st.stats()["articles"] == 40
        # the broken line, and the repeat of line 6 on line 42 (said once however often run)
        rejects = sorted(st.rejects(), key=lambda r: r["line"])
        assert [(r["kind"], r["line"]) for r in rejects] == [("error", 41), ("warning", 42)]
        assert "c.jsonl line 6:" in rejects[1]["reason"]


def test_shards_left_by_a_killed_run_are_loaded_first(tmp_path, lite, cluster):
    src = synthetic(tmp_path / "c.jsonl", 30)
    arts = [r for r in iter_records([src]) if isinstance(r, Article)]
    shards = tmp_path / "shards"
    write_shard(annotate_lite(arts[:10], lite), shards / "old-0000001")
    half = shards / ".old-0000002.tmp-1-abc"  # what a kill inside write_shard leaves
    half.mkdir(parents=True)
    (half / "articles.parquet").write_bytes(b"PAR1 cut short")
    got = run_dask([src], tmp_path / "d.duckdb", settings=lite, shard_dir=shards,
                   scheduler=cluster.scheduler_address)
    assert got["recovered"] == 10 and got["stored"] == 30 and got["skipped"] == 10
    assert not shards.exists()
    with Store(tmp_path / "d.duckdb", read_only=True) as st:
        assert st.stats()["articles"] == 30 and st.stats()["sentences"] == 60


def test_default_local_cluster(tmp_path, lite):
    src = synthetic(tmp_path / "c.jsonl", 20)
    got = run_dask([src], tmp_path / "d.duckdb", settings=lite, workers=1)
    assert got["stored"] == 20 and got["workers"] == 1


def test_locked_store_fails_before_any_cluster_starts(tmp_path, lite):
    db = tmp_path / "d.duckdb"
    with Store(db):  # held by this process; a second connection in-process is refused too
        code = ("from dateline.engine import run_dask; from dateline.errors import "
                f"StoreLockedError\ntry:\n run_dask(['x'], {str(db)!r}, "
                "scheduler='tcp://127.0.0.1:1')\nexcept StoreLockedError as e: print(e)")
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=120)
    assert "locked by process" in res.stdout and str(db) in res.stdout, res.stderr[-2000:]


def test_store_held_by_a_dask_run_refuses_a_second_writer(tmp_path, lite, cluster):
    """While run_dask holds the store, ``dateline run`` elsewhere says who holds it."""
    src = synthetic(tmp_path / "c.jsonl", 40)
    other = synthetic(tmp_path / "o.jsonl", 3, start=1000)
    db = tmp_path / "d.duckdb"
    answers = []

    def try_second(**_):
        if not answers:
            answers.append(subprocess.run(
                [sys.executable, "-m", "dateline", "run", str(other), "--db", str(db), "-q"],
                capture_output=True, text=True, timeout=120))

    run_dask([src], db, settings=lite, scheduler=cluster.scheduler_address, progress=try_second)
    (res,) = answers
    import os

    assert res.returncode == 1, res.stderr[-2000:]
    assert f"locked by process {os.getpid()}" in res.stderr
    with Store(db, read_only=True) as st:
        assert st.stats()["articles"] == 40


def test_missing_store_folder_is_a_clear_error(tmp_path, lite):
    with pytest.raises(DatelineError) as info:
        run_dask([tmp_path / "c.jsonl"], tmp_path / "no" / "such" / "d.duckdb", settings=lite)
    assert "d.duckdb" in str(info.value)


def test_lock_error_type(tmp_path, lite, hold_store):
    db = tmp_path / "d.duckdb"
    with hold_store(db) as holder, pytest.raises(StoreLockedError,
                                                 match=f"process {holder.pid}"):
        run_dask([tmp_path / "c.jsonl"], db, settings=lite)


def test_a_missing_model_is_one_clear_error(tmp_path, lite, cluster):
    """Workers load the model as they start; its error reaches the caller as DatelineError."""
    from dataclasses import replace

    src = synthetic(tmp_path / "c.jsonl", 5)
    with pytest.raises(DatelineError, match="no_such_model_xyz.*not installed"):
        run_dask([src], tmp_path / "d.duckdb", settings=replace(lite, model="no_such_model_xyz"),
                 scheduler=cluster.scheduler_address)
    with Store(tmp_path / "d.duckdb", read_only=True) as st:
        assert st.stats()["articles"] == 0


class _Done:
    """A finished future as _Run._finish reads it: its key, result and release."""

    def __init__(self, key, shard):
        self.key, self.shard = key, shard

    def result(self):
        return {"shard": self.shard}

    def release(self):
        pass


class _Loads:
    """A store that records the order shards are loaded in."""

    def __init__(self):
        self.order = []

    def load_shards(self, shard):
        self.order.append(shard.name)
        return {"stored": 1, "skipped": 0}


def test_shards_load_in_the_order_their_batches_were_read(tmp_path, lite):
    # workers may finish batch 3 before batch 1: a record repeated in batch 3 must still
    # be skipped as the local engine skips it, so batch 1's shard loads first
    from dateline.engine.cluster import _Run

    store = _Loads()
    run = _Run(store, lambda: None, lite, tmp_path, {"stored": 0, "skipped": 0}, None)
    futs = [_Done(f"k{i}", str(tmp_path / f"s{i}")) for i in (1, 2, 3)]
    run.seq_of = {f.key: i for i, f in enumerate(futs, 1)}
    run._finish(futs[2])
    run._finish(futs[1])
    assert store.order == []  # nothing before batch 1
    run._finish(futs[0])
    assert store.order == ["s1", "s2", "s3"]
    assert run.counts["stored"] == 3 and run.counts["shards"] == 3
