"""A predicate adjective with its preposition told as the verb it stands for, and an act one
is on (roles.json stances; events/stance.py): 'X remains opposed to Y' rejects Y, 'X is
critical of Y' criticizes it, 'X is on a visit to Y' visits (issue 4, the stance batch of
bench/plover_probes_audit.txt); a predicate of intent ('keen to')."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize(
    "ex", lexicon.role_examples("stances"), ids=lambda ex: str(ex["text"])[:48]
)
def test_stance_examples(coded_events, ex):
    evs = coded_events(ex["text"])
    assert (evs[0]["root"] if evs else None) == ex["root"], evs[:2]


def test_the_critic_is_the_actor_and_what_it_criticizes_the_target(coded_events):
    evs = coded_events("The Calvany foreign minister was sharply critical of the raids on the "
                       "refugee camps.")
    assert evs[0]["root"] == "ACCUSE", evs[:2]
    assert "Calvany" in str(evs[0]["actor"]) and "raids" in str(evs[0]["target"])


def test_a_preposition_not_listed_for_the_adjective_is_no_stance(coded_events):
    """'grateful' thanks by 'to' or 'for'; 'opposed' only by 'to' ('opposed in principle')."""
    evs = coded_events("Tessia is grateful for the help after the floods.")
    assert [e["root"] for e in evs][:1] == ["SUPPORT"]
    assert not coded_events("The two plans are critical for the farming towns.")


def test_the_visitor_is_the_actor(coded_events):
    evs = coded_events("The Dorvan prime minister is on an official visit to Calvany.")
    assert evs[0]["root"] == "CONSULT", evs[:2]
    assert "Dorvan" in str(evs[0]["actor"]) and evs[0]["target"] == "Calvany"


def test_keen_and_eager_tell_an_intention(coded_events):
    """roles.json intent: 'keen/eager to' plans the act, as 'ready/willing to' does."""
    evs = coded_events(
        "Dorvan and Calvany are keen to expand military cooperation, officials said."
    )
    assert evs[0]["root"] == "AGREE", evs[:2]
    assert not coded_events("Many young people are eager to leave the farming towns.")
