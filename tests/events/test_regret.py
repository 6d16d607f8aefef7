"""Regret coded by whose act it is (roles.json regrets, events.regret; issue 4, audit probes
section AD): an apology for one's own act or an act with no other doer named (SUPPORT, as the
gold codes 'apologized for'), blame for another party's (ACCUSE)."""

from __future__ import annotations


def test_regret_for_ones_own_act_is_an_apology(coded_events, top_root):
    assert top_root(coded_events("The Dorvan army said it regretted the loss of civilian life "
                                 "in the raid on the village.")) == "SUPPORT"


def test_regret_at_another_partys_decision_is_blame(coded_events, top_root):
    assert top_root(coded_events("Kessland voiced regret over Dorvan's refusal to attend the "
                                 "peace conference.")) == "ACCUSE"


def test_a_that_clause_with_another_doer_is_blame(coded_events, top_root):
    assert top_root(coded_events("The Tarvik foreign ministry said it regretted that Dorvan had "
                                 "decided to close the border crossings.")) == "ACCUSE"


def test_a_by_agent_of_another_state_is_blame_and_of_ones_own_an_apology(coded_events, top_root):
    """The by-agent is compared with the regretter: another state's coastguards, blame;
    one's own artillery (a demonym of the regretter's state), an apology."""
    assert top_root(coded_events("The Kessland government expressed deep regret over the "
                                 "shooting of two fishermen by Dorvan coastguards.")) == "ACCUSE"
    assert top_root(coded_events("Dorvan's foreign minister voiced regret over the shelling of a "
                                 "Kessland border post by Dorvan artillery.")) == "SUPPORT"


def test_a_blame_beside_the_regret_names_the_doer(coded_events, top_root):
    evs = coded_events("The Tarvik premier expressed regret over the collapse of the truce, "
                       "blaming the rebels for breaking it.")
    assert top_root(evs) == "ACCUSE", evs
