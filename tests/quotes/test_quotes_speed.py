"""Cost stays small next to the spaCy parse and grows linearly with the text."""

from __future__ import annotations

import time

from dateline import numbers, quotes

PARA = (
    "\u201cWe will not stop,\u201d said Defense Minister Jane Doe, adding that 25 soldiers "
    "were hurt. According to officials, hundreds of people fled. Critics accused the army "
    "of ignoring warnings, and he said: \"Nobody listened to us.\"\n\n"
)


def _cost(nlp, n):
    text = PARA * n
    t0 = time.perf_counter()
    doc = nlp(text)
    t1 = time.perf_counter()
    found = quotes.find(text, doc)
    nums = numbers.find(text, doc)
    t2 = time.perf_counter()
    assert len(found) >= 3 * n and len(nums) >= 2 * n
    return t1 - t0, t2 - t1


def test_cost_is_small_and_linear(nlp):
    _cost(nlp, 5)  # warm the tables
    parse_small, ours_small = _cost(nlp, 20)
    parse_big, ours_big = _cost(nlp, 80)
    assert ours_big < 0.5 * parse_big
    # 4x the text: allow generous noise, but a quadratic scan would be ~16x
    assert ours_big < 10 * max(ours_small, 0.01)
