"""Peak memory (RSS of the whole process tree) of a run at two corpus sizes.

The corpus is TE3 silver TimeML files and t17-dev articles, replicated under
new ids into a temporary JSON Lines file of the requested size (see
``dateline.engine.corpus.replicate``). Each run is a fresh
``python -m dateline run`` (local engine) or a ``run_dask`` subprocess (Dask
engine) into a fresh store; its process tree is sampled with psutil. Streaming
means the peak should not grow with the corpus: the script reports the ratio.

    .venv/bin/python bench/bench_memory.py --sizes 2000 20000 --max-chars 1500 --lite
    .venv/bin/python bench/bench_memory.py --sizes 200 2000 --engine dask

``--lite`` uses the model-free pipeline (tokenizer + sentencizer), which keeps a
20,000-article run to minutes on a small machine; without it the configured
spaCy model runs. Raw figures go to bench/results/memory.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SOURCES = [DATA / "tempeval3" / "TE3-Silver-data", DATA / "t17-dev"]


def _command(engine: str, corpus: Path, db: Path, workers: int, batch: int) -> list[str]:
    if engine == "local":
        return [sys.executable, "-m", "dateline", "run", str(corpus), "--db", str(db), "-q",
                "-p", str(workers), "--batch-size", str(batch)]
    code = ("from dateline.engine import run_dask\nfrom dateline.config import Settings\n"
            f"run_dask([{str(corpus)!r}], {str(db)!r}, settings=Settings(batch_size={batch}), "
            f"workers={workers})\n")
    return [sys.executable, "-c", code]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    ap.add_argument("--max-chars", type=int, default=1500, help="cut each source article")
    ap.add_argument("--engine", choices=["local", "dask"], default="local")
    ap.add_argument("--workers", type=int, default=2, help="spaCy processes / Dask workers")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--lite", action="store_true", help="model-free pipeline")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "memory.json")
    args = ap.parse_args()
    missing = [s for s in SOURCES if not s.exists()]
    if missing:
        sys.exit(f"../shared/data absent: {missing[0]} not found")

    from dateline.engine import lite_model
    from dateline.engine.corpus import replicate
    from dateline.engine.measure import run_measured

    env = dict(os.environ)
    if args.lite:
        env["DATELINE_MODEL"] = str(lite_model())
    rows = []
    with tempfile.TemporaryDirectory(prefix="dateline-mem-") as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"corpus-{n}.jsonl"
            made = replicate(SOURCES, corpus, n, max_chars=args.max_chars)
            db = Path(tmp) / f"store-{n}.duckdb"
            cmd = _command(args.engine, corpus, db, args.workers, args.batch_size)
            got = run_measured(cmd, env=env)
            rows.append({"articles": n, "words": made["words"], **got,
                         "articles_per_s": n / got["seconds"]})
            corpus.unlink()
            print(f"{n} articles: peak {got['peak_rss'] / 2**20:.0f} MiB "
                  f"(main {got['peak_main_rss'] / 2**20:.0f} MiB) in {got['seconds']:.0f}s",
                  file=sys.stderr)
    result = {"engine": args.engine, "workers": args.workers, "lite": args.lite,
              "max_chars": args.max_chars, "batch_size": args.batch_size, "runs": rows,
              "peak_ratio": rows[-1]["peak_rss"] / rows[0]["peak_rss"]}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"engine {args.engine}, {args.workers} workers, "
          f"{'model-free pipeline' if args.lite else 'spaCy model'}, "
          f"articles cut to {args.max_chars} chars\n")
    print("| articles | words | peak RSS, process tree (MiB) | main process (MiB) | seconds |")
    print("|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['articles']:,} | {r['words']:,} | {r['peak_rss'] / 2**20:.0f} | "
              f"{r['peak_main_rss'] / 2**20:.0f} | {r['seconds']:.0f} |")
    print(f"\npeak ratio largest/smallest: {result['peak_ratio']:.2f}")


if __name__ == "__main__":
    main()
