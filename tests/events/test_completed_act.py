"""An act told as completed or finished is that act (roles.json light: 'complete', 'finish'):
'completed their withdrawal' is the withdrawal, the main act, not a noun under some other
verb the ranker may put after a participial tail (issue 4)."""

from __future__ import annotations


def test_a_completed_withdrawal_outranks_its_participial_tail(coded_events):
    evs = coded_events("Ostel troops completed their withdrawal from the border district on "
                       "Friday, handing over their posts to a United Nations force.")
    assert evs[0]["root"] == "RETREAT" and evs[0]["rule"].startswith("light:complete+"), evs[:2]


def test_a_finished_pull_out_is_the_retreat(coded_events):
    evs = coded_events("The Varn army finished the pull-out of its troops from the island.")
    assert evs[0]["root"] == "RETREAT", evs[:2]


def test_completing_a_thing_that_is_no_act_codes_nothing(coded_events):
    assert coded_events("Workers completed the new bridge over the river in Osk.") == []


def test_a_completed_act_told_in_the_passive_keeps_its_noun(coded_events):
    """Passive, the noun stays its own event with the actor its phrase names
    (roles.json light_active)."""
    evs = coded_events("The Red Cross delivery of medicine to the town was completed.")
    assert (evs[0]["root"], evs[0]["actor"]) == ("AID", "Red Cross"), evs[:2]
