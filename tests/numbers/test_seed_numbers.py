"""The seed article's six reported quantities (skips when the seed is absent)."""

from __future__ import annotations

import re

from dateline import numbers


def test_seed_quantities(nlp, seed_text):
    text = re.sub(r"^date \d{4}-\d{2}-\d{2}\s*", "", seed_text)
    found = {q.text: q for q in numbers.find(text, nlp(text))}
    want = {
        "hundreds of Palestinians": (200, True, 200, 999, "Palestinians"),
        "25 Israeli hostages": (25, False, None, None, "hostages"),
        "eight others": (8, False, None, None, "bodies"),
        "nearly 1,800 Palestinian prisoners": (1800, True, None, 1800, "prisoners"),
        "hundreds of thousands of Palestinians": (200_000, True, 200_000, 999_999, "Palestinians"),
        "dozens of Palestinians": (24, True, 24, 99, "Palestinians"),
    }
    for text_, (value, approx, low, high, counts) in want.items():
        assert text_ in found, (text_, sorted(found))
        q = found[text_]
        assert (q.value, q.approx, q.low, q.high, q.counts) == (value, approx, low, high, counts)
    # "15-year" is a duration and "Oct 7, 2023" a date: neither is a count
    assert not any("15" in t or "2023" in t or "7" == t for t in found)
