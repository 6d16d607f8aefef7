"""merge.incident_clause: the incident check reads the trigger's own clause and a place name
before the incident noun (rules.json incident_clause_examples; invented sentences)."""

from __future__ import annotations

import pytest

from dateline.merge import rules
from dateline.merge.incident_clause import incident_clause
from dateline.merge.vetoes import incidents_apart

from .helpers import assert_pair_veto, mention

R = rules()
EXAMPLES = R.raw["incident_clause_examples"]


def _side(eid, side, article):
    return mention(article, eid, type="ASSAULT", trigger=side["trigger"],
                   sentence=side["sentence"], date="2025-04-02",
                   specific=side.get("specific", ()),
                   rule="n.event" if side.get("noun") else "v.event")


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_incident_clause_examples(ex):
    a, b = _side("e1", ex["a"], "A"), _side("e2", ex["b"], "B")
    assert_pair_veto(incidents_apart, "incidents apart", a, b, ex["apart"], R)


def test_clause_stops_at_a_break_word():
    ex = EXAMPLES[0]
    clause = incident_clause(_side("e1", ex["a"], "A"), R)
    assert clause is not None and "Tarnow" not in clause and "Velsk" in clause


def test_place_before_the_noun_is_read_after_a_place_word():
    ex = EXAMPLES[1]
    assert incident_clause(_side("e1", ex["a"], "A"), R).endswith(" in Velsk")


def test_other_types_are_not_read():
    ex = EXAMPLES[0]
    a = mention("A", "e1", type="CONSULT", trigger="clashes", sentence=ex["a"]["sentence"])
    b = mention("B", "e2", type="CONSULT", trigger="Clashes", sentence=ex["b"]["sentence"])
    assert not incidents_apart(a, b, R)
