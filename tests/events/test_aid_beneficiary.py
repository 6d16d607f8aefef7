"""Aid whose object is the thing given is aimed at whom it is given for (args._beneficiary;
issue 4): 'set up a makeshift field hospital for wounded villagers' targets the villagers; a purpose
('funds for the reconstruction') leaves the thing as the target."""

from __future__ import annotations


def test_aid_set_up_for_people_targets_them(event_at) -> None:
    ev = event_at("The army set up a makeshift field hospital for wounded villagers.", "set")
    assert (ev.type, ev.actor, ev.target) == ("AID", "army", "wounded villagers")


def test_aid_for_a_purpose_keeps_the_thing_given(event_at) -> None:
    ev = event_at("Velmar provided funds for the reconstruction of schools.", "provided")
    assert (ev.type, ev.target) == ("AID", "funds")
