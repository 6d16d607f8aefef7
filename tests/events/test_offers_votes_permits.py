"""Four leftover shapes of the blind batches Random(74)/(75) and the session-59 weakroots
section (issue 4): an offer of pay, a contract or a price is a bid in business or sport copy,
no act (roles.json transactions offer_terms); a vote for a resolution calling on a party to
act adopts the call, REQUEST (voted_calls); a state's permission for a foreign party withdrawn
is SANCTION, only with a phrase naming that party (verbs.json v.sanction.permission_withdrawn,
the entry field 'preps'); a blockade or siege widened COERCE, told ahead THREATEN
(nouns.json n.coerce.blockade_widened)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Brenna club has offered its captain a new three-year contract, the coach said.",
    "Harvel Foods offered 12 dollars a share for the Tesk dairy group on Monday.",
    "The board's pay offer to the coach came close to the figure his agent had proposed.",
])
def test_an_offer_of_terms_or_a_price_is_no_act(coded_events, text):
    assert [e["root"] for e in coded_events(text)] == [], coded_events(text)


@pytest.mark.parametrize("text", [
    "The Tesk government offered to hold talks with the rebels in Brenna next month.",
    "Osk offered the Lirn ministry a loan of 200 million dollars to rebuild the port.",
])
def test_an_offer_to_act_or_of_a_loan_stays_agree(top_event, text):
    assert top_event(text)["root"] == "AGREE"


@pytest.mark.parametrize("text", [
    "The Tesk senate voted on Tuesday for a resolution calling on the government to recall its"
    " envoy from Osk.",
    "The assembly voted for a resolution demanding that the Brel army leave the border zone.",
])
def test_a_vote_for_a_resolution_calling_on_a_party_is_the_call(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "REQUEST" and ev["rule"].endswith("+voted_call"), ev


def test_a_vote_for_a_party_stays_support(top_event):
    assert top_event("Most Rim states voted for Lirn in the dispute.")["root"] == "SUPPORT"


@pytest.mark.parametrize("text", [
    "The Tesk government withdrew its permission for the Osk aid mission to work in the north.",
    "Osk withdrew permission for Brel warships to use its ports after the border clash.",
])
def test_permission_for_a_foreign_party_withdrawn_is_a_sanction(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "SANCTION" and ev["rule"] == "v.sanction.permission_withdrawn", ev


def test_permission_for_no_party_withdrawn_is_no_act(coded_events):
    assert coded_events("The city withdrew permission for the Sunday street market.") == []


@pytest.mark.parametrize(("text", "root"), [
    ("The Tesk navy widened its blockade of the Osk coast on Monday.", "COERCE"),
    ("The Tesk navy said it would widen its blockade of the Osk coast next week.", "THREATEN"),
    ("Osk widened its visa ban on Lirnian officials to their families.", "SANCTION"),
])
def test_a_blockade_widened(top_event, text, root):
    assert top_event(text)["root"] == root
