"""Acts told by 'there is / were / will be' (issue 4, audit probes section AF): the noun is told
going on, one named only behind a light verb told in force ('there is a curfew in force'),
and 'there will be talks' is held out for what is to come, as 'will meet' is (AGREE)."""

from __future__ import annotations


def _top(evs):
    return evs[0]["root"] if evs else "NONE"


def test_a_light_verb_noun_in_an_existential_is_in_force(coded_events):
    evs = coded_events("There is a night curfew in force in the northern districts after "
                       "last week's riots, the army said.")
    assert _top(evs) == "COERCE", evs


def test_there_will_be_talks_is_a_meeting_held_out(coded_events):
    evs = coded_events("There will be talks between the Dorvan and Kessland foreign "
                       "ministers in Osk next week, a spokesman said.")
    assert _top(evs) == "AGREE", evs


def test_there_were_talks_is_a_meeting_held(coded_events):
    assert _top(coded_events("There were talks between the Dorvan and Kessland foreign "
                             "ministers in Osk on Monday.")) == "CONSULT"


def test_there_were_no_clashes_is_negated(coded_events):
    evs = coded_events("There were no clashes on the border on Monday.")
    assert evs and evs[0]["negated"], evs
