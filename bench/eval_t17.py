"""Timeline17 benchmark: AR-1 / AR-2 F1 (tilse align+ m:1) and date F1 per gold timeline.

Usage: .venv/bin/python bench/eval_t17.py [--data ../shared/data/t17-dev] [--topics a,b]
       [--cache /tmp/t17rows.pkl] [--show N] [--dump preds.json]

Cross-check against the reference implementation (tilse 0.2.1 from PyPI with its
bundled Perl ROUGE-1.5.5, installed in a separate virtualenv, since it pins old
dependencies): ``--dump preds.json`` here, then
``/path/to/tilse-venv/bin/python bench/eval_t17.py --tilse-check preds.json``
prints our AR-1/AR-2 F1 next to tilse's for every timeline (that mode imports
only tilse, not dateline).

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
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def load_gold(path: Path) -> list[list[tuple[date, list[str]]]]:
    """Gold timelines; a repeated date keeps its last summary, as news-tls's Timeline dict does."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            by_day = {date.fromisoformat(d[:10]): list(s) for d, s in json.loads(line)}
            out.append(sorted(by_day.items()))
    return out


def annotate(topic: Path) -> list[Any]:
    from dateline.tls import rows_from_text

    rows: list[Any] = []
    with (topic / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            rows.extend(rows_from_text(str(a["id"]), a["text"], date.fromisoformat(a["time"][:10])))
    return rows


def tilse_check(path: str) -> int:
    """Score dumped timelines with tilse itself (run under a venv that has tilse)."""
    from tilse.data.timelines import GroundTruth
    from tilse.data.timelines import Timeline as TilseTimeline
    from tilse.evaluation import rouge

    ev = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"])

    def tl(items: list[Any]) -> Any:
        return TilseTimeline({date.fromisoformat(d): s for d, s in items})

    for item in json.loads(Path(path).read_text("utf-8")):
        r = ev.evaluate_align_date_content_costs_many_to_one(
            tl(item["pred"]), GroundTruth([tl(item["gold"])]))
        ours = item["ours"]
        print(f"{item['topic']:24s} AR-1 ours {ours[0]:.4f} tilse {r['rouge_1']['f_score']:.4f}"
              f"  AR-2 ours {ours[1]:.4f} tilse {r['rouge_2']['f_score']:.4f}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "t17-dev"))
    ap.add_argument("--topics", default="")
    ap.add_argument("--cache", default="")
    ap.add_argument("--show", type=int, default=0, help="print N dates of each predicted timeline")
    ap.add_argument("--dump", default="", help="write predictions, gold and our scores as JSON")
    ap.add_argument("--tilse-check", default="", help="score a --dump file with tilse")
    args = ap.parse_args()
    if args.tilse_check:
        return tilse_check(args.tilse_check)
    from dateline.tls import align_m1, date_f1, summarize_rows

    data = Path(args.data)
    if not data.is_dir():
        print(f"no data at {data}", file=sys.stderr)
        return 2
    topics = sorted(p for p in data.iterdir() if (p / "articles.jsonl").is_file())
    if args.topics:
        keep = set(args.topics.split(","))
        topics = [t for t in topics if t.name in keep]
    cache: dict[str, list[Any]] = {}
    dump: list[dict[str, Any]] = []
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
            dump.append({"topic": topic.name, "ours": results[-1],
                         "pred": [[d.isoformat(), s] for d, s in pred],
                         "gold": [[d.isoformat(), s] for d, s in gold]})
            print(f"{topic.name:24s} tl{j} N={n:3d} K={k} AR-1 {ar['rouge_1'].f1:.4f} "
                  f"AR-2 {ar['rouge_2'].f1:.4f} date-F1 {df.f1:.4f}")
            for d, sents in pred[: args.show]:
                print("   ", d, " | ".join(sents)[:200])
    if args.cache:
        Path(args.cache).write_bytes(pickle.dumps(cache))
    if args.dump:
        Path(args.dump).write_text(json.dumps(dump), "utf-8")
    m = len(results) or 1
    print(f"MEAN over {len(results)} timelines: AR-1 {sum(r[0] for r in results) / m:.4f} "
          f"AR-2 {sum(r[1] for r in results) / m:.4f} date-F1 {sum(r[2] for r in results) / m:.4f}")
    print(f"time: annotation {t_ann:.1f}s, timeline building {t_tls:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
