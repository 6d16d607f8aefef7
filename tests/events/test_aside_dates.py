"""A date said in an aside carries no paragraph's narrative on (issue #6): one on a noun the
act does not happen at, or in a relative or participle clause on a noun
(:mod:`dateline.events.anchor.asides`), or in a perfect infinitive told back ('is said to
have been seized on 3 March': :func:`dateline.events.anchor.dated.flashback_dates`). A later
sentence goes on at the article's date. A date on a noun the act happens at still moves the
narrative. Nor does a date after the article's carry on to a bare participle clause of a
sentence told in the past ('took the hall, calling for ...': :func:`.times.fits_event`)."""

from __future__ import annotations

import pytest


def _time(ann, trigger):
    ev = next(e for e in ann.events if e.trigger.startswith(trigger))
    return ev.time.how, ev.time.value


@pytest.mark.parametrize(("text", "date"), [
    ("Marchers called for freeing Orin Vasko, a leader who police arrested on "
     "6 March. Police detained thirty people.", "6 March"),
    ("Seventy separatists were arrested after the standoff of 6 March. Police detained "
     "thirty people.", "6 March"),
    ("A rebel leader, who had attended the rally of 6 March in Odessa, was deported. Police "
     "detained thirty people.", "6 March"),
    ("The envoy is said to have been seized on 6 March while driving to work. Police "
     "detained thirty people.", "6 March"),
])
def test_an_aside_date_carries_no_narrative(annotate_events, dated, text, date):
    ann = annotate_events(text, dct="2014-03-17", extra=dated({date: "2014-03-06"}))
    how, value = _time(ann, "detained")
    assert how.startswith("dct") and value == "2014-03-17", [
        (e.trigger, e.time) for e in ann.events]


@pytest.mark.parametrize("text", [
    "The 6 March blast killed eleven workers. Police detained thirty people.",
    "Eleven miners were killed in the blast of 6 March. Police detained thirty people.",
    "Gunmen seized the town hall on 6 March. Police detained thirty people.",
    "Rebels claimed the attack on 6 March. Police detained thirty people.",
])
def test_a_date_of_the_act_still_moves_the_narrative(annotate_events, dated, text):
    ann = annotate_events(text, dct="2014-03-17", extra=dated({"6 March": "2014-03-06"}))
    assert _time(ann, "detained") == ("paragraph", "2014-03-06"), [
        (e.trigger, e.time) for e in ann.events]


def test_a_later_date_does_not_carry_to_a_participle_of_a_past_act(annotate_events, dated):
    text = ("The separatists threatened to declare a people's republic on 7 April. In "
            "Luhansk, protesters seized the security office, demanding the release of "
            "their leader.")
    ann = annotate_events(text, dct="2014-04-06", extra=dated({"7 April": "2014-04-07"}))
    how, value = _time(ann, "demanding")
    assert value == "2014-04-06", [(e.trigger, e.time) for e in ann.events]


@pytest.mark.parametrize("trigger", ["beat", "injured"])
def test_a_plans_later_date_does_not_carry_to_an_act_told_as_actual(annotate_events, dated,
                                                                  trigger):
    text = ("He says that the vote will be brought forward to 30 March. Demonstrators "
            "wreck the assembly building and beat civilians. A guard is injured "
            "and hospitalized.")
    ann = annotate_events(text, dct="2014-03-01", extra=dated({"30 March": "2014-03-30"}))
    assert _time(ann, trigger)[1] == "2014-03-01", [(e.trigger, e.time) for e in ann.events]


def test_a_plans_later_date_still_carries_to_a_plan(annotate_events, dated):
    text = ("The referendum will be held on 30 March. Police will arrest any protesters.")
    ann = annotate_events(text, dct="2014-03-01", extra=dated({"30 March": "2014-03-30"}))
    assert _time(ann, "arrest") == ("paragraph", "2014-03-30"), [
        (e.trigger, e.time) for e in ann.events]
