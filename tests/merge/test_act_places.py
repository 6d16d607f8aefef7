"""acts_placed_apart: acts of one type told of two places of one country within one
article are two acts (rules.json acts_placed_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.act_places import acts_placed_apart, opening_place
from dateline.merge.eject import vetoed_in_article
from dateline.merge.vetoes import act_veto

from .helpers import mention

R = rules()
EXAMPLES = R.raw["acts_placed_examples"]


def _pair(ex):
    a = mention("A", "e1", type=ex["type"], date="2025-04-02", **ex["a"])
    b = mention("A", "e2", type=ex["type"], date="2025-04-02", sentence_index=3, **ex["b"])
    return a, b


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_acts_placed_examples(ex):
    a, b = _pair(ex)
    assert acts_placed_apart(a, b, R) is ex["apart"]
    assert acts_placed_apart(b, a, R) is ex["apart"]
    if ex["apart"]:
        assert act_veto(a, b, R) == "acts placed apart"
        assert vetoed_in_article(a, b, R) == "acts placed apart"


def test_one_article_and_one_type_only():
    a, b = _pair(next(e for e in EXAMPLES if e["apart"]))
    assert not acts_placed_apart(a, replace(b, article_id="B"), R)
    assert not acts_placed_apart(a, replace(b, type="ACCUSE"), R)


def test_opening_place():
    a, b = _pair(EXAMPLES[0])
    assert opening_place(a, R) == "United Kingdom/Scotland/Glasgow"
    assert opening_place(b, R) == "United Kingdom/Scotland/Edinburgh"


def test_off_without_the_types():
    a, b = _pair(EXAMPLES[0])
    off = replace(R, raw={**R.raw, "acts_placed_types": []})
    assert not acts_placed_apart(a, b, off)
