"""An event noun under 'under' after a verb of state is an act going on (roles.json undergo
'states', whose examples tests/events/test_commands.py runs; noun_candidates._held_under):
'is under investigation' is an inquiry, as 'was put under investigation' is (issue 4, the
blind audit batch)."""

from __future__ import annotations


def test_who_is_under_investigation_does_not_investigate(coded_events):
    evs = coded_events("A Dorvan shipping magnate is under investigation in Kessland over "
                       "arms sales to the militias.")
    assert evs and evs[0]["root"] == "ACCUSE", evs[:2]
    assert "magnate" not in str(evs[0]["actor"])


def test_an_agreement_acted_under_is_no_state(coded_events):
    """'withdrew under the agreement': the under-phrase of an act, not of a state."""
    evs = coded_events("The troops withdrew from the valley under the agreement.")
    assert [e["root"] for e in evs][:1] == ["RETREAT"]
