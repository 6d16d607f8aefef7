"""Forces told as seen on the move are a deployment, MOBILIZE (issue 4; events.sighted,
roles.json sighted_moves): 'troops were seen entering the town'; forces seen storming a
place, and an entry with no sighting told, stay ASSAULT."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("sighted_moves"),
                         ids=lambda ex: ex["text"][:40])
def test_sighted_move_example(coded_events, ex):
    roots = [e["root"] for e in coded_events(ex["text"])]
    assert roots[:1] == [ex["root"]], roots


def test_the_sighting_keeps_the_mover_as_actor(coded_events):
    evs = coded_events("Witnesses saw Dorvian tanks moving into the hills above the capital.")
    assert evs[0]["root"] == "MOBILIZE" and evs[0]["rule"].endswith("+sighted"), evs
    assert evs[0]["actor"] == "Dorvian", evs
