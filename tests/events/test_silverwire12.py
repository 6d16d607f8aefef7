"""Fixes prompted by the blind batch Random(69) (bench/plover_probes_silverwire12.txt, issue 4;
written after its errors were read, so NOT blind): a place one 'hails from' is no praise, a
leader linked 'with' killings is accused as 'to' them, pressure that grows on a party to act
is a demand, a visit to the scene of a disaster meets no party, and an act judged hard to do
('hard to beat') is no act; a speech verb whose object is an act noun tells no one to do its
to-infinitive ('announced suspension of its role to protest X'). Each shape's act told
plainly stays coded."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # where someone comes from, the preposition stranded or not
    "Officials were alarmed by the mood in Varo, where many of the dead of the crash hailed "
    "from, a Velkan source added.",
    "Most of the miners killed in the Osk blast hailed from the hill villages of Lirn.",
    # a disaster's scene visited to see to the rescue
    "The Tarvian premier has already visited the scene of the pit collapse to oversee the "
    "rescue work.",
    "Velkan Prime Minister Ado Kell visited the site on Monday to supervise the rescue effort.",
    # how hard an act would be, its object the clause's subject
    "Ivo Marr conceded that the Lirnian side would be hard to beat.",
    "The Lirnian team proved impossible to beat in Osk.",
])
def test_no_act(coded_events, text):
    assert [e["root"] for e in coded_events(text)] == []


@pytest.mark.parametrize("text, root", [
    ("Lirnian prosecutors have linked two Velkan ministers with the 1994 assassinations.",
     "ACCUSE"),
    ("Police in Osk linked the Harl Front with the bombing of the market.", "ACCUSE"),
    ("Pressure grew on Friday on President Ado Kell of Velka to leave power.", "REQUEST"),
    ("Pressure built on Lirn to free the detained reporters.", "REQUEST"),
    # the plain acts stay
    ("The Velkan premier hailed the Lirnian truce offer as a brave step.", "SUPPORT"),
    ("The Velkan envoy visited Osk on Monday.", "CONSULT"),
    ("Nuclear inspectors of the Union visited the Osk enrichment site on Tuesday.", "ACCUSE"),
    ("The Velkan army said it was difficult to shell the Lirnian guns at night.", "ASSAULT"),
    ("Velka worked hard to reach a deal with Lirn on the dam.", "AGREE"),
])
def test_act(top_event, text, root):
    assert top_event(text)["root"] == root


def test_pressure_in_a_boiler_is_no_demand(coded_events):
    assert [e["root"] for e in coded_events("The pressure rose in the boiler until the valve "
                                            "burst.")] == []


@pytest.mark.parametrize("text, root", [
    # an act noun as the speech verb's object is what is announced, its to-infinitive the
    # purpose: no one is told to protest
    ("The opposition bloc announced suspension of its role in the parliament to protest the "
     "prime minister's visit to Lirn.", "PROTEST"),
    # a party told to act stays a demand
    ("The Union told both sides to end the fighting in Osk.", "REQUEST"),
])
def test_report_to_needs_a_party_told(top_event, text, root):
    assert top_event(text)["root"] == root
