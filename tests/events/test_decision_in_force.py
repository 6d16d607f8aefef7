"""An intent noun told carried out (roles.json subject_events in_force, events.context): 'the
decision to close the stations took effect' tells the closing done; 'the decision to close the
stations was announced' stays an intention (THREATEN for a hostile act, as the gold codes
'decided to'). Issue 4, audit probes section AE."""

from __future__ import annotations


def test_a_decision_that_took_effect_is_the_act_done(coded_events, top_root):
    assert top_root(coded_events("The junta's decision to shut all independent radio stations "
                                 "took effect at midnight.")) == "COERCE"


def test_a_decision_announced_is_an_intention(coded_events, top_root):
    assert top_root(coded_events("The junta's decision to shut all independent radio stations "
                                 "was announced on Monday.")) == "THREATEN"


def test_a_decision_that_came_after_an_attack_stays_planned(coded_events):
    """'came ... after' tells the decision's time, not the act carried out."""
    evs = coded_events("Dorvan's decision to expel two Kessland diplomats came a day "
                       "after the border shooting.")
    assert [e["root"] for e in evs if e["trigger"] == "expel"] == ["THREATEN"], evs
