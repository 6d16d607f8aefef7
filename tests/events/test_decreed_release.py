"""What a ruler's own decree orders is done, not asked of another (roles.json commands
decrees, light._decreed; issue 4, session 23)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The president of Dorvan signed a decree on Monday ordering the release of 40 jailed students.",
    "A decree ordering the release of 40 jailed students was read on state radio in Dorvan.",
])
def test_decree_ordering_a_release_is_the_release(coded_events, text):
    evs = coded_events(text)
    rel = next(e for e in evs if "ordering" in e["trigger"])
    assert rel["root"] == "RETREAT", evs  # the release itself (CAMEO 0841), not a REQUEST


def test_resolution_ordering_a_release_still_asks(coded_events):
    evs = coded_events("The council passed a resolution on Friday ordering the release of the "
                       "detained monitors.")
    assert evs[0]["root"] == "REQUEST", evs[:1]


@pytest.mark.parametrize(("text", "root"), [
    # a release is RETREAT, yet ordering one asks for it (roles.json commands asked_entries)
    ("The tribunal ordered the release of the three detained sailors.", "REQUEST"),
    # other RETREAT nouns ordered are done by the commander's side
    ("The general ordered the withdrawal of his troops from the valley.", "RETREAT"),
])
def test_an_ordered_release_is_asked_an_ordered_withdrawal_done(coded_events, text, root):
    evs = coded_events(text)
    assert evs[0]["root"] == root, evs[:1]
