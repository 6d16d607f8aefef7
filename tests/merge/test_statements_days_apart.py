"""dates.statements_days_apart: two statements of one article, each dated to one day by its
paragraph (a live page's update) or its own words, days apart, are two statements however
other updates chain them (rules.json statements_days_apart_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.links import cannot_link

from .helpers import mention

R = rules()
EXAMPLES = R.raw["statements_days_apart_examples"]


def _side(eid: str, side: dict, index: int, article: str = "A"):
    m = mention(article, eid, type=side["type"], rule=side["rule"], trigger=side["trigger"],
                date=side["date"], time_how=side["how"], dct="2025-06-10",
                sentence=side["sentence"], target=side.get("target"))
    return replace(m, sentence_index=index)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_statements_days_apart_examples(ex):
    a, b = _side("e1", ex["a"], 3), _side("e2", ex["b"], 20)
    assert cannot_link(a, b, R) == ex["cannot_link"]
    assert cannot_link(b, a, R) == ex["cannot_link"]


@pytest.mark.parametrize("ex", [e for e in EXAMPLES if e["cannot_link"]],
                         ids=lambda e: e["note"][:40])
def test_read_in_one_article_only(ex):
    a, b = _side("e1", ex["a"], 3), _side("e2", ex["b"], 20, article="B")
    assert cannot_link(a, b, R) is None
