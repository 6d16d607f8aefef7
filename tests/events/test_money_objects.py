"""A sum of money's in-object is what the verb acts on ('suspended $50 million in aid')."""

from __future__ import annotations

import json

from dateline.events import code_events_jsonl


def _top(text: str, nlp) -> str:
    out = next(code_events_jsonl([json.dumps({"text": text})], nlp=nlp))
    return out["events"][0]["root"] if out["events"] else "NONE"


def test_a_sum_suspended_in_aid_is_aid_suspended(nlp):
    # the parse makes the sum ('million') the object and the aid its in-object
    assert _top("Lindmark suspended $50 million in economic aid to Gorvath.", nlp) == "SANCTION"
    assert _top("Lindmark froze 40 million dollars in military assistance to Tamsin.",
                nlp) == "SANCTION"


def test_a_count_in_a_place_is_no_object(nlp):
    # only a sum of money reads its in-object: '40 in the capital' are people, not the capital
    out = next(code_events_jsonl(
        [json.dumps({"text": "Police arrested 40 in the capital of Gorvath on Friday."})], nlp=nlp))
    assert out["events"][0]["root"] == "COERCE"
    assert out["events"][0]["target"] != "capital"
