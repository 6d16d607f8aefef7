"""An event noun right before a noun naming a thing, a place or a body ('the blowout
preventer', 'the Relief Fund') is part of that name, no event (roles.json object_heads)."""

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("object_heads"),
                         ids=lambda ex: ex["text"][:40])
def test_object_heads_examples(annotate_events, ex):
    ann = annotate_events(ex["text"])
    found = [e for e in ann.events if ex["trigger"] in e.trigger.split()]
    assert bool(found) == ex["event"], (ex["text"], [(e.trigger, e.rule) for e in ann.events])


def test_the_next_word_decides(nlp):
    """The object word must follow the event noun in its sentence: 'relief' before
    'fund' names the fund; before a full stop and a new sentence it stays."""
    from dateline.events.object_heads import qualifies_object

    doc = nlp("The relief fund paid for the new clinics.")
    assert qualifies_object(next(t for t in doc if t.lower_ == "relief"))
    doc = nlp("The clinics asked for relief. Funds came later.")
    assert not qualifies_object(next(t for t in doc if t.lower_ == "relief"))
