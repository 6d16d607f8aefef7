"""A hope that another party will or would act asks it to, REQUEST (roles.json wishes
hopes; verb_frames._hoped_act; issue 4, the blind batch Random(69)); a hope about one's
own side or with no coded act asks no one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "actor", "target"), [
    ('"We would hope that Marenia will free the fishermen before the holiday," a Brel '
     "spokesman said.", "Brel", "Marenia"),
    ("The Arland premier said he hoped Kessland would withdraw its troops from the border "
     "zone.", "Arland", "Kessland"),
])
def test_a_hope_that_another_party_acts_is_a_request(top_event, text, actor, target):
    ev = top_event(text)
    assert ev["root"] == "REQUEST" and ev["rule"] == "frame:wish+hope", ev
    assert ev["actor"] == actor and ev["target"] == target, ev


@pytest.mark.parametrize("text", [
    # one's own side: an intention to cooperate, as the real-wire line codes it
    "The general hoped the two sides would enhance exchanges and cooperation from now on.",
    # no coded act in the hoped clause
    "The paper said it hoped that Mira, once promoted, would go on writing fine novels.",
    '"I hope the weather holds for the final," the Orlund coach said.',
])
def test_a_hope_about_oneself_or_no_act_asks_no_one(coded_events, text):
    assert all(e["rule"] != "frame:wish+hope" for e in coded_events(text))
