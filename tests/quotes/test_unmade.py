"""Statements not made ('gave no answer when asked to comment') are attributions for
PolNeAR but no statements: the pipeline stage leaves them out, quotes.find keeps them."""

from __future__ import annotations

import pytest

from dateline import quotes
from dateline.quotes.lexicon import load_raw

EXAMPLES = load_raw()["unmade"]["examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_unmade_example(nlp, ex):
    text = ex["text"]
    doc = nlp(text)
    cues = [q.cue for q in quotes.find(text, doc)]
    assert ex["cue"] in cues  # the benchmark's view: an attribution
    made = [q.cue for q in quotes.find(text, doc, made_only=True)]
    assert (ex["cue"] in made) == ex["kept"], made


def test_stage_drops_a_refusal_but_keeps_the_statement_beside_it(nlp):
    text = (
        "The army said on Sunday that the crossing would reopen. The rebels did not "
        "respond to a query from reporters."
    )
    found = quotes.find(text, nlp(text), made_only=True)
    assert [(q.speaker, q.cue) for q in found] == [("The army", "said")]
