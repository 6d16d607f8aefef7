"""Words per second of the bare spaCy pipeline vs spaCy + the entity and event stages.

Usage: .venv/bin/python bench/speed_events.py [--n 150] [--full]

Texts: the first N articles of ../shared/data/t17-dev (read, never copied). With --full
every pipeline stage runs (timex, numbers, quotes, datecheck too), which is the figure the
issue's speed target is about; without it only text+entities+events are timed, to show the
cost of this engineer's stages alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from dateline.config import Settings
from dateline.ingest import article_from_text
from dateline.model import Annotation
from dateline.pipeline import STAGES, load_nlp

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "t17-dev"
MINE = ("text", "entities", "events")


def texts(n: int) -> list[str]:
    out: list[str] = []
    for f in sorted(DATA.glob("*/articles.jsonl")):
        for line in f.open(encoding="utf-8"):
            out.append(json.loads(line)["text"])
            if len(out) >= n:
                return out
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--full", action="store_true")
    a = ap.parse_args()
    if not DATA.exists():
        print(f"data absent: {DATA}", file=sys.stderr)
        return 2
    docs_in = texts(a.n)
    nlp = load_nlp(Settings().model)
    words = sum(len(t.split()) for t in docs_in)
    list(nlp.pipe(docs_in[:5]))  # warm up
    t0 = time.perf_counter()
    docs = list(nlp.pipe(docs_in, batch_size=32))
    bare = time.perf_counter() - t0
    stages = [s for name, s in STAGES if a.full or name in MINE]
    t1 = time.perf_counter()
    n_events = 0
    for text, doc in zip(docs_in, docs, strict=True):
        ann = Annotation(article=article_from_text(text, dct="2010-01-01"))
        for stage in stages:
            ann = stage(ann, doc)
        n_events += len(ann.events)
    extra = time.perf_counter() - t1
    print(f"articles={len(docs_in)} words={words} events={n_events}")
    print(f"bare spaCy: {words / bare:,.0f} words/s")
    print(f"spaCy + {'all stages' if a.full else '+'.join(MINE)}: {words / (bare + extra):,.0f} "
          f"words/s ({bare / (bare + extra):.1%} of bare)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
