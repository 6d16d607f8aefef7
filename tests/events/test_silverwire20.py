"""Fixes prompted by the blind batch Random(77) (bench/plover_probes_silverwire20.txt, issue 4;
written after its errors were read, so NOT blind): a crime, an offence or an error committed is
done, no pledge, while a party committed to a process or committing itself still pledges
(verbs.json v.agree not_objects; violence committed stays v.commit.atrocity, troops committed
v.mobilize.send)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The rebel colonel has been wanted since 2004 for war crimes committed in Tessa.",
    "Since then the Varan colonel has been under a global warrant for war crimes and crimes "
    "against humanity committed in Tessa.",
    "The court heard that the fraud was committed by two clerks at the Lirn port authority.",
    "Ivo Marr committed a foul in the second half and was sent off.",
    "Police said the offences were committed between March and May.",
])
def test_a_crime_committed_is_no_pledge(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "AGREE" for e in evs), evs


@pytest.mark.parametrize(("text", "root"), [
    ("The Kessian government is committed to the peace process with the rebels.", "AGREE"),
    ("The rebels committed themselves to the peace process.", "AGREE"),
    ("Soldiers committed abuses against civilians in the village.", "ASSAULT"),
    ("Velka committed 3,000 troops to the mission in Varo.", "MOBILIZE"),
])
def test_a_pledge_or_an_atrocity_committed_stays(top_event, text, root):
    ev = top_event(text)
    assert ev["root"] == root, ev
