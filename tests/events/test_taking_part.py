"""Taking part or participating in talks, a meeting or a conference is meeting there, CONSULT,
told ahead an intent to meet, AGREE (verbs.json v.consult.take_part, v.consult.participate);
troops or a party said to be loyal to a leader back him, SUPPORT (roles.json stances 'loyal').
Issue 4: probe lines that coded no event because the gathering noun named no party and the
adjective was no stance."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root", "modality"), [
    ("The Selm opposition took part in the round-table talks with the ruling council on Tuesday.",
     "CONSULT", "asserted"),
    ("Delegates of both factions participated in a meeting in Osk on Friday.", "CONSULT",
     "asserted"),
    ("Harl said it would take part in a regional conference on river shipping.", "AGREE",
     "planned"),
])
def test_taking_part_in_a_gathering_is_meeting(top_event, text, root, modality):
    ev = top_event(text)
    assert ev["root"] == root and ev["modality"] == modality, ev
    assert "take_part" in ev["rule"] or "participate" in ev["rule"], ev


def test_part_must_be_what_is_taken(coded_events):
    assert coded_events("The minister took a conference call with the bank on Friday.") == []


@pytest.mark.parametrize(("text", "actor"), [
    ("The navy chief said his sailors remained loyal to the elected president.", "sailors"),
    # the army is named by its state, as every demonym's forces are
    ("The Velkan army is loyal to President Ado Kell, the defence minister said.", "Velkan"),
])
def test_loyal_to_a_leader_is_support(top_event, text, actor):
    ev = top_event(text)
    assert ev["root"] == "SUPPORT" and ev["rule"] == "stance:loyal+v.support", ev
    assert actor in (ev["actor"] or ""), ev


def test_forces_loyal_to_a_leader_only_say_whose_they_are(coded_events):
    text = "The militia loyal to the governor numbers about 400 men, a local paper said."
    assert coded_events(text) == []


@pytest.mark.parametrize("text", [
    "The Dorvan foreign minister is in Calvany for a three-day visit, his office said.",
    "The Velkan envoy is in Osk for a two-day visit.",
])
def test_a_visitor_in_a_place_for_a_visit_is_on_it(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "CONSULT" and ev["trigger"] == "visit", ev


def test_a_visit_needs_the_place_of_the_stay(coded_events):
    # no place phrase on the verb of state: 'for a visit' tells no stay
    assert coded_events("The money is for a visit to the old port, the council said.") == []
