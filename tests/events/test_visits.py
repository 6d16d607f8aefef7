"""Visits told without 'visit' (issue 4, audit probes section AJ): a minister sent to a
capital for talks (verbs.json v.consult.envoy) and a call paid on a leader (nouns.json
n.consult.call) are visits, CAMEO 042, CONSULT; a 'call for' stays a request."""

from __future__ import annotations


def test_a_minister_sent_for_talks_visits(coded_events, top_root):
    assert top_root(coded_events("Dorvan sent its foreign minister to Kessland for talks on "
                                 "the shared river.")) == "CONSULT"


def test_a_call_paid_is_a_visit_and_a_call_made_a_request(coded_events, top_root):
    assert top_root(coded_events("The Kessland envoy paid a call on the Dorvan president on "
                                 "Monday.")) == "CONSULT"
    assert top_root(coded_events("The Kessland envoy made a call for calm "
                                 "on Monday.")) == "REQUEST"


def test_troops_sent_are_no_visit(coded_events):
    assert "CONSULT" not in [e["root"] for e in coded_events(
        "Dorvan sent 2,000 troops to the Kessland border on Monday.")]
