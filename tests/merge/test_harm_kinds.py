"""A mention coded as harm names harm whatever its word (rules.json harm_kinds;
merge.acts.tells_harm): 'demolished' beside 'destroyed' is no cause beside its effect."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import pair_score, rules
from dateline.merge.acts import cause_and_effect

from .helpers import mention

R = rules()


def _pair(ex):
    return tuple(mention(side, type="OCCURRENCE", date="2025-03-03", time_how="clause",
                         **ex[side]) for side in "ab")


@pytest.mark.parametrize("ex", R.raw["harm_kinds_examples"], ids=lambda e: e["a"]["trigger"])
def test_harm_kinds_examples(ex):
    a, b = _pair(ex)
    assert cause_and_effect(a, b, R) == ex["cause_and_effect"]
    if not ex["cause_and_effect"]:
        assert pair_score(a, b, R).veto is None


def test_without_the_kinds_the_damage_verbs_part():
    """Read from the words alone, 'demolished' names no harm and 'destroyed' does."""
    a, b = _pair(R.raw["harm_kinds_examples"][0])
    off = replace(R, raw={**R.raw, "harm_kinds": []})
    assert cause_and_effect(a, b, off)
