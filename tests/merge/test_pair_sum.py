"""pair_score is the logistic of the weighted sum over every feature, bit for bit, and
pair_features gives a float for each feature (pair_score skips the features that are 0,
and pair_features skips the functions whose inputs one side lacks)."""

from __future__ import annotations

import math

import pytest

from dateline.merge import pair_features, pair_score, rules
from dateline.merge.similarity import FEATURES, pair_verdict

from .helpers import mention

R = rules()


def _pairs():
    for ex in R.raw["pair_examples"]:
        a = mention("A", **dict(ex["a"]))
        b = mention("B", **dict(ex["b"]))
        yield pytest.param(a, b, id=ex["note"][:40])


@pytest.mark.parametrize(("a", "b"), list(_pairs()))
def test_score_is_the_full_sum(a, b):
    f = pair_features(a, b)
    assert list(f) == list(FEATURES)
    assert all(type(v) is float and 0.0 <= v <= 1.0 for v in f.values())
    ps = pair_score(a, b)
    if ps.veto is not None or ps.score == 1.0:  # vetoed, or a copy scored outright
        return
    z = 0.0
    for k in FEATURES:
        z += R.weights[k] * f[k]  # every feature, zeros too
    assert ps.score == 1.0 / (1.0 + math.exp(-(R.weights["bias"] + z)))


@pytest.mark.parametrize(("a", "b"), list(_pairs()))
def test_verdict_is_the_score(a, b):
    """The merger's plain (score, veto) tuple is pair_score's, both ways round."""
    for x, y in ((a, b), (b, a)):
        ps = pair_score(x, y)
        assert pair_verdict(x, y, R) == (ps.score, ps.veto)
