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
        [--max-fa 0.02] [--alpha 0.5] [--cap 3.0] [--mix 0.2] [--kind-caps W=3,P=2]
        [--per-shift] [--min-cues N --support G] [--write]

``--per-shift`` also fits a threshold per candidate shift (see ``_per_shift``): shifts
whose ratio is noisy at true dates (three, six and eighteen months) need more
than the one-month and one-year shifts. The shipped prior.json was written by::

    fit_datecheck_prior.py --mix 0.1 --cap 3 --kind-caps P=0,W=4 --adapt 5 \
        --max-fa 0.015 --per-shift --write

(--max-fa 0.02 left the held-out TBAQ half over 3% false alarms with the rules added.)
Then by hand, thresholds not refitted: ``kind_caps`` MD=4, M=4 (yearless days and months
carry no more than weekdays; t17 follow-up stories name anchor days weeks back: t17
false alarms 10.63% -> 10.45%, TBAQ unchanged). A refit should pass
``--kind-caps P=0,W=4,MD=4,M=4``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from bench_datecheck import SHIFTS, load, shifted

from dateline.datecheck.check import readings
from dateline.datecheck.prior import Cue, assess, cues, fit, prior_model, shift_llrs

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


def _flag(cs: list[Cue], d: date, model: dict[str, object]) -> bool:
    got = assess(cs, d, model)
    return got.cue is not None and got.llr > got.threshold


def _rates(model: dict[str, object], docs: list[tuple[list[Cue], date]]) -> dict[str, float]:
    out = {"fa": sum(_flag(cs, d, model) for cs, d in docs) / len(docs)}
    for label, how in SHIFTS:
        hits = sum(_flag(cs, shifted(d, how), model) for cs, d in docs)
        out[label] = hits / len(docs)
    return {k: round(v * 100, 1) for k, v in out.items()}


Table = list[dict[str, dict[int, float]]]


def _ratio_table(model: dict[str, object], docs: list[tuple[list[Cue], date]]) -> Table:
    """Per document, per stated date ("true" and each benchmark shift), each candidate
    shift's ratio: computed once, so that thresholds can be tried cheaply."""
    return [
        {
            label: shift_llrs(cs, d if how is None else shifted(d, how), model)
            for label, how in (("true", None), *SHIFTS)
        }
        for cs, d in docs
    ]


def _share(table: Table, label: str, th: dict[int, float]) -> float:
    return sum(any(v > th[s] for s, v in row[label].items()) for row in table) / len(table)


def _per_shift(
    model: dict[str, object], tune: list[Table], fa: float
) -> tuple[dict[str, float], dict[str, object]]:
    """Thresholds per candidate shift: the ``p`` quantile of that shift's ratio at true
    dates (even documents of the tuning sets pooled), at least ``floor``. Of the
    (p, floor) pairs whose false alarms stay <= ``fa`` on the odd documents of every
    tuning set (out of the quantiles' sample, where a quantile fitted in sample would
    promise too few), the one with the best mean recall over the benchmark shifts on the
    tuning sets wins (ties: the higher thresholds)."""
    shifts = [int(x) for x in model["shifts_days"]]  # type: ignore[attr-defined]
    pooled = {s: sorted(row["true"][s] for t in tune for row in t[0::2]) for s in shifts}
    best: tuple[float, float, float, float] | None = None
    chosen: dict[int, float] = {}
    for p in (0.995, 0.997, 0.998, 0.999):
        for floor in (2.0, 2.25, 2.5, 2.75, 3.0):
            th = {
                s: round(max(floor, v[min(len(v) - 1, int(p * len(v)))]) + 1e-3, 4)
                for s, v in pooled.items()
            }
            if any(_share(t[1::2], "true", th) > fa for t in tune):
                continue
            recall = sum(_share(t, lab, th) for t in tune for lab, _ in SHIFTS)
            key = (round(recall, 6), p, floor, 0.0)
            if best is None or key > best:
                best, chosen = key, th
    if best is None:
        return {}, {"per_shift": "no pair keeps the false alarms"}
    info = {"per_shift_p": best[1], "per_shift_floor": best[2]}
    return {str(s): t for s, t in chosen.items()}, info


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
    ap.add_argument(
        "--per-shift",
        action="store_true",
        help="a threshold per candidate shift (quantile and floor chosen on the tuning sets)",
    )
    ap.add_argument("--min-cues", type=int, default=1, help="cues a shift needs behind it")
    ap.add_argument("--support", type=float, default=0.0, help="gain that makes a cue count")
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
        "min_cues": args.min_cues,
        "support": args.support,
        "uniform_support": UNIFORM,
        # Which cues are dropped is a choice, not fitted: carried over (cues() read it).
        "not_cue": prior_model().get("not_cue", {}),
        "threshold": 0.0,
        "tables": fit(fit_half + tbaq[0::2] * args.adapt, args.alpha),
    }
    model["threshold"] = max(
        _threshold(model, tune_half, args.max_fa), _threshold(model, tbaq[0::2], args.max_fa)
    )
    extra: dict[str, object] = {}
    if args.per_shift:
        tune = [_ratio_table(model, tune_half), _ratio_table(model, tbaq[0::2])]
        model["shift_thresholds"], extra = _per_shift(model, tune, args.max_fa)
    sets = {"silver_odd": tune_half, "tbaq_A": tbaq[0::2], "tbaq_B": tbaq[1::2], "tbaq": tbaq}
    report = {
        "threshold": model["threshold"],
        "kind_caps": kind_caps,
        "mix": args.mix,
        "cap": args.cap,
        "min_cues": args.min_cues,
        **extra,
    }
    for name, docs_ in sets.items():
        report[name] = _rates(model, docs_)
    print(json.dumps(report))
    if args.write:
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
