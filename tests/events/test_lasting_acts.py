"""No-event shapes found by the probe lines with none (issue 4, session 40): an event noun told
going on by a verb of duration (roles.json subject_events: 'has lasted six weeks', 'entered
its third day'), and 'put / place' light only for a ban or a curfew (nouns.json n.coerce.put)."""

from __future__ import annotations


def test_an_act_that_has_lasted_is_told_going_on(coded_events):
    evs = coded_events("The talks have lasted four hours.")
    assert evs and evs[0]["root"] == "CONSULT", evs


def test_talks_entering_their_third_day_are_the_talks(coded_events):
    evs = coded_events("The talks entered their third day on Friday.")
    assert evs and evs[0]["root"] == "CONSULT", evs


def test_a_blockade_that_has_lasted_is_told_going_on(coded_events):
    """A noun coded only behind a light verb or as going on ('blockade'): 'has lasted' tells
    it so (subject_events 'announced'); 'entered' does only with a word of time."""
    evs = coded_events("The blockade of the Dorvan port has now lasted six weeks.")
    assert evs and evs[0]["rule"] == "ongoing:n.coerce", evs
    assert coded_events("Talks entered the building on Monday.") == []


def test_a_ban_put_on_is_imposed(coded_events):
    evs = coded_events("Officials put a four-month ban on offshore drilling.")
    assert evs and evs[0]["root"] == "COERCE" and evs[0]["rule"] == "light:put+n.coerce.put", evs


def test_put_is_no_coercion_for_other_nouns(coded_events):
    evs = coded_events("The firm placed limits on what its researchers may publish.")
    assert not any(e["root"] == "COERCE" for e in evs), evs


def test_an_act_that_came_as_a_surprise_is_told_done(coded_events):
    """'came as' (subject_events with_words): the act named by the subject happened."""
    evs = coded_events("Tessia's endorsement of the peace plan came as a surprise to diplomats.")
    assert evs and evs[0]["root"] == "SUPPORT", evs


def test_came_as_a_clause_leaves_the_clause_the_news(coded_events):
    """'as' counts as a preposition only (subject_events prep_only): in 'the warning came as
    jets struck ...' the clause's act is the news, not the warning."""
    evs = coded_events("The warning came as army jets struck a fuel depot in the south.")
    assert evs and evs[0]["root"] == "ASSAULT", evs
