"""A verb told with an adjective of its result ('was found guilty', 'pronounced dead'): the
trigger takes in the adjective (roles.json resultatives), so the merge reads the pair and not
the bare verb; an object between the two keeps the verb alone (issue 4, for issue 6)."""

from __future__ import annotations

import pytest

import dateline
from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("resultatives"), ids=lambda ex: ex["trigger"])
def test_resultative_examples(ex):
    ann = dateline.annotate(f"date 2025-03-07\n{ex['text']}")
    triggers = [e.trigger for e in ann.events]
    assert ex["trigger"] in triggers, triggers


def test_the_trigger_span_is_the_text_it_names():
    text = "The clerk was declared dead at the scene after the flood."
    ann = dateline.annotate(f"date 2025-03-07\n{text}")
    ev = next(e for e in ann.events if e.trigger.startswith("declared"))
    assert ev.trigger == "declared dead"
    assert ann.article.text[ev.start : ev.end] == ev.trigger
