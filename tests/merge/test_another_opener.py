"""acts.one_more_told: a sentence opened by 'Also in <place>' tells one more act of the kind the
article told before (rules.json another_opener_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.acts import another_one, one_more_told
from dateline.merge.similarity import pair_score

from .helpers import mention

R = rules()
EXAMPLES = R.raw["another_opener_examples"]


def _pair(ex):
    first, second = ex["first"], ex["second"]
    a = mention("A", "e1", type="PROTEST", rule="v.protest", trigger=ex["trigger_first"],
                date="2025-06-06", sentence=first)
    b = mention("A", "e2", type="PROTEST", rule="v.protest", trigger=ex["trigger_second"],
                date="2025-06-06", sentence=second)
    shift = len(first) + 1  # the second sentence follows the first in the article
    return a, replace(b, sentence_index=1, sentence_start=shift, start=b.start + shift,
                      end=b.end + shift)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_another_opener_examples(ex):
    a, b = _pair(ex)
    assert one_more_told(b, R) is ex["more"]
    assert another_one(a, b, R) is ex["apart"]
    assert another_one(b, a, R) is ex["apart"]
    if ex["apart"]:
        assert pair_score(a, b, R).veto == "another one"


def test_another_article_may_tell_it_first():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = _pair(ex)
    assert not another_one(a, replace(b, article_id="B"), R)
