"""A passive infinitive with no subject of its own ('was thought to have been executed') is
done to the subject of the verb or adjective it completes (args._arguments via
detect.controller; issue 4): that subject is the act's target."""

from __future__ import annotations


def test_the_subject_of_a_passive_report_verb_underwent_the_act(event_at) -> None:
    ev = event_at("Dorin Vask is now thought to have been executed by the militia.", "executed")
    assert (ev.actor, ev.target) == ("militia", "Dorin Vask")


def test_the_subject_of_a_predicate_adjective_underwent_the_act(event_at) -> None:
    ev = event_at("The missing pilot was later determined to have been killed during the crash.",
                  "killed")
    assert ev.target == "missing pilot"


def test_a_passive_with_its_own_subject_keeps_it(event_at) -> None:
    ev = event_at("Officials said the pilot was thought to be safe after the convoy was hit.",
                  "hit")
    assert ev.target == "convoy"
