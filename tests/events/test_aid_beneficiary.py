"""Aid whose object is the thing given is aimed at whom it is given for (args._beneficiary;
issue 4): 'set up a field hospital for wounded villagers' targets the villagers; a purpose
('funds for the reconstruction') leaves the thing as the target."""

from __future__ import annotations

import dateline


def _event(text: str, trigger: str):  # type: ignore[no-untyped-def]
    ann = dateline.annotate(f"date 2025-03-07\n{text}")
    return next(e for e in ann.events if e.trigger == trigger)


def test_aid_set_up_for_people_targets_them() -> None:
    ev = _event("The army set up a field hospital for wounded villagers near the border.", "set")
    assert (ev.type, ev.actor, ev.target) == ("AID", "army", "wounded villagers")


def test_aid_for_a_purpose_keeps_the_thing_given() -> None:
    ev = _event("Velmar provided funds for the reconstruction of schools.", "provided")
    assert (ev.type, ev.target) == ("AID", "funds")
