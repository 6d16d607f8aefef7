"""A whether-clause with a to-infinitive that a word of deliberation governs is a question
over the deliberating party's own act, no condition (issue 4; events.context.conditional,
roles.json deliberations): 'is weighing whether to revoke the permits' codes the revocation;
'did not say whether X would withdraw' and a whether-clause with its own subject stay none."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("deliberations"),
                         ids=lambda ex: ex["text"][:40])
def test_deliberation_example(coded_events, ex):
    roots = [e["root"] for e in coded_events(ex["text"])]
    if ex["root"] is None:
        assert roots == [], roots
    else:
        assert roots[:1] == [ex["root"]], roots


def test_an_if_clause_stays_a_condition(coded_events):
    """Only 'whether' opens a deliberated question: 'if' under 'consider' stays a condition."""
    evs = coded_events("Velka will consider its options if Dorvia expels the Velkan envoy.")
    assert all(e["root"] != "SANCTION" for e in evs), evs
