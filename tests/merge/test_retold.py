"""merge.retold: one day's act told again in other words joins; the gates keep out what the
rule's new joins were found to be when they were not one act (rules.json
paraphrase_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import EventMerger, rules
from dateline.merge.retold import named_once, retold
from dateline.merge.similarity import _RETOLD, pair_features, pair_score

from .helpers import feature_row, mention

R = rules()
OFF = replace(R, limits={**R.limits, "paraphrase_text": 2.0})  # the rule turned off
EXAMPLES = R.raw["paraphrase_examples"]


def _pair(ex):
    a = mention(ex.get("a_article", "A"), "e1", **dict(ex["a"]))
    b = mention(ex.get("b_article", "B"), "e2", **dict(ex["b"]))
    return a, b


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_paraphrase_examples(ex):
    a, b = _pair(ex)
    f = pair_features(a, b, R)
    # every example reaches the rule's wording bar: its gates alone decide
    assert f["trigger"] and f["exact_date"]
    assert f["text"] >= R.limits["paraphrase_text"]
    assert f["context"] >= R.limits["paraphrase_context"]
    assert not pair_score(a, b, OFF).same(R.threshold)  # the weights alone leave it apart
    assert retold(a, b, R, feature_row(a, b, R), _RETOLD) is ex["retold"]
    assert retold(b, a, R, feature_row(b, a, R), _RETOLD) is ex["retold"]
    assert pair_score(a, b, R).same(R.threshold) is ex["retold"]
    assert pair_score(b, a, R) == pair_score(a, b, R)


def test_the_rule_joins_the_retold_pair_in_either_order():
    a, b = _pair(next(e for e in EXAMPLES if e["retold"]))
    for order in ([a, b], [b, a]):
        m = EventMerger(R)
        m.add(order)
        assert len(m.clusters()) == 1
    m = EventMerger(OFF)
    m.add([a, b])
    assert len(m.clusters()) == 2


def test_a_pair_the_weights_join_keeps_its_score():
    """The rule lifts only pairs under the threshold: 1.0 on a joined pair would only move
    the group means of the average-link step."""
    a, b = _pair(next(e for e in EXAMPLES if e["retold"]))
    low = replace(R, threshold=0.2)  # now the weights alone join the pair
    low_off = replace(OFF, threshold=0.2)
    assert pair_score(a, b, low) == pair_score(a, b, low_off)
    assert pair_score(a, b, low).score < 1.0


def test_each_sentence_names_the_act_once():
    kw = dict(type="ACCUSE", date="2025-04-02")
    one = "The board was quick to criticise the plan, with its chair accusing the mayor of delay."
    a = mention("A", "e1", trigger="criticise", sentence=one, **kw)
    b = mention("B", "e2", trigger="accusing", sentence=one, **kw)
    assert not named_once(a, b)  # two words of copies of one sentence: two acts
    told = "The board criticised the plan on Monday."
    assert named_once(a, mention("B", "e2", trigger="criticised", sentence=told, **kw))
    # a trigger inside the other's longer one is that one naming, not a second one
    stop = dict(type="SANCTION", date="2025-04-02")
    x = mention("A", "e1", trigger="halted the ferries", sentence="Varn halted the ferries.",
                **stop)
    y = mention("B", "e2", trigger="halted", sentence="The town halted ferries at dawn.", **stop)
    assert named_once(x, y)
    twice = mention("B", "e2", trigger="halted", sentence="Varn halted ferries and halted trains.",
                    **stop)
    assert not named_once(x, twice)
