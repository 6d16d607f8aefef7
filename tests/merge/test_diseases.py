"""diseases.diseases_apart: two disease occurrences told of two named diseases are two events
(rules.json disease_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.diseases import disease_keys, disease_of, diseases_apart
from dateline.merge.links import cannot_link

from .helpers import assert_pair_veto, example_side

R = rules()
EXAMPLES = R.raw["disease_examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_disease_examples(ex):
    a, b = example_side("e1", ex, "a"), example_side("e2", ex, "b", article="B")
    assert_pair_veto(diseases_apart, "diseases apart", a, b, ex["apart"], R)
    assert (cannot_link(a, b, R) == "diseases apart") is ex["apart"]


def test_one_article_too():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = example_side("e1", ex, "a"), example_side("e2", ex, "b", index=3)
    assert diseases_apart(a, b, R) and cannot_link(a, b, R) == "diseases apart"


def test_names_of_one_disease_meet():
    ex = next(e for e in EXAMPLES if e["note"] == "one disease named two ways")
    a, b = example_side("e1", ex, "a"), example_side("e2", ex, "b")
    assert disease_of(a, R) == disease_of(b, R) == "h1n1"


def test_only_disease_occurrences_take_a_disease():
    ex = next(e for e in EXAMPLES if e["apart"])
    a = example_side("e1", ex, "a")
    assert disease_of(a, R) is not None and disease_keys(a, R) is not None
    other = replace(example_side("e9", ex, "a"), rule="occ.accident.spill+noun")
    assert disease_of(other, R) is None and disease_keys(other, R) is None


def test_the_veto_switches_off():
    ex = next(e for e in EXAMPLES if e["apart"])
    off = replace(R, limits={**R.limits, "disease_veto": 0})
    a, b = example_side("e1", ex, "a"), example_side("e2", ex, "b", article="B")
    assert not diseases_apart(a, b, off)
