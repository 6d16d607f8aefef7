"""acts.two_indefinites: two nouns of one occurrence class in two sentences of one article,
each told with an indefinite article, are two occurrences (rules.json indefinites_examples;
invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.acts import told_indefinite, two_indefinites

from .helpers import assert_pair_veto, example_pair, example_side

R = rules()
EXAMPLES = R.raw["indefinites_examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_indefinites_examples(ex):
    a, b = example_pair(ex)
    assert_pair_veto(two_indefinites, "two indefinites", a, b, ex["apart"], R)


def test_another_article_may_tell_the_same_one():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = example_pair(ex, article_b="B")
    assert told_indefinite(a, R) and told_indefinite(b, R)
    assert not two_indefinites(a, b, R)


def test_one_sentence_is_not_read():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = example_pair(ex, index_b=0)
    assert not two_indefinites(a, b, R)


def test_two_classes_are_not_read():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = example_pair(ex)
    b = replace(b, rule="occ.disaster.quake+noun")
    assert told_indefinite(b, R) and not two_indefinites(a, b, R)


def test_a_verb_is_no_indefinite_noun():
    ex = next(e for e in EXAMPLES if e["apart"])
    a = replace(example_side("e1", ex, "a"), rule="occ.disease.outbreak")
    assert not told_indefinite(a, R)


def test_the_veto_switches_off():
    ex = next(e for e in EXAMPLES if e["apart"])
    off = replace(R, limits={**R.limits, "indefinites_veto": 0})
    a, b = example_pair(ex)
    assert not two_indefinites(a, b, off)
