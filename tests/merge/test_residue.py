"""merge.residue: the slick a spill leaves is told apart from the spill (rules.json
residue_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.mention import Number
from dateline.merge.residue import residue_split, told_as_residue

from .helpers import occurrence_at

R = rules()
EXAMPLES = R.raw["residue_examples"]


def _side(ex, eid="e1", article="A"):
    rule = ex["class"] + ("+noun" if ex["noun"] else "")
    m = occurrence_at(eid, {**ex, "at": "first"}, rule, article)
    if "figure" in ex:  # the number the mention carries, as the numbers stage gives it
        value, unit = ex["figure"].split(maxsplit=1)
        m = replace(m, numbers=(Number(float(value), ex["figure"], counts=unit),))
    return m


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_residue_examples(ex):
    assert told_as_residue(_side(ex), R) is ex["residue"]


def test_the_slick_leaves_the_spills_group_with_its_like():
    slick = next(e for e in EXAMPLES if e["note"] == "the slick reported moving")
    slicks = next(e for e in EXAMPLES if e["note"] == "slicks in the plural")
    spill = next(e for e in EXAMPLES if e["note"] == "the spill itself")
    ms = {m.key: m for m in (_side(slick, "e1", "A"), _side(slicks, "e2", "B"),
                             _side(spill, "e3", "A"), _side(spill, "e4", "C"))}
    got = residue_split([sorted(ms)], ms, R)
    assert sorted(got) == [[("A", "e1"), ("B", "e2")], [("A", "e3"), ("C", "e4")]]


def test_a_slick_told_with_a_figure_stays_with_the_spill():
    slick = next(e for e in EXAMPLES if e["note"] == "the slick reported moving")
    sized = next(e for e in EXAMPLES if e["note"] == "a slick told with its size stays")
    spill = next(e for e in EXAMPLES if e["note"] == "the spill itself")
    ms = {m.key: m for m in (_side(slick, "e1", "A"), _side(sized, "e2", "A"),
                             _side(spill, "e3", "A"))}
    got = residue_split([sorted(ms)], ms, R)
    assert sorted(got) == [[("A", "e1")], [("A", "e2"), ("A", "e3")]]


def test_a_group_of_slicks_alone_stays():
    slick = next(e for e in EXAMPLES if e["note"] == "the slick reported moving")
    ms = {m.key: m for m in (_side(slick, "e1", "A"), _side(slick, "e2", "B"))}
    assert residue_split([sorted(ms)], ms, R) == [sorted(ms)]
