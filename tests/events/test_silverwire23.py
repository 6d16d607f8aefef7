"""Fixes prompted by the blind batch Random(80) (bench/plover_probes_silverwire23.txt, issue 4;
written after its errors were read, so NOT blind): a later participle of an occurrence's tail is
the occurrence's too ('collapsed, killing two and injuring three': events.occur._tail_of); a ban
for a number of games keeps a player out of a contest (roles.json contests: 'game', the lemma of
'games'); a cricket side's pace or bowling attack and a bowler's lbw appeal are no acts
(nouns.json n.assault, n.request.standalone not_modifiers); a government's projects, schemes and
programmes approved are its own works (roles.json passed_texts); a party echoing another's
comments, view or stance endorses it (verbs.json v.support.echo; only words a named party
owns: owned_objects, events.senses._party_owned); police or troops on standby
are a force posture, as on alert (nouns.json n.mobilize.alert); the bodies of the dead brought
out are no aid (v.evacuate not_objects); investors, firms or companies signing close business
(v.sign not_subjects); a cabinet endorsing a scheme of its own backs no party (roles.json
passed_texts verbs)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "A bridge collapsed in Lirn on Monday, killing two labourers and injuring three more.",
    "A five-storey block under construction in Osk collapsed, killing two workers and "
    "wounding four others, hospital sources said.",
])
def test_every_participle_of_an_occurrence_tail_is_the_occurrence(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "ASSAULT" for e in evs), evs


@pytest.mark.parametrize("text", [
    "Rebels shelled the town on Monday, killing two civilians and wounding three more.",
    "A suicide bomber detonated his explosives in Lirn, killing two soldiers and injuring three "
    "others.",
])
def test_an_attack_tail_stays_an_attack(coded_events, text):
    evs = coded_events(text)
    assert evs and all(e["root"] == "ASSAULT" for e in evs), evs


@pytest.mark.parametrize("text", [
    "Lirn United's defender Ado Barra was banned for three games after a scuffle with Jon Kahl.",
    "The Velkan striker was suspended for two games after the brawl.",
])
def test_a_ban_for_games_is_a_players_discipline(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "COERCE" for e in evs), evs


def test_a_ban_on_a_party_stays_coercion(top_event):
    assert top_event("The junta banned the main opposition party on Monday.")["root"] == "COERCE"


@pytest.mark.parametrize("text", [
    "Ado Marr came into the side and the off-spinner made way for a pace attack on a fast pitch.",
    "The Tarvian bowling attack took four wickets before lunch.",
    "Ivo Marr survived a loud lbw appeal by the Tarvian spinner in the third over.",
])
def test_cricket_attacks_and_appeals_are_no_acts(coded_events, text):
    assert coded_events(text) == []


@pytest.mark.parametrize(("text", "root"), [
    ("Rebels launched an attack on the border town of Osk on Sunday.", "ASSAULT"),
    ("The families renewed their appeal to the rebels for the release of the hostages.",
     "REQUEST"),
])
def test_other_attacks_and_appeals_stay(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    ("The farm minister said the government had approved irrigation schemes for three "
     "northern provinces.", None),
    ("The Lirn cabinet approved a new housing programme for the capital.", None),
    ("The government approved the Velkan plan for a truce.", "SUPPORT"),
])
def test_a_governments_own_schemes_approved_back_no_party(coded_events, text, root):
    evs = coded_events(text)
    assert (evs[0]["root"] if evs else None) == root, evs


@pytest.mark.parametrize(("text", "root"), [
    ("The Dorvian official's remarks were echoed by Velkia, which has long opposed the sanctions.",
     "SUPPORT"),
    ("Marlow's chairman, Ivo Pelt, echoed the official Kessel view of the deal.", "SUPPORT"),
    ("Velkia echoed Tarvia's condemnation of the coup.", "ACCUSE"),
])
def test_comments_echoed_are_endorsed(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize("text", [
    "The warning echoed comments made by the central bank last week.",
    "His words echoed through the empty hall.",
    "The Tarvian envoy echoed those remarks on Monday.",
    "Those sentiments were echoed by traders across the region this week.",
])
def test_an_echo_of_no_party_is_no_act(coded_events, text):
    assert coded_events(text) == []


@pytest.mark.parametrize(("text", "root"), [
    ("Hundreds of riot police were on standby outside the parliament in Osk on Monday.",
     "MOBILIZE"),
    ("Two field hospitals in Osk were put on standby for the summit.", None),
])
def test_forces_on_standby_are_a_force_posture(coded_events, text, root):
    evs = coded_events(text)
    assert (evs[0]["root"] if evs else None) == root, evs


@pytest.mark.parametrize(("text", "root"), [
    ("Rescuers evacuated the bodies of the 12 climbers from the glacier on Monday.", None),
    ("Army helicopters evacuated the injured from the hill town.", "AID"),
])
def test_bodies_brought_out_are_no_aid(coded_events, text, root):
    evs = coded_events(text)
    assert (evs[0]["root"] if evs else None) == root, evs


@pytest.mark.parametrize(("text", "root"), [
    ("Ten of the new investment projects were signed by local investors, the director said.",
     None),
    ("The Velkan company signed a contract with the Tessian steel maker on Monday.", None),
    ("The two governments inked a pact on water sharing on Monday.", "SUPPORT"),
])
def test_firms_signing_close_business(coded_events, text, root):
    evs = coded_events(text)
    assert (evs[0]["root"] if evs else None) == root, evs


@pytest.mark.parametrize(("text", "root"), [
    ("The Velkan cabinet on Monday endorsed a programme to sell flats in state housing to their "
     "tenants.", None),
    ("The Velkan cabinet endorsed the Union's plan for a truce.", "SUPPORT"),
])
def test_a_cabinet_endorsing_its_own_scheme_backs_no_party(coded_events, text, root):
    evs = coded_events(text)
    assert (evs[0]["root"] if evs else None) == root, evs
