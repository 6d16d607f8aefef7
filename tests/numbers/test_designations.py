"""Designations ('level 5', 'phase six', 'Category 4 hurricane'): found, valued, never counts."""

from __future__ import annotations

import pytest

from dateline import numbers
from dateline.numbers.designation import designations, rungs
from dateline.numbers.lexicon import load

EXAMPLES = load("designations.json")["examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["text"])
def test_table_examples(ex):
    got = [[d.kind, d.value, d.text, d.role] for d in designations(ex["text"])]
    assert got == ex["designations"]
    for d in designations(ex["text"]):
        assert ex["text"][d.start : d.end] == d.text


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["text"])
def test_no_quantity_inside_a_designation(nlp, ex):
    text = ex["text"]
    spans = [(d.start, d.end) for d in designations(text)]
    for q in numbers.find(text, nlp(text)):
        assert not any(s < q.end and q.start < e for s, e in spans), q


def test_a_rung_is_no_count_but_a_count_beside_it_stays(nlp):
    text = "Labs at level 4 tested 300 samples as the alert went from phase five to six."
    found = numbers.find(text, nlp(text))
    assert [(q.value, q.counts) for q in found] == [(300, "samples")]
    # without a parse, too
    assert [q.value for q in numbers.find(text)] == [300]


def test_rungs_leave_out_the_rung_left():
    assert rungs("The WHO raised its alert from level three to level four.") == {("level", 4)}
    # 'phase' and 'level' name one kind of scale (designations.json nouns)
    assert rungs("It raised the alert to phase 4 out of a possible 6.") == {("level", 4)}
    assert rungs("Officials met to discuss the outbreak.") == frozenset()
    assert rungs(None) == frozenset()


def test_rungs_near_a_word_only():
    text = "The WHO raised its alert to level five on 27 April, and the outbreak has spread."
    raised = (text.index("raised"), text.index("raised") + len("raised"))
    outbreak = (text.index("outbreak"), text.index("outbreak") + len("outbreak"))
    assert rungs(text, *raised, before=2, after=8) == {("level", 5)}
    assert rungs(text, *outbreak, before=2, after=8) == frozenset()  # six words before it
    storm = "A Category 4 hurricane made landfall."
    at = storm.index("hurricane")
    assert rungs(storm, at, at + len("hurricane"), before=2, after=8) == {("category", 4)}


@pytest.mark.parametrize("text,kind,value", [
    ("The outbreak reached \u017ftage 2 today.", "level", 2),  # the long s, read as 's'
    ("Officials declared PHA\u017fE 6 of the plan.", "level", 6),
])
def test_a_rung_whose_noun_holds_a_letter_the_pattern_reads_as_ascii_is_read(text, kind, value):
    # The case-blind pattern matches 'ſtage' as 'stage'; the noun table is keyed by ASCII
    # words, so the lookup must read it the same way (it raised KeyError, and the stage's
    # failure dropped every quantity of the article).
    got = designations(text)
    assert [(d.kind, d.value) for d in got] == [(kind, value)]
