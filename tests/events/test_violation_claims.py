"""A contested claim that another side broke a truce or a rule is an accusation (roles.json
violation_claims; verb_frames.claimed_violation): ACCUSE by the claimant, the violator its
target, the violation governed by it (issue 4, bench/eval_st_events.py's second gaza
sample; its roles.json examples run in tests/events/test_commands.py)."""

from __future__ import annotations


def test_the_claim_accuses_the_violator(coded_events):
    evs = coded_events("The rebels claimed that the army had violated the ceasefire and "
                       "shelled two villages.")
    assert (evs[0]["actor"], evs[0]["target"]) == ("rebels", "army")
    violated = next(e for e in evs if e["trigger"] == "violated")
    assert violated["root"] == "ASSAULT" and violated["modality"] == "reported"
    assert {"relation": "governed_by", "event": evs[0]["id"]} in violated["links"]


def test_a_violation_merely_said_stays_the_act(coded_events):
    evs = coded_events("The rebels said that the army had violated the ceasefire.")
    assert [e["root"] for e in evs] == ["ASSAULT"]
