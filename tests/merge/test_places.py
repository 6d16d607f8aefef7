"""Places as paths from their country down (data/merge/places.json, merge.places): two
places conflict only when neither contains the other."""

from __future__ import annotations

import pytest

from dateline.merge import EventMerger, pair_score, rules
from dateline.merge.lexicon import read_data
from dateline.merge.places import finer, place_path, places_apart

from .helpers import mention


@pytest.mark.parametrize("ex", read_data("places.json")["examples"], ids=lambda e: e["note"])
def test_places_examples(ex):
    pa, pb = place_path(ex["a"]), place_path(ex["b"])
    assert bool(pa and pb and places_apart(pa, pb)) is ex["apart"]


def test_paths_and_the_narrower_place():
    assert place_path("the United Kingdom") == "United Kingdom"  # states.json, 'the' dropped
    assert place_path("glasgow") == "United Kingdom/Scotland/Glasgow"
    assert place_path("North Sea") is None  # a sea places nothing
    assert finer("United Kingdom", "United Kingdom/Wales") == "United Kingdom/Wales"
    assert finer(None, "Mexico") == "Mexico"


_KW = dict(type="OCCURRENCE", rule="occ.disease.case+noun", date="2025-04-30",
           time_how="clause")


def _case(name: str, where: str | None) -> object:
    tail = f" in {where}" if where else ""
    return mention(name, trigger="cases", location=where, sentence="Health officials "
                   f"confirmed new cases of the Ostrava flu strain{tail} on Wednesday.", **_KW)


def test_two_regions_of_one_country_are_two_events():
    """'cases in Wales' and 'cases in England': two counts, however alike the wording; a
    city of one region is no conflict with it."""
    wales, england = _case("w", "Wales"), _case("e", "England")
    assert pair_score(wales, england).veto == "places apart"
    cardiff = _case("c", "Cardiff")
    assert pair_score(wales, cardiff).same(rules().threshold)


def test_a_group_takes_the_narrower_place():
    """A report placed in the country joins the one placed in a region of it; the group is
    then in that region, and a report of another region stays apart."""
    uk, wales, england = _case("u", "United Kingdom"), _case("w", "Wales"), _case("e", "England")
    m = EventMerger()
    m.add([uk, wales, england])
    ids = m.cluster_ids()
    assert ids[("w", "e1")] != ids[("e", "e1")]
    assert ids[("u", "e1")] in (ids[("w", "e1")], ids[("e", "e1")])


def test_a_spreading_kind_is_placed_by_its_country_only():
    """An oil spill told off one state's coast and off another's is one spill: a kind that
    spreads over regions (rules.json place_country_kinds) counts its place at the country;
    another country is still apart."""
    kw = dict(type="OCCURRENCE", rule="occ.accident.spill+noun", date="2025-04-30",
              time_how="clause")

    def spill(name: str, where: str) -> object:
        return mention(name, trigger="spill", location=where, sentence="Crews fought the "
                       f"oil spill off {where} on Wednesday as the slick spread.", **kw)

    texas, louisiana = spill("t", "Texas"), spill("l", "Louisiana")
    assert texas.place == louisiana.place == "United States"
    assert pair_score(texas, louisiana).veto is None
    assert pair_score(texas, spill("m", "Mexico")).veto == "places apart"
