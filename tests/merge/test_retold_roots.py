"""merge.retold.near_roots: one act coded as two near PLOVER roots ('embraces' AGREE /
'supports' SUPPORT) joins by the 'retold' rule alone, on one exact span (rules.json
retold_roots_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import EventMerger, rules
from dateline.merge.retold import near_roots, sense_in
from dateline.merge.similarity import pair_features, pair_score

from .helpers import mention

R = rules()
OFF = replace(R, retold_roots={})  # no near roots: the type veto as before
EXAMPLES = R.raw["retold_roots_examples"]


def _pair(ex):
    return mention("A", "e1", **dict(ex["a"])), mention("B", "e2", **dict(ex["b"]))


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_retold_roots_examples(ex):
    a, b = _pair(ex)
    assert a.type != b.type
    assert pair_score(a, b, R).same(R.threshold) is ex["retold"]
    assert pair_score(b, a, R) == pair_score(a, b, R)
    assert not pair_score(a, b, OFF).same(R.threshold)  # the table alone joins them


def test_the_weights_never_join_near_roots():
    """Near roots are no compatible types: a pair 'retold' refuses keeps the type veto,
    whatever its weighted score."""
    a, b = _pair(next(e for e in EXAMPLES if e["retold"]))
    assert frozenset((a.type, b.type)) not in R.compatible
    short = replace(R, limits={**R.limits, "paraphrase_text": 2.0})  # 'retold' off
    assert pair_score(a, b, short) == pair_score(a, b, OFF)
    assert pair_score(a, b, short).veto == "type"
    assert pair_features(a, b, R)["text"] >= R.limits["paraphrase_text"]


def test_near_roots_asks_one_exact_span_and_a_listed_pair():
    a, b = _pair(next(e for e in EXAMPLES if e["retold"]))
    assert near_roots(a, b, R) and near_roots(b, a, R)
    assert not near_roots(a, b, OFF)
    assert not near_roots(a, replace(b, date_end=b.date_start.replace(day=3)), R)
    assert not near_roots(a, replace(b, type="REJECT"), R)
    assert not near_roots(replace(a, date_start=None, date_end=None),
                          replace(b, date_start=None, date_end=None), R)


def test_the_index_offers_the_near_root_in_either_order():
    a, b = _pair(next(e for e in EXAMPLES if e["retold"]))
    for order in ([a, b], [b, a]):
        m = EventMerger(R)
        m.add(order)
        assert len(m.clusters()) == 1
        m = EventMerger(R)  # one at a time: the later one finds the earlier in the index
        for x in order:
            m.add([x])
        assert len(m.clusters()) == 1
    m = EventMerger(OFF)
    m.add([a, b])
    assert len(m.clusters()) == 2


def test_the_index_finds_a_near_root_of_a_longer_span_by_its_first_day():
    """'embraces' (AGREE, no trigger class) meets no SUPPORT block of its own: the near roots
    offer it, by the first day of a week-long span, too."""
    a, b = _pair(next(e for e in EXAMPLES if e["retold"]))
    week = [replace(x, date_start=x.date_start.replace(day=1),
                    date_end=x.date_start.replace(day=7)) for x in (a, b)]
    assert near_roots(*week, R)
    for rule_set, found in ((R, True), (OFF, False)):
        m = EventMerger(rule_set)
        m.add([week[1]])
        assert (week[1].key in m.candidates(week[0])) is found


def test_a_sense_is_a_class_of_the_trigger_or_the_bare_root():
    senses = frozenset({"AGREE", "AGREE.agree", "SUPPORT.endorse"})
    kw = dict(date="2025-04-02", sentence="The board backed and embraced the plan.")
    bare = mention("A", "e1", type="AGREE", trigger="embraced", **kw)
    assert not bare.trigger_classes and sense_in(bare, senses)
    backed = mention("A", "e2", type="SUPPORT", trigger="backed", **kw)
    assert "endorse" in backed.trigger_classes and sense_in(backed, senses)
    assert not sense_in(backed, frozenset({"SUPPORT"}))  # a classed trigger: its class asked
    offer = mention("A", "e3", type="AGREE", trigger="offered",
                    date="2025-04-02", sentence="The board offered a plan.")
    assert offer.trigger_classes == {"offer"} and not sense_in(offer, senses)
