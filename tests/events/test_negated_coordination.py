"""A negation before 'neither ... nor' or 'not ... or' covers each verb it coordinates
(context._neg_coordinated; issue 4): a side that neither confirmed nor denied a claim made
no denial."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The ministry neither confirmed nor denied Monday's report.",
    "The army did not confirm or deny the raid on the depot.",
])
def test_denial_under_a_negated_coordination_is_negated(coded_events, text):
    evs = coded_events(text)
    deny = [e for e in evs if e["root"] == "REJECT"]
    assert deny and all(e["negated"] for e in deny), evs


def test_and_does_not_carry_the_negation(coded_events):
    evs = coded_events("The army did not retreat and fired on the town.")
    fired = next(e for e in evs if e["trigger"] == "fired")
    assert not fired["negated"], evs


def test_plain_denial_is_not_negated(coded_events):
    evs = coded_events("The ministry denied the report.")
    assert evs and evs[0]["root"] == "REJECT" and not evs[0]["negated"], evs
