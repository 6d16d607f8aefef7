"""Time `dateline run` on a corpus and sample the peak memory of its whole process tree.

Usage: python bench/run_corpus.py PATH [--db F] [-- extra dateline run args]
Prints one JSON object: articles stored, seconds, articles/s, words/s, peak RSS (MiB).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import psutil


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--db", default=None)
    ap.add_argument("--processes", "-p", default="2")
    args, extra = ap.parse_known_args()
    db = args.db or str(Path(tempfile.mkdtemp()) / "bench.duckdb")
    cmd = [sys.executable, "-m", "dateline", "run", *args.paths, "--db", db, "-q",
           "-p", args.processes, *extra]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            peak = max(peak, tree_rss(ps))
        except psutil.Error:
            pass
        time.sleep(0.2)
    seconds = time.perf_counter() - t0
    con = duckdb.connect(db, read_only=True)
    n, words = con.execute(
        "select count(*), coalesce(sum(len(string_split(text, ' '))), 0) from articles"
    ).fetchone()
    rejects = con.execute("select count(*) from rejects").fetchone()[0]
    out = {
        "paths": args.paths,
        "exit_code": proc.returncode,
        "articles": n,
        "rejects": rejects,
        "seconds": round(seconds, 1),
        "articles_per_s": round(n / seconds, 2),
        "words_per_s": round(words / seconds),
        "peak_rss_mib": round(peak / 2**20),
        "processes": args.processes,
        "db": db,
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
