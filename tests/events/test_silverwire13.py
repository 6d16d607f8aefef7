"""Fixes prompted by the blind batch Random(70) (bench/plover_probes_silverwire13.txt, issue 4;
written after its errors were read, so NOT blind): a gathering told ahead by 'is to start',
'due to begin', 'scheduled to open' or 'will be held' is a meeting planned (AGREE); a freeze
put on talks halts them (SANCTION, CAMEO 164); leaders attending a gathering meet (CONSULT);
encouraging a party to act is an appeal (REQUEST); embracing an opportunity agrees to
nothing. Each shape told otherwise keeps its own coding."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The next round of talks, involving Pella, Orvia and Marn, is to start on Monday morning "
    "at the lake palace, where the earlier rounds met.",
    "Talks between Tarvik and Dorvan are due to begin in Osk next week.",
    "The summit of Pella and Orvia is scheduled to open in Varo on Saturday.",
    "The peace talks with the Lode Front are to be held in the border town of Varo.",
    "Talks between the two sides will be held next week in Osk.",
    "The meeting of the Velkan and Lirnian foreign ministers is to take place on Friday.",
])
def test_gathering_told_ahead_is_planned(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "AGREE" and ev["modality"] == "planned", ev


@pytest.mark.parametrize("text", [
    "Talks between Tarvik and Dorvan began in Osk on Monday.",
    "The peace talks were held in the border town of Lode.",
    "The regional summit opened in Varo on Saturday.",
])
def test_gathering_told_done_is_held(top_event, text):
    assert top_event(text)["root"] == "CONSULT"


@pytest.mark.parametrize("text", [
    "The next regional summit is to open in Osk in June.",
    "The talks are due to begin on Monday.",
])
def test_gathering_of_no_named_party_told_ahead_is_a_date(coded_events, text):
    assert [e["root"] for e in coded_events(text)] == []


@pytest.mark.parametrize("text, root", [
    ("The Union put a freeze on its accession talks with Velka on Monday.", "SANCTION"),
    ("Pella's membership drive stalled on Monday, with a freeze put on more discussion of six "
     "policy chapters.", "SANCTION"),
    ("Velka announced a moratorium on negotiations with the rebels.", "SANCTION"),
    # a freeze on assets stays the sanction it was, talks held stay a meeting
    ("The council imposed a freeze on all assets of the Tamsin central bank.", "SANCTION"),
    ("Velkan and Lirnian envoys held talks on the dam on Monday.", "CONSULT"),
])
def test_freeze_on_talks(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize("text, root", [
    ("Heads of state of 40 Southern countries attended the landmark gathering in Osk on "
     "Friday.", "CONSULT"),
    ("Velka will host a gathering of regional foreign ministers next month.", "AGREE"),
    # a crowd's gathering broken up stays repression
    ("Police broke up a gathering of protesters in Osk.", "COERCE"),
])
def test_gathering_attended(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize("text, root", [
    ("Osk encourages its car makers to carry out joint projects with foreign firms.",
     "REQUEST"),
    ("The Velkan minister encouraged Lirn to join the border talks.", "REQUEST"),
    # backing another's effort stays support
    ("The alliance encouraged the membership efforts of Tarvik and Orlund.", "SUPPORT"),
])
def test_encouraged_to_act(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize("text", [
    "The good trade figures encouraged investors in Osk.",
    "An official of the agency said Velka's atomic sector has embraced a key chance for growth.",
    "Tarvian farmers have embraced the new drip technology.",
])
def test_no_act(coded_events, text):
    assert [e["root"] for e in coded_events(text)] == []


def test_embraced_plan_is_agreement(top_event):
    assert top_event("Velka embraced the Union's plan for a border commission.")["root"] == "AGREE"
