"""The noun 'fire' in war news is gunfire, not a blaze; a held fire is no attack; a clause
beside an intent word is not what it aims at (issue #4)."""

from __future__ import annotations

import pytest

from dateline.events import OCCURRENCE


def _kinds(ann) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in ann.events]


def _occurrences(ann) -> list[str]:
    return [e.rule for e in ann.events if e.type == OCCURRENCE]


@pytest.mark.parametrize("text", [
    "Two farmers were wounded by Syrian fire near the frontier.",
    "Four fighters were killed by army fire on the ridge.",
    "Three guards were killed by the Hezbollah fire on Tuesday.",
    "The minister told the air force to retaliate against the fresh fire.",
    "The two factions held their fire on Sunday.",
])
def test_gunfire_is_no_accidental_blaze(annotate_events, text):
    assert _occurrences(annotate_events(text)) == []


def test_a_death_under_army_fire_is_an_attack(annotate_events):
    ann = annotate_events("Four fighters were killed by army fire on the ridge.")
    assert [e.type for e in ann.events] == ["ASSAULT"]


def test_fire_with_its_own_doer_among_military_words_is_an_assault(annotate_events):
    ann = annotate_events("The army said fire from the hills had resumed after the rocket "
                          "launches.")
    assert ("ASSAULT", "fire") in _kinds(ann)
    ann = annotate_events("Syrian fire from across the frontier wounded two farmers near the "
                          "army post.")
    assert {e.type for e in ann.events} == {"ASSAULT"}


def test_holding_fire_is_a_pause_not_an_attack(annotate_events):
    ann = annotate_events("The two factions held their fire on Sunday.")
    assert [(e.type, e.rule) for e in ann.events] == [("RETREAT", "v.hold_fire")]


@pytest.mark.parametrize(("text", "rule"), [
    ("A fire from the kitchen spread to the roof.", "occ.accident.fire+noun"),
    ("The fire on the rig burned for two days.", "occ.accident.fire+noun"),
    ("Eleven workers were killed by the fire on the rig.", "occ.accident.death"),
])
def test_a_blaze_stays_an_occurrence(annotate_events, text, rule):
    ann = annotate_events(text)
    assert rule in _occurrences(ann)
    assert not [e for e in ann.events if e.type == "ASSAULT"]


def test_a_clause_beside_an_intent_word_is_told_not_planned(annotate_events):
    """An intent word ('want', 'sought') plans its own complement; a clause joined to it
    ('..., and the navy has shelled ...') or an after-clause is told as it happened."""
    ann = annotate_events("Residents want calm, and the navy has shelled 300 targets.")
    assert [(e.type, e.modality) for e in ann.events] == [("ASSAULT", "asserted")]
    ann = annotate_events("The rebels sought a truce after rockets were fired at the town.")
    assert [(e.type, e.modality) for e in ann.events] == [("ASSAULT", "asserted")]
    ann = annotate_events("The rebels planned to attack the base.")
    assert [(e.type, e.modality) for e in ann.events] == [("THREATEN", "planned")]


@pytest.mark.parametrize("text", [
    "The rebels said that neither they nor their allies were responsible for the blast.",
    "The militia said it wasn't to blame for the shelling of the market.",
])
def test_a_denied_responsibility_is_a_rejection_by_the_denier(annotate_events, text):
    ann = annotate_events(text)
    assert [e.type for e in ann.events] == ["REJECT"]
    assert ann.events[0].actor in ("rebels", "militia")


def test_an_owned_responsibility_is_no_rejection(annotate_events):
    ann = annotate_events("The rebels said they were responsible for the safety of the port.")
    assert not [e for e in ann.events if e.type == "REJECT"]


def test_shots_taken_among_fighting_words_are_an_assault(annotate_events):
    ann = annotate_events("The two militias took a few last shots across the river before the "
                          "truce began.")
    assert ann.events[0].type == "ASSAULT"
    ann = annotate_events("The senator took a shot at the president over the budget.")
    assert not [e for e in ann.events if e.type == "ASSAULT"]
