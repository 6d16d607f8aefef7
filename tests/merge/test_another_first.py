"""acts.another_told_first: one more of a kind told before the article names its story's
occurrence by another noun is another act (rules.json another_first_examples; invented
sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.acts import another_one, another_told_first
from dateline.merge.links import cannot_link
from dateline.merge.similarity import pair_score

from .helpers import mention

R = rules()
EXAMPLES = R.raw["another_first_examples"]
SPILL = "occ.accident.spill+noun"


def _pair(ex):
    first, second = ex["first"], ex["second"]
    a = mention("A", "e1", type="OCCURRENCE", rule=SPILL, trigger=ex["trigger_first"],
                date="2010-07-28", sentence=first)
    b = mention("A", "e2", type="OCCURRENCE", rule=SPILL, trigger=ex["trigger_second"],
                date="2010-07-28", sentence=second)
    shift = len(first) + 1  # the second sentence follows the first in the article
    return a, replace(b, sentence_index=1, sentence_start=shift, start=b.start + shift,
                      end=b.end + shift)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_another_first_examples(ex):
    a, b = _pair(ex)
    assert another_told_first(a, b, R) is ex["apart"]
    assert another_one(a, b, R) is ex["apart"]
    assert another_one(b, a, R) is ex["apart"]
    if ex["apart"]:
        assert pair_score(a, b, R).veto == "another one"
        assert cannot_link(a, b, R) == "another one"


def test_told_first_is_read_in_one_article_only():
    """Another article's 'the oil spill' may be the leak its writer tells as one more."""
    a, b = _pair(next(e for e in EXAMPLES if e["apart"]))
    assert not another_one(a, replace(b, article_id="B"), R)


def test_off_without_the_limit():
    a, b = _pair(next(e for e in EXAMPLES if e["apart"]))
    off = replace(R, limits={**R.limits, "another_first_veto": 0})
    assert not another_one(a, b, off)
