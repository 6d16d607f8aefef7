"""Every example shipped in data/merge/rules.json holds."""

from __future__ import annotations

import pytest

from dateline.merge import pair_score, rules
from dateline.merge.similarity import FEATURES

from .helpers import mention

R = rules()


@pytest.mark.parametrize("ex", R.raw["tokens_examples"], ids=lambda e: e["text"][:30])
def test_tokens_examples(ex):
    assert list(R.tokens(ex["text"])) == ex["tokens"]


@pytest.mark.parametrize(
    "ex", R.raw["compatible_types_examples"], ids=lambda e: f"{e['a']}-{e['b']}"
)
def test_compatible_types_examples(ex):
    assert R.types_compatible(ex["a"], ex["b"]) is ex["compatible"]


@pytest.mark.parametrize("ex", R.raw["pair_examples"], ids=lambda e: e["note"][:40])
def test_pair_examples(ex):
    a = mention("A", **{k: v for k, v in ex["a"].items()})
    b = mention("B", **{k: v for k, v in ex["b"].items()})
    assert pair_score(a, b).same(R.threshold) is ex["same"]
    assert pair_score(b, a) == pair_score(a, b)  # symmetric: merging cannot depend on order


def test_every_feature_has_a_weight():
    assert set(FEATURES) | {"bias"} == set(R.weights)


def test_wide_span_needs_close_wording():
    """A month-wide date (limits_examples) only merges on text similarity >= wide_text."""
    span = R.raw["limits_examples"][0]["span_days"]
    assert span > R.limits["wide_span_days"]
    s = "Nordhaven cut its port fees for container lines at Karsholm."
    far = "Ferry operators at Karsholm complained about delays to container lines."
    a = mention("A", type="CONCEDE", trigger="cut", date="2025-03", sentence=s)
    b = mention("B", type="CONCEDE", trigger="cut", date="2025-03-12", sentence=s)
    c = mention("C", type="CONCEDE", trigger="complained", date="2025-03-12", sentence=far)
    assert pair_score(a, b).veto is None
    assert pair_score(a, c).veto == "vague date"
