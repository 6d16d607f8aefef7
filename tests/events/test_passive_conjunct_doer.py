"""A passive conjunct with its own subject takes no doer from the clause before it: 'seven
pupils died and 25 more were injured in a bus crash' (occur.doer; issue 4, the blind batch
Random(69)): the pupils suffered, they injured no one, so the crash phrase makes the
injuries an accident; an attack named in the sentence keeps them ASSAULT."""

from __future__ import annotations

import pytest


def test_injured_in_a_crash_after_deaths_is_an_accident(annotate_events, coded_events):
    text = "Seven pupils died and 25 more were injured in a bus crash in the north on Sunday."
    assert all(e["root"] != "ASSAULT" for e in coded_events(text))
    ann = annotate_events(text)
    assert any(e.trigger == "injured" and e.rule.startswith("occ.accident.")
               for e in ann.events), [(e.trigger, e.rule) for e in ann.events]


@pytest.mark.parametrize("text", [
    "Five pupils died and 30 more were injured in the bombing of a school in Varn on Sunday.",
    "Eight villagers died and 23 were injured when rebels attacked a market in Selm.",
])
def test_deaths_and_injuries_in_an_attack_stay_assault(top_event, text):
    assert top_event(text)["root"] == "ASSAULT"


def test_an_active_conjunct_still_takes_its_heads_doer(annotate_events):
    """'the earthquake struck the coast and killed 40 people': the quake did it."""
    ann = annotate_events("The earthquake struck the coast on Sunday and killed 40 people.")
    assert all(e.root != "ASSAULT" for e in ann.events if e.type != "OCCURRENCE")
