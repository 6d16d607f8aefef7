"""Real-wire acts the blind batch Random(60) left (issue 4, session 50): misconduct told as fact
by a speaker (events.conduct), a penalty a court orders paid (a finding, ACCUSE), the idiom
'joined forces' with no with-phrase, and a pronoun refusing to be swayed (its by-phrase names
what it refuses)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("The prosecutor said Ivo Brandt had lied to the investigators for years.",
     "prosecutor", "Ivo Brandt"),
    ("The state police say Arno Kell runs an armed gang in the northern hills.",
     "state police", "Arno Kell"),
])
def test_misconduct_told_as_fact_is_the_speakers_accusation(coded_events, text, actor, target):
    e = coded_events(text)[0]
    assert (e["root"], e["actor"], e["target"]) == ("ACCUSE", actor, target)


def test_a_plain_group_led_is_no_charge(coded_events):
    assert not any(e["root"] == "ACCUSE" for e in coded_events(
        "Officials say Nora Lind heads a study group on water policy."))


def test_a_penalty_ordered_is_a_finding_not_a_demand(coded_events):
    e = coded_events("The Osk high court ordered the Tarvik rail firm to pay 300,000 dollars "
                     "in damages to Norvex.")[0]
    assert (e["root"], e["rule"]) == ("ACCUSE", "frame:penalty_order")
    assert e["target"].startswith("Tarvik")  # the one ordered to pay, not the payee


def test_an_order_to_release_stays_a_demand(coded_events):
    assert coded_events("The court ordered the government to release the detainees.")[0][
        "root"] == "REQUEST"


def test_joining_the_armed_forces_is_no_act(coded_events):
    assert coded_events("Her son joined the armed forces of Dorvan in 1998.") == []


def test_a_pronoun_not_swayed_by_threats_refuses(coded_events):
    e = coded_events("Prime Minister Holm said he would not be swayed by threats from Karim.")[0]
    assert (e["root"], e["actor"]) == ("REJECT", "Holm")
