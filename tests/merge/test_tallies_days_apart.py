"""tallies.tallies_days_apart: two counts of one class in one article, each dated by its
paragraph to days apart, are two days' tallies however other updates chain them
(rules.json tallies_days_apart_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.links import cannot_link
from dateline.merge.mention import Number
from dateline.merge.tallies import tallies_days_apart

from .helpers import mention

R = rules()
EXAMPLES = R.raw["tallies_days_apart_examples"]


def _side(eid: str, side: dict, index: int, article: str = "A"):
    fig = side["figure"]
    told = f"{fig} {side['trigger']}"
    numbers = (Number(float(fig), told, counts=side["trigger"]),) if fig else ()
    m = mention(article, eid, type="OCCURRENCE", rule=side["class"] + "+noun",
                trigger=side["trigger"], date=side["date"], time_how=side["how"],
                dct="2025-04-29", sentence=side["sentence"], numbers=numbers)
    return replace(m, sentence_index=index)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_tallies_days_apart_examples(ex):
    a, b = _side("e1", ex["a"], 3), _side("e2", ex["b"], 40)
    assert tallies_days_apart(a, b, R) is ex["apart"]
    assert tallies_days_apart(b, a, R) is ex["apart"]
    if ex["apart"]:
        assert cannot_link(a, b, R) == "tallies days apart"


def test_read_in_one_article_only():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = _side("e1", ex["a"], 3), _side("e2", ex["b"], 40, article="B")
    assert not tallies_days_apart(a, b, R)
