"""An event noun under 'under' after a verb of state is an act going on (roles.json undergo
'states', whose examples tests/events/test_commands.py runs; noun_candidates._held_under):
'is under investigation' is an inquiry, as 'was put under investigation' is (issue 4, the
blind audit batch)."""

from __future__ import annotations


def test_who_is_under_investigation_does_not_investigate(coded_events):
    evs = coded_events("A Dorvan shipping magnate is under investigation in Kessland over "
                       "arms sales to the militias.")
    assert evs and evs[0]["root"] == "ACCUSE", evs[:2]
    assert "magnate" not in str(evs[0]["actor"])


def test_an_agreement_acted_under_is_no_state(coded_events):
    """'withdrew under the agreement': the under-phrase of an act, not of a state."""
    evs = coded_events("The troops withdrew from the valley under the agreement.")
    assert [e["root"] for e in evs][:1] == ["RETREAT"]


def test_the_subject_of_a_manhunt_is_hunted(coded_events):
    """'became the subject of a manhunt': the of-phrase of an attribute noun (undergo
    'of_heads') is held too; the subject is pursued, never the pursuer."""
    evs = coded_events("Varn, a driver from Tull, became the subject of a police manhunt in June "
                       "after officers named him as the gunman.")
    assert evs and evs[0]["root"] == "ACCUSE", evs[:2]
    assert "Varn" not in str(evs[0]["actor"])


def test_a_subject_of_a_non_attribute_is_no_act(coded_events):
    """Only as the attribute of a verb of state: 'the subject of a report' named as a thing
    tells no manhunt of anyone ('manhunt' alone still needs its doer or a light verb)."""
    evs = coded_events("The editors chose the subject of the manhunt series on Monday.")
    assert not any(e["root"] == "ACCUSE" for e in evs), evs


def test_a_wanted_list_is_a_pursuit(coded_events):
    evs = coded_events("He was the 210th man to be put on the Dorvan police's most wanted list.")
    assert evs and evs[0]["root"] == "ACCUSE", evs[:2]
    assert not coded_events("The ministry's list of approved suppliers was published on Monday.")
