"""acts.earlier_one: an article setting a former instance beside the one it reports tells two
(rules.json earlier_examples; invented sentences)."""

from __future__ import annotations

import pytest

from dateline.merge import rules
from dateline.merge.acts import earlier_one, told_earlier

from .helpers import assert_pair_veto, mention, occurrence_at

R = rules()
EXAMPLES = R.raw["earlier_examples"]


def _noun(eid, side, article="A", index=0):
    return occurrence_at(eid, side, "occ.disease.case+noun", article, index)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_earlier_examples(ex):
    a, b = _noun("e1", ex["a"]), _noun("e2", ex["b"], index=1)
    assert_pair_veto(earlier_one, "earlier one", a, b, ex["apart"], R)


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
