"""acts.other_one: a sentence setting the rest of a kind apart from the part it counts tells
two (rules.json other_examples; invented sentences)."""

from __future__ import annotations

import pytest

from dateline.merge import rules
from dateline.merge.acts import other_one, told_other
from dateline.merge.links import cannot_link

from .helpers import assert_pair_veto, example_side

R = rules()
EXAMPLES = R.raw["other_examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_other_examples(ex):
    a, b = example_side("e1", ex, "a"), example_side("e2", ex, "b", index=ex.get("b_index", 0))
    assert_pair_veto(other_one, "other one", a, b, ex["apart"], R)
    assert (cannot_link(a, b, R) == "other one") is ex["apart"]


def test_another_article_may_tell_the_others_as_its_own():
    ex = next(e for e in EXAMPLES if e["apart"] and e["class"] == "occ.disease.case")
    a, b = example_side("e1", ex, "a"), example_side("e2", ex, "b", article="B")
    assert told_other(b, R) and not told_other(a, R)
    assert not other_one(a, b, R)
