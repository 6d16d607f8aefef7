"""A count told as a part of another count of its sentence and a count told whole, of one
article: two tallies (merge.subset, rules.json subset_examples; invented sentences)."""

from __future__ import annotations

import pytest

from dateline.merge import rules
from dateline.merge.subset import subset_apart, told_subset

from .helpers import assert_pair_veto, occurrence_at

R = rules()
WHOLE = {"sentence": "Health staff said 40 patients were infected last week .",
         "trigger": "infected", "at": "first"}


def _infected(eid, side, article="A", index=0):
    return occurrence_at(eid, {"at": "first", **side}, "occ.disease.case", article, index)


@pytest.mark.parametrize("ex", R.raw["subset_examples"], ids=lambda e: e["note"][:40])
def test_subset_examples(ex):
    assert told_subset(_infected("e1", ex), R) is ex["subset"]


def test_a_part_beside_a_whole_count_of_one_article_is_two():
    part = next(e for e in R.raw["subset_examples"] if e["subset"])
    a, b = _infected("e1", part), _infected("e2", WHOLE, index=1)
    assert_pair_veto(subset_apart, "part of a count", a, b, True, R)


def test_another_article_may_count_the_part_alone():
    part = next(e for e in R.raw["subset_examples"] if e["subset"])
    a, b = _infected("e1", part), _infected("e2", WHOLE, article="B")
    assert told_subset(a, R) and not told_subset(b, R)
    assert not subset_apart(a, b, R)


def test_two_parts_are_not_kept_apart_by_this_rule():
    parts = [e for e in R.raw["subset_examples"] if e["subset"]]
    a, b = _infected("e1", parts[0]), _infected("e2", parts[1], index=1)
    assert not subset_apart(a, b, R)
