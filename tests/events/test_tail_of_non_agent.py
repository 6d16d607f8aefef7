"""A subjectless participial tail tells what the main clause's doer did: a disaster's tail
is no act ('rains swept the north, flooding roads and cutting power'), an army's is
(agents._tail_governor; issue 4, session 24)."""

from __future__ import annotations


def test_tail_of_a_disaster_is_no_act(coded_events):
    evs = coded_events("Heavy rains battered the Orvan coast for a third day, flooding "
                       "roads and cutting power to dozens of villages.")
    assert evs == [], evs


def test_tail_of_an_army_is_its_act(coded_events):
    evs = coded_events("The army encircled the town of Pesk, cutting power and water to "
                       "its residents.")
    assert any(e["trigger"] == "cutting" and e["root"] == "COERCE" for e in evs), evs
