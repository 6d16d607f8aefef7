"""No-event shapes found by the probe lines with none (issue 4, session 40): an event noun told
going on by a verb of duration (roles.json subject_events: 'has lasted six weeks', 'entered
its third day'), and 'put / place' light only for a ban or a curfew (nouns.json n.coerce.put)."""

from __future__ import annotations


def test_an_act_that_has_lasted_is_told_going_on(coded_events):
    evs = coded_events("The hunger strike by jailed Tessian miners has lasted 40 days.")
    assert evs and evs[0]["root"] == "PROTEST", evs


def test_talks_entering_their_third_day_are_the_talks(coded_events):
    evs = coded_events("Talks between the two foreign ministers entered their third day.")
    assert evs and evs[0]["root"] == "CONSULT", evs


def test_a_blockade_that_has_lasted_is_told_going_on(coded_events):
    """A noun coded only behind a light verb or as going on ('blockade'): 'has lasted' tells
    it so (subject_events 'announced'); 'entered' does only with a word of time."""
    evs = coded_events("The blockade of the Dorvan port has now lasted six weeks.")
    assert evs and evs[0]["rule"] == "ongoing:n.coerce", evs
    assert coded_events("Talks entered the building on Monday.") == []


def test_a_ban_put_on_is_imposed(coded_events):
    evs = coded_events("Officials put a six-month ban on deep-water drilling.")
    assert evs and evs[0]["root"] == "COERCE" and evs[0]["rule"] == "light:put+n.coerce.put", evs


def test_put_is_no_coercion_for_other_nouns(coded_events):
    evs = coded_events("The firm placed limits on what its researchers may publish.")
    assert not any(e["root"] == "COERCE" for e in evs), evs
