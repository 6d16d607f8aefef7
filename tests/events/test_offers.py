"""An act offered by a light verb ('offered an amnesty', 'offered a truce') is the intent to
make it, AGREE, with the noun's root kept as the planned one (roles.json offers; issue 4)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon
from dateline.events.lexicon import planned_root


@pytest.mark.parametrize("ex", lexicon.role_examples("offers"), ids=lambda ex: str(ex["text"])[:48])
def test_top_root_examples(coded_events, ex):
    evs = coded_events(ex["text"])
    assert evs and evs[0]["root"] == ex["root"], evs[:2]


@pytest.mark.parametrize(("text", "planned"), [
    ("The junta offered an amnesty to exiled dissidents.", "CONCEDE"),
    ("The guerrillas offered a ceasefire over the new year.", "RETREAT"),
    ("The prime minister offered talks to the opposition.", "CONSULT"),
])
def test_an_offered_act_is_planned_not_done(coded_events, text, planned):
    top = coded_events(text)[0]
    assert top["root"] == "AGREE"
    assert planned_root(top["rule"]) == planned


def test_other_light_verbs_keep_the_act_done(coded_events):
    """'granted an amnesty' grants it: only an offer is an intent."""
    top = coded_events("The junta granted an amnesty to exiled dissidents.")[0]
    assert top["root"] == "CONCEDE"


@pytest.mark.parametrize("text", [
    "The government offered the rebels an amnesty if they laid down their arms by May.",
    "The cabinet offered talks to the unions if the strike was called off.",
])
def test_an_offer_on_a_condition_is_still_made(coded_events, text):
    """The offer was made, whatever it hangs on, as a threat or a promise made on one is."""
    evs = coded_events(text)
    assert evs and evs[0]["root"] == "AGREE", evs[:2]
