"""Two coordinated verbs sharing one object, and intelligence handed over (issue 4): the
parse hangs a shared object on the last verb only; information on an armed foe given to a
party is AID (the PLOVER gold's convention), other information given is no act."""

from __future__ import annotations

import pytest

from dateline.events.dependents import objects


@pytest.mark.parametrize(("text", "verb", "obj"), [
    ("Security forces raided and sealed the offices of the weekly.", "raided", "offices"),
    ("Troops raided, searched and closed the radio station.", "raided", "station"),
])
def test_first_of_two_coordinated_verbs_sees_the_shared_object(nlp, text, verb, obj):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert obj in {o.text for o in objects(tok)}


@pytest.mark.parametrize(("text", "verb"), [
    ("Security forces raided the homes and sealed the offices.", "raided"),  # its own object
    ("Troops raided and police sealed the offices.", "raided"),  # another clause's object
])
def test_no_object_passed_back_past_an_own_clause(nlp, text, verb):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert "offices" not in {o.text for o in objects(tok)}


def test_raid_and_seal_of_offices_is_coerce(coded_events):
    evs = coded_events("Police raided and sealed the offices of the Selm opposition weekly.")
    assert evs[0]["root"] == "COERCE" and evs[0]["trigger"] == "raided"


@pytest.mark.parametrize("text", [
    "The Lusk army gave Orlund detailed information on the rebel camps near the border.",
    "Velmar handed Brel information about the insurgents and their camps.",
])
def test_information_on_a_foe_given_is_aid(coded_events, text):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == "AID"


@pytest.mark.parametrize("text", [
    "The ministry gave reporters information on the number of flood victims.",
    "Kessland gave investigators information about the suspect who hid in a rebel camp.",
])
def test_other_information_given_is_no_aid(coded_events, text):
    assert all(e["root"] != "AID" for e in coded_events(text))


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("The guerrillas disarmed and left Osk on Monday.", "guerrillas", "Osk"),
    ("The militia surrendered and left the town of Varn.", "militia", "Varn"),
])
def test_coordinated_intransitive_verbs_share_subject_and_target(coded_events, text, actor, target):
    """'disarmed and left Osk': the parser may read the first verb as a participle on the
    opening noun; the finite verb coordinated with it shows the noun is its subject, and the
    place the second verb leaves is the first's target too (dependents.shared_objects)."""
    evs = coded_events(text)
    assert evs[0]["root"] == "RETREAT"
    assert actor in (evs[0]["actor"] or "") and target in (evs[0]["target"] or "")


def test_a_participle_alone_on_the_opening_noun_gets_no_subject(coded_events):
    evs = coded_events("Rebels disarmed in Osk.")  # a headline passive: who disarmed them untold
    assert not evs or evs[0]["actor"] is None
