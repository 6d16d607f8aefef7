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


def test_a_disease_before_other_outbreaks_is_not_the_trigger_s():
    """'... where common flu epidemics strike the old first' names those epidemics' disease,
    not the trigger's (rules.json disease_other_plurals); a naming before the trigger's own
    plural ('Bird flu outbreaks') still names it."""
    ex = next(e for e in EXAMPLES if e["note"].startswith("a disease named before other"))
    assert disease_of(example_side("e1", ex, "a"), R) is None
    off = replace(R, raw={**R.raw, "disease_other_plurals": []})
    assert disease_of(example_side("e1", ex, "a"), off) == "seasonal flu"
    own = {"sentence": "Bird flu outbreaks among poultry in Kessa were reported this week .",
           "trigger": "outbreaks", "at": "first", "noun": True}
    assert disease_of(example_side("e2", {**ex, "a": own}, "a"), R) == "h5n1"
