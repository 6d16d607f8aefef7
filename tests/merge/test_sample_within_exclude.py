"""bench/sample_merge_pairs.py --within --exclude: a fresh within-article set draws no pair of
an article an earlier set already named (those were read while tuning the merge)."""

from __future__ import annotations

import json

from .helpers import load_bench, mention

FIRST = "Crews shut the ferry terminal at Ostrava Bay after the storm damaged its pier."
SECOND = "The terminal at Ostrava Bay was shut by crews once the storm had hit its pier."


def _articles() -> list:
    """Two mentions of one closure in each of three articles (a pair to draw in each)."""
    out = []
    for aid in ("K1", "K2", "K3"):
        out.append(mention(aid, "e1", trigger="shut", type="REDUCE", sentence=FIRST,
                           date="2030-02-11"))
        out.append(mention(aid, "e2", trigger="shut", type="REDUCE", sentence=SECOND,
                           date="2030-02-11"))
    return out


def test_within_draws_a_pair_of_each_article_without_exclude():
    sm = load_bench("sample_merge_pairs")
    rows = sm.within(_articles(), n=10, seed=5)
    assert sorted(a.article_id for _, a, _ in rows) == ["K1", "K2", "K3"]
    assert all(a.article_id == b.article_id for _, a, b in rows)


def test_within_leaves_out_the_articles_of_earlier_sets(tmp_path):
    sm = load_bench("sample_merge_pairs")
    old = tmp_path / "old_within_pairs.jsonl"
    side = {"topic": "t", "article": "K2", "sentence": 0, "start": 0, "end": 4}
    old.write_text(json.dumps({"pair": 0, "label": "same", "sampled": "merged:direct",
                               "a": side, "b": {**side, "start": 6, "end": 9}}) + "\n")
    skip = sm._articles_of([str(old)])
    assert skip == {"K2"}
    rows = sm.within(_articles(), n=10, seed=5, skip=skip)
    assert sorted(a.article_id for _, a, _ in rows) == ["K1", "K3"]
