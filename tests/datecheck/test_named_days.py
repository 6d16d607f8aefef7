"""Named days (named_days.json): a yearless day naming an event of a known year."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.datecheck.check import evaluate, readings
from dateline.datecheck.mentions import Mention
from dateline.datecheck.named import named_before, named_event
from dateline.datecheck.prior import cues
from dateline.datecheck.resources import load_json
from dateline.datecheck.rules import Reading, consistent_bound, weekday

EXAMPLES = load_json("named_days.json")["examples"]
_YEARLESS = {"yearless_past_after", "yearless_future_before", "prospective_before"}


def _fired(text: str, dct: date, doc: object = None) -> bool:
    found = evaluate(readings(text, (), doc), text, dct).findings
    return any(f.rule in _YEARLESS for f in found)


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:30] for e in EXAMPLES])
def test_example_without_parse(ex):
    assert _fired(ex["text"], date.fromisoformat(ex["dct"])) is ex["fires"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:30] for e in EXAMPLES])
def test_example_with_parse(nlp, ex):
    text = ex["text"]
    assert _fired(text, date.fromisoformat(ex["dct"]), nlp(text)) is ex["fires"]


def test_examples_cover_both_outcomes():
    assert {ex["fires"] for ex in EXAMPLES} == {True, False}


def test_named_only_once_the_event_is_past_and_only_without_year_or_modifier():
    day = Mention(0, 7, "Sept. 11", None, 9, 11)
    assert named_event(day) == date(2001, 9, 11)
    assert named_before(day, date(2010, 6, 17)) == date(2001, 9, 11)
    assert named_before(day, date(2001, 9, 11)) is None
    assert named_before(day, date(1998, 6, 17)) is None
    assert named_event(Mention(0, 14, "Sept. 11, 2010", 2010, 9, 11)) is None
    assert named_event(Mention(0, 13, "last Sept. 11", None, 9, 11, modifier="last")) is None
    assert named_event(Mention(0, 7, "Sept. 12", None, 9, 12)) is None


def test_weekday_of_a_named_day_is_the_events_and_it_bounds_from_the_event():
    # 11 September 2001 was a Tuesday; in 2010 it is a Saturday.
    day = Mention(0, 17, "Tuesday, Sept. 11", None, 9, 11, weekday=1)
    assert list(weekday(Reading(day, "past"), date(2010, 6, 17))) == []
    assert list(weekday(Reading(day, "past"), date(1998, 6, 17)))
    assert consistent_bound(Reading(day, "past"), date(2010, 6, 17)) == (
        "earliest", date(2001, 9, 11))


def test_named_day_is_no_cue_of_the_prior():
    text = "Security was tightened after the Sept. 11 attacks and again on March 3."
    got = {c.text for c in cues(text, readings(text))}
    assert "March 3" in got and "Sept. 11" not in got
