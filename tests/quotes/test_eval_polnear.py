"""The PolNeAR benchmark's reader and scorer (bench/eval_polnear.py)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("eval_polnear")


def test_reads_brat_standoff_with_discontinuous_spans(bench, tmp_path):
    ann = tmp_path / "x_ab12.ann"
    ann.write_text(
        "T1\tSource 0 3\tBob\n"
        "T2\tCue 4 8\tsaid\n"
        "T3\tContent 9 14;20 25\thello world\n"
        "spill-over line of a multi-line span\n"
        "T4\tAttribution 4 8\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    (attr,) = bench.load_ann(ann)
    assert attr.source == ((0, 3),)
    assert attr.cue == ((4, 8),)
    assert attr.content == ((9, 14), (20, 25))


def test_scoring_exact_and_overlap(bench):
    gold = [((0, 10),), ((20, 30),)]
    pred = [((0, 10),), ((25, 40),), ((50, 60),)]
    assert bench._match(gold, pred, exact=True) == 1
    assert bench._match(gold, pred, exact=False) == 2
    c = bench.Counts(gold=2, pred=3, exact=1, overlap=2)
    assert c.f1(c.overlap) == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))


def test_overlap_matching_is_maximum_not_greedy(bench):
    """A prediction overlapping two gold spans goes to the one no other prediction can
    take: greedy text order would pair (5, 25) with the first gold span and leave the
    second unmatched."""
    gold = [((0, 10),), ((20, 30),)]
    pred = [((5, 25),), ((0, 3),)]
    assert bench._match(gold, pred, exact=False) == 2
    assert bench._match(gold, [((5, 25),)], exact=False) == 1  # still one-to-one
    assert bench._match([((0, 10),), ((0, 10),)], [((0, 10),)], exact=True) == 1


def test_split_quote_fragments_group_by_cue(bench):
    from dateline.model import Quote

    q1 = Quote(0, 5, "x", "A", "said", "direct", 7, 8, 9, 13)
    q2 = Quote(15, 20, "y", "A", "said", "direct", 7, 8, 9, 13)
    (attr,) = bench.predicted("", [q1, q2])
    assert attr.content == ((0, 5), (15, 20))


def test_dev_sample_scores(bench, nlp):
    if not bench.DATA.exists():
        pytest.skip(f"../shared/data absent: {bench.DATA}")
    res = bench.evaluate("dev", limit=3, show=0)
    assert res["articles"] == 3
    assert res["content_overlap_f1"] > 0.4
    assert 0.0 <= res["speaker_accuracy"] <= 1.0
