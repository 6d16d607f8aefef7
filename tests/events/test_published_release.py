"""A tape, a clip or a message released is published, no release of persons (verbs.json
v.release not_objects; issue 4, the silver-wire audit of session 43 found a militant's tape
put out online coded RETREAT)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "In an audiotape released online on Monday, the militant leader praised the attacks.",
    "The group released a video clip of the convoy on Tuesday.",
    "The rebels released a message to their supporters on Friday.",
])
def test_published_things_are_no_release(coded_events, text):
    evs = coded_events(text)
    assert not any(e["rule"].startswith("v.release") for e in evs), evs[:2]


def test_persons_released_still_are(coded_events):
    evs = coded_events("The rebels released two aid workers, a message from the group said.")
    assert evs and evs[0]["root"] == "RETREAT", evs[:2]
