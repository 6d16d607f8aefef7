"""Strikers going back to work end their strike (verbs.json v.return_to_work, CAMEO 082,
CONCEDE), and a party giving up its role as mediator halts its involvement (v.withdraw.role,
CAMEO 165, SANCTION); issue 4, audit probes section AG."""

from __future__ import annotations


def test_strikers_back_at_work_concede(coded_events, top_root):
    evs = coded_events("Striking bus drivers in Osk went back to work on Friday after a "
                       "two-week stoppage.")
    assert top_root(evs) == "CONCEDE", evs


def test_an_official_going_back_is_no_concession(coded_events):
    """Only workers' return is a strike's end: a minister going back home is none."""
    evs = coded_events("The Dorvan trade minister went back to Osk on Friday.")
    assert "CONCEDE" not in [e["root"] for e in evs], evs


def test_withdrawing_from_a_mediator_role_is_a_sanction(coded_events, top_root):
    evs = coded_events("Kessland withdrew on Friday from its role as mediator in the Dorvan "
                       "border dispute.")
    assert top_root(evs) == "SANCTION", evs


def test_withdrawing_troops_stays_a_retreat(coded_events, top_root):
    assert top_root(coded_events("Kessland withdrew its troops from the Dorvan border on "
                                 "Friday.")) == "RETREAT"
