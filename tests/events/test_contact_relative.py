"""A relative clause told without a pronoun ('villages the army accused of ...'): its subject
acts, the noun it describes is its object (args.contact_relative), also where the parser took
that subject for an apposition and the verb for a participle on it (issue 4, the seed's
second accusation)."""

from __future__ import annotations


def _by_trigger(evs, trigger):
    return next(e for e in evs if e["trigger"] == trigger)


def test_the_noun_a_contact_relative_describes_is_its_object(coded_events):
    evs = coded_events("Troops shelled villages the army accused of attacking a convoy.")
    accused = _by_trigger(evs, "accused")
    assert (accused["actor"], accused["target"]) == ("army", "villages")
    # the accused do the act the accusation tells ('accused X of attacking')
    assert _by_trigger(evs, "attacking")["actor"] == "villages"


def test_a_subject_the_parser_took_for_an_apposition_is_the_accuser(coded_events):
    evs = coded_events("Gunmen killed dozens of Vessians the militia accused of spying.")
    accused = _by_trigger(evs, "accused")
    assert (accused["actor"], accused["target"]) == ("militia", "Vessians")


def test_an_apposition_set_off_by_a_comma_stays_one(coded_events):
    """'X, the militia accused of the bombing, ...': the militia is X, accused by no one named."""
    evs = coded_events("The Brask Front, the militia accused of the bombing, denied any role.")
    accused = _by_trigger(evs, "accused")
    assert accused["actor"] is None and accused["target"] is None
