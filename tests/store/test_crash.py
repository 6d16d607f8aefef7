"""kill -9 at random points while writing; a rerun ends with every article once and complete."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb

from dateline.store import Store

from .store_factory import simple

N = 3000
TESTS = Path(__file__).resolve().parent.parent

WRITER = textwrap.dedent(f"""
    import sys
    sys.path.insert(0, {str(TESTS)!r})
    from dateline.store import Store
    from store.store_factory import simple
    anns = [simple(i) for i in range({N})]
    with Store(sys.argv[1]) as st:
        print("open", flush=True)
        st.write(anns, batch_size=100, progress=lambda **c: print(c["stored"], flush=True))
    print("done", flush=True)
""")


def _kill_somewhere(db: Path, rng: random.Random) -> None:
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    for _ in range(rng.randint(0, 5)):  # let a few batches commit first
        if proc.stdout.readline().strip() in ("done", ""):
            break
    time.sleep(rng.uniform(0, 0.05))  # then land anywhere inside the next batch
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def _check_complete(db: Path) -> None:
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchall() == [
            (N, N)]
        for table, per_article in (("sentences", 2), ("events", 1), ("entities", 2),
                                   ("quantities", 1), ("quotes", 1)):
            bad = con.execute(
                f"SELECT a.id, count(t.article_id) n FROM articles a LEFT JOIN {table} t "
                f"ON t.article_id = a.id GROUP BY a.id HAVING n <> {per_article}"
            ).fetchall()
            assert bad == [], (table, bad[:5])
    finally:
        con.close()


def test_sigkill_mid_write_then_rerun(tmp_path):
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    db = tmp_path / "crash.duckdb"
    for _ in range(3):
        _kill_somewhere(db, rng)
        with Store(db, read_only=True) as st:  # whatever committed is whole
            n = st.stats()["articles"]
            assert st.stats()["sentences"] == 2 * n, f"seed {seed}"
    with Store(db) as st:
        got = st.write([simple(i) for i in range(N)], batch_size=500)
    assert got["stored"] + got["skipped"] == N, f"seed {seed}"
    assert got["stored"] > 0, "the kills came too late to test anything"
    _check_complete(db)


LOADER = textwrap.dedent(f"""
    import sys
    sys.path.insert(0, {str(TESTS)!r})
    from dateline.store import Store
    with Store(sys.argv[1]) as st:
        print("open", flush=True)
        st.load_shards(sys.argv[2])
    print("done", flush=True)
""")


def test_sigkill_while_loading_shards_then_reload(tmp_path):
    from dateline.store import write_shard

    shards = tmp_path / "shards"
    for k in range(20):
        write_shard([simple(i) for i in range(k * 150, (k + 1) * 150)], shards / f"{k:04d}")
    db = tmp_path / "shards.duckdb"
    rng = random.Random()
    proc = subprocess.Popen([sys.executable, "-c", LOADER, str(db), str(shards)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    time.sleep(rng.uniform(0, 0.3))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(db) as st:
        n = st.stats()["articles"]
        assert n % 150 == 0  # whole shards or nothing of one
        got = st.load_shards(shards)
    assert got["stored"] == N - n and got["skipped"] == n
    _check_complete(db)
