"""A plan lies on or after the day its article tells it (merge.plan_days, rules.json
plan_start_examples: invented sentences)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dateline.merge import make_mention, rules
from dateline.merge.dates import date_veto

R = rules()


def _side(eid: str, side: dict[str, Any]) -> Any:
    s, trig = side["sentence"], side["trigger"]
    at = s.find(trig)
    return make_mention(
        article_id=eid, event_id=eid, type=side["type"], trigger=trig, start=at,
        end=at + len(trig), sentence_index=0, sentence=s, sentence_start=0,
        rule=side["rule"], modality=side["modality"], time_how=side["time_how"],
        date_start=date.fromisoformat(side["date_start"]),
        date_end=date.fromisoformat(side["date_end"]), dct=date.fromisoformat(side["dct"]))


@pytest.mark.parametrize("ex", R.raw["plan_start_examples"], ids=lambda e: e["note"][:40])
def test_plan_start_examples(ex: dict[str, Any]) -> None:
    """A planned verb dated by a default holds no day before its article's date; one dated
    in its own clause, a noun, or a verb told as done keeps its span."""
    plan = _side("A", ex["plan"])
    assert plan.span == tuple(date.fromisoformat(d) for d in ex["span"])
    if "other" in ex:
        assert date_veto(plan, _side("B", ex["other"]), 1.0, R) == ex["veto"]


def test_stored_date_kept() -> None:
    """Only the span moves: the date the events stage chose is the one shown."""
    ex = R.raw["plan_start_examples"][0]
    plan = _side("A", ex["plan"])
    assert (plan.date_start, plan.date_end) == (date(2031, 3, 10), date(2031, 3, 16))
