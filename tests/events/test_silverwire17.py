"""Fixes prompted by the blind batch Random(74) (bench/plover_probes_silverwire17.txt, issue 4;
written after its errors were read, so NOT blind): a thing that declines falls, and only a
party with nothing declined refuses (verbs.json v.reject.decline, lexicon Entry.bare_party);
police, security services or an army holding people detain them (v.hold.captors); people
named as conspirators or suspects are accused (v.accuse.name_as); a named person or an
official who 'arrived here' is on a visit (v.travel.here), and a subject's title or entity
kind is among the words an entry's subjects match (senses._subject_words); a past participle
the tagger left a verb where it stands as a noun ('among the injured') tells no act, as the noun
does (verb_candidates._participle_as_noun). Each shape told otherwise keeps its own coding."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Piracy incidents off the Varo coast have declined since the courts took power in June.",
    "Orlund's exports to Tarvia declined 4 percent over the third quarter.",
    "The number of refugees crossing into Lirn declined sharply last month.",
    "Support for the ruling party has declined since the spring.",
])
def test_a_thing_that_declines_falls(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "REJECT" for e in evs), evs


@pytest.mark.parametrize("text", [
    "The Tarvian cabinet declined an offer of talks from the rebels.",
    "The junta declined to lift the curfew on the northern towns.",
    "Asked to stay on in Osk, the envoy declined.",
    "The offer was declined by the rebels.",
    "Velkan declined.",
])
def test_declining_something_or_a_party_declining_refuses(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "REJECT" and ev["rule"] == "v.reject.decline", ev


@pytest.mark.parametrize("text", [
    "Orlundian security services have been holding 12 suspected Velkan militants for the past "
    "eight days, officials said.",
    "Police are holding two men over the theft of the paintings.",
    "Velkan police have been holding three suspected smugglers for a week.",
])
def test_police_or_security_services_holding_people_detain_them(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "COERCE" and ev["rule"] == "v.hold.captors", ev


@pytest.mark.parametrize("text", [
    "The army held a parade for the veterans in Osk on Sunday.",
    "Troops held the bridge for three days.",
])
def test_holding_a_thing_detains_no_one(coded_events, text):
    assert all(e["root"] != "COERCE" for e in coded_events(text))


def test_holding_talks_stays_a_meeting(top_event):
    ev = top_event("The government held talks with the rebels in Osk.")
    assert ev["root"] == "CONSULT", ev


@pytest.mark.parametrize("text", [
    "Ruling and opposition politicians, clerks and even students are all named as conspirators "
    "in a fraud in Velkan's Osk province.",
    "The Tarvian police identified a former army officer as the mastermind of the bombing.",
])
def test_named_as_conspirators_is_an_accusation(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "ACCUSE" and ev["rule"] == "v.accuse.name_as", ev


@pytest.mark.parametrize("text", [
    "The party named Ada Kell as its candidate for mayor.",
    "The president named Jon Brun as the new finance minister.",
])
def test_named_to_a_post_accuses_no_one(coded_events, text):
    assert all(e["root"] != "ACCUSE" for e in coded_events(text))


@pytest.mark.parametrize("text", [
    "Marr arrived here Thursday following a state visit to Orlund.",
    "Kessian President Ado Kell arrived here on Monday.",
    "The Kessian foreign minister arrived here late on Sunday.",
])
def test_arriving_here_is_a_visit(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "CONSULT" and ev["rule"] == "v.travel.here", ev


def test_a_titled_name_arriving_in_a_city_is_a_visit(top_event):
    ev = top_event("Orlundian President Ivo Marr arrived in Osk on Monday.")
    assert ev["root"] == "CONSULT" and ev["rule"] == "v.travel.official", ev


def test_a_player_arriving_for_a_tournament_is_no_visit(coded_events):
    text = "Tomas Brun arrived here on Monday for the Osk Open tennis tournament."
    assert coded_events(text) == []


@pytest.mark.parametrize("text", [
    "A spokesman for the contractors, Brenmark, said one of the injured was an Orlundian "
    "engineer, but he declined to name the man.",
    "Two soldiers were among the wounded, the army said.",
    "The dead and the injured were flown to Osk.",
])
def test_a_participle_standing_as_a_noun_tells_no_act(coded_events, text):
    assert all(e["root"] != "ASSAULT" for e in coded_events(text))


def test_a_participle_with_its_own_doer_stays_the_act(top_event):
    ev = top_event("Three guards were injured by the gunmen, the police said.")
    assert ev["root"] == "ASSAULT", ev
