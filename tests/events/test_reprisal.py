"""A reprisal told with its manner is that act (roles.json reprisals; detect._reprisal):
'retaliated by recalling its envoy' SANCTION, as the probe files code a reprisal told with
the act; a reprisal with no manner, or with force, stays ASSAULT (issue 4)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("reprisals"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_top_root_examples(coded_events, ex):
    evs = coded_events(ex["text"])
    assert evs and evs[0]["root"] == ex["root"], evs[:2]


def test_the_reprisal_takes_its_manner_root_and_keeps_its_doer(coded_events):
    """The verb is rerooted, not dropped: its doer stays, the rule says why."""
    evs = coded_events("Kessland retaliated by banning imports of Orlund wine.")
    top = evs[0]
    assert top["root"] == "SANCTION" and top["rule"].endswith("+reprisal"), evs[:2]
    assert top["actor"] == "Kessland"


def test_a_threatened_reprisal_stays_a_threat(coded_events):
    """'would retaliate if ...' is a threat; the conditional is no manner."""
    evs = coded_events("Velmar said it would retaliate if Dorvan imposed new tariffs.")
    assert evs and evs[0]["root"] == "THREATEN", evs[:2]
