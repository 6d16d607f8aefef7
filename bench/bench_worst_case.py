"""Worst-case inputs: no input makes the temporal engine or ingest slower than linear (issue #3).

    .venv/bin/python bench/bench_worst_case.py            # every case, best of 2
    .venv/bin/python bench/bench_worst_case.py --repeat 3 --out bench/results/worst_case.json

Times are CPU seconds of this process (``time.process_time``), best of ``--repeat`` runs, so a
busy shared machine measures the work, not the load. Each case prints seconds per MB; the target
is under 1 s per MB for every pathological input (a run of digits, "last last ...", one 1 MB
token, ...) and for a 10 MB news-like article. Runs of one date ("May 1-May 1-...", "May May
...", "Tuesday Tuesday ...") make a timex every 4 to 8 characters: linear too, but at tens of
microseconds of Python per timex they stay above 1 s per MB. Ingest is timed on a 1 MB token
and an 8 MB article written as files (both are cut at DATELINE_MAX_CHARS; what is timed is the
read and cut).

The unit tests (tests/timex/test_pathological.py, tests/ingest/test_hostile.py) check what these
inputs give; how fast is measured here, never in a test.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from dateline.ingest import iter_records
from dateline.model import Article
from dateline.timex import tag

MB = 1_000_000
DCT = date(2024, 2, 6)

# A news-like paragraph of our own, a few time expressions among plain sentences.
PARAGRAPH = (
    "The truce, which held from Feb. 3 to April 9, broke down early Friday after weeks "
    "of talks. Officials from both delegations said the mediators had offered a new "
    "framework covering the release of detainees and the return of displaced families. "
    "Critics argued that the plan left the hardest questions open. They will meet again "
    "next week. "
)

TIMEX_CASES: dict[str, str] = {
    "digit run": "7" * MB,
    "spaced digits": "1 " * (MB // 2),
    "last last last": "last " * (MB // 5),
    "one token": "x" * MB,
    "the the the": "the " * (MB // 4),
    "dashes and dots": "-." * (MB // 2),
    "number words": "twenty four " * (MB // 12),
    # runs of dates: every copy is a timex (~170-250 thousand per MB) that needs a tense
    "May 1- May 1-": "May 1-" * (MB // 6),
    "May May May": "May " * (MB // 4),
    "Tuesday Tuesday": "Tuesday " * (MB // 8),
    "10 MB article": (PARAGRAPH * (10 * MB // len(PARAGRAPH) + 1))[: 10 * MB],
}


def best_cpu(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def ingest_cases(tmp: Path) -> dict[str, tuple[Path, int]]:
    token = tmp / "token.txt"
    token.write_text("date 2024-03-05\n" + "x" * MB, encoding="utf-8")
    sentence = "Officials said the talks would resume on Friday in the port city. "
    big = tmp / "big.txt"
    text = sentence * (8 * MB // len(sentence))
    big.write_text("date 2024-03-05\n" + text, encoding="utf-8")
    return {"ingest: 1 MB token": (token, MB), "ingest: 8 MB article": (big, len(text))}


def read_all(path: Path) -> None:
    got = [r for r in iter_records([path]) if isinstance(r, Article)]
    assert len(got) == 1, path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--out", type=Path, default=Path("bench/results/worst_case.json"))
    args = ap.parse_args(argv)
    tag("warm up on Jan. 19, 2024", DCT)
    rows = []
    for name, text in TIMEX_CASES.items():
        sec = best_cpu(lambda t=text: tag(t, DCT), args.repeat)  # type: ignore[misc]
        rows.append({"case": name, "mb": len(text) / MB, "cpu_s": sec})
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, size) in ingest_cases(Path(tmp)).items():
            sec = best_cpu(lambda p=path: read_all(p), args.repeat)  # type: ignore[misc]
            rows.append({"case": name, "mb": size / MB, "cpu_s": sec})
    worst = 0.0
    print(f"{'case':24} {'MB':>6} {'CPU s':>8} {'s/MB':>7}")
    for r in rows:
        r["s_per_mb"] = r["cpu_s"] / r["mb"]
        worst = max(worst, r["s_per_mb"])
        print(f"{r['case']:24} {r['mb']:6.1f} {r['cpu_s']:8.3f} {r['s_per_mb']:7.3f}")
    print(f"worst: {worst:.3f} s per MB (target < 1)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"rows": rows, "worst_s_per_mb": worst}, indent=1) + "\n")
    return 0 if worst < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
