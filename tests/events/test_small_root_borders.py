"""The small roots' borders (issue 4, session 60; bench/plover_probes_weakroots.txt, its
session-60 section, written and labelled before the run): unarmed people seizing, surrounding
or blocking a building, a plant or a harbour PROTEST, armed men or police doing so not
(verbs.json v.seize.protest); the army or the police called out or called in MOBILIZE
(v.call_out.forces); forces sent home stood down, RETREAT (v.send_home.forces); a press freed
from censorship or controls CONCEDE, captives freed RETREAT (v.free.from_restriction)."""

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
