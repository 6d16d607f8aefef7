"""Throughput of each engine, side by side, with bare spaCy as the yardstick.

One corpus (TE3 silver + t17-dev articles, replicated under new ids, each cut
to ``--max-chars``) goes through, in this order and in fresh stores:

* bare spaCy: ``nlp.pipe`` over the same texts, nothing else (the ceiling);
* the local engine (``Store.add``) with ``n_process=1``;
* the local engine with ``n_process=2``;
* the Dask engine (``run_dask``) on a LocalCluster of 2 single-threaded workers.

Steady-state figures, best of ``--repeat`` runs each: the model is loaded and
the Dask cluster started (and its workers' models loaded) before timing; the
local engine's ``n_process=2``
worker start is inside its time, since every run pays it. Cluster start-up is
reported on its own. On a shared machine the scaling ratio is only as good as
the idle cores.

    .venv/bin/python bench/bench_throughput.py --articles 100 --max-chars 1500
    .venv/bin/python bench/bench_throughput.py --articles 2000 --lite

Prints a markdown table; raw figures go to bench/results/throughput.json.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SOURCES = [DATA / "tempeval3" / "TE3-Silver-data", DATA / "t17-dev"]


def _best(repeat: int, once: Any) -> tuple[float, float, Any]:
    """Best (shortest) wall time of ``repeat`` runs, with that run's CPU time and result.

    On a shared machine other load only ever adds time, so the minimum is the
    fairest single figure.
    """
    runs = []
    for i in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        got = once(i)
        runs.append((time.perf_counter() - t0, time.process_time() - c0, got))
    return min(runs, key=lambda r: r[0])


def _bare_spacy(model: str, texts: list[str], batch: int, repeat: int) -> tuple[float, float]:
    import spacy

    nlp = spacy.load(model)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    list(nlp.pipe(texts[:2]))  # warm up
    secs, cpu, _ = _best(repeat, lambda _i: sum(1 for _ in nlp.pipe(texts, batch_size=batch)))
    return secs, cpu


def _local(corpus: Path, tmp: Path, settings: Any, repeat: int) -> tuple[float, float, dict]:
    from dateline.pipeline import load_nlp
    from dateline.store import Store

    load_nlp(settings.model)

    def once(i: int) -> dict[str, Any]:
        with Store(tmp / f"local-{settings.n_process}-{i}.duckdb") as st:
            return st.add([corpus], settings=settings)

    return _best(repeat, once)


def _dask(
    corpus: Path, tmp: Path, settings: Any, workers: int, repeat: int
) -> tuple[float, float, dict]:
    from distributed import Client, LocalCluster

    from dateline.engine import run_dask
    from dateline.engine.worker import PreloadModel

    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster:
        with Client(cluster) as client:
            client.register_plugin(PreloadModel(settings.model))
        startup = time.perf_counter() - t0
        secs, _, got = _best(repeat, lambda i: run_dask(
            [corpus], tmp / f"dask-{i}.duckdb", settings=settings,
            scheduler=cluster.scheduler_address))
        return secs, startup, got


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--max-chars", type=int, default=1500, help="cut each source article")
    ap.add_argument("--batch-size", type=int, default=16, help="small: Dask balances batches")
    ap.add_argument("--workers", type=int, default=2, help="Dask workers / spaCy processes")
    ap.add_argument("--lite", action="store_true", help="model-free pipeline")
    ap.add_argument("--repeat", type=int, default=2, help="runs per engine; the best counts")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "throughput.json")
    args = ap.parse_args()
    missing = [s for s in SOURCES if not s.exists()]
    if missing:
        sys.exit(f"../shared/data absent: {missing[0]} not found")

    from dateline.config import Settings
    from dateline.engine import lite_model
    from dateline.engine.corpus import replicate

    base = Settings(batch_size=args.batch_size, n_process=1)
    if args.lite:
        base = replace(base, model=str(lite_model()))
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="dateline-tp-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        made = replicate(SOURCES, corpus, args.articles, max_chars=args.max_chars)
        texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
        n, words = len(texts), made["words"]

        def add(name: str, secs: float, stored: int | None = None, **extra: Any) -> None:
            rows.append({"engine": name, "seconds": secs, "articles_per_s": n / secs,
                         "words_per_s": words / secs, "stored": stored, **extra})
            print(f"{name}: {secs:.1f}s", file=sys.stderr)

        r = args.repeat
        secs, cpu = _bare_spacy(base.model, texts, args.batch_size, r)
        add("bare spaCy nlp.pipe (1 process)", secs, cpu_s=cpu)
        secs, cpu, got = _local(corpus, Path(tmp), base, r)
        add("local engine, n_process=1", secs, got["stored"], cpu_s=cpu)
        p2 = replace(base, n_process=args.workers)
        secs, _, got = _local(corpus, Path(tmp), p2, r)
        add(f"local engine, n_process={args.workers}", secs, got["stored"])
        secs, startup, got = _dask(corpus, Path(tmp), base, args.workers, r)
        add(f"Dask, {args.workers} workers", secs, got["stored"], cluster_startup_s=startup)
    one = rows[1]["articles_per_s"]
    result = {
        "articles": n, "words": words, "max_chars": args.max_chars, "lite": args.lite,
        "model": base.model, "batch_size": args.batch_size, "repeat": args.repeat,
        "cpus": os.cpu_count(),
        "load_avg_1m": os.getloadavg()[0], "python": platform.python_version(),
        "rows": rows,
        "scaling_local": rows[2]["articles_per_s"] / one,
        "scaling_dask": rows[3]["articles_per_s"] / one,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{n} articles, {words:,} words (cut to {args.max_chars} chars), "
          f"{'model-free pipeline' if args.lite else base.model}, {os.cpu_count()} CPUs, "
          f"load {result['load_avg_1m']:.1f}\n")
    print("| run | articles/s | words/s | vs local engine, 1 process | CPU s (1-process runs) |")
    print("|---|---:|---:|---:|---:|")
    for row in rows:
        cpu_s = f"{row['cpu_s']:.1f}" if "cpu_s" in row else ""
        print(f"| {row['engine']} | {row['articles_per_s']:.1f} | {row['words_per_s']:,.0f} | "
              f"{row['articles_per_s'] / one:.2f}x | {cpu_s} |")
    print(f"\nscaling (2 vs 1): local {result['scaling_local']:.2f}x, "
          f"Dask {result['scaling_dask']:.2f}x; Dask cluster start-up "
          f"{rows[3]['cluster_startup_s']:.1f}s (not in the figures)")


if __name__ == "__main__":
    main()
