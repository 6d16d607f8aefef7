"""An intent word over a perfect infinitive ('was determined to have been killed') tells an
act already done, not one aimed at (context._perfect; issue 4, bench/eval_st_events.py's
second gaza sample)."""

from __future__ import annotations


def test_a_perfect_infinitive_under_an_intent_word_is_a_done_act(coded_events):
    evs = coded_events("The pilot, missing since the raid, was later determined to have "
                       "been shot down.")
    assert evs and evs[0]["root"] == "ASSAULT", evs[:2]
    assert evs[0]["modality"] != "planned"


def test_a_plain_infinitive_under_an_intent_word_stays_an_intent(coded_events):
    evs = coded_events("The militia is determined to crush the revolt in Tarvik.")
    assert evs and evs[0]["root"] == "THREATEN", evs[:2]
