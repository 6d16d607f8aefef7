"""Senses of aid, mobilisation and exchange words that agency copy uses of no act between
parties (issue 4, silver-wire audit of session 45): organs donated, citizens 'mobilized'
for a cause, cultural exchanges, a river supplying water; and aid made smaller, which is
SANCTION (v.reduce.aid)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    ("Many people in Velka are reluctant to donate organs after death.", "NONE"),
    ("The charity donated blankets to the displaced families.", "AID"),
    ("The reform will mobilize all of us to build a fairer Dorvan, Harl said.", "NONE"),
    ("Kessia mobilized 20,000 reservists along the Orlund border.", "MOBILIZE"),
    ("The Osk river, which supplies most of the water to Harl, was polluted by the spill.",
     "NONE"),
    ("Orlund supplies most of the water to Harl under a treaty.", "AID"),
])
def test_sense_of_the_word(top_event, text, root):
    assert top_event(text)["root"] == root


def test_exchange_needs_captives_in_or_around_its_sentence(coded_events, annotate_events):
    """An exchange releases captives only where captives are named (roles.json contexts
    captives), in its sentence or the one before: cultural exchanges release nobody."""
    roots = [e["root"] for e in coded_events(
        "Tessia and Orlund agreed to make more cultural exchanges and expand cooperation.")]
    assert "RETREAT" not in roots
    assert coded_events("Kessia and Orlund carried out an exchange of prisoners at the "
                        "border crossing.")[0]["root"] == "RETREAT"
    ann = annotate_events("The two sides had held 40 captives each since the war. "
                          "The exchange took place at a border post on Friday.")
    assert [e.type for e in ann.events if e.trigger == "exchange"] == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "The food agency halved its rations to the refugees in the northern camps.",
    "A funding gap has forced the Velka relief agency to halve its food rations to the camps.",
])
def test_aid_made_smaller_is_a_sanction(top_event, text):
    assert top_event(text)["root"] == "SANCTION"


def test_taken_prisoner_is_held(top_event):
    assert top_event("Peterson was the twelfth Dorvan pilot taken prisoner in the war.")[
        "root"] == "COERCE"


@pytest.mark.parametrize(("text", "root"), [
    ("The highest total ever conceded by Dorvan in one-day games was 312-7.", "NONE"),
    ("Osk conceded two goals in the first half.", "NONE"),
    ("The junta conceded to the opposition's demands.", "CONCEDE"),
])
def test_points_conceded_in_a_game_are_no_concession(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    ("The first one-day match between the Dorvan and Osk teams was called off on Sunday "
     "because of rain.", "NONE"),
    ("The union called off the strike on Sunday.", "CONCEDE"),
    ("The group called on Sunday for talks on a lasting ceasefire.", "REQUEST"),
])
def test_date_after_a_particle_is_no_particle(top_event, text, root):
    """'called off on Sunday': the date's 'on' says when; 'off' gives the verb its sense,
    so no 'call on' (a request) is read (dependents._dated_prep)."""
    assert top_event(text)["root"] == root
