"""An intent told negated is a refusal, not a pledge: 'is not willing to', 'is no longer
prepared to', 'unwilling to' (roles.json negated_intents; the 'not' or 'no longer' sits on
the copula) and 'will no longer accept' (roles.json negation_adverbs); being 'unable to reach
agreement' is failed negotiations as 'failed to' is (roles.json failures adjectives). Issue 4,
the blind batch Random(72)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Osk cabinet is no longer willing to fund the Harlish militia, its spokesman said.",
    "Tarvik is not willing to hold talks with the separatists before they disarm.",
    "The junta said it was unwilling to negotiate with the exiled opposition.",
    "Velka will no longer accept refugees from the border camps, the minister said.",
])
def test_a_negated_intent_to_cooperate_is_a_refusal(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "REJECT" and ev["negated"], ev


@pytest.mark.parametrize("text", [
    "The Osk cabinet is willing to fund the Harlish militia, its spokesman said.",
    "Tarvik is prepared to hold talks with the separatists before they disarm.",
])
def test_the_same_intent_not_negated_is_still_a_pledge(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "AGREE" and not ev["negated"], ev


def test_no_longer_negates_a_done_act(top_event):
    ev = top_event("The Orlund navy no longer patrols the disputed reef.")
    assert ev["negated"], ev


@pytest.mark.parametrize("text", [
    "The two presidents were unable to come to agreement on the border after three rounds.",
    "Orlund was unable to reach a deal with Kestria on gas prices, the ministry said.",
])
def test_unable_to_agree_is_failed_negotiations(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "SANCTION" and ev["rule"].endswith("+failed"), ev


def test_unable_to_do_another_act_keeps_its_root(top_event):
    # as 'failed to capture the town' is the attack (roles.json failures roots)
    assert top_event("The rebels were unable to capture the town after a week of shelling.")[
        "root"] == "ASSAULT"
