"""A place phrase naming where the event is not ('the first death outside Peru') gives the
mention no place (rules.json place_outside_*; merge.mention._told_outside)."""

from __future__ import annotations

import pytest

from dateline.merge import pair_score, rules
from dateline.merge.mention import _told_outside

from .helpers import mention

_DEATH = dict(type="OCCURRENCE", rule="occ.disease.death+noun", date="2025-04-30",
              time_how="clause")


@pytest.mark.parametrize("ex", rules().raw["place_outside_examples"],
                         ids=lambda e: e["sentence"][:40])
def test_place_outside_examples(ex):
    m = mention("A", trigger=ex["trigger"], location=ex["location"], sentence=ex["sentence"],
                **_DEATH)
    assert _told_outside(m) == ex["outside"]
    if ex["outside"]:
        assert m.place is None


def test_a_death_outside_a_country_is_not_placed_there():
    """'the first death outside Peru' is no death in Peru: read as placed there it stood
    apart from the death in Chile that it is, and beside Peru's deaths."""
    s = "The girl was the first death outside Peru from the fever , officials said ."
    outside = mention("o", trigger="death", location="Peru", sentence=s, **_DEATH)
    there = mention("t", trigger="death", location="Chile", sentence="The first death from "
                    "the fever in Chile was a girl , officials said .", **_DEATH)
    assert outside.location == "Peru"  # the stored field is kept as the events stage gave it
    assert outside.place is None
    assert pair_score(outside, there).veto != "places apart"
    plain = mention("p", trigger="death", location="Peru", sentence="The girl was the first "
                    "death in Peru from the fever , officials said .", **_DEATH)
    assert pair_score(plain, there).veto == "places apart"

