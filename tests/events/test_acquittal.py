"""A verdict the other way is an acquittal, CONCEDE (PLOVER 2021 manual 3.4.2): 'found not
guilty', 'cleared of' a charge; a plea of not guilty denies the charge (REJECT). A plan
withdrawn is yielded, while troops that withdraw under a plan still pull back (issue 4)."""

from __future__ import annotations


def _first(coded_events, text: str) -> tuple[str, str]:
    evs = coded_events(text)
    assert evs, text
    return evs[0]["root"], evs[0]["rule"]


def test_found_not_guilty_is_an_acquittal_not_a_finding_of_guilt(coded_events):
    assert _first(coded_events, "A court in Osk found the former mayor not guilty of "
                  "bribery on Monday.") == ("CONCEDE", "v.acquit.verdict")
    assert _first(coded_events, "Nine students were found not guilty of rioting.")[0] \
        == "CONCEDE"


def test_found_guilty_stays_a_finding_of_guilt(coded_events):
    assert _first(coded_events, "A court in Osk found the former mayor guilty of "
                  "bribery.")[0] == "ACCUSE"


def test_cleared_of_a_charge_active_and_passive(coded_events):
    assert _first(coded_events, "A tribunal cleared four officers of all charges on "
                  "Friday.") == ("CONCEDE", "v.acquit.clear")
    assert _first(coded_events, "The former governor was cleared of corruption by an "
                  "appeals court.") == ("CONCEDE", "v.acquit.cleared")


def test_clearing_a_place_of_people_is_no_acquittal(coded_events):
    assert _first(coded_events, "Riot police cleared the square of protesters at "
                  "dawn.")[0] == "COERCE"


def test_a_plea_of_not_guilty_denies_the_charge(coded_events):
    assert _first(coded_events, "The former army chief pleaded not guilty on Tuesday to "
                  "charges of torture.") == ("REJECT", "v.plead_innocent")


def test_a_withdrawn_plan_is_a_concession(coded_events):
    assert _first(coded_events, "The government withdrew its plan to raise fuel prices "
                  "after three days of riots.") == ("CONCEDE", "v.withdraw.plan")


def test_troops_withdrawing_under_a_plan_pull_back(coded_events):
    """The under-phrase names a text acted by (roles.json documents), not what is
    withdrawn."""
    assert _first(coded_events, "Government troops withdrew under the plan brokered by "
                  "the regional bloc.")[0] == "RETREAT"


def test_coming_under_attack_keeps_its_under_object(coded_events):
    assert _first(coded_events, "The new tariff plan has come under attack from farmers' "
                  "groups.")[0] == "ACCUSE"
