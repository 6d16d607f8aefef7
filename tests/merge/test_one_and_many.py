"""acts.one_and_many: an article setting one person's case beside the tally of many tells two
(rules.json one_many_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.acts import one_and_many, told_of
from dateline.merge.similarity import pair_score

from .helpers import mention

R = rules()
EXAMPLES = R.raw["one_many_examples"]


def _case(eid, side, article="A", index=0):
    s, trig = side["sentence"], side["trigger"]
    at = s.find(trig) if side["at"] == "first" else s.rfind(trig)
    m = mention(article, eid, type="OCCURRENCE", rule="occ.disease.case", trigger=trig,
                date="2025-04-02", sentence=s)
    return replace(m, start=at, end=at + len(trig), sentence_index=index)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_one_many_examples(ex):
    a, b = _case("e1", ex["a"]), _case("e2", ex["b"], index=1)
    assert one_and_many(a, b, R) is ex["apart"]
    assert one_and_many(b, a, R) is ex["apart"]
    if ex["apart"]:
        assert pair_score(a, b, R).veto == "one and many"


def test_another_article_may_tell_the_one_case_as_its_only_case():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = _case("e1", ex["a"]), _case("e2", ex["b"], article="B")
    assert {told_of(a, R), told_of(b, R)} == {"one", "many"}
    assert not one_and_many(a, b, R)
