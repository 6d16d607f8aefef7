"""Modes of the weak roots that the probe files barely covered (bench/plover_probes_weakroots.txt,
session 58 section): rallying support on behalf of a party (CAMEO 053, SUPPORT), an aid body's
operations halted (SANCTION 'withdraw'), thanks conveyed (SUPPORT), house-to-house
searches (COERCE 'seize'), each with the nearby shape that keeps its old root (issue 4)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root", "rule"), [
    ("The exiled council lobbied for recognition of its cabinet among the Gulf states.",
     "SUPPORT", "v.rally_support.campaign"),
    ("Dara campaigned among the coastal states for support for the Lirnian refugees.",
     "SUPPORT", "v.rally_support.campaign"),
    ("The Osk delegation lobbied the donor states on behalf of the flooded island.",
     "SUPPORT", "v.rally_support.on_behalf"),
    # an act campaigned or lobbied for is still asked for
    ("The students campaigned for the release of their jailed teachers.", "REQUEST",
     "v.campaign_for"),
    ("The growers lobbied for higher grain prices.", "REQUEST", "v.campaign_for"),
])
def test_support_rallied_for_a_party(coded_events, text, root, rule):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == root and evs[0]["rule"] == rule, evs[:2]


@pytest.mark.parametrize(("text", "root"), [
    ("The aid group halted its operations in the Varo hills after its depot was looted.",
     "SANCTION"),
    ("The Red Crescent suspended its activities in the border camps on Tuesday.", "SANCTION"),
    ("The Red Cross resumed its operations in the south on Monday.", "AID"),
    # a force's operations stay its own: ending them is a retreat
    ("The army suspended its operations in the hills to let aid convoys pass.", "RETREAT"),
])
def test_an_aid_bodys_operations(coded_events, text, root):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == root, evs[:2]


def test_thanks_conveyed_are_support_but_not_a_players_or_a_welcome(coded_events):
    evs = coded_events("The minister expressed his thanks to Tarvia for its help in the talks.")
    assert evs and evs[0]["root"] == "SUPPORT" and evs[0]["target"] == "Tarvia", evs[:2]
    assert coded_events("The singer voiced her thanks to the fans in the stadium.") == []
    # a welcome is no lexicon noun: given to a visitor it is hosting, not praise
    assert all(e["root"] != "SUPPORT" for e in coded_events(
        "Tarvia gave a warm welcome to the Lirnian premier at the airport."))


def test_a_body_suspending_its_own_officer_withdraws_nothing(coded_events):
    assert coded_events("The charity suspended its chief executive over the accounts.") == []
    evs = coded_events("The aid agency pulled out of Varo after its convoy was attacked.")
    assert evs and evs[0]["root"] == "SANCTION", evs[:2]


def test_house_to_house_searches_by_forces(coded_events):
    evs = coded_events("Police carried out house-to-house searches in the port district.")
    assert evs and evs[0]["root"] == "COERCE", evs[:2]
    assert coded_events("Volunteers made a door-to-door search for the lost child.") == []


def test_a_signal_is_no_signing(coded_events):
    """roles.json nominals irregular: an empty verb marks a noun formed from none ('signals'
    once read as the nominal of 'sign', SUPPORT)."""
    evs = coded_events("The authorities jammed the signals of two foreign radio stations.")
    assert all(e["rule"] != "nominal:sign+v.sign" for e in evs), evs[:2]
    evs = coded_events("The signing of the border treaty was welcomed by Osk.")
    assert any(e["rule"] == "nominal:sign+v.sign" for e in evs), evs[:2]


@pytest.mark.parametrize(("text", "root"), [
    ("The Velkan army ringed the capital with missile batteries on Sunday.", "MOBILIZE"),
    ("A surge of Tarvian troops into the border valleys alarmed Lirn.", "MOBILIZE"),
    ("The generals annulled the vote that the opposition had won.", "COERCE"),
    ("A blockade of the harbour was mounted by the Dorvan navy.", "COERCE"),
])
def test_forces_posted_and_polls_annulled(coded_events, text, root):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == root, evs[:2]


def test_an_influx_of_refugees_is_no_deployment(coded_events):
    assert coded_events("An influx of refugees strained the border towns' food stocks.") == []
