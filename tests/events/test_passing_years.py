"""A bare year is the paragraph's narrative time for later sentences only when it dates its
own sentence's main event, and only for a later act told in the past (issues #4/#6): a year
said in passing ('the 1957 epidemic') or a later sentence in the present perfect leaves the
later event at the article's date with its tense (:mod:`dateline.events.anchor.years`)."""

from __future__ import annotations

import pytest


def _time(ann, trigger):
    ev = next(e for e in ann.events if e.trigger == trigger)
    return ev.time.how, ev.time.value


@pytest.mark.parametrize("text", [
    "The 1957 epidemic killed thousands of people. Officials raised the alert level.",
    "Doctors studied a strain that emerged in 1957. Officials raised the alert level.",
    "In 1957 the virus killed thousands of people. Officials have raised the alert level.",
])
def test_a_year_in_passing_or_before_a_perfect_carries_no_narrative(annotate_events, dated,
                                                                     text):
    ann = annotate_events(text, dct="2030-04-28", extra=dated({"1957": "1957"}))
    how, value = _time(ann, "raised")
    assert how in ("dct", "dct-past") and value == "2030-04-28", [
        (e.trigger, e.time) for e in ann.events]


def test_a_year_of_the_main_event_carries_to_a_past_act(annotate_events, dated):
    text = "In 1957 the virus killed thousands of people. Soldiers attacked the clinic."
    ann = annotate_events(text, dct="2030-04-28", extra=dated({"1957": "1957"}))
    assert _time(ann, "attacked") == ("paragraph", "1957")
