"""An 'on' whose objects are dates, after a verb with a direct object, says when, not the
verb's 'on' sense ('moved tanks to the border on Sunday' is no 'move on'; dependents._dated_prep,
issue 4). Without a direct object the 'on' may still be the particle ('fired on the crowd')."""

from __future__ import annotations


def test_a_dated_on_after_an_object_is_no_particle(coded_events):
    evs = coded_events("The Ostel army moved tanks and artillery to the Varn border on Sunday.")
    assert evs[0]["root"] == "MOBILIZE", evs[:2]
    evs = coded_events("Riot police fired tear gas and water cannon on Tuesday outside the "
                       "parliament in Osk.")
    assert evs[0]["root"] == "COERCE", evs[:2]


def test_an_on_with_no_object_before_it_stays_the_particle(coded_events):
    evs = coded_events("Soldiers fired on the marchers in Osk on Sunday, witnesses said.")
    assert evs[0]["root"] == "ASSAULT", evs[:2]
    evs = coded_events("Government troops moved on the rebel town of Varn on Sunday.")
    assert evs[0]["root"] == "ASSAULT", evs[:2]
