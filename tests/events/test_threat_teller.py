"""Harm held out with no doer of its own in a speaker's words is the speaker's threat
(args._threat_teller; issue 4, task C3 of session 21)."""

from __future__ import annotations


def test_the_speaker_holds_out_the_threat(coded_events):
    evs = coded_events("The militia said that attacks on the harbour would resume.")
    assert evs[0]["root"] == "THREATEN", evs[:1]
    assert evs[0]["actor"] == "militia", evs[:1]


def test_no_speaker_no_actor(coded_events):
    evs = coded_events("Attacks on the harbour would resume within days.")
    assert evs[0]["root"] == "THREATEN" and evs[0]["actor"] is None, evs[:1]


def test_a_doer_of_its_own_stays(coded_events):
    evs = coded_events("The Ardan front said that the navy would shell the harbour.")
    assert evs[0]["actor"] == "navy", evs[:1]
