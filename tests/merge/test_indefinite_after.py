"""acts.indefinite_after: an occurrence noun told with 'a'/'an' after its article has told an
occurrence of that class otherwise is another one or the kind (rules.json
indefinite_after_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.acts import indefinite_after

from .helpers import assert_pair_veto, example_pair, example_side

R = rules()
EXAMPLES = R.raw["indefinite_after_examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_indefinite_after_examples(ex):
    a, b = example_pair(ex)
    assert_pair_veto(indefinite_after, "indefinite after", a, b, ex["apart"], R)


def test_the_earlier_sentence_decides():
    """The same two sentences the other way round: the indefinite noun comes first."""
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = example_side("e1", ex, "a", index=1), example_side("e2", ex, "b", index=0)
    assert not indefinite_after(a, b, R)


def test_another_article_may_tell_the_story_so():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = example_pair(ex, article_b="B")
    assert not indefinite_after(a, b, R)


def test_two_classes_are_not_read():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = example_pair(ex)
    assert not indefinite_after(a, replace(b, rule="occ.disaster.quake+noun"), R)


def test_the_veto_switches_off():
    ex = next(e for e in EXAMPLES if e["apart"])
    off = replace(R, limits={**R.limits, "indefinite_after_veto": 0})
    a, b = example_pair(ex)
    assert not indefinite_after(a, b, off)
