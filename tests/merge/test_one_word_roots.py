"""merge.retold.one_word_roots: one trigger word coded under two PLOVER roots by two tellings
of one day joins by the 'retold' rule alone (rules.json retold_one_word_examples; invented
sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import EventMerger, rules
from dateline.merge.retold import one_word_roots
from dateline.merge.similarity import pair_score

from .helpers import mention

R = rules()
OFF = replace(R, limits={**R.limits, "retold_one_word": 0})  # the type veto as before
EXAMPLES = R.raw["retold_one_word_examples"]


def _pair(ex):
    return mention("A", "e1", **dict(ex["a"])), mention("B", "e2", **dict(ex["b"]))


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_retold_one_word_examples(ex):
    a, b = _pair(ex)
    assert a.type != b.type
    assert pair_score(a, b, R).same(R.threshold) is ex["retold"]
    assert pair_score(b, a, R) == pair_score(a, b, R)
    assert not pair_score(a, b, OFF).same(R.threshold)  # the rule alone joins them


def test_one_word_asks_one_exact_span_and_a_shared_stem():
    a, b = _pair(EXAMPLES[0])
    assert one_word_roots(a, b, R) and one_word_roots(b, a, R)
    assert not one_word_roots(a, b, OFF)
    assert not one_word_roots(a, replace(b, date_end=b.date_start.replace(day=3)), R)
    assert not one_word_roots(a, replace(b, trigger="halted"), R)
    assert not one_word_roots(replace(a, date_start=None, date_end=None),
                              replace(b, date_start=None, date_end=None), R)


def test_the_weights_never_join_one_word_of_two_roots():
    """A pair 'retold' refuses keeps the type veto, whatever its weighted score."""
    a, b = _pair(EXAMPLES[0])
    short = replace(R, limits={**R.limits, "paraphrase_text": 2.0})  # 'retold' off
    assert pair_score(a, b, short).veto == "type"


def test_the_index_offers_the_other_root_in_either_order():
    a, b = _pair(EXAMPLES[0])
    for order in ([a, b], [b, a]):
        m = EventMerger(R)
        m.add(order)
        assert len(m.clusters()) == 1
        m = EventMerger(R)  # one at a time: the later one finds the earlier in the index
        for x in order:
            m.add([x])
        assert len(m.clusters()) == 1
        assert a.key in m.candidates(b) and b.key in m.candidates(a)
    m = EventMerger(OFF)
    m.add([b])
    assert b.key not in m.candidates(a)
