"""Praise told as a noun (issue 4; the stop-58 leftovers, the fifth section of
bench/plover_probes_leftovers.txt): praise one is full of (roles.json filled: an event noun
under 'of' of 'full' after a verb of state is voiced, as by 'expressed'), has, reserves for a
party or draws from one (nouns.json n.support.praise_held) is praise given, SUPPORT; a team's
praise for its coach, or praise an act aims to win, is none."""

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
])
def test_praise_held_for_a_party_is_support(top_event, text, rule):
    ev = top_event(text)
    assert ev["root"] == "SUPPORT" and ev["rule"] == rule, ev


def test_full_of_another_act_s_noun_is_that_act_voiced(top_event):
    ev = top_event("The Orlund minister was full of criticism of the Tesk raids.")
    assert ev["root"] == "ACCUSE" and ev["rule"] == "filled:n.accuse", ev


@pytest.mark.parametrize("text", [
    "The Tesk minister's report was full of figures on the harvest.",
    "The team had high praise for its coach after the match.",
    "Both shows compete hard to win the praise of large audiences.",
])
def test_no_party_backed_is_no_support(coded_events, text):
    assert [e["root"] for e in coded_events(text) if e["root"] == "SUPPORT"] == [], text


def test_the_filled_rule_needs_a_verb_of_state(top_event):
    # 'a hall full of praise' is no one's act: 'full' must be the predicate of be/remain/stay
    assert top_event("They walked into a hall full of praise for the old mayor.")[
        "root"] == "NONE"

