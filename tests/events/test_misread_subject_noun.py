"""A sentence's first word tagged a base-form verb and parsed as a passive's clausal subject
is the noun that is the passive's subject (dependents.misread_subject_noun; issue 4)."""

from __future__ import annotations


def test_opening_noun_tagged_a_verb_is_the_passive_subject(coded_events):
    evs = coded_events("Aid to the eastern provinces was suspended on Tuesday after the coup.")
    assert evs and evs[0]["root"] == "SANCTION", evs[:2]


def test_opening_noun_made_an_adverbial_clause_is_the_passive_subject(coded_events):
    evs = coded_events("Aid to the southern district, which had been reaching the camps by river "
                       "since the spring, was halted on Monday after a convoy was attacked.")
    assert evs and evs[0]["root"] == "SANCTION", evs[:2]
