"""SemEval-2015 Task 4 (TimeLine: cross-document event ordering), Track A: entity
timelines from raw text, scored with the task's temporal-awareness measure.

Usage: .venv/bin/python bench/eval_semeval_tl.py [--data ../shared/data/semeval2015-task4-trial]
       [--out DIR] [--past dct|undated] [--show]

Every document's text is rebuilt from its CAT tokens (bench/semeval_corpus.py) and
dated with its DCT; dateline annotates it, and for each target entity (the first line
of each gold timeline file) :func:`dateline.predicates.predicates` lists the event
mentions the entity takes part in, each dated by the events stage's anchoring. The
system timeline ranks the distinct dates (earliest start first, a coarser date before
a finer one that starts with it) and lists every mention of a date on its rank;
mentions without a day, month or year of their own, or dated only by a DCT they follow
(future tense), go on rank 0 (XXXX-XX-XX), which the measure leaves out. The title
and dateline (CAT sentences 0 and 1) are not part of what the task annotates.
Figures: micro-averaged P/R/F1 over the timelines (:mod:`dateline.semeval`), as the
task reported them; written to bench/results/semeval_tl.json, the system timelines to
``--out``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from dateline import semeval
from dateline.config import Settings
from dateline.model import Annotation, Article
from dateline.parse import parse
from dateline.pipeline import annotate_doc, load_nlp
from dateline.predicates import predicates
from dateline.semeval import Line

sys.path.insert(0, str(Path(__file__).parent))
from semeval_corpus import Document, read_corpus  # noqa: E402

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "semeval2015-task4-trial"
BODY_FROM = 2  # CAT sentence 0 is the title, 1 the dateline


def annotate_corpus(docs: list[Document]) -> list[tuple[Document, Annotation, object]]:
    settings = Settings()
    nlp = load_nlp(settings.model)
    arts = [Article(id=d.doc_id, text=d.text, dct=d.dct, dct_source="timeml") for d in docs]
    out = []
    for (doc, art), d in zip(parse(nlp, ((a.text, a) for a in arts), limit=settings.parse_chars,
                                   batch_size=settings.batch_size), docs, strict=True):
        out.append((d, annotate_doc(art, doc), doc))
    return out


def system_timeline(target: str, parsed: list[tuple[Document, Annotation, object]],
                    past: str) -> list[Line]:
    entries: list[tuple[str, str | None]] = []
    for d, ann, doc in parsed:
        for p in predicates(ann, doc, target):  # type: ignore[arg-type]
            toks = d.tokens_in(p.start, p.end)
            if not toks or toks[0].sentence < BODY_FROM:
                continue
            words = "_".join(t.text for t in toks)  # the task joins a phrase's tokens so
            entries.append((f"{d.doc_id}-{toks[0].sentence}-{words}",
                            semeval.day_value(p.time, d.dct, past == "dct")))
    return semeval.rank_lines(entries)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=Path("/tmp/semeval_tl_system"))
    ap.add_argument("--past", choices=("dct", "undated"), default="dct",
                    help="an event dated only by the DCT and a past tense: on the DCT, or "
                         "rank 0 (a future one always goes on rank 0)")
    ap.add_argument("--show", action="store_true", help="print each system timeline")
    args = ap.parse_args(argv)
    corpus = args.data / "Corpus-trial-data_task4"
    gold_dir = args.data / "TimeLines_trial_data_task4_v1.2"
    if not corpus.is_dir() or not gold_dir.is_dir():
        print(f"{args.data}: no SemEval-2015 Task 4 trial data there (--data)", file=sys.stderr)
        return 2
    docs = read_corpus(corpus)
    t0 = time.perf_counter()
    parsed = annotate_corpus(docs)
    t_ann = time.perf_counter() - t0
    args.out.mkdir(parents=True, exist_ok=True)
    per: dict[str, dict[str, float]] = {}
    counts = []
    for gf in sorted(gold_dir.glob("*.txt")):
        target, gold = semeval.parse_timeline(gf.read_text(encoding="utf-8"))
        lines = system_timeline(target, parsed, args.past)
        (args.out / gf.name).write_text(semeval.format_timeline(target, lines), encoding="utf-8")
        c = semeval.score(gold, lines)
        counts.append(c)
        per[target] = {"P": c.precision, "R": c.recall, "F1": c.f1, "system_lines": len(lines),
                       "ranked": sum(1 for ln in lines if ln.rank), "gold_lines": len(gold),
                       "system_relations": c.system_total, "gold_relations": c.gold_total}
        print(f"{target:22s} P {100 * c.precision:5.2f} R {100 * c.recall:5.2f} "
              f"F1 {100 * c.f1:5.2f}  lines {len(lines):3d} (gold {len(gold)})")
        if args.show:
            print(semeval.format_timeline(target, lines))
    m = semeval.micro(counts)
    print(f"{'MICRO':22s} P {100 * m.precision:5.2f} R {100 * m.recall:5.2f} F1 {100 * m.f1:5.2f}"
          f"   ({len(docs)} documents annotated in {t_ann:.1f} s)")
    res = HERE / "results"
    res.mkdir(exist_ok=True)
    (res / "semeval_tl.json").write_text(json.dumps({
        "data": str(args.data), "past": args.past,
        "micro": {"P": m.precision, "R": m.recall, "F1": m.f1}, "timelines": per,
    }, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
