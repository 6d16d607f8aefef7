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


def _adjective(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.lower_ == word)


@pytest.mark.parametrize(("text", "word"), [
    ("Tarvik is not willing to sign the border treaty.", "willing"),
    ("The Osk navy is not likely to attack the islands this year.", "likely"),
    ("The envoy is not due to visit Lirn before the vote.", "due"),
])
def test_the_copula_s_negation_denies_an_intent_word_s_act(nlp, text, word):
    from dateline.events.context import _negated_intent

    adj = _adjective(nlp, text, word)
    assert adj.pos_ == "ADJ" and _negated_intent(adj, word)


@pytest.mark.parametrize(("text", "word"), [
    ("The Osk general is not afraid to strike the rebel camps.", "afraid"),
    ("Tarvik is not happy to host the exiled leaders.", "happy"),
])
def test_the_copula_s_negation_under_another_adjective_denies_only_that_word(nlp, text, word):
    # review of session 58: the negation was read under any adjective with a negated copula
    from dateline.events.context import _negated_intent

    adj = _adjective(nlp, text, word)
    assert adj.pos_ == "ADJ" and adj.dep_ == "acomp" and not _negated_intent(adj, word)


def test_an_act_not_likely_to_be_done_stays_negated(top_event):
    ev = top_event("The Osk navy is not likely to attack the islands this year, analysts said.")
    assert ev["root"] == "THREATEN" and ev["negated"], ev


def test_an_act_one_is_not_afraid_to_do_is_not_negated(top_event):
    ev = top_event("The Osk general is not afraid to strike the rebel camps, he said.")
    assert ev["root"] == "ASSAULT" and not ev["negated"], ev
