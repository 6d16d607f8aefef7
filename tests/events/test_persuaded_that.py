"""Persuading a party to act asks it to (REQUEST); persuading it that a thing is so convinces
and asks nothing, also where the parser hangs the that-clause on a word of the verb's phrase
(verbs.json v.demand.persuade, Entry.not_that; issue 4, the blind batch Random(72))."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The defence team has so far persuaded the appeals court in each hearing that the old "
    "admiral was too frail to stand trial.",
    "The envoy persuaded the junta that the border was calm.",
])
def test_persuaded_that_asks_nothing(coded_events, text):
    assert all(e["root"] != "REQUEST" for e in coded_events(text))


@pytest.mark.parametrize("text", [
    "Dorvan persuaded the rebels to free the aid workers on Sunday.",
    "Kessland was persuaded to admit the monitors after a week of talks.",
])
def test_persuaded_to_act_is_a_request(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "REQUEST" and ev["rule"] == "v.demand.persuade", ev
