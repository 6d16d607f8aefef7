"""A place phrase listing two or more places ('fever cases in Peru and Chile') gives the mention no
place (rules.json place_list_*; merge.mention._one_of_listed)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import pair_score, rules
from dateline.merge.mention import _one_of_listed

from .helpers import mention

_CASE = dict(type="OCCURRENCE", rule="occ.disease.case+noun", date="2025-04-30",
             time_how="clause")


@pytest.mark.parametrize("ex", rules().raw["place_list_examples"],
                         ids=lambda e: e["sentence"][:40])
def test_place_list_examples(ex):
    m = mention("A", trigger=ex["trigger"], location=ex["location"], sentence=ex["sentence"],
                **_CASE)
    assert _one_of_listed(m) == ex["listed"]
    assert (m.place is None) == ex["listed"]
    assert m.location == ex["location"]  # the stored field is kept as the events stage gave it


def test_cases_of_two_countries_are_not_apart_from_the_second():
    """Cases listed in Peru and Bolivia, read as Peru's, stood apart from Bolivia's cases."""
    ex = rules().raw["place_list_examples"][0]
    listed = mention("l", trigger=ex["trigger"], location=ex["location"],
                     sentence=ex["sentence"], **_CASE)
    bolivia = mention("c", trigger="cases", location="Bolivia", sentence="Health officials "
                      "confirmed new cases in Bolivia on Monday .", **_CASE)
    assert pair_score(listed, bolivia).veto != "places apart"


def test_the_naming_nearest_the_mentions_own_trigger_is_read():
    """A trigger word told twice: the mention's own offset (not the word's first place in the
    sentence) picks which naming of the location is read -- the first 'cases' are listed
    with Bolivia, the second are Peru's alone."""
    s = ("New cases turned up in Peru and Bolivia over the weekend , and more cases were found"
         " in Peru on Monday .")
    first = mention("A", trigger="cases", location="Peru", sentence=s, **_CASE)
    second = replace(first, start=s.rfind("cases"), end=s.rfind("cases") + len("cases"))
    assert _one_of_listed(first)
    assert not _one_of_listed(second)
