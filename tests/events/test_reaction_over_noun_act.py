"""A reaction whose subject is an act's noun ('the lifting of the curfew was welcomed by
traders', 'the arrest of X was condemned by Y') codes the reaction, the main clause's act
over its noun argument (lead ruling, session 41; issue 4). A praised act stays a mention of
its own, told done, after the praise (roles.json subject_events reactions)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "reaction", "act"), [
    ("The lifting of the night curfew in Pell was welcomed by shopkeepers on Friday.",
     "SUPPORT", "CONCEDE"),
    ("The release of four Tamrin sailors was hailed by their union as a gesture of goodwill.",
     "SUPPORT", "RETREAT"),
    ("The amnesty for 300 jailed strikers was applauded by church leaders in Osk.",
     "SUPPORT", "CONCEDE"),
])
def test_praised_act_comes_after_the_praise(coded_events, text, reaction, act):
    roots = [e["root"] for e in coded_events(text)]
    assert roots[0] == reaction and act in roots[1:], roots


@pytest.mark.parametrize("text", [
    "The detention of the Orlund editor by border police was condemned by press groups.",
    "Kestria's decision to expel the Velmar envoy drew sharp criticism from its neighbours.",
])
def test_condemned_act_codes_the_blame(coded_events, text):
    assert coded_events(text)[0]["root"] == "ACCUSE"


def test_active_welcome_of_an_act_is_still_the_welcome(coded_events):
    events = coded_events("Traders in Pell welcomed the lifting of the night curfew on Friday.")
    assert events[0]["root"] == "SUPPORT"
