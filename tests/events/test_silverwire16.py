"""Fixes prompted by the blind batch Random(73) (bench/plover_probes_silverwire16.txt, issue 4;
written after its errors were read, so NOT blind): insisting that a thing is or was so claims
it and asks nothing, while insisting that a party act, or on an act, asks for it
(verbs.json v.demand.insist, roles.json stated_clauses, lexicon Entry.not_stated); leaving on
the eve of a contest gives up no ground (roles.json contests anchors). Each shape told
otherwise keeps its own coding."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The former Lirn midfielder admitted drinking before one match, but insisted he had been "
    "set up.",
    "Osk keeps insisting the Varo region belongs to Kessia.",
    "Dorvan officials insisted they were not trying to push Kessia out of the talks.",
    "The Velkan premier insists that his cabinet has done nothing wrong.",
])
def test_insisting_a_thing_is_so_asks_nothing(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "REQUEST" for e in evs), evs


@pytest.mark.parametrize("text", [
    "The rebel leaders insist the army leave the northern towns before any talks.",
    "Not all Dorvan exiles insist that Mira be allowed to stay.",
    "Lawyer Ana Vance insisted that the colonel should not be allowed to give evidence.",
    "The minister insisted on the return of the refugees.",
])
def test_insisting_that_a_party_act_asks_for_it(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "REQUEST" and ev["rule"] == "v.demand.insist", ev


@pytest.mark.parametrize("text", [
    "Velkan's former winner Tom Ardo withdrew on the eve of the race with a back injury.",
    "The Orlund sprinter pulled out on the morning of the final.",
])
def test_withdrawing_on_the_eve_of_a_contest_is_no_retreat(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "RETREAT" for e in evs), evs


def test_withdrawing_on_a_day_from_a_town_stays_a_retreat(top_event):
    ev = top_event("Rebel fighters withdrew on Monday from the town of Osk.")
    assert ev["root"] == "RETREAT", ev

