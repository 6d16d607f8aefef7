"""Senses told only of a doer acting on an object (roles.json active_only,
verb_candidates._undergone): 'the crowd dispersed' tells what the crowd underwent, no act of
its own; 'police dispersed the crowd' and the passive stay crowd control (issue 4)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("active_only"), ids=lambda ex: ex["text"][:40])
def test_active_only_example(coded_events, ex):
    roots = [e["root"] for e in coded_events(ex["text"])]
    if ex["root"] is None:
        assert roots == [], roots
    else:
        assert roots[:1] == [ex["root"]], roots


def test_the_act_beside_an_undergone_change_stays(coded_events):
    """'dispersed peacefully after the government promised ...': the promise is the act."""
    evs = coded_events("The marchers dispersed peacefully on Monday after the governor "
                       "promised to review the tax.")
    assert "dispersed" not in [e["trigger"] for e in evs], evs
    assert evs, evs


def test_a_participle_with_its_agent_is_the_act(coded_events):
    evs = coded_events("Protesters dispersed by police regrouped in a side street.")
    assert [e["root"] for e in evs][:1] == ["COERCE"], evs
