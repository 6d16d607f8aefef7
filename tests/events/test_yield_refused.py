"""A retreat or concession halted, postponed or failed is a refusal to yield (PLOVER 2021 REJECT
mode 'yield'; issue 4, the held-out REJECT read as RETREAT), and three leftovers of the
conventions and confusions batches: import quotas are a trade restriction, an amnesty passed
into law is granted, and a 'trade union' names a body, no trade."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # reversing a retreat or a concession (roles.json reverse_map)
    ("The army halted the withdrawal of its tanks from the hills above Selm.", "REJECT"),
    ("Dorvan postponed the release of the 40 fishermen it holds.", "REJECT"),
    ("The council cancelled the amnesty it had granted to the rebel commanders.", "REJECT"),
    # ... while ending a hostile act still eases it
    ("The rebels called off their offensive on the port.", "RETREAT"),
    ("The junta lifted the curfew on the capital.", "CONCEDE"),
    # failing a retreat or release by a deadline (roles.json failures)
    ("Tarvik failed to pull its soldiers out of the buffer zone by the agreed date.", "REJECT"),
    # ... while a failed attack is still the attack
    ("The rebels failed to capture the airport after two days of fighting.", "ASSAULT"),
])
def test_yield_reversed_or_failed(top_event, text, root):
    assert top_event(text)["root"] == root, text


@pytest.mark.parametrize(("text", "root"), [
    ("Velmar imposed quotas on car imports from Kessland.", "SANCTION"),
    ("Velmar plans to impose quotas on car imports from Kessland next year.", "THREATEN"),
    ("The Lusk assembly passed an amnesty law for deserters on Monday.", "CONCEDE"),
    ("The Brel junta restored the right of trade unions to hold rallies.", "CONCEDE"),
])
def test_confusion_leftovers(top_event, text, root):
    assert top_event(text)["root"] == root, text


def test_a_law_of_no_amnesty_is_no_concession(coded_events):
    assert not any(e["root"] == "CONCEDE"
                   for e in coded_events("Parliament passed a law on fishing quotas."))


@pytest.mark.parametrize("text", [
    "Crews worked through the night to stop the release of gas from the ruptured tank.",
    "Engineers were told to halt the release of water from the dam before the flood crest.",
])
def test_halting_a_release_of_a_substance_is_no_refusal(coded_events, text):
    """nouns.json n.retreat.release not_owners: a release of oil, gas or water frees no
    one, so halting it refuses no retreat (the BP stores' leaking wells)."""
    assert not any(e["root"] in ("REJECT", "RETREAT") for e in coded_events(text)), text
