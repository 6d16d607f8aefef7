"""Leftover shapes of session 64 and of the blind batch Random(86) (issue 4, session 65), each
a general shape of English or of the codebook, with the near sense that must stay."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


def _top(coded_events, text: str) -> str | None:
    evs = coded_events(text)
    return evs[0]["root"] if evs else None


@pytest.mark.parametrize("ex", lexicon.role_examples("givings"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_giving_examples(coded_events, ex):
    """roles.json givings examples: a named party given permission CONCEDE, tenants none."""
    assert _top(coded_events, ex["text"]) == ex["root"]


@pytest.mark.parametrize("text", [
    "The junta gave the Red Cross permission to visit political prisoners for the first time.",
    "Orlund gave Tessian warships permission to dock at its northern ports.",
])
def test_permission_given_to_a_named_party_is_a_concession(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "CONCEDE" and ev["rule"].endswith("n.concede.permission"), ev


def test_permission_given_to_the_opposition_is_a_concession(coded_events):
    # no name, but one of roles.json givings 'receivers' (session 66; this was a leftover)
    assert _top(coded_events, "The Velkan authorities gave the opposition permission to hold "
                              "a rally in the capital on Saturday.") == "CONCEDE"


@pytest.mark.parametrize("text", [
    "The patient gave her consent to the surgery on Monday.",
    "The man had consented to the surgery before he lost consciousness.",
    "The donor's family consented to the transplant, the hospital said.",
])
def test_medical_consent_is_no_act(coded_events, text):
    assert _top(coded_events, text) is None


def test_consent_to_an_inquiry_stays_agree(coded_events):
    assert _top(coded_events, "The junta consented to an international inquiry into the "
                              "massacre.") == "AGREE"


@pytest.mark.parametrize(("text", "root"), [
    # ways or options investigated are studied: no inquiry into a party
    ("The Osk port authority was investigating ways to cut waiting times for ships.", None),
    ("The ministry is investigating options for new runways at Velka airport.", None),
    ("The Tessian police are investigating the minister over the arms deal.", "ACCUSE"),
])
def test_investigated_ways(coded_events, text, root):
    assert _top(coded_events, text) == root


@pytest.mark.parametrize(("text", "root"), [
    # a joint stance or statement blocked is refused, as a draft resolution is
    ("Dorvia blocked a joint statement of the alliance on the border dispute.", "REJECT"),
    ("Velka vetoed the common stance of the bloc on the sanctions.", "REJECT"),
])
def test_blocked_stances(coded_events, text, root):
    assert _top(coded_events, text) == root


@pytest.mark.parametrize("ex", lexicon.role_examples("shared_doers"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_shared_doer_examples(coded_events, ex):
    """roles.json shared_doers examples: a storm's threat codes nothing, the rebels' stays."""
    assert _top(coded_events, ex["text"]) == ex["root"]


@pytest.mark.parametrize(("text", "root"), [
    # a conjunct's subject-control complement shares the first conjunct's doer
    ("Typhoon Lira has crossed the strait and is threatening to hit the southern ports.", None),
    ("The quake flattened hundreds of homes and continued to shake the coast for hours.", None),
    # a speaker's will stays the speaker's ('vowed to'), as before
    ("Officials said the rebels had seized the port and vowed to retake it within days.",
     "ASSAULT"),
])
def test_storm_doers(coded_events, text, root):
    assert _top(coded_events, text) == root


@pytest.mark.parametrize("ex", lexicon.role_examples("accident_blasts"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_accident_blast_examples(coded_events, ex):
    """roles.json accident_blasts examples: a gas blast codes nothing, a bomb blast ASSAULT."""
    assert _top(coded_events, ex["text"]) == ex["root"]


def test_boiler_explosion_is_no_attack(coded_events):
    assert _top(coded_events, "A boiler explosion hit the Tesk steel works on Monday, killing "
                              "three workers.") is None


@pytest.mark.parametrize(("text", "root"), [
    # a state warning its own citizens against travel advises them: no threat to any party
    ("Dorvia issued a travel advisory warning its citizens against going to Velka.", None),
    ("Tessia warned its citizens against travel to Orlund after the bombings.", None),
    # a warning to another party stays a threat
    ("Orlund warned Tessia against any attack on its ships.", "THREATEN"),
])
def test_travel_advisories(coded_events, text, root):
    assert _top(coded_events, text) == root


@pytest.mark.parametrize(("text", "root"), [
    # the relative pronoun of a passive relative clause stands for the noun it tells of
    ("Police found the bodies of four farmers who had been shot dead in the hills above Lirn.",
     "ASSAULT"),
    ("Villagers buried two teachers who were shot dead by gunmen near Kess on Friday.",
     "ASSAULT"),
])
def test_passive_relative_clause_objects(coded_events, text, root):
    assert _top(coded_events, text) == root


@pytest.mark.parametrize(("text", "root"), [
    # a cup, games or a festival hosted is an event put on, no meeting; talks hosted stay
    ("Velka will host the 2012 World Cup.", None),
    ("The 2012 World Cup will be hosted by Velka.", None),
    ("Osk hosted the regional film festival in May.", None),
    ("Lirn hosted talks between the two rival factions on Sunday.", "CONSULT"),
])
def test_hosted_events(coded_events, text, root):
    assert _top(coded_events, text) == root
