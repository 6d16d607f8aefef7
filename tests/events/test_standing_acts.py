"""An actor's event noun said to stand ('the union's demand is non-negotiable') is the act
said again (roles.json standing, noun_candidates.standing_light; issue 4, the blind batch of
sentences with no event verb). The section's examples run here, a null root among them."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("standing"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_standing_examples(coded_events, ex):
    evs = coded_events(ex["text"])
    assert (evs[0]["root"] if evs else None) == ex["root"], evs[:2]


def test_an_offer_judged_by_another_side_is_no_standing_act(coded_events):
    """'unacceptable' judges the act, it does not say its maker holds to it."""
    evs = coded_events("The Dorvan offer of a ceasefire is unacceptable, the rebels said.")
    assert all(e["rule"].split(":")[0] != "standing" for e in evs), evs[:2]


def test_a_standing_act_needs_its_own_actor(coded_events):
    """'The demand is non-negotiable' with no owner names nobody holding to it."""
    evs = coded_events("Such a demand is non-negotiable in any wage round.")
    assert not any(e["rule"].startswith("standing:") for e in evs), evs[:2]
