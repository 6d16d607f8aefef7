"""People hurt in violence are people injured, ASSAULT (verbs.json v.hurt.people, context
'violence'); an economy, sales or families hurt by a policy are no attack. The sample
corpus's hospital figure ('38 people had been hurt') rests on it: without the event its
figure has no injured to be set against (tests/cli/test_disagree.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Police said 27 marchers, including three officers, had been hurt.",
    "About 30 people were hurt when riot police cleared the square.",
])
def test_people_hurt_in_violence_are_assault(coded_events, text):
    assert ("hurt", "ASSAULT") in [(e["trigger"], e["root"]) for e in coded_events(text)]


@pytest.mark.parametrize("text", [
    "Weak demand hurt exports in the first quarter.",
    "Higher fuel taxes would hurt poor families, the opposition said.",
])
def test_things_or_people_hurt_by_a_policy_are_no_attack(coded_events, text):
    assert all(e["trigger"] != "hurt" for e in coded_events(text))
