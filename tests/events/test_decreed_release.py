"""What a ruler's own decree orders is done, not asked of another (roles.json commands
decrees, detect._decreed; issue 4, session 23)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The president of Dorvan signed a decree on Monday ordering the release of 40 jailed students.",
    "A decree ordering the release of 40 jailed students was read on state radio in Dorvan.",
])
def test_decree_ordering_a_release_is_the_release(coded_events, text):
    evs = coded_events(text)
    rel = next(e for e in evs if "ordering" in e["trigger"])
    assert rel["root"] == "CONCEDE", evs


def test_resolution_ordering_a_release_still_asks(coded_events):
    evs = coded_events("The council passed a resolution on Friday ordering the release of the "
                       "detained monitors.")
    assert evs[0]["root"] == "REQUEST", evs[:1]
