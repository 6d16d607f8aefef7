"""merge.retold.actor_retold: an article's own act told again by its named actor and one
trigger word joins; a pronoun actor or words around the trigger apart do not (rules.json
actor_retold_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import pair_score, rules
from dateline.merge.retold import actor_retold
from dateline.merge.similarity import _ACTOR_RETOLD

from .helpers import feature_row, mention

R = rules()
OFF = replace(R, limits={**R.limits, "actor_retold_context": 2.0})  # the rule turned off
EXAMPLES = R.raw["actor_retold_examples"]


def _pair(ex, second: str = "A"):
    return mention("A", "e1", **dict(ex["a"])), mention(second, "e2", **dict(ex["b"]))


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_actor_retold_examples(ex):
    a, b = _pair(ex)
    assert not pair_score(a, b, OFF).same(R.threshold)  # the weights alone leave it apart
    assert actor_retold(a, b, R, feature_row(a, b, R), _ACTOR_RETOLD) is ex["actor_retold"]
    assert actor_retold(b, a, R, feature_row(b, a, R), _ACTOR_RETOLD) is ex["actor_retold"]
    assert pair_score(a, b, R).same(R.threshold) is ex["actor_retold"]
    assert pair_score(b, a, R) == pair_score(a, b, R)


def test_two_articles_are_not_read_by_the_rule():
    """Across articles one actor's act told twice is for the weights and 'retold' to judge."""
    a, b = _pair(next(e for e in EXAMPLES if e["actor_retold"]), second="B")
    assert not actor_retold(a, b, R, feature_row(a, b, R), _ACTOR_RETOLD)
