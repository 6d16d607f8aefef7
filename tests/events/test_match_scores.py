"""A game's result told with a score is no attack (verb_candidates._match_score; issue 4,
the silver-wire audit of session 43 found football results coded ASSAULT)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Harl beat struggling Osk 2-0 on Saturday while Marn drew at Velka.",
    "Harl City crushed Osk United 4-1 in the cup final on Sunday.",
    # a day right after the score ('Saturday' the tagger may take into a team's name)
    "Lina Voss scored 31 points to help the Osk Bears beat the Harl Hawks 97-92 Wednesday night.",
    "The Osk Bears beat the Harl Hawks 3-1 Saturday.",
])
def test_a_score_is_a_game(coded_events, text):
    evs = coded_events(text)
    assert not any(e["root"] == "ASSAULT" for e in evs), evs[:2]


@pytest.mark.parametrize("text", [
    "Rebels killed 3-4 villagers near Osk on Sunday.",
    "Gunmen beat two farmers to death in Osk on Sunday.",
])
def test_a_range_or_a_beating_stays_an_attack(coded_events, text):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == "ASSAULT", evs[:2]


def test_a_result_given_with_its_score_is_no_concession(coded_events):
    """roles.json contests results: 'to give X a 1-0 win' is a game's result."""
    evs = coded_events("Ivo Marr scored the lone goal to give Osk a 1-0 win over Harl on Sunday "
                       "in a friendly match.")
    assert not any(e["root"] in ("CONCEDE", "ASSAULT") for e in evs), evs[:2]
    evs = coded_events("The government gave the rebels an amnesty on Sunday.")
    assert evs and evs[0]["root"] == "CONCEDE", evs[:2]
