"""Praise or confidence told as a noun (issue 4; the stop-58 leftovers, the fifth section of
bench/plover_probes_leftovers.txt): praise one is full of (roles.json filled: an event noun
under 'of' of 'full' after a verb of state is voiced, as by 'expressed'), has, reserves for a
party or draws from one (nouns.json n.support.praise_held) is praise given, SUPPORT; so is
confidence voiced or held in a party (n.support.confidence), only with an in-phrase naming a
party (the noun-entry field 'preps'): a forecast, little confidence, a market's or a team's is
none, and so is praise an act aims to win; told denied it is disapproval ('has no faith in
X', ACCUSE, as a no-confidence motion)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "rule"), [
    ("The Tesk premier was full of praise for the Lirnian pilots who flew in the food.",
     "filled:n.support"),
    ("The Osk envoy was full of admiration for the way Tesk ran the vote.", "filled:n.support"),
    ("The Velkan president had warm praise for the Orlund mediators.",
     "light:have+n.support.praise_held"),
    ("The Lirn finance minister reserved special praise for the Osk central bank.",
     "light:reserve+n.support.praise_held"),
    ("The new Tesk cabinet drew praise from the Rim council for its budget.",
     "light:draw+n.support.praise_held"),
    ("The Orlund defence minister voiced confidence in the Tesk-led peace force.",
     "light:voice+n.support.confidence"),
    ("The Lirn premier said he had full confidence in all the monitors sent by Osk.",
     "light:have+n.support.confidence"),
])
def test_praise_or_confidence_held_for_a_party_is_support(top_event, text, rule):
    ev = top_event(text)
    assert ev["root"] == "SUPPORT" and ev["rule"] == rule, ev


def test_full_of_another_act_s_noun_is_that_act_voiced(top_event):
    ev = top_event("The Orlund minister was full of criticism of the Tesk raids.")
    assert ev["root"] == "ACCUSE" and ev["rule"] == "filled:n.accuse", ev


@pytest.mark.parametrize("text", [
    "The Tesk minister's report was full of figures on the harvest.",
    "The Osk premier voiced confidence that the harvest would recover next year.",
    "The rebels had little confidence in the truce monitors.",
    "Now the engineers can have some confidence in the new figures on the flow.",
    "The board put its faith in a new kind of safety rule.",
    # a party naming only the kind of thing (roles.json kind_modifiers): no party backed
    "The Lirn council put its faith in a Tesk-style licensing scheme.",
    "The Osk board voiced confidence in the Soviet-era safety rules.",
    "Consumer confidence in the Lirn economy rose for a third month in June.",
    "The team had high praise for its coach after the match.",
    "Both shows compete hard to win the praise of large audiences.",
])
def test_no_party_backed_is_no_support(coded_events, text):
    assert [e["root"] for e in coded_events(text) if e["root"] == "SUPPORT"] == [], text


def test_the_filled_rule_needs_a_verb_of_state(top_event):
    # 'a hall full of praise' is no one's act: 'full' must be the predicate of be/remain/stay
    assert top_event("They walked into a hall full of praise for the old mayor.")[
        "root"] == "NONE"


@pytest.mark.parametrize("text", [
    "The Tesk farm minister said he had no faith in the Osk grain board.",
    "We do not have any confidence in the Lirn port authority, the dockers said.",
])
def test_confidence_denied_in_a_party_is_disapproval(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "ACCUSE" and ev["rule"].endswith("n.support.confidence+negated"), ev


def test_confidence_raised_with_no_party_is_no_act(coded_events):
    # 'lift' eases a noun's act elsewhere ('lifted the curfew'); here it raises trust
    assert coded_events("The talks lifted mutual confidence to a new high, aides said.") == []
