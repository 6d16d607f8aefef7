"""Every stage's output on a spread of t17-dev articles, one line an article, to prove a
refactor (a speed-up above all) changes nothing: run it before and after, then ``cmp``.

    python bench/rows/annotation_digest.py --out A.jsonl [--per-topic 25] [--cache P.spacy]

Each line holds the article's id, the JSON that ``dateline annotate`` prints and a hash of
the annotation's ``repr`` (every field of every record, including those the JSON leaves
out), with the article's own stated date as its DCT. ``--cache`` keeps spaCy's parses in a
DocBin, so a second run (the same spaCy and model) skips the parser, which is most of the
time; the parses do not depend on dateline's code, so one cache serves both sides.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from dateline.config import Settings
from dateline.ingest import article_from_text
from dateline.pipeline import annotate_doc, load_nlp
from dateline.serialize import annotation_to_dict

T17 = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "t17-dev"


def records(per_topic: int) -> list[dict[str, str]]:
    """The first ``per_topic`` articles of each t17-dev source folder, in folder order."""
    out: list[dict[str, str]] = []
    for f in sorted(T17.glob("*/articles.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= per_topic:
                    break
                r = json.loads(line)
                name = f"{f.parent.name}/{r['id']}"
                out.append({"id": name, "time": r["time"], "text": r["text"]})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--per-topic", type=int, default=25)
    ap.add_argument("--cache", type=Path, help="DocBin of the parses (made when absent)")
    a = ap.parse_args()
    if not T17.exists():
        print(f"data absent: {T17}", file=sys.stderr)
        return 2
    from spacy.tokens import DocBin

    recs = records(a.per_topic)
    nlp = load_nlp(Settings().model)
    if a.cache and a.cache.exists():
        docs = list(DocBin().from_disk(a.cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((r["text"] for r in recs), batch_size=32))
        if a.cache:
            DocBin(docs=docs, store_user_data=True).to_disk(a.cache)
    if len(docs) != len(recs):
        print(f"cache holds {len(docs)} parses for {len(recs)} articles", file=sys.stderr)
        return 2
    with a.out.open("w", encoding="utf-8") as out:
        for r, doc in zip(recs, docs, strict=True):
            ann = annotate_doc(article_from_text(r["text"], dct=r["time"]), doc)
            row = {"id": r["id"], "repr": hashlib.sha1(repr(ann).encode()).hexdigest(),
                   "ann": annotation_to_dict(ann)}
            out.write(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(recs)} articles -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
