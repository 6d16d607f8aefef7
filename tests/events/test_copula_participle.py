"""A participle the parser makes a predicate of 'be' ('its tank units were still positioned
near the frontier': acomp of 'were') is a passive, done to the copula's subject, so a verb
entry's object condition sees that subject (detect.objects; issue 4, the second gaza sample)."""

from __future__ import annotations


def test_a_participle_predicate_of_be_takes_the_subject_as_its_object(coded_events):
    evs = coded_events("Dorvan's defence ministry said its tank units were still positioned "
                       "near the frontier.")
    assert evs and evs[0]["root"] == "MOBILIZE", evs[:2]
