"""acts.listed_apart: two things one sentence lists side by side are two (rules.json
list_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.acts import listed_apart
from dateline.merge.similarity import pair_score

from .helpers import mention

R = rules()
EXAMPLES = R.raw["list_examples"]


def _two(ex, article_b="A"):
    kw = dict(type=ex["type"], date="2025-04-02", sentence=ex["sentence"])
    ra, rb = ex["rules"]  # the events rules: a noun's, a light verb's or a verb's
    return (mention("A", "e1", trigger=ex["a"], rule=ra, **kw),
            mention(article_b, "e2", trigger=ex["b"], rule=rb, **kw))


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_list_examples(ex):
    a, b = _two(ex)
    assert listed_apart(a, b, R) is ex["apart"]
    assert listed_apart(b, a, R) is ex["apart"]
    if ex["apart"]:
        assert pair_score(a, b, R).veto == "listed apart"


def test_another_article_or_sentence_lists_nothing():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = _two(ex, article_b="B")
    assert not listed_apart(a, b, R)
    a, b = _two(ex)
    assert not listed_apart(a, replace(b, sentence_index=4), R)
