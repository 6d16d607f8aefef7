"""Fixes prompted by the blind batch Random(71) (bench/plover_probes_silverwire14.txt, issue 4;
written after its errors were read, so NOT blind): a poll's share of a whole people approving
of a leader counts opinions, no act; punitive measures imposed or agreed are sanctions; doctors
examining a patient investigate no one; the closing of a festival declared is its end; a
venture shut down for maintenance is a stoppage; evidence 'to back' charges supports no party;
medals that are holy name no game, and silver and bronze do; a joint venture named as the firm
it is tells no act, one formed or invested in is cooperation. Each shape told otherwise keeps
its own coding."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "In May 2003, early in her second term, 61 percent of Velkans approved of Premier Ola Brun.",
    "In March 2003, early in her second term, 61 percent of Velkans approved of Ola Brun.",
    "Doctors examined the freed hostages in Osk on Monday.",
    "The ailing president was examined by doctors in Osk on Monday.",
    "The minister declared the closing of the film festival at the weekend in Osk.",
    "The Velkan-Lirnian venture in Osk was shut down for maintenance last year.",
    "The hospital records support his account of the night.",
    "Sand, 16, beat team-mate Ivo Kell into silver, with Lirn's Ado Brun taking bronze.",
    "Osk took measures to cut its budget deficit.",
    "Two Lirnian firms each own half of the Osk smelter through a joint venture.",
    "The Velkan-Lirnian joint venture in Osk was shut down for maintenance last year.",
])
def test_no_act_between_parties(coded_events, text):
    assert coded_events(text) == []


@pytest.mark.parametrize(("text", "root"), [
    # a share of a body's members is the body's decision; an army's backing stays
    ("The dockers' union said 71 percent of members who voted backed the deal.", "SUPPORT"),
    ("The plan was backed by the Velkan army.", "SUPPORT"),
    # prosecutors examining accounts investigate
    ("Velkan prosecutors examined the accounts of the ruling party.", "ACCUSE"),
    # a border closed is still closed on someone; police shutting a paper coerce it
    ("The junta announced the closing of the border with Lirn.", "COERCE"),
    ("Police shut down the opposition weekly for repairs to its licence.", "COERCE"),
    # sanctions by name or as punitive measures
    ("The punitive steps were agreed in principle under a previous Union Council resolution.",
     "SANCTION"),
    ("The bloc imposed punitive measures on the Lirnian generals on Monday.", "SANCTION"),
    # agreeing to a freeze stays an agreement: 'agree' is no light verb of n.sanction
    ("Lirn agreed to a freeze on new settlements.", "AGREE"),
    # holy medals seized are no sport
    ("The Fund said police took away 18,000 crowns, prayer books and holy medals.", "COERCE"),
    # a joint venture formed or invested in is cooperation
    ("Velka and Lirn set up a joint venture to build cars.", "COOPERATE"),
    ("Tarvia invested in a joint venture with Osk.", "COOPERATE"),
])
def test_the_act_stays(top_event, text, root):
    assert top_event(text)["root"] == root
