"""sites.sites_apart: two occurrences of one class told at two kinds of site are two events
(rules.json site_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.links import cannot_link
from dateline.merge.sites import site_keys, site_of, sites_apart

from .helpers import assert_pair_veto, example_side

R = rules()
EXAMPLES = R.raw["site_examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_site_examples(ex):
    a, b = example_side("e1", ex, "a"), example_side("e2", ex, "b", article="B")
    assert_pair_veto(sites_apart, "sites apart", a, b, ex["apart"], R)
    assert (cannot_link(a, b, R) == "sites apart") is ex["apart"]


def test_one_article_too():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b = example_side("e1", ex, "a"), example_side("e2", ex, "b", index=3)
    assert sites_apart(a, b, R) and cannot_link(a, b, R) == "sites apart"


def test_sites_read_before_and_after_the_trigger():
    ex = next(e for e in EXAMPLES if e["note"] == "a site after 'at', a year later")
    assert site_of(example_side("e1", ex, "a"), R) == "refinery"  # 'at a refinery'
    assert site_of(example_side("e2", ex, "b"), R) == "offshore"  # 'The rig explosion'


def test_a_stop_word_ends_the_reading():
    ex = next(e for e in EXAMPLES if e["note"].startswith("a clause word"))
    assert site_of(example_side("e1", ex, "a"), R) is None


def test_only_listed_classes_take_a_site():
    ex = next(e for e in EXAMPLES if e["apart"])
    a = example_side("e1", ex, "a")
    assert site_of(a, R) is not None and site_keys(a, R) is not None
    other = replace(example_side("e9", ex, "a"), rule="occ.disaster.quake+noun")
    assert site_of(other, R) is None and site_keys(other, R) is None


def test_two_classes_are_not_asked():
    ex = next(e for e in EXAMPLES if e["apart"])
    a = example_side("e1", ex, "a")
    b = replace(example_side("e2", ex, "b", article="B"), rule="occ.accident.fire+noun")
    assert not sites_apart(a, b, R)


def test_the_veto_switches_off():
    ex = next(e for e in EXAMPLES if e["apart"])
    off = replace(R, limits={**R.limits, "site_veto": 0})
    a, b = example_side("e1", ex, "a"), example_side("e2", ex, "b", article="B")
    assert not sites_apart(a, b, off) and site_keys(a, off) is None
