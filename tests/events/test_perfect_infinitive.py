"""An intent word over a perfect infinitive ('was determined to have been killed') tells an
act already done, not one aimed at (context._perfect; issue 4, bench/eval_st_events.py's
second gaza sample)."""

from __future__ import annotations

import json

from dateline.events import code_events_jsonl


def _events(nlp, text):
    return next(code_events_jsonl([json.dumps({"text": text})], nlp=nlp))["events"]


def test_a_perfect_infinitive_under_an_intent_word_is_a_done_act(nlp):
    evs = _events(nlp, "The pilot, missing since the raid, was later determined to have "
                   "been shot down.")
    assert evs and evs[0]["root"] == "ASSAULT", evs[:2]
    assert evs[0]["modality"] != "planned"


def test_a_plain_infinitive_under_an_intent_word_stays_an_intent(nlp):
    evs = _events(nlp, "The militia is determined to crush the revolt in Tarvik.")
    assert evs and evs[0]["root"] == "THREATEN", evs[:2]
