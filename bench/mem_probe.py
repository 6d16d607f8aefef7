"""Where does a long run's memory go? The run taken apart in stages, RSS sampled as it goes.

Issue 8: peak RSS grew with the corpus (2,000 vs 20,000 articles). Rather than
guess, this runs the same corpus through growing slices of the pipeline in one
process and samples RSS (psutil) every ``--every`` articles:

    read       ingest only: JSON Lines -> Article records
    annotate   + spaCy + every stage, results dropped (no store)
    store      + the local engine's writes (``Store.add``: the whole local run)
    dask       the Dask engine's client (``run_dask``); workers are separate
               processes, sampled as the client's children

The slope of RSS against articles (KiB per article, least squares over the
second half, after warm-up) says which stage grows. ``--trace`` adds
tracemalloc: the top growth by line between a snapshot at the first sample
and at the end, so Python objects can be told apart from native memory
(DuckDB, Arrow, glibc arenas, spaCy's C structures). The lite pipeline's
``len(nlp.vocab.strings)`` is reported too (spaCy interns every new token), and
for the store stage DuckDB's own count (``duckdb_memory()``) and the file size.
A watcher thread keeps the highest RSS between samples ("spike peak"): closing
or checkpointing the store briefly takes memory that samples taken between
batches never see, and it was what grew with the corpus (issue 8).

Findings (lite pipeline, replicated corpus): annotate grew 0.46 KiB/article
(spaCy's vocab: 18,284 -> 25,696 strings over 8,000 articles) before
``annotate_stream`` used memory zones, 0.00 after; the store stage's samples
stay flat (~237 MiB to 20,000 articles) while its spikes at each reconnect grew
239 -> 289 MiB, and the final close's came on top: the whole-run peak.
The Dask client's samples grew 4.93 KiB/article (238 -> 287 MiB, 4,000 to
20,000 articles): every ``BatchedSend`` kept its last 1,000 payloads, each a
whole batch (``distributed.admin.low-level-log-length``; run_dask now sets 8);
now -0.04 (227 -> 228 MiB). What still grows there is the spikes at each store
reconnect (229 -> 278 MiB), as in the store stage.

    .venv/bin/python bench/mem_probe.py --articles 20000 --stages read annotate store
    .venv/bin/python bench/mem_probe.py --articles 8000 --stages annotate --trace
    .venv/bin/python bench/mem_probe.py --articles 20000 --stages dask --corpus synthetic

Each stage runs in a fresh subprocess of this script (one stage's leftovers
never colour the next). Prints a table; raw samples go to ``--out``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SOURCES = [DATA / "tempeval3" / "TE3-Silver-data", DATA / "t17-dev"]
STAGES = ("read", "annotate", "store", "dask")


class Sampler:
    """RSS (this process and its children) every ``every`` articles, plus tracemalloc growth."""

    def __init__(self, every: int, trace: bool) -> None:
        import psutil

        self.proc = psutil.Process()
        self.every, self.trace = every, trace
        self.n = 0
        self.samples: list[dict[str, Any]] = []
        self.first: tracemalloc.Snapshot | None = None
        self.t0 = time.perf_counter()
        self.high = 0  # highest RSS the watcher thread saw since the last sample
        threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self) -> None:
        """Sample RSS every 20 ms: a spike between two ``tick`` samples (a checkpoint,
        a connection closing) is what a whole-run peak catches and ticks miss."""
        while True:
            self.high = max(self.high, self.proc.memory_info().rss)
            time.sleep(0.02)

    def rss(self) -> tuple[int, int]:
        import psutil

        own = self.proc.memory_info().rss
        tree = own
        for c in self.proc.children(recursive=True):
            try:
                tree += c.memory_info().rss
            except psutil.Error:
                continue
        return own, tree

    def tick(self, k: int = 1, **extra: Any) -> None:
        before, self.n = self.n, self.n + k
        if before // self.every == self.n // self.every:
            return
        own, tree = self.rss()
        high, self.high = max(self.high, own), 0
        row = {"articles": self.n, "rss": own, "high": high, "tree": tree,
               "s": round(time.perf_counter() - self.t0, 1), **extra}
        if self.trace:
            row["traced"] = tracemalloc.get_traced_memory()[0]
            if self.first is None:
                self.first = tracemalloc.take_snapshot()
        self.samples.append(row)

    def wrap(self, items: Iterable[Any], extra: Any = None) -> Iterator[Any]:
        for x in items:
            yield x
            self.tick(**(extra() if extra else {}))

    def top_growth(self, limit: int = 12) -> list[str]:
        if not self.trace or self.first is None:
            return []
        gc.collect()
        last = tracemalloc.take_snapshot()
        stats = last.compare_to(self.first, "lineno")
        return [str(s) for s in stats[:limit]]


def _vocab(nlp: Any) -> Any:
    return lambda: {"strings": len(nlp.vocab.strings), "lexemes": len(nlp.vocab)}


def _duck(store: Any) -> dict[str, int]:
    """DuckDB's own account of its memory (buffer pool, indexes...) and the file's size."""
    rows = store.con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchall()
    return {"duckdb": int(rows[0][0] or 0), "file": os.path.getsize(store.path)}


def run_stage(stage: str, corpus: Path, every: int, trace: bool, workers: int) -> dict[str, Any]:
    """One stage in this process; returns samples and the top tracemalloc growth."""
    from dateline.config import Settings
    from dateline.ingest import iter_records
    from dateline.model import Article
    from dateline.pipeline import annotate_stream, load_nlp

    if trace:
        tracemalloc.start(8)
    settings = Settings()
    sampler = Sampler(every, trace)
    with tempfile.TemporaryDirectory(prefix="dateline-probe-") as tmp:
        db = Path(tmp) / "probe.duckdb"
        if stage == "read":
            for _ in sampler.wrap(iter_records([str(corpus)], None, settings)):
                pass
        elif stage == "annotate":
            nlp = load_nlp(settings.model)
            arts = (r for r in iter_records([str(corpus)], None, settings)
                    if isinstance(r, Article))
            for _ in sampler.wrap(annotate_stream(arts, settings, nlp=nlp), _vocab(nlp)):
                pass
        elif stage == "store":
            from dateline.store import Store

            nlp = load_nlp(settings.model)
            probe = _vocab(nlp)

            with Store(db) as store:

                def progress(**counts: Any) -> None:
                    due = counts["stored"] // sampler.every != sampler.n // sampler.every
                    extra = {**probe(), **_duck(store)} if due else {}
                    sampler.tick(counts["stored"] - sampler.n, **extra)

                store.add([str(corpus)], settings=settings, progress=progress)
        else:
            from dateline.engine import run_dask

            def progress(**counts: Any) -> None:
                sampler.tick(counts["stored"] - sampler.n)

            run_dask([str(corpus)], db, settings=settings, workers=workers, progress=progress)
    return {"stage": stage, "samples": sampler.samples, "top_growth": sampler.top_growth()}


def slope(samples: list[dict[str, Any]], key: str) -> float:
    """Least-squares bytes per article over the second half of the samples (past warm-up)."""
    pts = [(s["articles"], s[key]) for s in samples[len(samples) // 2:] if key in s]
    if len(pts) < 2:
        return float("nan")
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    den = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / den if den else float("nan")


def make_corpus(kind: str, path: Path, n: int, max_chars: int) -> None:
    if kind == "synthetic":
        from dateline.engine.corpus import synthetic

        synthetic(path, n, extra=6)
        return
    missing = [s for s in SOURCES if not s.exists()]
    if missing:
        sys.exit(f"../shared/data absent: {missing[0]} not found")
    from dateline.engine.corpus import replicate

    replicate(SOURCES, path, n, max_chars=max_chars)


def report(results: list[dict[str, Any]]) -> None:
    print("| stage | articles | RSS first sample (MiB) | RSS peak (MiB) | spike peak (MiB) "
          "| tree peak (MiB) | growth, 2nd half (KiB/article) | traced growth (KiB/article) "
          "| vocab strings |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        s = r["samples"]
        if not s:
            continue
        key = "tree" if r["stage"] == "dask" else "rss"
        traced = slope(s, "traced") / 1024 if "traced" in s[-1] else float("nan")
        vocab = f"{s[0].get('strings', '-')} -> {s[-1].get('strings', '-')}"
        print(f"| {r['stage']} | {s[-1]['articles']:,} | {s[0]['rss'] / 2**20:.0f} | "
              f"{max(x['rss'] for x in s) / 2**20:.0f} | {max(x['high'] for x in s) / 2**20:.0f} | "
              f"{max(x['tree'] for x in s) / 2**20:.0f} | "
              f"{slope(s, key) / 1024:.2f} | {traced:.2f} | {vocab} |")
    for r in results:
        if r["top_growth"]:
            print(f"\ntracemalloc, top growth by line ({r['stage']}):")
            for line in r["top_growth"]:
                print("  " + line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--stages", nargs="+", choices=STAGES, default=["read", "annotate", "store"])
    ap.add_argument("--every", type=int, default=500, help="sample every N articles")
    ap.add_argument("--corpus", choices=["replicate", "synthetic"], default="replicate")
    ap.add_argument("--max-chars", type=int, default=1500)
    ap.add_argument("--lite", action="store_true", default=True,
                    help="model-free pipeline (default; --model for the configured one)")
    ap.add_argument("--model", dest="lite", action="store_false")
    ap.add_argument("--workers", type=int, default=1, help="Dask workers (stage dask)")
    ap.add_argument("--trace", action="store_true", help="tracemalloc (slower)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "mem_probe.json")
    ap.add_argument("--child", help=argparse.SUPPRESS)  # "stage:corpus": run one stage, print JSON
    args = ap.parse_args()

    if args.child:
        stage, corpus = args.child.split(":", 1)
        res = run_stage(stage, Path(corpus), args.every, args.trace, args.workers)
        print(json.dumps(res))
        return

    env = dict(os.environ)
    if args.lite:
        from dateline.engine import lite_model

        env["DATELINE_MODEL"] = str(lite_model())
    results = []
    with tempfile.TemporaryDirectory(prefix="dateline-probe-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        make_corpus(args.corpus, corpus, args.articles, args.max_chars)
        for stage in args.stages:
            cmd = [sys.executable, __file__, "--child", f"{stage}:{corpus}",
                   "--every", str(args.every), "--workers", str(args.workers)]
            if args.trace:
                cmd.append("--trace")
            out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
            if out.returncode != 0:
                sys.exit(f"stage {stage} failed:\n{out.stderr[-3000:]}")
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"articles": args.articles, "corpus": args.corpus,
                                    "results": results}, indent=1) + "\n", encoding="utf-8")
    report(results)


if __name__ == "__main__":
    main()
