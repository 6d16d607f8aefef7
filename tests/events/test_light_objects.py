"""How a light verb's object noun is read (light.light_verb_event, senses._noun_entry): an
of-object says what a compound modifier would ('a test of a missile' as 'a missile test'),
and an indirect object is who gets the act, not the act (issue 4, plover_probes_audit.txt
section BI)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    ("Tamrin carried out a test of a new long-range missile on Friday.", "MOBILIZE"),
    ("Tamrin carried out a missile test on Friday.", "MOBILIZE"),
    ("Orlund waged a campaign of disinformation against its neighbour.", "COERCE"),
])
def test_of_object_counts_as_modifier_under_a_light_verb(top_event, text, root):
    assert top_event(text)["root"] == root


def test_of_object_is_no_modifier_without_a_light_verb(coded_events):
    """A bare noun's of-phrase is often its owner or topic: no act is read from it, as
    'a missile test' alone would be one."""
    assert coded_events("The cost of a test of the missile was high.") == []
    assert [e["root"] for e in coded_events("The cost of a missile test was high.")] \
        == ["MOBILIZE"]


@pytest.mark.parametrize(("text", "root", "rule"), [
    ("The army gave the relief convoys safe passage through its territory.", "RETREAT",
     "light:give+n.retreat.access"),
    ("The kidnappers issued the relief agency an ultimatum on Sunday.", "THREATEN", None),
])
def test_indirect_object_is_the_recipient(top_event, text, root, rule):
    ev = top_event(text)
    assert ev["root"] == root
    assert rule is None or ev["rule"] == rule


def test_undertaking_is_an_intent(top_event):
    ev = top_event("The militia leaders gave an undertaking to respect the truce.")
    assert ev["root"] == "AGREE"


@pytest.mark.parametrize("text", [
    "Dorvan's envoy raised the food crisis in talks with Tessian officials.",
    "The Orlund delegation raised the aid question at the meeting with Kessian ministers.",
])
def test_event_noun_compounded_into_a_matter_is_no_act(coded_events, text):
    """'raised the food crisis' speaks of a matter (roles.json matters): the compound names
    what it is about, no aid is raised."""
    assert "AID" not in [e["root"] for e in coded_events(text)]


def test_light_verb_still_reads_its_own_event_noun(top_event):
    assert top_event("The ministry provided food aid to the flooded villages.")["root"] == "AID"
