"""A demand told by a that-clause is aimed at the clause's subject, the one asked to act
('demanded that Kesh withdraw': Kesh; args.arguments, as for an accusation's clause; issue
4), unless that subject is an event ('demanded that talks resume' names no one asked)."""

from __future__ import annotations


def test_a_demand_that_a_party_act_targets_the_party(event_at) -> None:
    ev = event_at("The minister demanded that Kesh withdraw its troops from the valley.",
                  "demanded")
    assert (ev.type, ev.actor, ev.target) == ("REQUEST", "minister", "Kesh")


def test_a_request_that_others_give_aid_targets_them(event_at) -> None:
    ev = event_at("Velmar requests that the neighbouring states send doctors to the camps.",
                  "requests")
    assert (ev.type, ev.target) == ("REQUEST", "neighbouring states")


def test_a_demand_that_an_act_resume_names_no_one_asked(event_at) -> None:
    ev = event_at("The union demanded that talks resume.", "demanded")
    assert (ev.type, ev.target) == ("REQUEST", None)
