"""A side saying it did not do a hostile act denies it (context._own_denial, task C2)."""

from __future__ import annotations


def test_saying_it_did_not_do_a_hostile_act_is_a_denial(top_event):
    e = top_event("The navy said it had not shelled the fishing harbour at Orlen.")
    assert (e["root"], e["actor"]) == ("REJECT", "navy")
    assert e["rule"].endswith("+denied")
    e = top_event("The militia said its gunmen did not attack the bus.")
    assert e["root"] == "REJECT"


def test_others_saying_an_act_did_not_happen_leave_it_negated(top_event):
    e = top_event("Witnesses said the police had not arrested anyone at the rally.")
    assert (e["root"], e["negated"]) == ("COERCE", True)
