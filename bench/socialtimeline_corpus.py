"""Turn the Background Summarization timelines (../shared/data/background-summaries-socialtimeline)
into dateline JSON Lines articles, written outside the project.

Each event folder (gaza_conflict, ukraine_conflict, nsa_leak, mh370_disappearance) has three
annotator files; every row is one dated update (``[YYYY-MM-DD]``) and the three annotators
wrote the same day's update in their own words. So each day is told by three "sources": a
natural test of whether dateline dates the events of one day alike, merges the three
tellings of one event, and finds where the tellings give different numbers.

One record per annotator and day: ``{"id": "<event>-a<N>-<date>", "date": "<date>",
"source": "annotator<N>", "title": "<event> <date>", "text": <update>}``. The Background
column (a summary of earlier days) is left out: it retells the past, not the day.

Usage::

    .venv/bin/python bench/socialtimeline_corpus.py OUT_DIR [--event gaza_conflict ...]
    .venv/bin/dateline run OUT_DIR/gaza_conflict.jsonl --db /tmp/gaza.duckdb
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "background-summaries-socialtimeline" / "events"
EVENTS = ("gaza_conflict", "ukraine_conflict", "nsa_leak", "mh370_disappearance")
_DATE = re.compile(r"\[(\d{4}-\d\d-\d\d)\]")


def records(data: Path, event: str) -> Iterator[dict[str, str]]:
    """The event's updates, annotator by annotator, in date order."""
    csv.field_size_limit(1 << 30)
    for n in (1, 2, 3):
        path = data / event / f"annotator{n}.tsv"
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, delimiter="\t"))
        for line, row in enumerate(rows[1:], start=2):
            m = _DATE.fullmatch(row[0].strip()) if row else None
            if m is None or len(row) < 2 or not row[1].strip():
                print(f"{path}:{line}: no [date] and update, skipped", file=sys.stderr)
                continue
            day = m[1]
            # the files write paragraph breaks as the two characters backslash and n
            text = row[1].strip().replace("\\n", "\n")
            yield {"id": f"{event}-a{n}-{day}", "date": day, "source": f"annotator{n}",
                   "title": f"{event} {day}", "text": text}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--event", action="append", choices=EVENTS)
    a = ap.parse_args()
    if not a.data.exists():
        print(f"data absent: {a.data}", file=sys.stderr)
        return 2
    a.out.mkdir(parents=True, exist_ok=True)
    for event in a.event or EVENTS:
        recs = sorted(records(a.data, event), key=lambda r: (r["date"], r["id"]))
        path = a.out / f"{event}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{path}: {len(recs)} updates")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
