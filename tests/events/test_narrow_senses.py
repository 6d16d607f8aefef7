"""Entries added in session 24 (issue 4) stay narrow: the sense they code needs its object,
modifier or context; the everyday sense of the word codes nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Shares on the Osk stock exchange fell sharply as traders fretted over oil prices.",
    "Engineers unblocked the drain beneath the market on Monday.",
    "Old friends gathered in the square to watch the fireworks.",
    "The presence of the king at the concert delighted the audience.",
    "The national rugby team arrived in Osk on Monday for the final of the cup.",
])
def test_everyday_sense_codes_nothing(coded_events, text):
    assert coded_events(text) == []


@pytest.mark.parametrize(("text", "root"), [
    ("The regulator unblocked access to two video-sharing sites on Monday.", "CONCEDE"),
    ("Rebel commanders said they had gathered some 2,000 fighters in the hills.", "MOBILIZE"),
    ("A heavy police presence around the stadium kept the two groups of fans apart.",
     "MOBILIZE"),
    ("The exchange of 40 captives took place at a border post on Friday.", "RETREAT"),
])
def test_the_political_sense_is_coded(coded_events, text, root):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == root, evs[:2]


@pytest.mark.parametrize("text", [
    "The rig crew failed to recognize the early signs of the blow-out.",
    "The company recognised a profit of 20 million dollars in the quarter.",
    "Officials recognized the risks of drilling in deep water.",
])
def test_recognising_a_fact_is_no_recognition(coded_events, text):
    """v.support.recognize needs what a state recognises or praises (CAMEO 054/051)."""
    assert "SUPPORT" not in [e["root"] for e in coded_events(text)]


@pytest.mark.parametrize("text", [
    "Tessia recognized Velmar's independence on Friday.",
    "The Kremlin recognised the results of the referendum in the breakaway region.",
    "Washington recognized the Tarvan government's efforts to curb the drug trade.",
])
def test_recognition_of_a_state_or_an_effort_is_support(coded_events, text):
    assert coded_events(text)[0]["root"] == "SUPPORT"
