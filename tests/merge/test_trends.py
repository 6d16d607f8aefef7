"""merge.trends: a tally's trend ('the increasing number of cases') is no count of one day
(rules.json trend_examples, invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.mention import Number
from dateline.merge.similarity import pair_score
from dateline.merge.trends import told_trend, trend_and_count

from .helpers import mention

R = rules()
OFF = replace(R, raw={**R.raw, "trend_classes": []})


def _side(article, cls, side):
    n = side.get("figure")
    nums = () if n is None else (Number(float(n), str(n), counts=side["counts"]),)
    return mention(article, type="OCCURRENCE", trigger=side["trigger"], date="2031-05-05",
                   rule=cls + "+noun", sentence=side["sentence"], numbers=nums)


@pytest.mark.parametrize("ex", R.raw["trend_examples"], ids=lambda e: e["note"][:40])
def test_a_trend_and_a_count_are_two_events(ex):
    a, b = _side("a", ex["class"], ex["a"]), _side("b", ex["class"], ex["b"])
    assert [told_trend(a, R), told_trend(b, R)] == ex["trend"]
    assert trend_and_count(a, b, R) == trend_and_count(b, a, R) == ex["apart"]
    if ex["apart"]:
        assert pair_score(a, b, R).veto == "trend and count"
        assert not trend_and_count(a, b, OFF)  # no listed class: no trend read
