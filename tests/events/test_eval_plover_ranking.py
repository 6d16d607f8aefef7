"""bench/eval_plover.py --ranking: where the gold root sits among the events found, so a
ranking miss (found, not first) is told apart from a recall miss (issue 4)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("eval_plover")


def _out(*roots):
    return {"events": [{"root": r, "trigger": r.lower()} for r in roots]}


def test_gold_rank_places_the_first_event_of_the_gold_root(bench):
    assert bench.gold_rank("ASSAULT", _out("ASSAULT", "COERCE")) == 1
    assert bench.gold_rank("COERCE", _out("ASSAULT", "MOBILIZE", "COERCE", "COERCE")) == 3
    assert bench.gold_rank("AID", _out("ASSAULT")) is None
    # a near miss labelled NONE is right when nothing is found, wrong otherwise
    assert bench.gold_rank("NONE", {"events": []}) == 1
    assert bench.gold_rank("NONE", _out("PROTEST")) is None


def test_ranking_counts_and_lists_only_when_asked(bench, capsys):
    items = [("a", "ASSAULT"), ("b", "COERCE"), ("c", "AID"), ("d", "SUPPORT")]
    outs = [_out("ASSAULT"), _out("ASSAULT", "COERCE"), _out("RETREAT"),
            _out("AGREE", "REJECT", "SUPPORT")]
    bench.ranking(items, outs)
    text = capsys.readouterr().out
    assert text.splitlines()[0] == ("gold root first: 1, found at rank 2: 1, rank 3+: 1, "
                                    "not found: 1 (of 4)")
    assert "rank 2" in text and "'b'" in text and "'d'" in text and "'c'" not in text
    bench.ranking(items, outs, listing=False)  # the held-out split: counts only
    assert len(capsys.readouterr().out.splitlines()) == 1
