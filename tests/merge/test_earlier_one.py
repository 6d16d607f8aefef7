"""acts.earlier_one: an article setting a former instance beside the one it reports tells two
(rules.json earlier_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.acts import earlier_one, told_earlier
from dateline.merge.similarity import pair_score

from .helpers import mention

R = rules()
EXAMPLES = R.raw["earlier_examples"]


def _noun(eid, side, article="A", index=0):
    s, trig = side["sentence"], side["trigger"]
    at = s.find(trig) if side["at"] == "first" else s.rfind(trig)
    m = mention(article, eid, type="OCCURRENCE", rule="occ.disease.case+noun", trigger=trig,
                date="2025-04-02", sentence=s)
    return replace(m, start=at, end=at + len(trig), sentence_index=index)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_earlier_examples(ex):
    a, b = _noun("e1", ex["a"]), _noun("e2", ex["b"], index=1)
    assert earlier_one(a, b, R) is ex["apart"]
    assert earlier_one(b, a, R) is ex["apart"]
    if ex["apart"]:
        assert pair_score(a, b, R).veto == "earlier one"


def test_another_article_may_tell_the_former_one_as_its_own():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = _noun("e1", ex["a"]), _noun("e2", ex["b"], article="B")
    assert told_earlier(a, R) and not told_earlier(b, R)
    assert not earlier_one(a, b, R)


def test_an_adverb_before_a_verb_is_no_earlier_instance():
    s = "Officials earlier met the envoys in Varn."
    m = mention("A", "e1", type="CONSULT", rule="v.consult", trigger="met", date="2025-04-02",
                sentence=s)
    assert not told_earlier(m, R)
