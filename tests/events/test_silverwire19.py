"""Fixes prompted by the blind batch Random(76) (bench/plover_probes_silverwire19.txt, issue 4;
written after its errors were read, so NOT blind): a body approving a text of its own (a bill,
a budget, a motion) backs no party, what the text does is the act (roles.json passed_texts,
events.no_act); trade or economic ties established or restored are economic cooperation
(nouns.json n.cooperate.trade_ties)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Dorvan senate approved the budget for next year by 61 votes to 30.",
    "The bill was approved by the Kessian parliament on Monday.",
    "The Tarvian assembly gave its final approval to the pension bill on Friday.",
    "The Lirn city council approved the introduction of a congestion charge.",
])
def test_a_text_passed_backs_no_party(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "SUPPORT" for e in evs), evs


@pytest.mark.parametrize(("text", "root"), [
    # what the text does is the act
    ("The Velkan senate approved a resolution urging the government to recall its troops "
     "from Varo.", "REQUEST"),
    ("The Orlund parliament approved a bill on Tuesday barring imports from Kessia.",
     "SANCTION"),
    # another party's plan, entry or proposal approved is still backed
    ("Tarvia gave its approval to the Union's peace plan on Monday.", "SUPPORT"),
    ("The member states approved Kessia's entry into the bloc.", "SUPPORT"),
])
def test_what_a_passed_text_does_or_another_partys_plan(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    ("The Dorvan senate voted to restore normal trade relations with Kessia.", "COOPERATE"),
    ("Tarvia and Lirn established economic ties in 1994.", "COOPERATE"),
    ("Tarvia and Lirn established diplomatic ties in 1994.", "SUPPORT"),
    ("Velkan severed its trade ties with Kessia on Monday.", "SANCTION"),
])
def test_trade_ties_restored_are_economic_cooperation(top_event, text, root):
    assert top_event(text)["root"] == root
