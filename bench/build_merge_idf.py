"""Build the merge's fixed word-rarity table (src/dateline/data/merge/idf.json).

Usage:
  .venv/bin/python bench/build_merge_idf.py [--out PATH] [--min-df 3]

Why a fixed table: weighting shared words by how rare they are ("leaflet" says
more than "spread") is what tells same-day reports apart, but an IDF counted
over the articles being merged would make a pair's score depend on which other
articles are in the store and on the order they arrived. A table counted once,
over general news, keeps every pair score a pure function of the two mentions.

The corpus is general newswire and outlet news that the merge benchmark does
not use: TempEval-3 silver (AFP and Xinhua, 1997), PolNeAR train (US politics,
2016) and the t17 topics other than H1N1 (BP oil spill, Haiti, Michael Jackson;
2009-2010). Counts are of documents holding each content token as
:meth:`dateline.merge.rules.Rules.tokens` makes them (stopwords out, stems in),
so the table must be rebuilt when those rules change (it records a fingerprint of
them, and a test compares it with the shipped rules).
Only counts are kept, never text.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from dateline.merge.lexicon import tokenizer_fingerprint
from dateline.merge.rules import rules

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "dateline" / "data" / "merge" / "idf.json"
TAG = re.compile(r"<[^>]+>")


def documents(data: Path) -> Iterator[str]:
    """Every document of the corpus, as plain text."""
    for p in sorted((data / "tempeval3" / "TE3-Silver-data").glob("*.tml")):
        yield TAG.sub(" ", p.read_text(encoding="utf-8", errors="replace"))
    for p in sorted((data / "polnear-train" / "train" / "text").glob("*.txt")):
        yield p.read_text(encoding="utf-8", errors="replace")
    for topic in sorted((data / "t17-dev").iterdir()):
        if not topic.is_dir() or topic.name.startswith("H1N1"):
            continue  # the merge benchmark's topic stays out of its own weights
        for line in (topic / "articles.jsonl").open(encoding="utf-8"):
            rec = json.loads(line)
            yield f"{rec.get('title') or ''}\n{rec.get('text') or ''}"


def build(data: Path, min_df: int) -> dict[str, object]:
    r = rules()
    df: Counter[str] = Counter()
    n = 0
    for text in documents(data):
        n += 1
        df.update({t for t in r.tokens(text) if t.isalpha()})
    kept = {t: c for t, c in sorted(df.items()) if c >= min_df}
    return {
        "about": (
            "Document frequencies of merge content tokens (dateline.merge.rules tokens: stopwords "
            "out, suffixes stripped) over general news the merge benchmark does not use: "
            "TempEval-3 silver (AFP, Xinhua 1997), PolNeAR train (2016 US politics), t17 topics "
            "other than H1N1. Built by bench/build_merge_idf.py; rebuild after changing "
            "stopwords or suffixes. Tokens seen in fewer than min_df documents, and numbers, "
            "are left out and weigh as the rarest."
        ),
        "docs": n,
        "tokenizer": tokenizer_fingerprint(r),
        "min_df": min_df,
        "df": kept,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-df", type=int, default=3)
    a = ap.parse_args()
    table = build(a.data, a.min_df)
    a.out.write_text(
        json.dumps(table, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{a.out}: {table['docs']} documents, {len(table['df'])} tokens")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
