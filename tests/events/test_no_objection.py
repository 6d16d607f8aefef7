"""Negated objection is consent (roles.json no_objection; context.py): 'does not object to
X', 'has no objection to X' are AGREE, not a negated ACCUSE (issue 4, bench/eval_st_events.py's
second gaza sample)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.load_json("roles.json")["no_objection"]["examples"],
                         ids=lambda ex: ex["text"][:40])
def test_no_objection_examples(coded_events, top_root, ex):
    assert top_root(coded_events(ex["text"])) == ex["root"]


def test_no_objection_noun_is_consent(coded_events, top_root):
    assert top_root(coded_events("The rebel council said it had no objection to observers "
                                 "visiting the camps near Tarvik.")) == "AGREE"
