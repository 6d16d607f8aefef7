"""Timeline rows carry what merging needs: the names in each event's sentence."""

from __future__ import annotations


def test_event_rows_carry_sentence_names(store):
    rows = {(r["article_id"], r["event_id"]): r for r in store.events()}
    # actor and target first, normalised (lower-case), each once
    assert rows[("wire-1", "e1")]["names"][:2] == ["acme corp", "globex"]
    assert rows[("paper-2", "e1")]["names"][:2] == ["initech", "acme corp"]
    entry = next(e for e in store.timeline() if e.type == "CONSULT")
    assert entry.sources[0].article_id == "wire-1"
