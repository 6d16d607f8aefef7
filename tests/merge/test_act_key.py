"""merge.derive / triggers.same_act: the verb and the noun of one act meet for the 'retold'
rule only (rules.json act_derivations; invented sentences), never in the weighted score."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.derive import act_key
from dateline.merge.similarity import pair_features, pair_score
from dateline.merge.triggers import same_act, same_trigger

from .helpers import mention

R = rules()
WORDS = R.raw["act_derivations_examples"]
PAIRS = R.raw["act_derivations_pairs"]


@pytest.mark.parametrize("ex", WORDS, ids=lambda e: f"{e['a']}-{e['b']}")
def test_act_derivations_examples(ex):
    assert (act_key(ex["a"], R) == act_key(ex["b"], R)) is ex["same"]


def test_without_derivations_the_key_is_the_token_stem():
    bare = replace(R, raw={k: v for k, v in R.raw.items() if k != "act_derivations"})
    for w in ("ruled", "ruling", "indictment", "banned"):
        assert act_key(w, bare) == bare.stem(w)


def _pair(ex):
    return (mention("A", "e1", **dict(ex["a"])), mention("B", "e2", **dict(ex["b"])))


@pytest.mark.parametrize("ex", PAIRS, ids=lambda e: e["note"][:40])
def test_act_derivations_pairs(ex):
    a, b = _pair(ex)
    assert same_act(a, b) and not same_trigger(a, b, R)
    assert not pair_features(a, b, R)["trigger"]  # the weighted score's feature is unmoved
    assert pair_score(a, b, R).same(R.threshold) is ex["retold"]
    assert pair_score(b, a, R) == pair_score(a, b, R)
    # without the act key the pair stays apart: the key alone made the difference
    off = [replace(m, trigger_act="") for m in (a, b)]
    assert not pair_score(*off, R).same(R.threshold)


def test_the_token_stems_are_unchanged():
    a, b = _pair(PAIRS[0])
    assert "ruled" in a.tokens and "ruling" in b.tokens  # idf keys as before
    assert a.trigger_key != b.trigger_key and a.trigger_act == b.trigger_act


def test_an_empty_key_meets_nothing():
    a, b = _pair(PAIRS[0])
    assert not same_act(replace(a, trigger_act=""), replace(b, trigger_act=""))
