"""hazards.hazards_apart: two occurrences of one class told of two named hazards are two
events (rules.json hazard_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.hazards import hazard_keys, hazard_of, hazards_apart
from dateline.merge.links import cannot_link

from .helpers import assert_pair_veto, example_side

R = rules()
EXAMPLES = R.raw["hazard_examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_hazard_examples(ex):
    a, b = example_side("e1", ex, "a"), example_side("e2", ex, "b", article="B")
    assert_pair_veto(hazards_apart, "hazards apart", a, b, ex["apart"], R)
    assert (cannot_link(a, b, R) == "hazards apart") is ex["apart"]


def test_one_article_too():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = example_side("e1", ex, "a"), example_side("e2", ex, "b", index=3)
    assert hazards_apart(a, b, R) and cannot_link(a, b, R) == "hazards apart"


def test_two_titles_name_one_storm():
    ex = next(e for e in EXAMPLES if e["note"] == "one storm named by two titles")
    a, b = example_side("e1", ex, "a"), example_side("e2", ex, "b")
    assert hazard_of(a, R) == hazard_of(b, R) == "oriel"


def test_names_of_the_title_not_after_it():
    ex = next(e for e in EXAMPLES if e["note"] == "a forecasting office is no storm's name")
    assert hazard_of(example_side("e1", ex, "a"), R) is None
    assert hazard_of(example_side("e2", ex, "b"), R) == "oriel"  # its last 'Hurricane'


def test_only_listed_classes_take_a_hazard():
    ex = next(e for e in EXAMPLES if e["apart"])
    a = example_side("e1", ex, "a")
    assert hazard_of(a, R) is not None and hazard_keys(a, R) is not None
    other = replace(example_side("e9", ex, "a"), rule="occ.accident.spill+noun")
    assert hazard_of(other, R) is None and hazard_keys(other, R) is None


def test_two_classes_are_not_asked():
    ex = next(e for e in EXAMPLES if e["apart"])
    a = example_side("e1", ex, "a")
    b = replace(example_side("e2", ex, "b", article="B"), rule="occ.disaster.flood+noun")
    assert not hazards_apart(a, b, R)


def test_the_veto_switches_off():
    ex = next(e for e in EXAMPLES if e["apart"])
    off = replace(R, limits={**R.limits, "hazard_veto": 0})
    a, b = example_side("e1", ex, "a"), example_side("e2", ex, "b", article="B")
    assert not hazards_apart(a, b, off)
