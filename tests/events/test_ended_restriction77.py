"""A restriction told as no longer imposed is eased, CONCEDE (session 77, issue 4;
roles.json ended_restrictions; bench/plover_probes_weakroots77.txt)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a restriction verb negated by 'no longer': the restriction ended, eased
    ("The Tesk government said on Monday it would no longer require journalists to obtain "
     "permits to travel to the north.", "CONCEDE"),
    ("The Tesk government no longer requires foreign reporters to get permits.", "CONCEDE"),
    ("The government will no longer ban opposition rallies in the capital.", "CONCEDE"),
    ("Osk will no longer restrict travel by opposition leaders.", "CONCEDE"),
    # a plain negation ends nothing in force: the threat held out, denied, stays
    ("The government of Osk will not ban opposition rallies in the capital.", "THREATEN"),
    # another act told 'no longer' keeps its own root
    ("Velka will no longer accept refugees from Osk.", "REJECT"),
])
def test_restriction_no_longer_imposed(top_event, text, root):
    assert top_event(text)["root"] == root
