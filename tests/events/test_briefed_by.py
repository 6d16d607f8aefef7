"""A minister briefed by another party's commanders or factions meets them, CONSULT
(verbs.json v.consult.briefed_by; issue 4, the blind batch Random(69)); one briefed by
his own aides meets no other party."""

from __future__ import annotations


def test_briefed_by_another_partys_commanders_is_a_consultation(top_event):
    ev = top_event("The Selm defence minister was briefed by Marenian commanders on the "
                   "fighting near the river on Tuesday.")
    assert ev["root"] == "CONSULT" and ev["rule"] == "v.consult.briefed_by", ev


def test_briefed_by_ones_own_aides_is_no_consultation(coded_events):
    evs = coded_events("The president was briefed by his aides on the storm.")
    assert all(e["root"] != "CONSULT" for e in evs), evs[:2]


def test_a_resolution_hard_to_implement_is_no_act(coded_events):
    """v.cooperate.implement: only an implementation told (or intended), not its ease."""
    evs = coded_events("The resolution will be hard to implement before the rains, an aid "
                       "official in Selm said.")
    assert all(e["rule"] != "v.cooperate.implement" for e in evs), evs[:2]
