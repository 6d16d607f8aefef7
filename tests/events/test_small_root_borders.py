"""The small roots' borders (issue 4, session 60; bench/plover_probes_weakroots.txt, its
session-60 section, written and labelled before the run): unarmed people seizing, surrounding
or blocking a building, a plant or a harbour PROTEST, armed men or police doing so not
(verbs.json v.seize.protest); the army or the police called out or called in MOBILIZE
(v.call_out.forces); forces sent home stood down, RETREAT (v.send_home.forces); a press freed
from censorship or controls CONCEDE, captives freed RETREAT (v.free.from_restriction); a
legislature approving a bill or a law enacts the act the law tells, no praise (v.support.approve
not_objects; agents._made_carrier: a bill made by a carrier verb is no cost word doing its
clause's act); a force ordered to be on alert or on standby MOBILIZE (roles.json preparations
states, verb_frames.forces_readied); an authority approving a party's registration, a candidacy,
a rally or a request, or legally recognizing a union or a party, CONCEDE (v.concede.approve,
v.concede.recognize), while recognizing a state or a government stays SUPPORT; strikers
resuming work or an opposition returning to parliament after a stoppage or a boycott CONCEDE
(v.resume_work, v.return.boycotted, roles.json contexts stoppages)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Striking dockers seized the harbour master's office in Lenn on Tuesday.",
    "About 500 students surrounded the education ministry and chanted slogans.",
    "Villagers blockaded the entrance to the cement plant over the dust it spreads.",
    "Demonstrators besieged the town hall for a second day.",
])
def test_protesters_seizing_or_surrounding_a_building_protest(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "PROTEST", ev


@pytest.mark.parametrize("text, root", [
    ("Rebels seized the town hall of Lenn on Tuesday.", "ASSAULT"),
    ("Troops surrounded the rebel stronghold near the border.", "ASSAULT"),
    ("Police seized the offices of the opposition weekly.", "COERCE"),
])
def test_armed_men_or_police_seizing_a_building_keep_their_root(top_event, text, root):
    ev = top_event(text)
    assert ev["root"] == root, ev


@pytest.mark.parametrize("text", [
    "The governor called out the national guard after a night of looting in Lenn.",
    "The prime minister called in the army to run the strike-bound power stations.",
])
def test_forces_called_out_or_in_mobilize(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "MOBILIZE", ev


def test_an_envoy_called_in_is_no_mobilization(coded_events):
    evs = coded_events("The foreign ministry called in the Velkan ambassador on Monday.")
    assert all(e["root"] != "MOBILIZE" for e in evs), evs


def test_forces_sent_home_are_stood_down(top_event):
    ev = top_event("Kessia sent 3,000 reservists home on Friday.")
    assert ev["root"] == "RETREAT", ev


def test_forces_sent_to_a_border_mobilize(top_event):
    ev = top_event("Kessia sent 3,000 reservists to the border on Friday.")
    assert ev["root"] == "MOBILIZE", ev


def test_a_press_freed_from_censorship_is_a_concession(top_event):
    ev = top_event("The new junta freed the radio stations from state control on Friday.")
    assert ev["root"] == "CONCEDE", ev


def test_captives_freed_are_released(top_event):
    ev = top_event("The guerrillas freed two captured engineers on Friday.")
    assert ev["root"] == "RETREAT", ev


@pytest.mark.parametrize("text, root", [
    ("The Lirnian senate approved a bill legalizing two banned parties.", "CONCEDE"),
    ("The assembly approved a law barring all trade with Dorvan.", "SANCTION"),
    ("The cabinet signed a bill lifting the curfew in the south.", "CONCEDE"),
])
def test_a_law_approved_codes_the_act_it_tells(top_event, text, root):
    ev = top_event(text)
    assert ev["root"] == root, ev


def test_a_law_approved_is_no_praise(coded_events):
    evs = coded_events("The Lirnian senate approved the new mining law on Monday.")
    assert all(e["root"] != "SUPPORT" for e in evs), evs


def test_approving_a_party_s_conduct_backs_it(top_event):
    ev = top_event("The assembly approved the premier's handling of the border crisis.")
    assert ev["root"] == "SUPPORT", ev


def test_a_bill_that_is_a_cost_still_does_nothing(coded_events):
    evs = coded_events("The repair bill for the flooded schools rose to two million dollars.")
    assert evs == [], evs


@pytest.mark.parametrize("text", [
    "The defence ministry ordered its border units to be on high alert.",
    "The army ordered the reserve battalions to be on standby from midnight.",
])
def test_forces_ordered_to_be_on_alert_mobilize(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "MOBILIZE", ev


def test_police_ordered_to_be_on_the_lookout_are_asked(top_event):
    ev = top_event("The minister ordered the police to be on the lookout for the escaped convict.")
    assert ev["root"] != "MOBILIZE", ev


@pytest.mark.parametrize("text", [
    "The electoral commission approved the registration of the Green League on Thursday.",
    "The governor authorized a march by the striking teachers through the centre of Lenn.",
    "The cabinet approved the miners' demand for a shorter shift.",
    "The new junta formally recognized the dockers' union it had outlawed.",
])
def test_an_authority_approving_or_recognizing_political_activity_concedes(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "CONCEDE", ev


@pytest.mark.parametrize("text", [
    "Kessia formally recognized the Republic of Moss on Friday.",
    "Orlund recognized the new military government of Brel.",
])
def test_recognizing_a_state_or_a_government_supports_it(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "SUPPORT", ev


@pytest.mark.parametrize("text", [
    "Bus drivers in Lenn resumed work on Thursday, ending a week-long stoppage over pay.",
    "The opposition deputies returned to parliament after boycotting it for a month.",
])
def test_a_stoppage_or_a_boycott_ended_by_a_return_concedes(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "CONCEDE", ev


@pytest.mark.parametrize("text", [
    "The nurses resumed work on Monday after the long weekend.",
    "Deputies returned to parliament on Tuesday after the summer recess.",
])
def test_a_return_with_no_stoppage_told_is_no_concession(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "CONCEDE" for e in evs), evs
