"""Fit the date check's prior (``src/dateline/data/datecheck/prior.json``) on TE3 silver.

TE3-Silver-data holds 2,452 machine-annotated AFP and Xinhua articles with correct DCTs,
separate from the TimeBank + AQUAINT benchmark. The articles are split by sorted file
order: even ones fit the offset tables, odd ones (and the even-numbered half of
TimeBank + AQUAINT, "tbaq_A": silver is AFP/Xinhua wire copy, the benchmark mostly US
papers, so the threshold must hold on both styles) choose the flag threshold: the
smallest that keeps the prior's own false alarms at true DCTs <= ``--max-fa`` on each.
Recall at shifted DCTs is reported on silver's odd half, tbaq_A, the unseen half tbaq_B
and all of TBAQ. Tense is the word heuristic (no spaCy), as in ``bench_datecheck.py``
without ``--parse``; mentions come from the text scan alone (no timex engine).

Usage::

    .venv/bin/python bench/fit_datecheck_prior.py [--data ../shared/data/tempeval3]
        [--max-fa 0.02] [--alpha 0.5] [--cap 3.0] [--mix 0.2] [--kind-caps W=3,P=2] [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from bench_datecheck import SHIFTS, load, shifted

from dateline.datecheck.check import readings
from dateline.datecheck.prior import Cue, assess, cues, fit

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "dateline" / "data" / "datecheck" / "prior.json"
SHIFTS_DAYS = (
    -730,
    -548,
    -365,
    -182,
    -91,
    -61,
    -30,
    -14,
    -7,
    7,
    14,
    30,
    61,
    91,
    182,
    365,
    548,
    730,
)


# Support of the uniform density mixed into each table: the number of buckets for
# cyclic and year offsets, the span in days or months for the bucketed offsets.
UNIFORM = {
    "Y": 13,
    "FY": 13,
    "M": 12,
    "P": 12,
    "W": 7,
    "YM": 120,
    "YMD": 4000,
    "YP": 4000,
    "MD": 366,
}


def _threshold(model: dict[str, object], docs: list[tuple[list[Cue], date]], fa: float) -> float:
    llrs = sorted(assess(cs, d, model).llr for cs, d in docs)
    return round(llrs[min(len(llrs) - 1, int((1 - fa) * len(llrs)))] + 1e-3, 4)


def _rates(model: dict[str, object], docs: list[tuple[list[Cue], date]]) -> dict[str, float]:
    t = float(model["threshold"])  # type: ignore[arg-type]
    out = {"fa": sum(assess(cs, d, model).llr > t for cs, d in docs) / len(docs)}
    for label, how in SHIFTS:
        hits = sum(assess(cs, shifted(d, how), model).llr > t for cs, d in docs)
        out[label] = hits / len(docs)
    return {k: round(v * 100, 1) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "tempeval3")
    ap.add_argument("--max-fa", type=float, default=0.02)
    ap.add_argument("--alpha", type=float, default=0.5)
    ap.add_argument("--cap", type=float, default=3.0)
    ap.add_argument("--mix", type=float, default=0.2, help="share of the uniform density")
    ap.add_argument(
        "--adapt", type=int, default=0, help="also fit on tbaq_A, its counts times N (0: not)"
    )
    ap.add_argument(
        "--shifts", default=",".join(map(str, SHIFTS_DAYS)), help="candidate shifts in days"
    )
    ap.add_argument("--kind-caps", default="", help="e.g. W=3,P=2: most a cue kind adds")
    ap.add_argument("--write", action="store_true", help="write prior.json")
    args = ap.parse_args(argv)
    silver = args.data / "TE3-Silver-data"
    if not silver.is_dir():
        print(f"no data under {silver}", file=sys.stderr)
        return 2
    docs = [(cues(t, readings(t)), d) for _n, d, t in load(silver.parent, (silver.name,))]
    fit_half, tune_half = docs[0::2], docs[1::2]
    tbaq = [(cues(t, readings(t)), d) for _n, d, t in load(args.data)]
    kind_caps = {k: float(v) for k, v in (p.split("=") for p in args.kind_caps.split(",") if p)}
    model = {
        "_doc": "Fitted by bench/fit_datecheck_prior.py on TE3 silver (even files: tables; "
        "odd files: threshold) and, with --adapt N, the even half of TimeBank+AQUAINT "
        "(tables, counts times N; threshold). tables[kind|tense][bucket] = log P(bucket); "
        "the scorer subtracts log(bucket width). Arguments: " + " ".join(sys.argv[1:]),
        "shifts_days": [int(x) for x in args.shifts.split(",")],
        "cap": args.cap,
        "kind_caps": kind_caps,
        "mix": args.mix,
        "uniform_support": UNIFORM,
        "threshold": 0.0,
        "tables": fit(fit_half + tbaq[0::2] * args.adapt, args.alpha),
    }
    model["threshold"] = max(
        _threshold(model, tune_half, args.max_fa), _threshold(model, tbaq[0::2], args.max_fa)
    )
    sets = {"silver_odd": tune_half, "tbaq_A": tbaq[0::2], "tbaq_B": tbaq[1::2], "tbaq": tbaq}
    report = {
        "threshold": model["threshold"],
        "kind_caps": kind_caps,
        "mix": args.mix,
        "cap": args.cap,
    }
    for name, docs_ in sets.items():
        report[name] = _rates(model, docs_)
    print(json.dumps(report))
    if args.write:
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
