"""Shapes of session 65's leftovers and of the blind batch Random(87) (issue 4, session 66),
each a general shape of English or of the codebook, with the near sense that must stay."""

from __future__ import annotations

import pytest


def _top(coded_events, text: str) -> str | None:
    evs = coded_events(text)
    return evs[0]["root"] if evs else None


@pytest.mark.parametrize(("text", "root"), [
    # a glitch, malfunction or breakdown is no doer (roles.json non_agents): nothing attacked
    ("A computer glitch struck the Harl stock exchange on Monday, halting trade for two hours.",
     None),
    ("A software malfunction hit the Dorvan air traffic centre, grounding flights for a day.",
     None),
    ("Floodwaters threatened to cut off the town of Varn from the capital on Wednesday.", None),
    # gunmen and a bomb blast keep their attack
    ("Gunmen struck a Dorvan army convoy near Varn on Monday, killing two soldiers.", "ASSAULT"),
    ("Another bomb blast struck the Lirn police station on Friday, killing four officers.",
     "ASSAULT"),
])
def test_failures_are_no_doers(coded_events, text, root):
    assert _top(coded_events, text) == root


def test_a_gas_blast_is_no_attack_noun(coded_events):
    """roles.json accident_blasts: the noun 'blast' of a gas blast codes no ASSAULT either."""
    evs = coded_events("A second gas blast struck the Brel colliery on Tuesday, trapping 30 "
                       "miners.")
    assert not any(e["root"] == "ASSAULT" for e in evs), evs


@pytest.mark.parametrize("text", [
    "Osk authorities granted the opposition permission to march through the city centre.",
    "The interior ministry granted the protesters permission to gather outside parliament.",
    "The Varn government gave the rebels permission to open an office in the capital.",
])
def test_permission_given_to_an_unnamed_party_is_a_concession(top_event, text):
    """roles.json givings receivers, or a compulsions doer: no name needed."""
    ev = top_event(text)
    assert ev["root"] == "CONCEDE" and ev["rule"].endswith("n.concede.permission"), ev


def test_permission_given_to_tenants_concedes_nothing(coded_events):
    assert _top(coded_events, "The landlord gave the tenants permission to keep a dog.") is None


@pytest.mark.parametrize(("text", "root"), [
    ("The Varn governor spoke at a mass gathering of farmers in the Lirn valley on Friday.", None),
    ("Dorvan's premier addressed the gathering of regional foreign ministers in Brel.", "CONSULT"),
])
def test_a_public_gathering_addressed_is_no_meeting(coded_events, text, root):
    """nouns.json n.consult.gathering not_modifiers: a crowd spoken to is no meeting."""
    assert _top(coded_events, text) == root
