"""Negated objection is consent (roles.json no_objection; context.py): 'does not object to
X', 'has no objection to X' are AGREE, not a negated ACCUSE (issue 4, bench/eval_st_events.py's
second gaza sample)."""

from __future__ import annotations

import json

import pytest

from dateline.events import code_events_jsonl, lexicon


def _top(nlp, text):
    evs = next(code_events_jsonl([json.dumps({"text": text})], nlp=nlp))["events"]
    return evs[0]["root"] if evs else "NONE"


@pytest.mark.parametrize("ex", lexicon.load_json("roles.json")["no_objection"]["examples"],
                         ids=lambda ex: ex["text"][:40])
def test_no_objection_examples(nlp, ex):
    assert _top(nlp, ex["text"]) == ex["root"]


def test_no_objection_noun_is_consent(nlp):
    assert _top(nlp, "The rebel council said it had no objection to observers visiting "
                     "the camps near Tarvik.") == "AGREE"
