"""Acts told with a cue verb ('rejected the truce', 'agreed to reopen the bridge') are
attributions for PolNeAR but no statements: the pipeline stage leaves them out,
quotes.find keeps them (cues.json ``acts``)."""

from __future__ import annotations

import pytest

from dateline import quotes
from dateline.quotes.lexicon import load_raw

EXAMPLES = load_raw()["acts"]["examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_acts_example(nlp, ex):
    text = ex["text"]
    doc = nlp(text)
    made = [q.cue for q in quotes.find(text, doc, made_only=True)]
    assert (ex["cue"] in made) == ex["kept"], made
    if not ex["kept"]:
        assert ex["cue"] in [q.cue for q in quotes.find(text, doc)]  # the benchmark's view


def test_stage_drops_the_rejection_but_keeps_the_statement_before_it(nlp):
    text = (
        "The mediators said a three-day truce would start at dawn, but the rebels"
        " rejected it."
    )
    found = quotes.find(text, nlp(text), made_only=True)
    assert [q.cue for q in found] == ["said"]
