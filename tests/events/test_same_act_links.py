"""One act told twice in one clause: an event noun and the verb of the same root whose
subject it is, or on which its relative clause hangs, are linked 'same' (roles.json
same_act_roots; issue #4/#6)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon

EXAMPLES = lexicon.load_json("roles.json")["same_act_roots"]["examples"]


def _same(ann) -> set[tuple[str, str]]:
    by_id = {e.id: e for e in ann.events}
    return {(e.trigger, by_id[o].trigger) for e in ann.events
            for rel, o in e.links if rel == "same"}


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["text"][:40])
def test_same_act_examples(annotate_events, ex):
    ann = annotate_events(ex["text"])
    want = {(a, b) for a, b in ex["same"]} | {(b, a) for a, b in ex["same"]}
    assert _same(ann) == want


def test_an_agreement_signed_is_no_same_act(annotate_events):
    """AGREE is not among the roots: reaching a deal and signing it are two acts."""
    ann = annotate_events("Both sides reached an agreement that was signed in Tessel on Monday.")
    assert _same(ann) == set()
