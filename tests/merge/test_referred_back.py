"""An act one article tells and then names again by a definite noun a sentence or two on
(merge.referred_back; rules.json referred_back_examples, invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import EventMerger, Mention, pair_score, rules
from dateline.merge.references import plural_trigger
from dateline.merge.referred_back import referred_back

from .helpers import mention

R = rules()


def _one(d: dict, eid: str) -> Mention:
    d = dict(d)
    at = d.pop("sentence_index", 0)  # the helper puts every mention in sentence 0
    return replace(mention("A", eid, **d), sentence_index=at)


def _pair(ex: dict) -> tuple[Mention, Mention]:
    return _one(ex["a"], "e1"), _one(ex["b"], "e2")


@pytest.mark.parametrize("ex", R.raw["referred_back_examples"], ids=lambda e: e["note"][:40])
def test_referred_back_examples(ex):
    a, b = _pair(ex)
    assert referred_back(a, b, R) is ex["same"] and referred_back(b, a, R) is ex["same"]
    assert pair_score(a, b, R) == pair_score(b, a, R)  # symmetric: order-free merging
    for order in ([a, b], [b, a]):
        m = EventMerger(R)
        m.add(order)
        assert (len(m.clusters()) == 1) is ex["same"]


def test_referred_back_needs_one_article_and_the_limit():
    a, b = _pair(R.raw["referred_back_examples"][0])
    assert not referred_back(a, replace(b, article_id="B"), R)
    off = replace(R, limits={**R.limits, "referred_back_sentences": 0})
    assert not referred_back(a, b, off)
    assert not pair_score(a, b, off).same(R.threshold)  # what the rule adds: they score apart


def test_referred_back_leaves_an_effect_out():
    """'affected by the protests' tells the effect, another event (effect_told_about)."""
    a, b = _pair(R.raw["referred_back_examples"][0])
    b = replace(b, trigger="affected by the protests")
    assert not referred_back(a, b, R)


@pytest.mark.parametrize(("word", "plural"), [("protests", True), ("rallies", True),
                                              ("crisis", False), ("virus", False),
                                              ("census", False), ("access", False)])
def test_plural_by_its_ending(word, plural):
    """One reading of a plural for the merge (reference_plural_endings, not
    reference_singular_endings): 'the crisis' and 'the virus' name one thing, as 'the crash'."""
    assert plural_trigger(word, R) is plural
    a, b = _pair(next(e for e in R.raw["referred_back_examples"] if e["same"]))
    at = b.sentence.find(b.trigger)
    sent = b.sentence[:at] + word + b.sentence[at + len(b.trigger):]
    b = replace(b, trigger=word, sentence=sent, end=b.start + len(word))
    if not plural:
        assert not referred_back(a, b, R)
