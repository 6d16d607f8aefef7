"""A state accepting peacekeepers, monitors or inspectors receives them (nouns.json
n.retreat.receive_mission, CAMEO 0861/0862, RETREAT); a noun sense keyed to its light verb
and of-object is preferred to the noun's own verb sense (senses.noun_entry), which would make
it the sending (AID). Issue 4, audit probes section AI."""

from __future__ import annotations


def test_accepting_peacekeepers_is_receiving_them(coded_events, top_root):
    assert top_root(coded_events("Dorvan accepted the deployment of a Kessland peacekeeping "
                                 "force on its northern border.")) == "RETREAT"


def test_sending_peacekeepers_stays_aid(coded_events, top_root):
    assert top_root(coded_events("Kessland completed the deployment of 500 peacekeepers to "
                                 "Dorvan on Monday.")) == "AID"


def test_accepting_a_demand_stays_a_concession(coded_events, top_root):
    assert top_root(coded_events("The Dorvan junta accepted the opposition's demand for a new "
                                 "electoral law.")) == "CONCEDE"
