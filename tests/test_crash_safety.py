"""SIGKILL a whole `dateline run` at random points, rerun it: every article once and whole.

Two runners: the CLI (``python -m dateline run``, the local engine) and the
Dask engine (through the CLI once it has ``--engine dask``, else through
``run_dask`` in a subprocess). The model-free pipeline keeps each run to
seconds; what is tested is the plumbing, which is the same with any model.

Each kill lands at a random moment of a run. The killed process's helpers
(spaCy or Dask worker processes) are then ended too, as a crash of the
machine would; they never write to the store themselves. After each kill the
store must open and hold only whole articles; after the final, unkilled rerun
it must hold every article exactly once.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from dateline.engine import lite_model
from dateline.engine.corpus import SYNTHETIC_SENTENCES, synthetic

pytestmark = pytest.mark.slow

N = 3000
KILLS = 5


def _has_dask_cli() -> bool:
    res = subprocess.run([sys.executable, "-m", "dateline", "run", "--help"],
                         capture_output=True, text=True, timeout=120)
    return "--engine" in res.stdout


def _command(engine: str, corpus: Path, db: Path) -> list[str]:
    if engine == "local":
        return [sys.executable, "-m", "dateline", "run", str(corpus), "--db", str(db), "-q",
                "-p", "1", "--batch-size", "50"]
    if _has_dask_cli():
        return [sys.executable, "-m", "dateline", "run", str(corpus), "--db", str(db), "-q",
                "--engine", "dask", "--workers", "2", "--batch-size", "50"]
    code = ("from dateline.engine import run_dask\nfrom dateline.config import Settings\n"
            f"run_dask([{str(corpus)!r}], {str(db)!r}, settings=Settings(batch_size=50), "
            "workers=2)\n")
    return [sys.executable, "-c", code]


def _run(cmd: list[str], env: dict[str, str], kill_after: float | None) -> bool:
    """Run ``cmd``; SIGKILL it after ``kill_after`` seconds. True when it was killed mid-run."""
    proc = subprocess.Popen(cmd, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _, stderr = proc.communicate(timeout=kill_after if kill_after is not None else 300)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        killed = True
    else:
        assert proc.returncode == 0, stderr[-3000:]
        killed = False
    try:  # the helpers it started (same session) go down with it
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return killed


TABLES = ("sentences", "timexes", "entities", "quantities", "quotes", "events")


def _rows(db: Path) -> dict[str, tuple[int, ...]]:
    """Per stored article id, its row count in each annotation table (asserts ids are unique)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        n, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
        assert n == distinct, "an article is stored twice"
        counts = ", ".join(
            f"(SELECT count(*) FROM {t} x WHERE x.article_id = a.id)" for t in TABLES
        )
        rows = con.execute(f"SELECT a.id, {counts} FROM articles a").fetchall()
        return {r[0]: tuple(r[1:]) for r in rows}
    finally:
        con.close()


def _whole(db: Path, reference: dict[str, tuple[int, ...]]) -> int:
    """How many articles ``db`` holds; asserts each has exactly the rows an unbroken run gives."""
    got = _rows(db)
    wrong = [(k, v, reference.get(k)) for k, v in got.items() if reference.get(k) != v]
    assert wrong == [], f"half-written articles (id, rows, expected): {wrong[:5]}"
    return len(got)


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_sigkill_at_random_points_then_rerun(tmp_path, engine):
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    corpus = synthetic(tmp_path / "corpus.jsonl", N)
    db = tmp_path / "crash.duckdb"
    env = {**os.environ, "DATELINE_MODEL": str(lite_model())}
    cmd = _command(engine, corpus, db)
    t0 = time.perf_counter()
    _run(_command("local", corpus, tmp_path / "ref.duckdb"), env, kill_after=None)
    ref_seconds = time.perf_counter() - t0
    reference = _rows(tmp_path / "ref.duckdb")
    assert len(reference) == N and all(r[0] == SYNTHETIC_SENTENCES for r in reference.values())
    # Aim inside the run as this machine runs it now (a loaded machine is slower).
    window = ref_seconds * (1.0 if engine == "local" else 2.0)
    counts: list[int] = []
    kills = tries = 0

    def mid_corpus() -> bool:
        return any(0 < c < N for c in counts)

    while (kills < KILLS or not mid_corpus()) and tries < 6 * KILLS:
        tries += 1
        killed = _run(cmd, env, kill_after=rng.uniform(0.3, 1.0) * window)
        stored = _whole(db, reference) if db.exists() else 0
        if killed:
            kills += 1
            counts.append(stored)
        if killed and stored == 0:
            window *= 1.3  # killed before its first write (a slow start-up): aim later
        elif not killed or stored == N:
            window *= 0.7  # it finished, or stored everything, first: aim earlier
            if not mid_corpus():
                # the store is full, so no later kill could land mid-corpus: start
                # again from an empty store
                shutil.rmtree(tmp_path / "crash.duckdb.shards", ignore_errors=True)
                db.unlink(missing_ok=True)
                Path(f"{db}.wal").unlink(missing_ok=True)
    assert kills >= KILLS, f"seed {seed}: only {kills} kills landed in {tries} runs"
    assert any(0 < c < N for c in counts), f"seed {seed}: no kill landed mid-corpus: {counts}"
    _run(cmd, env, kill_after=None)
    assert _whole(db, reference) == N, f"seed {seed}"
    assert set(_rows(db)) == set(reference), f"seed {seed}"
    assert time.perf_counter() - t0 < 600
