"""Conventions of the PLOVER codebook and CAMEO2PLOVER-2021 where a lexicon sense parted from
them (issue 4, session 46): accession to a treaty, an approved extradition, a meeting due,
a call for action with and without a party it is against, a social ill fought."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # accession is the signing of a formal agreement (CAMEO 057 -> SUPPORT), no yielding
    ("Tarvik acceded to the treaty banning cluster bombs on Thursday.", "SUPPORT"),
    ("The small republic joined the chemical weapons convention in 1997.", "SUPPORT"),
    # acceding to a demand still yields (v.bow_to)
    ("The governor acceded to the strikers' demands after a week.", "CONCEDE"),
    # judicial cooperation approved is done (codebook COOPERATE: extraditions)
    ("The high court in Osk cleared the extradition of the banker to Velka.", "COOPERATE"),
    # 'due to' with an infinitive is a meeting planned (CAMEO 036, AGREE) ...
    ("The Dorvan premier is due to meet the Velkan president in Osk on Friday.", "AGREE"),
    # ... and a cause without one: the cancelling is the act
    ("Talks in Osk were cancelled due to the shelling of the city.", "SANCTION"),
    # a call for action against a party solicits action against it (DISAPPROVE, ACCUSE);
    # with no one it is against it is an appeal (REQUEST)
    ("The bishops called for international action against the junta.", "ACCUSE"),
    ("The minister called for concerted action among the river states to curb flooding.",
     "REQUEST"),
    # inspectors visiting a site inspect it (CAMEO 09), no meeting of parties
    ("The UN inspectors visited two Velkan missile depots on Monday.", "ACCUSE"),
    ("The Velkan envoy visited Osk on Monday for talks on the river.", "CONSULT"),
])
def test_convention(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize("text", [
    "The two ministers vowed to fight the smuggling of narcotics across the lake.",
    "Velka has fought corruption in its customs service for a decade.",
    "Firefighters fought the blaze in the Osk warehouse for six hours.",
])
def test_a_social_ill_fought_is_no_assault(coded_events, text):
    assert "ASSAULT" not in [e["root"] for e in coded_events(text)]


@pytest.mark.parametrize("text", [
    "The Lirnian interior ministry said in 2001 that all the files had been destroyed.",
    "Guards burnt the prison records before the inspectors arrived.",
])
def test_records_destroyed_are_no_assault(coded_events, text):
    """v.assault not_objects: destroying files or records attacks no party."""
    assert "ASSAULT" not in [e["root"] for e in coded_events(text)]


@pytest.mark.parametrize("text", [
    "Velkan troops fought the rebels outside Osk on Sunday.",
    # gunfire is no hazard: hitting back at it is combat
    "The Velkan army retaliated against the mortar fire from the hills on Sunday.",
])
def test_an_armed_party_or_gunfire_fought_stays_assault(top_event, text):
    assert top_event(text)["root"] == "ASSAULT"


@pytest.mark.parametrize(("text", "root"), [
    # a team post left is no resignation of an official (codebook RETREAT)
    ("Moro resigned as head coach of the Osk football club on Sunday.", "NONE"),
    ("The veteran stepped down as captain of the national cricket side.", "NONE"),
    ("The Velkan interior minister resigned on Sunday after the riots.", "RETREAT"),
    # enlisting is no signing; a treaty signed up to still is one
    ("Two hundred candidates signed up to run for the Osk city council.", "NONE"),
    ("Tarvik signed up to the regional fisheries accord last year.", "SUPPORT"),
])
def test_sense_and_plan(top_event, text, root):
    assert top_event(text)["root"] == root
