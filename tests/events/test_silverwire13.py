"""Fixes prompted by the blind batch Random(70) (bench/plover_probes_silverwire13.txt, issue 4;
written after its errors were read, so NOT blind): a gathering of named parties told ahead by
'is to start', 'due to begin', 'scheduled to open' or 'will be held' is a meeting planned
(AGREE). Each shape told otherwise keeps its own coding."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The next round of talks, involving Pella, Orvia and Marn, is to start on Monday morning "
    "at the lake palace, where the earlier rounds met.",
    "Talks between Tarvik and Dorvan are due to begin in Osk next week.",
    "The summit of Pella and Orvia is scheduled to open in Varo on Saturday.",
    "The peace talks with the Lode Front are to be held in the border town of Varo.",
    "Talks between the two sides will be held next week in Osk.",
    "The meeting of the Velkan and Lirnian foreign ministers is to take place on Friday.",
])
def test_gathering_told_ahead_is_planned(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "AGREE" and ev["modality"] == "planned", ev


@pytest.mark.parametrize("text", [
    "Talks between Tarvik and Dorvan began in Osk on Monday.",
    "The peace talks were held in the border town of Lode.",
    "The regional summit opened in Varo on Saturday.",
])
def test_gathering_told_done_is_held(top_event, text):
    assert top_event(text)["root"] == "CONSULT"


@pytest.mark.parametrize("text", [
    "The next regional summit is to open in Osk in June.",
    "The talks are due to begin on Monday.",
])
def test_gathering_of_no_named_party_told_ahead_is_a_date(coded_events, text):
    assert [e["root"] for e in coded_events(text)] == []
