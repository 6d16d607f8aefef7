"""Two mentions of one article (rules.json one_article_examples, invented sentences): a plan
against the act done (acts.planned_apart), 'those arrested' referring back
(acts.those_told), a report participle told in passing (acts.said_in_passing), one
statement quoted twice (acts.quoted_twice; the merger's index offers the pair whatever the
dates)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import EventMerger, Mention, rules
from dateline.merge.acts import (
    planned_apart,
    quoted_twice,
    said_in_passing,
    those_told,
    verbs_days_apart,
)
from dateline.merge.similarity import cannot_link, pair_score

from .helpers import mention

R = rules()


def _one(d: dict, eid: str) -> Mention:
    d = dict(d)
    links = tuple(tuple(x) for x in d.pop("links", ()))
    at = d.pop("sentence_index", 0)  # the helper puts every mention in sentence 0
    return replace(mention("A", eid, **d), links=links, sentence_index=at)


@pytest.mark.parametrize("ex", R.raw["one_article_examples"], ids=lambda e: e["note"][:40])
def test_one_article_examples(ex):
    a, b = _one(ex["a"], "e1"), _one(ex["b"], "e2")
    ab, ba = pair_score(a, b, R), pair_score(b, a, R)
    assert ab == ba  # symmetric: merging cannot depend on order
    if "veto" in ex:
        assert ab.veto == ex["veto"]
    if "same" in ex:
        assert ab.same(R.threshold) is ex["same"]
        for order in ([a, b], [b, a]):
            m = EventMerger(R)
            m.add(order)
            assert (len(m.clusters()) == 1) is ex["same"]


def _ex(note: str) -> tuple[Mention, Mention]:
    ex = next(e for e in R.raw["one_article_examples"] if e["note"].startswith(note))
    return _one(ex["a"], "e1"), _one(ex["b"], "e2")


def test_planned_and_done_need_one_article():
    a, b = _ex("planned and done: the same verb")
    assert planned_apart(a, b, R) and planned_apart(b, a, R)
    assert not planned_apart(a, replace(b, article_id="B"), R)


def test_those_told_reads_the_later_mention_only():
    a, b = _ex("those told: 'those arrested'")
    assert those_told(a, b, R) and those_told(b, a, R)
    assert not those_told(a, replace(b, article_id="B"), R)


def test_said_in_passing_needs_the_governing_act_and_one_type():
    a, b = _ex("said in passing: a report participle")
    assert said_in_passing(a, b, R) and not said_in_passing(b, a, R)
    assert not said_in_passing(a, replace(b, type="ACCUSE"), R)
    assert not said_in_passing(a, replace(b, links=()), R)


def test_verbs_days_apart_need_one_article_and_verbs():
    ex = next(e for e in R.raw["cannot_link_examples"]
              if e["note"].startswith("verbs days apart: one article"))
    a, b = _one(ex["a"], "e1"), _one(ex["b"], "e2")
    assert verbs_days_apart(a, b, R) and cannot_link(b, a, R) == "verbs days apart"
    assert not verbs_days_apart(a, replace(b, article_id="B"), R)
    assert not verbs_days_apart(a, replace(b, rule="n.assault"), R)  # a noun may name a lasting act


def test_quoted_twice_needs_one_article_and_two_sentences():
    a, b = _ex("quoted twice: one speaker")
    assert quoted_twice(a, b, R) and quoted_twice(b, a, R)
    assert not quoted_twice(a, replace(b, sentence_index=a.sentence_index), R)
    m = EventMerger(R)
    m.add([a, replace(b, article_id="B")])  # another article: the day index meets no April
    assert len(m.clusters()) == 2
