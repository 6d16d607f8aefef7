"""A demand told by a that-clause is aimed at the clause's subject, the one asked to act
('demanded that Kesh withdraw': Kesh; args.arguments, as for an accusation's clause; issue
4), unless that subject is an event ('demanded that talks resume' names no one asked)."""

from __future__ import annotations

import dateline


def _event(text: str, trigger: str):  # type: ignore[no-untyped-def]
    ann = dateline.annotate(f"date 2025-03-07\n{text}")
    return next(e for e in ann.events if e.trigger == trigger)


def test_a_demand_that_a_party_act_targets_the_party() -> None:
    ev = _event("The minister demanded that Kesh withdraw its troops from the valley.", "demanded")
    assert (ev.type, ev.actor, ev.target) == ("REQUEST", "minister", "Kesh")


def test_a_request_that_others_give_aid_targets_them() -> None:
    ev = _event("Velmar requests that the neighbouring states send doctors to the camps.",
                "requests")
    assert (ev.type, ev.target) == ("REQUEST", "neighbouring states")


def test_a_demand_that_an_act_resume_names_no_one_asked() -> None:
    ev = _event("The union demanded that talks resume.", "demanded")
    assert (ev.type, ev.target) == ("REQUEST", None)
