"""own_objects: two verbs of one sentence, each with an object of its own, are two acts
(rules.json own_objects_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.links import cannot_link
from dateline.merge.own_objects import object_words, own_objects
from dateline.merge.vetoes import act_veto

from .helpers import mention

R = rules()
EXAMPLES = R.raw["own_objects_examples"]


def _pair(ex):
    s = ex["sentence"]
    a = mention("A", "e1", sentence=s, date="2025-04-02", **ex["first"])
    b = mention("A", "e2", sentence=s, date="2025-04-02", **ex["second"])
    return a, b


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_own_objects_examples(ex):
    a, b = _pair(ex)
    assert own_objects(a, b, R) is ex["apart"]
    assert own_objects(b, a, R) is ex["apart"]
    if ex["apart"]:
        assert act_veto(a, b, R) == "own objects"


def test_read_in_one_sentence_of_one_article_only():
    a, b = _pair(next(e for e in EXAMPLES if e["apart"]))
    assert not own_objects(a, replace(b, article_id="B"), R)
    assert not own_objects(a, replace(b, sentence_index=1), R)


def test_object_ends_at_the_clause():
    assert object_words(" the Tessel permits, accepting its claims", 8, R) == frozenset(
        R.tokens("the Tessel permits"))


def test_off_without_the_limit():
    a, b = _pair(next(e for e in EXAMPLES if e["apart"]))
    off = replace(R, limits={**R.limits, "own_object_words": 0})
    assert not own_objects(a, b, off)


def test_two_sentences_are_not_read():
    """One sentence index with two texts (a store's copies; hand-made mentions): no offsets
    to read the objects by."""
    a, b = _pair(next(e for e in EXAMPLES if e["apart"]))
    assert not own_objects(a, replace(b, sentence=b.sentence + " Crews left."), R)



@pytest.mark.parametrize("ex", [e for e in EXAMPLES if e["apart"]], ids=lambda e: e["note"][:40])
def test_a_cannot_link_of_one_sentence(ex):
    """Two verbs of one type are kept apart however the article's other reports chain them
    (links.cannot_link, links.SENTENCE_LINKS): 'helping to co-ordinate aid' and 'aid being
    sent' share a class, so no other reason of one sentence holds."""
    a, b = _pair(ex)
    same_type = ex["first"]["type"] == ex["second"]["type"]
    assert (cannot_link(a, b, R) == "own objects") is same_type
    assert cannot_link(a, replace(b, sentence_index=1, sentence=b.sentence + " Crews left."),
                       R) is None


def test_one_verb_said_twice_is_no_cannot_link():
    """'closed on Friday ... stay closed for 48 hours': one verb twice may tell one act
    going on; the pair veto still reads it."""
    s = "The port closed on Friday and the council said it would keep it closed for two days."
    a = mention("A", "e1", sentence=s, date="2025-04-02", trigger="closed", type="COERCE",
                rule="v.coerce")
    at = s.rfind("closed")
    b = replace(mention("A", "e2", sentence=s, date="2025-04-02", trigger="closed",
                        type="COERCE", rule="v.coerce"), start=at, end=at + 6)
    assert own_objects(a, b, R)
    assert cannot_link(a, b, R) != "own objects"
