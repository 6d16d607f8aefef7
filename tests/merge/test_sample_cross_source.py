"""bench/sample_merge_pairs.py --cross-source: a set meant to pair two outlets' reports draws
no pair of two articles of one outlet."""

from __future__ import annotations

from dataclasses import replace

from .helpers import load_bench, mention

SENT = "Rescuers pulled a survivor from the rubble of the collapsed mill on Monday."


def _reports() -> list:
    """The same report in four articles: two of each source folder."""
    out = []
    for aid, src in (("A1", "wire"), ("A2", "wire"), ("B1", "paper"), ("B2", "paper")):
        m = mention(aid, trigger="pulled", type="AID", sentence=SENT, date="2025-04-07")
        out.append(replace(m, path=f"data/{src}/articles.jsonl"))
    return out


def test_cross_source_draws_only_pairs_of_two_sources():
    sm = load_bench("sample_merge_pairs")
    rows = sm.stratified(_reports(), n=10, seed=3, cross_source=True)
    assert len(rows) == 2  # each mention once: A-B and A-B
    assert all(sm.topic_of(a) != sm.topic_of(b) for _, a, b in rows)


def test_two_articles_of_one_source_pair_only_without_the_flag():
    sm = load_bench("sample_merge_pairs")
    wire = _reports()[:2]  # A1, A2: one source
    assert len(sm.stratified(wire, n=10, seed=3)) == 1
    assert sm.stratified(wire, n=10, seed=3, cross_source=True) == []


def test_cross_source_leaves_out_the_pairs_of_earlier_sets(tmp_path):
    """--exclude: a fresh set of a store already labelled draws none of its labelled pairs
    (those were read while tuning the merge); their mentions may still pair otherwise."""
    import json

    sm = load_bench("sample_merge_pairs")
    reports = _reports()
    a1, b1 = reports[0], reports[2]
    old = tmp_path / "old_pairs.jsonl"
    sides = [{"topic": "t", "article": m.article_id, "sentence": 0, "start": m.start,
              "end": m.end} for m in (a1, b1)]
    old.write_text(json.dumps({"pair": 0, "label": "same", "sampled": "score:0.9-1.01",
                               "a": sides[0], "b": sides[1]}) + "\n")
    skip = sm._pairs_of([str(old)])
    for seed in range(6):
        rows = sm.stratified(reports, n=10, seed=seed, cross_source=True, exclude=skip)
        assert rows
        assert all({a.article_id, b.article_id} != {"A1", "B1"} for _, a, b in rows)
    drawn = {frozenset((a.article_id, b.article_id))
             for seed in range(6) for _, a, b in sm.stratified(reports, n=10, seed=seed,
                                                                cross_source=True)}
    assert frozenset(("A1", "B1")) in drawn  # without --exclude some seed draws it
