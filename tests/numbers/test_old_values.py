"""The earlier value of a change ('rose to 52, up from 45', 'rose from 45 to 52') is the old
value (issue #6): numbers.find.old_value reads it from words.json 'old_values', whose examples
run here; the merge drops such a figure from a mention's shared figures
(tests/merge/test_old_figures.py). Our own sentences."""

from __future__ import annotations

import pytest

from dateline.numbers.find import old_value
from dateline.numbers.lexicon import load, tables

EXAMPLES = load("words.json")["old_values"]["examples"]


def _old(text: str, needle: str) -> bool:
    start = text.index(needle)
    return old_value(text, start, start + len(needle), tables())


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: f"{e['needle']}@{e['text'][:30]}")
def test_old_value_examples(ex):
    assert _old(ex["text"], ex["needle"]) is ex["old"]


def test_from_far_from_to_is_not_old():
    # 'to' more than from_to_gap words after the figure joins something else
    assert not _old("Aid came from 12 donor states, according to the agency.", "12")
