"""A range 'between A and B' is read as its two ends, not as the exact figure A."""

from __future__ import annotations

import pytest

from dateline.numbers.find import find
from dateline.numbers.lexicon import load

EXAMPLES = load("modifiers.json")["ranges"]["examples"]


def test_the_examples_hold_both_kinds():
    assert any(low is None for *_, low, _ in EXAMPLES)
    assert any(low is not None for *_, low, _ in EXAMPLES)


@pytest.mark.parametrize(("text", "figure", "low", "high"), EXAMPLES)
def test_range_examples_of_the_data_file(text, figure, low, high):
    q = next(q for q in find(text) if q.text.startswith(figure))
    assert (q.low, q.high) == (low, high), q
    if low is not None:
        assert q.value == low and q.approx


def test_a_range_is_no_exact_figure_and_its_high_end_is_still_found():
    qs = find("Between 40,000 and 70,000 residents may have fled.")
    assert [(q.value, q.low, q.high) for q in qs] == [(40000, 40000, 70000),
                                                       (70000, None, None)]
