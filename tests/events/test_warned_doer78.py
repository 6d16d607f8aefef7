"""The doer of a warning's to-clause (issue 4, session 78; bench/plover_probes_blamecause78.txt
(c)): the party a warning is given to does the act it is warned to do, not the one who warns
(light.warned_doer, args._subject_through)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "act", "actor"), [
    ("Arland sent a warning to Dorvan to pull its warships out of the strait.", "pull", "Dorvan"),
    ("Kessia gave a stern warning to Tarvik to withdraw its troops from the island.", "withdraw",
     "Tarvik"),
    ("Kessia gave Tarvik a final warning to withdraw its troops.", "withdraw", "Tarvik"),
    # a call, an appeal or an ultimatum addressed to a party (roles.json warnings_to_act
    # addressed)
    ("Arland issued a call to Dorvan to release the prisoners.", "release", "Dorvan"),
    ("Kessia sent an appeal to Tarvik to open the border.", "open", "Tarvik"),
    ("The army issued an ultimatum to the rebels to surrender.", "surrender", "rebels"),
    # the verb's own object control is unchanged
    ("The Tarvik premier warned the Osk militia to hand over its weapons.", "hand", "Osk"),
])
def test_warned_party_does_the_act(coded_events, text, act, actor):
    evs = coded_events(text)
    assert evs[0]["root"] in ("REQUEST", "THREATEN")
    assert next(e for e in evs if e["trigger"] == act)["actor"] == actor


def test_threat_to_a_party_keeps_its_teller_as_doer(coded_events):
    # a threat's act is the threatener's own (not in 'addressed')
    evs = coded_events("Dorvan issued a threat to the rebels to cut off their supplies.")
    assert next(e for e in evs if e["trigger"].startswith("cut"))["actor"] == "Dorvan"


def test_warning_keeps_the_warner_as_actor(coded_events):
    ev = coded_events("Arland sent a warning to Dorvan to pull its warships out of the strait.")[0]
    assert (ev["actor"], ev["target"]) == ("Arland", "Dorvan")
