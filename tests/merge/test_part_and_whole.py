"""tallies.part_and_whole: one article's count for a city or region beside its country's,
figures apart, tells two tallies (rules.json part_whole_examples; invented sentences)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.mention import Number
from dateline.merge.tallies import part_and_whole, tally_place_strict

from .helpers import assert_pair_veto, occurrence_at

R = rules()
EXAMPLES = R.raw["part_whole_examples"]


def _case(eid, side, article="A", index=0):
    """The example's mention with the figures of its sentence (the quantities stage's)."""
    m = occurrence_at(eid, side, "occ.disease.case", article, index)
    figures = tuple(Number(float(d), d) for d in re.findall(r"\d+", side["sentence"]))
    return replace(m, numbers=figures)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_part_whole_examples(ex):
    a, b = _case("e1", ex["a"]), _case("e2", ex["b"], index=1)
    assert_pair_veto(part_and_whole, "part and whole", a, b, ex["apart"], R)


def test_a_place_opening_the_sentence_qualifies_the_trigger():
    ex = next(e for e in EXAMPLES if e["apart"])
    assert tally_place_strict(_case("e1", ex["a"]), R) == "United Kingdom/England/Bristol"


def test_two_articles_are_left_to_the_cross_article_tests():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = _case("e1", ex["a"]), _case("e2", ex["b"], article="B")
    assert not part_and_whole(a, b, R)
