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
