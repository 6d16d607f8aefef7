"""Timeline17 through the CLI: does ``dateline timeline --summary`` score what eval_t17.py reports?

Usage: .venv/bin/python bench/eval_t17_cli.py [--data ../shared/data/t17-dev] [--topics a,b]
       [--stores /tmp/t17stores] [--query] [--compare] [--cache /tmp/t17rows.pkl]

eval_t17.py annotates each topic folder with the spaCy-free path (regex sentences + the
timex engine, ``dateline.tls.rows_from_text``) and summarizes those rows in process. A
user instead runs ``dateline run FOLDER --db F`` (the full pipeline into a store) and then
``dateline timeline --db F --summary --dates N --sentences K --format jsonl``. This
script does exactly that for every topic folder -- one store per folder, built once
and reused from ``--stores`` -- and scores the CLI's output against each gold timeline
with the same metrics (tilse AR-1/AR-2 align+ m:1 F1, date F1), N and K set as
eval_t17.py sets them. ``--query`` passes the folder's keywords.json to the CLI as
``--query`` (eval_t17.py passes it to the summarizer). ``--compare`` also prints
eval_t17.py's figures (shipped weights) per timeline next to the CLI's.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_t17 import annotate, build_store, load_gold  # noqa: E402

Scores = tuple[float, float, float]


def _dateline() -> str:
    exe = Path(sys.executable).with_name("dateline")
    return str(exe) if exe.is_file() else "dateline"


def cli_timeline(db: Path, n: int, k: int, query: list[str] | None) -> list[tuple[date, list[str]]]:
    """What ``dateline timeline --summary --format jsonl`` prints, read back."""
    cmd = [_dateline(), "timeline", "--db", str(db), "--summary", "--dates", str(n),
           "--sentences", str(k), "--format", "jsonl"]
    if query:
        cmd += ["--query", " ".join(query)]
    res = subprocess.run(cmd, check=True, capture_output=True, text=True,
                         env={**os.environ, "COLUMNS": "200"})
    out = []
    for line in res.stdout.splitlines():
        if line.strip():
            d, sents = json.loads(line)
            out.append((date.fromisoformat(d), list(sents)))
    return out


def _fmt(s: Scores) -> str:
    return f"AR-1 {s[0]:.4f} AR-2 {s[1]:.4f} date-F1 {s[2]:.4f}"


def _mean(xs: list[Scores]) -> Scores:
    m = len(xs) or 1
    return (sum(x[0] for x in xs) / m, sum(x[1] for x in xs) / m, sum(x[2] for x in xs) / m)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "t17-dev"))
    ap.add_argument("--topics", default="")
    ap.add_argument("--stores", default="/tmp/t17stores", help="one store per topic folder")
    ap.add_argument("--query", action="store_true", help="pass keywords.json as --query")
    ap.add_argument("--compare", action="store_true", help="also score eval_t17.py's path")
    ap.add_argument("--cache", default="", help="eval_t17.py's annotation cache (--compare)")
    args = ap.parse_args()
    from dateline.tls import align_m1, date_f1, summarize_rows

    data = Path(args.data)
    if not data.is_dir():
        print(f"no data at {data}", file=sys.stderr)
        return 2
    stores = Path(args.stores)
    stores.mkdir(parents=True, exist_ok=True)
    topics = sorted(p for p in data.iterdir() if (p / "articles.jsonl").is_file())
    if args.topics:
        keep = set(args.topics.split(","))
        topics = [t for t in topics if t.name in keep]
    cache: dict[str, list[Any]] = {}
    if args.cache and Path(args.cache).is_file():
        cache = pickle.loads(Path(args.cache).read_bytes())

    def score(pred: list[tuple[date, list[str]]], gold: Any) -> Scores:
        ar = align_m1(pred, gold)
        return (ar["rouge_1"].f1, ar["rouge_2"].f1, date_f1(pred, gold).f1)

    cli: list[Scores] = []
    bench: list[Scores] = []
    t_cli = 0.0
    for topic in topics:
        db = build_store(topic, stores)
        kw_path = topic / "keywords.json"
        query = json.loads(kw_path.read_text("utf-8")) if kw_path.is_file() else None
        if args.compare and topic.name not in cache:
            cache[topic.name] = annotate(topic)
        for j, gold in enumerate(load_gold(topic / "timelines.jsonl")):
            n = len(gold)
            k = round(sum(len(s) for _, s in gold) / n)
            t0 = time.perf_counter()
            cli.append(score(cli_timeline(db, n, k, query if args.query else None), gold))
            t_cli += time.perf_counter() - t0
            line = f"{topic.name:22s} tl{j} N={n:3d} K={k} cli {_fmt(cli[-1])}"
            if args.compare:
                bench.append(score(summarize_rows(cache[topic.name], n, k, query), gold))
                line += f" | eval_t17 {_fmt(bench[-1])}"
            print(line, flush=True)
    if args.compare and args.cache:
        Path(args.cache).write_bytes(pickle.dumps(cache))
    print(f"MEAN over {len(cli)} timelines: cli {_fmt(_mean(cli))}"
          + (f" | eval_t17 {_fmt(_mean(bench))}" if bench else ""))
    print(f"time: CLI timeline --summary calls {t_cli:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
