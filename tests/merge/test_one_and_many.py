"""acts.one_and_many: an article setting one person's case beside the tally of many tells two
(rules.json one_many_examples; invented sentences)."""

from __future__ import annotations

import pytest

from dateline.merge import rules
from dateline.merge.acts import one_and_many, told_of

from .helpers import assert_pair_veto, occurrence_at

R = rules()
EXAMPLES = R.raw["one_many_examples"]


def _case(eid, side, article="A", index=0, noun=False):
    rule = "occ.disease.case+noun" if noun else "occ.disease.case"
    return occurrence_at(eid, side, rule, article, index)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_one_many_examples(ex):
    noun = ex.get("noun", False)
    a, b = _case("e1", ex["a"], noun=noun), _case("e2", ex["b"], index=1, noun=noun)
    assert_pair_veto(one_and_many, "one and many", a, b, ex["apart"], R)


def test_another_article_may_tell_the_one_case_as_its_only_case():
    ex = next(e for e in EXAMPLES if e["apart"] and not e.get("noun"))
    a, b = _case("e1", ex["a"]), _case("e2", ex["b"], article="B")
    assert {told_of(a, R), told_of(b, R)} == {"one", "many"}
    assert not one_and_many(a, b, R)


def test_a_person_after_a_noun_trigger_tells_one():
    """'the first case ... in a young girl of twelve': one person's case, read after the noun."""
    ex = next(e for e in EXAMPLES if e.get("noun") and e["apart"])
    assert told_of(_case("e1", ex["a"], noun=True), R) == "one"
    assert told_of(_case("e1", ex["a"]), R) is None  # a verb's trigger: not read after it
    assert told_of(_case("e2", ex["b"], noun=True), R) is None
