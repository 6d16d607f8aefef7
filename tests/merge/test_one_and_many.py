"""acts.one_and_many: an article setting one person's case beside the tally of many tells two
(rules.json one_many_examples; invented sentences)."""

from __future__ import annotations

import pytest

from dateline.merge import rules
from dateline.merge.acts import one_and_many, told_of

from .helpers import assert_pair_veto, occurrence_at

R = rules()
EXAMPLES = R.raw["one_many_examples"]


def _case(eid, side, article="A", index=0):
    return occurrence_at(eid, side, "occ.disease.case", article, index)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_one_many_examples(ex):
    a, b = _case("e1", ex["a"]), _case("e2", ex["b"], index=1)
    assert_pair_veto(one_and_many, "one and many", a, b, ex["apart"], R)


def test_another_article_may_tell_the_one_case_as_its_only_case():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = _case("e1", ex["a"]), _case("e2", ex["b"], article="B")
    assert {told_of(a, R), told_of(b, R)} == {"one", "many"}
    assert not one_and_many(a, b, R)
