"""A state institution described by a people the state lexicon does not know ('the Dorvanian
government', 'the Dorvanian navy') is no target or actor of the state named before it: a
passive by a known state's forces or government is read with the described party as its
target, not as an act of that state on itself (entities.descriptions; descriptions.json
state_forces examples; invented names)."""

from __future__ import annotations

import pytest

ROWS = [
    ("Egyptian ships searched the coast. The Dorvanian government is criticised by the "
     "Egyptian government for its silence.", "criticised", "ACCUSE"),
    ("Egyptian ships searched the coast. The Dorvanian navy was attacked by Egyptian forces "
     "near the port.", "attacked", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "trigger", "root"), ROWS)
def test_a_described_people_is_not_the_state_named_before(annotate_events, text, trigger, root):
    (ev,) = [e for e in annotate_events(text).events if e.trigger == trigger]
    assert ev.type == root and ev.actor == "Egypt"
    assert ev.target is not None and ev.target != "Egypt"
    assert "Dorvanian" in ev.target


def test_a_known_peoples_institution_is_its_state(annotate_events):
    text = ("Egyptian ships searched the coast. The Israeli navy was attacked by Egyptian forces "
            "near the port.")
    (ev,) = [e for e in annotate_events(text).events if e.trigger == "attacked"]
    assert (ev.actor, ev.target) == ("Egypt", "Israel")
