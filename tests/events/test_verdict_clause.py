"""A finding of guilt or liability told by a clause (roles.json verdict_clauses,
verb_frames.verdict_frame; issue 4, audit probes section AL): ACCUSE, CAMEO 116."""

from __future__ import annotations


def test_a_court_ruling_a_party_liable_accuses_it(coded_events, top_root):
    assert top_root(coded_events("A Kessland court ruled on Monday that the state ferry company "
                                 "was liable for the sinking.")) == "ACCUSE"


def test_an_inquiry_finding_the_army_responsible_accuses_it(coded_events, top_root):
    evs = coded_events("The inquiry concluded that Dorvan troops were responsible for the "
                       "shelling of the market.")
    assert top_root(evs) == "ACCUSE", evs


def test_a_ruling_of_no_liability_is_no_finding(coded_events):
    evs = coded_events("A Kessland court ruled on Monday that the ferry company was not "
                       "liable for the sinking.")
    assert "ACCUSE" not in [e["root"] for e in evs], evs


def test_a_ruling_on_something_else_is_no_finding(coded_events):
    evs = coded_events("The Kessland court ruled that the election result was valid.")
    assert "ACCUSE" not in [e["root"] for e in evs], evs
