"""A command verb's to-complement as the event (roles.json commands; detect.commanded_act):
a hostile act ordered of a state is the act, as one ordered of the commander's own force is;
another act ordered of a state or a court's order to a government is asked for (issue 4,
bench/eval_st_events.py's second gaza sample)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("commands", "violation_claims", "undergo"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_top_root_examples(coded_events, ex):
    """roles.json examples of sections coded by the top root (commands; violation_claims,
    tests/events/test_violation_claims.py; undergo, tests/events/test_held_under.py)."""
    evs = coded_events(ex["text"])
    assert evs and evs[0]["root"] == ex["root"], evs[:2]


def test_ordered_strikes_keep_their_target(coded_events):
    evs = coded_events("The prime minister ordered Marovia to respond and resume air strikes "
                       "on the border towns.")
    assert [e["root"] for e in evs] == ["ASSAULT"]
    assert evs[0]["target"] == "border towns"


@pytest.mark.parametrize(("text", "actor"), [
    ("Prime Minister Aldo Venn ordered Marovia to respond and resume air strikes on the "
     "border towns.", "Aldo Venn"),
    ("General Harst ordered the army to respond with strikes on the rebel camps.", "Harst"),
    ("General Harst ordered the army to retaliate against the shelling.", "Harst"),
    ("The council ordered Tessia to withdraw its troops from the border.", "council"),
])
def test_the_commander_is_the_actor_of_the_act_commanded(coded_events, text, actor):
    """An act that is the event of a command is the commander's, done through the one
    commanded (args._commander); an act only asked for stays the asker's REQUEST."""
    assert coded_events(text)[0]["actor"] == actor


@pytest.mark.parametrize(("text", "root"), [
    ("The Tarvan high command ordered its troops along the river to be ready for combat.",
     "MOBILIZE"),
    ("Thousands of reservists were ordered to report to their units by Friday.", "MOBILIZE"),
    ("The general ordered the soldiers to stay in their barracks.", "REQUEST"),
    ("The government ordered the police to be more polite to tourists.", "REQUEST"),
    ("The council ordered the ministry to report to parliament by Friday.", "REQUEST"),
])
def test_own_force_readied_without_a_coded_act(coded_events, text, root):
    """A command to one's own force with no coded act in its complement readies it,
    MOBILIZE (verb_frames.forces_readied); staying put, a 'be' that is no readiness and a
    body that is no force stay asked (v.demand)."""
    assert coded_events(text)[0]["root"] == root
