"""Timeline17 benchmark: AR-1 / AR-2 F1 (tilse align+ m:1) and date F1 per gold timeline.

Usage: .venv/bin/python bench/eval_t17.py [--data ../shared/data/t17-dev] [--topics a,b]
       [--cache /tmp/t17rows.pkl] [--show N]

Per gold timeline (one task = the articles of its topic folder) N = its number
of dates and K = round(mean sentences per date), as news-tls experiments do;
scores are averaged over timelines. Annotation (regex sentences + timex engine)
and timeline building are timed separately.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from datetime import date
from pathlib import Path

from dateline.tls import SentenceRow, align_m1, date_f1, rows_from_text, summarize_rows

ROOT = Path(__file__).resolve().parents[1]


def load_gold(path: Path) -> list[list[tuple[date, list[str]]]]:
    """Gold timelines; a repeated date keeps its last summary, as news-tls's Timeline dict does."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            by_day = {date.fromisoformat(d[:10]): list(s) for d, s in json.loads(line)}
            out.append(sorted(by_day.items()))
    return out


def annotate(topic: Path) -> list[SentenceRow]:
    rows: list[SentenceRow] = []
    with (topic / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            rows.extend(rows_from_text(str(a["id"]), a["text"], date.fromisoformat(a["time"][:10])))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "t17-dev"))
    ap.add_argument("--topics", default="")
    ap.add_argument("--cache", default="")
    ap.add_argument("--show", type=int, default=0, help="print N dates of each predicted timeline")
    args = ap.parse_args()
    data = Path(args.data)
    if not data.is_dir():
        print(f"no data at {data}", file=sys.stderr)
        return 2
    topics = sorted(p for p in data.iterdir() if (p / "articles.jsonl").is_file())
    if args.topics:
        keep = set(args.topics.split(","))
        topics = [t for t in topics if t.name in keep]
    cache: dict[str, list[SentenceRow]] = {}
    if args.cache and Path(args.cache).is_file():
        cache = pickle.loads(Path(args.cache).read_bytes())
    t_ann = t_tls = 0.0
    results = []
    for topic in topics:
        t0 = time.perf_counter()
        if topic.name not in cache:
            cache[topic.name] = annotate(topic)
        rows = cache[topic.name]
        t_ann += time.perf_counter() - t0
        kw_path = topic / "keywords.json"
        query = json.loads(kw_path.read_text("utf-8")) if kw_path.is_file() else None
        for j, gold in enumerate(load_gold(topic / "timelines.jsonl")):
            n = len(gold)
            k = round(sum(len(s) for _, s in gold) / n)
            t1 = time.perf_counter()
            pred = summarize_rows(rows, n, k, query)
            t_tls += time.perf_counter() - t1
            ar = align_m1(pred, gold)
            df = date_f1(pred, gold)
            results.append((ar["rouge_1"].f1, ar["rouge_2"].f1, df.f1))
            print(f"{topic.name:24s} tl{j} N={n:3d} K={k} AR-1 {ar['rouge_1'].f1:.4f} "
                  f"AR-2 {ar['rouge_2'].f1:.4f} date-F1 {df.f1:.4f}")
            for d, sents in pred[: args.show]:
                print("   ", d, " | ".join(sents)[:200])
    if args.cache:
        Path(args.cache).write_bytes(pickle.dumps(cache))
    m = len(results) or 1
    print(f"MEAN over {len(results)} timelines: AR-1 {sum(r[0] for r in results) / m:.4f} "
          f"AR-2 {sum(r[1] for r in results) / m:.4f} date-F1 {sum(r[2] for r in results) / m:.4f}")
    print(f"time: annotation {t_ann:.1f}s, timeline building {t_tls:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
