"""Fixes prompted by the blind batch Random(73) (bench/plover_probes_silverwire16.txt, issue 4;
written after its errors were read, so NOT blind): insisting that a thing is or was so claims
it and asks nothing, while insisting that a party act, or on an act, asks for it
(verbs.json v.demand.insist, roles.json stated_clauses, lexicon Entry.not_stated); leaving on
the eve of a contest gives up no ground (roles.json contests anchors); a vehicle that slams or
crushes into another is a road accident, as is a death told by such a when-clause
(occurrences.json occ.accident.crash.impact); a body's spending ratified agrees nothing
(v.sign not_objects); a pledged tough line threatens (n.threaten.hard_line); an agreement
finalised is struck (n.agree light). Each shape told otherwise keeps its own coding."""

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
    "Velkan's former winner Tom Ardo withdrew on the eve of Sunday's race with a back injury.",
    "The Orlund sprinter pulled out on the morning of the final.",
])
def test_withdrawing_on_the_eve_of_a_contest_is_no_retreat(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "RETREAT" for e in evs), evs


def test_withdrawing_on_a_day_from_a_town_stays_a_retreat(top_event):
    ev = top_event("Rebel fighters withdrew on Monday from the town of Osk.")
    assert ev["root"] == "RETREAT", ev


@pytest.mark.parametrize("text", [
    "The crash happened when a coach from Osk lost control and crushed into a second coach.",
    "A lorry slammed into a parked truck on the coast road near Varn on Monday.",
    "Two people were killed when a bus plunged into a ravine near Kesh.",
])
def test_a_vehicle_crashing_into_another_is_no_act(coded_events, text):
    assert coded_events(text) == []


@pytest.mark.parametrize("text", [
    "A lorry rammed into a crowd of worshippers outside the shrine in Osk, killing 12.",
    "Two soldiers were killed when rebels ambushed their bus near Kesh.",
])
def test_a_vehicle_attack_stays_an_assault(top_event, text):
    assert top_event(text)["root"] == "ASSAULT"


def test_spending_ratified_by_auditors_is_no_support(coded_events):
    evs = coded_events("Nearly a third of the union's spending was ratified by its audit court.")
    assert all(e["root"] != "SUPPORT" for e in evs), evs
    assert coded_events("Parliament ratified the treaty with Velkan on Monday.")[0][
        "root"] == "SUPPORT"


@pytest.mark.parametrize("text", [
    "The new president has pledged a tough line against the rebels in the north.",
    "The junta vowed an iron fist against looters on Monday.",
])
def test_a_pledged_tough_line_threatens(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "THREATEN" and ev["rule"].endswith("n.threaten.hard_line"), ev


def test_a_tough_line_taken_is_a_stance(coded_events):
    assert coded_events("The minister took a tough line on the striking dockers.") == []


@pytest.mark.parametrize(("text", "root"), [
    ("Velkan and Orlund finalized a deal on fishing rights on Monday.", "AGREE"),
    ("Velkan and the bank finalized negotiations on the loan on Tuesday.", "CONSULT"),
])
def test_finalised_deals_and_talks_as_concluded_ones(top_event, text, root):
    assert top_event(text)["root"] == root


def test_goods_dropped_are_delivered_not_aid_cut(coded_events):
    evs = coded_events("One day they drop food, and the next they drop bombs.")
    assert all(e["root"] != "SANCTION" for e in evs), evs
    assert coded_events("Velkan dropped its food aid to Orlund after the coup.")[0][
        "root"] == "SANCTION"


@pytest.mark.parametrize("text", [
    "The provincial governor was dismissed on Monday for his role in the grain fraud.",
    "Tarvik sacked the police chief over the deaths of three prisoners in custody.",
    "The head of the provincial forestry office received a grave demerit on his record.",
])
def test_an_official_punished_for_misconduct_is_coerced(top_event, text):
    assert top_event(text)["root"] == "COERCE"


@pytest.mark.parametrize(("text", "root"), [
    ("The court dismissed the case for lack of evidence.", "REJECT"),
    ("The club's coach was sacked for poor results.", "NONE"),
])
def test_other_dismissals_keep_their_coding(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize("text", [
    "Talks on economic aid for Varo have bogged down in recent months.",
    "Osk insists Varo belongs to Kessia, and talks on future ties and financial aid for Varo "
    "have bogged down.",
])
def test_talks_bogged_down_failed_their_topic_no_act(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "SANCTION" and ev["rule"] == "v.talks.collapse", ev


def test_talks_held_on_an_act_stay_a_meeting(top_event):
    assert top_event("Velkan and Orlund held talks on a ceasefire on Monday.")["root"] == "CONSULT"
