"""A passive whose subject is negated by 'no' tells an act that does not happen
(context._none_undergoes; issue 4, bench/eval_st_events.py's second gaza sample)."""

from __future__ import annotations

import json

from dateline.events import code_events_jsonl


def _events(nlp, text):
    return next(code_events_jsonl([json.dumps({"text": text})], nlp=nlp))["events"]


def test_no_demands_met_is_a_refusal(nlp):
    evs = _events(nlp, "The government says that no rebel demands will be met unless the "
                       "attacks stop.")
    assert evs and evs[0]["root"] == "REJECT", evs[:2]


def test_no_shots_fired_is_negated_and_some_shots_are_not(nlp):
    evs = _events(nlp, "No shots were fired during the handover in Tarvik.")
    assert evs and evs[0]["negated"], evs[:1]
    evs = _events(nlp, "Two shots were fired during the handover in Tarvik.")
    assert evs and not evs[0]["negated"], evs[:1]
