"""Every lexicon entry's own examples code to the entry's root (most salient event)."""

from __future__ import annotations

import json

import pytest

from dateline.events import PLOVER_ROOTS, code_events_jsonl, lexicon

EXAMPLES = lexicon.all_examples()


def test_every_entry_has_examples_and_known_roots():
    for name in ("verbs.json", "nouns.json"):
        for d in lexicon.load_json(name)["entries"]:
            assert d["root"] in PLOVER_ROOTS, d["id"]
            assert d.get("examples"), f"{d['id']} has no examples"


def test_lookups_are_dicts_by_lemma():
    assert "accuse" in lexicon.verbs() and "ceasefire" in lexicon.nouns()
    entries = lexicon.verbs()["withdraw"]
    assert entries[0].specificity >= entries[-1].specificity


@pytest.mark.parametrize(("entry", "text", "root"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_lexicon_example(nlp, entry, text, root):
    out = next(code_events_jsonl([json.dumps({"text": text})], nlp=nlp))
    assert out["events"], f"no event in {text!r}"
    assert out["events"][0]["root"] == root, (text, out["events"][:3])
    assert out["events"][0]["rule"]


def test_planned_root_names_the_act_an_intention_plans():
    from dateline.events.lexicon import planned_root

    assert planned_root("v.coerce.detain+intent") == "COERCE"  # 'will close' (THREATEN)
    assert planned_root("light:hold+n.consult+intent") == "CONSULT"  # 'will hold talks'
    assert planned_root("v.coerce.detain") is None  # no intention
    assert planned_root("reverse:lift+n.coerce+intent") is None  # a reversed act
    assert planned_root("v.no_such_entry+intent") is None


@pytest.mark.parametrize("text,word,lemma", [
    ("The authorities unbanned the union.", "unbanned", "unban"),  # spaCy: 'unbanne'
    ("The army is unbanning the party.", "unbanning", "unban"),
])
def test_doubled_consonant_lemma_is_repaired(nlp, text, word, lemma):
    from dateline.events.detect import repaired_lemma

    tok = next(t for t in nlp(text) if t.text == word)
    assert repaired_lemma(tok, lambda w: w in lexicon.verbs()) == lemma
