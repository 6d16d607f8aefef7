"""merge.recalled_on: a plain 'the spill' in the sentence after one recalling a past
occurrence by name goes on about that old one (rules.json recalled_on_examples; invented
stores and sentences)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.merge import rules
from dateline.merge.mention import Mention
from dateline.merge.recalled import past_names, recalled_name, table_rows
from dateline.merge.recalled_on import opens_on_old, recalled_on

from .helpers import mention

R = rules()
EXAMPLES = R.raw["recalled_on_examples"]
SPILL = "occ.accident.spill+noun"


def _told(ex: dict) -> list:
    """The example's mentions, one a sentence of article A in order, each with the name its
    own phrase recalls (merge.recalled.recalled_name) against the example's store."""
    past = past_names(table_rows([(s, y) for y, s in ex["store"]], R), R)
    out, at = [], 0
    for i, (sentence, trigger) in enumerate(ex["told"]):
        m = mention("A", f"e{i}", type="OCCURRENCE", rule=SPILL, trigger=trigger,
                    date="2025-04-02", dct=date(2025, 4, 2), sentence=sentence)
        m = replace(m, sentence_index=ex.get("index", list(range(len(ex["told"]))))[i],
                    sentence_start=at, start=m.start + at, end=m.end + at)
        out.append(replace(m, recalled=recalled_name(m, past, R)))
        at += len(sentence) + 1
    return out


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_recalled_on_examples(ex):
    told = _told(ex)
    recalled_on(told, R)
    assert [m.recalled for m in told] == ex["recalled"]


def test_off_without_the_limit():
    ex = next(e for e in EXAMPLES if e["recalled"][1])
    told = _told(ex)
    recalled_on(told, replace(R, limits={**R.limits, "recalled_on": 0}))
    assert told[1].recalled == ""


def test_read_within_one_article():
    ex = next(e for e in EXAMPLES if e["recalled"][1])
    first, second = _told(ex)[:2]
    second = replace(second, article_id="B")
    recalled_on([first, second], R)
    assert second.recalled == ""


OPENED = R.raw["recalled_on_opened_examples"]


@pytest.mark.parametrize("ex", OPENED, ids=lambda e: e["note"][:40])
def test_opens_on_old_examples(ex):
    past = past_names(table_rows([(s, y) for y, s in ex["store"]], R), R)
    assert opens_on_old(ex["sentence"], past, date(2025, 4, 2), R) == ex["opens"]


def _after_opened(index: int = 1) -> Mention:
    s = "Cod catches fell for a decade after the spill ."
    m = mention("A", "e1", type="OCCURRENCE", rule=SPILL, trigger="spill", date="2025-04-02",
                dct=date(2025, 4, 2), sentence=s)
    return replace(m, sentence_index=index, recalled="")


def test_sentence_with_no_mention_passes_the_name_on():
    """'The Corvane Meridian ran aground ... in 1989 .' tells no mention; 'the spill' of the
    next sentence is that old one."""
    m = _after_opened()
    recalled_on([m], R, {("A", 0): "corvane meridian"})
    assert m.recalled == "corvane meridian"


def test_opened_sentence_reaches_the_next_only():
    m = _after_opened(index=2)
    recalled_on([m], R, {("A", 0): "corvane meridian"})
    assert m.recalled == ""


def test_a_mention_of_the_class_in_the_opened_sentence_decides():
    """A story's 'the spill' told in that sentence: the existing run decides, not the opening."""
    story = replace(_after_opened(index=0), event_id="e0", start=0, end=5)
    m = _after_opened()
    recalled_on([story, m], R, {("A", 0): "corvane meridian"})
    assert m.recalled == ""
