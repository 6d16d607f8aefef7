"""Two frames read narrowly (issue 4; events.joint_frames): named parties joining forces act
together (COOPERATE), and a warning that lays a duty on a named party by 'must'/'should' asks it
to act (REQUEST). Their broad forms, taken back in 89895f4a, coded other shapes; those stay."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("joint_action", "warnings_to_act"),
                         ids=lambda ex: ex["text"][:40])
def test_joint_action_and_warning_examples(coded_events, ex):
    roots = [e["root"] for e in coded_events(ex["text"])]
    if ex["root"] is None:
        assert roots == [], roots
    else:
        assert roots[:1] == [ex["root"]], roots


@pytest.mark.parametrize("text, root", [
    ("President Kerr warned that any Arland role in the region should be constructive.",
     "REQUEST"),
    ("The Lirnian premier warned that Orlund must respect the fishing limits.", "REQUEST"),
    # an ultimatum and a deterrent stay threats
    ("Arland warned that Borland must withdraw its troops or face the consequences.", "THREATEN"),
    ("Velka warned that Marn's army must not cross the river.", "THREATEN"),
])
def test_warned_duty_reads_a_named_addressee(top_event, text, root):
    assert top_event(text)["root"] == root


def test_joining_forces_needs_named_parties(coded_events):
    # groups told by a common noun keep the act they joined up for
    roots = [e["root"] for e in coded_events(
        "The two rebel groups joined forces to drive the militia out of the valley.")]
    assert "COOPERATE" not in roots
    assert [e["root"] for e in coded_events(
        "Tarvik and Orlund joined forces to fight the smugglers.")][:1] == ["COOPERATE"]


def test_a_warning_without_a_party_asks_no_one(coded_events):
    assert coded_events("The minister warned that prices must rise.") == []
