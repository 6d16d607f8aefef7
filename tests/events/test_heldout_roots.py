"""The held-out half's weak-root confusions studied on invented sentences (issue 4,
bench/plover_probes_heldout_roots.txt): a command to one's own force told with 'tell' or a
staying in readiness mobilises it (MOBILIZE, not REQUEST), a threat carried out is the act
done (not THREATEN), a protest crushed is repressed (COERCE, not ASSAULT), one confined to his
home is detained (COERCE), roadblocks lifted and a call dropped are concessions (CONCEDE)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # 'tell' + to-complement commands as 'order' does: one's own force readied or moved ...
    ("The Osk defence minister told the navy to step up its patrols along the coast.", "MOBILIZE"),
    ("The Tarvan president told his troops to stand ready.", "MOBILIZE"),
    # ... another party told to act is asked to (events.duty must_frame)
    ("The Norvan mediator told the rebels to free the hostages.", "REQUEST"),
    ("Kessia told Orvia to withdraw its troops from the border.", "REQUEST"),
    # a verb of staying in readiness readies the force; staying put does not
    ("The general ordered his troops to remain on alert.", "MOBILIZE"),
    ("The Lirn interior ministry instructed police units in the capital to stand ready.",
     "MOBILIZE"),
    ("The general ordered the soldiers to stay in their barracks.", "REQUEST"),
    # formations and reserves summoned are called up; an envoy summoned is not
    ("The Osk government summoned two reserve battalions to the capital ahead of the vote.",
     "MOBILIZE"),
])
def test_commands_to_own_forces(top_event, text, root):
    assert top_event(text)["root"] == root, text


@pytest.mark.parametrize(("text", "root"), [
    ("The Tarvan dockers' union carried out its threat to strike on Monday.", "PROTEST"),
    ("The Osk militia carried out its threat and shelled the airport at Varn.", "ASSAULT"),
    ("The Pellan bloc carried out its threat on Monday and suspended aid to Orvia.", "SANCTION"),
    ("The Osk militia repeated its threat to shell the airport at Varn.", "THREATEN"),
])
def test_threat_carried_out_is_the_act_done(top_event, text, root):
    assert top_event(text)["root"] == root, text


def test_threat_carried_out_is_no_target(coded_events):
    """The threat carried out is the act's noun, not what the act was done to."""
    evs = coded_events("The Osk militia carried out its threat to shell the airport at Varn.")
    assert [e["root"] for e in evs] == ["ASSAULT"]
    assert evs[0]["actor"] == "Osk" and evs[0]["target"] != "its threat"


@pytest.mark.parametrize(("text", "root"), [
    ("Troops crushed a march by striking miners in Osk on Friday.", "COERCE"),
    ("The army crushed the uprising in the south.", "ASSAULT"),
    ("The Osk authorities confined the opposition leader to his home on Monday.", "COERCE"),
    ("Striking farmers lifted their roadblocks on the Osk highway on Sunday.", "CONCEDE"),
    ("The Lirn opposition dropped its call for a general strike on Tuesday.", "CONCEDE"),
    ("The Kessland envoy paid a courtesy call on the Dorvan prime minister.", "CONSULT"),
])
def test_coerce_and_concede_shapes(top_event, text, root):
    assert top_event(text)["root"] == root, text


@pytest.mark.parametrize("text", [
    # a speech verb's command readies a force only to be ready; an order not to act none
    "Velmar's president told the army on Thursday to discipline a young officer for a speech.",
    "The councillors told the border officers not to count on the local police.",
])
def test_told_force_without_readiness_is_not_mobilised(top_event, text):
    assert top_event(text)["root"] != "MOBILIZE", text
