"""vetoes.one_place_of_many: an article telling acts spread over many places, then one place's
act, tells two (rules.json place_many_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.vetoes import one_place_of_many

from .helpers import assert_pair_veto, mention

R = rules()
EXAMPLES = R.raw["place_many_examples"]


def _side(eid, side, article="A", index=0):
    return mention(article, eid, type="PROTEST", trigger=side["trigger"],
                   sentence=side["sentence"], sentence_index=index, date="2025-04-02")


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_place_many_examples(ex):
    a, b = _side("e1", ex["a"]), _side("e2", ex["b"], index=3)
    assert_pair_veto(one_place_of_many, "one place of many", a, b, ex["apart"], R)


def test_another_article_may_report_one_place_only():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = _side("e1", ex["a"]), _side("e2", ex["b"], article="B", index=3)
    assert not one_place_of_many(a, b, R)


def test_only_incident_types_are_read_by_the_pair_score():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = _side("e1", ex["a"]), _side("e2", ex["b"], index=3)
    a, b = replace(a, type="CONSULT"), replace(b, type="CONSULT")
    from dateline.merge.similarity import pair_score
    assert pair_score(a, b, R).veto != "one place of many"
