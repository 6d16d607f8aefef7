"""No input is slower than linear: pathological inputs stay under a second per MB."""

from __future__ import annotations

import time
from datetime import date

import pytest

from dateline.timex import tag

MB = 1_000_000
CASES = {
    "digit run": "7" * MB,
    "spaced digits": "1 " * (MB // 2),
    "last last last": "last " * (MB // 5),
    "one token": "x" * MB,
    "the the the": "the " * (MB // 4),
    "dashes and dots": "-." * (MB // 2),
    "number words": "twenty four " * (MB // 12),
}


def _best_of(n: int, text: str) -> float:
    """CPU seconds of this process (the machine is shared: wall time measures the load)."""
    tag("warm up", None)
    best = float("inf")
    for _ in range(n):
        t0 = time.process_time()
        tag(text, date(2024, 2, 6))
        best = min(best, time.process_time() - t0)
    return best


@pytest.mark.parametrize("name", sorted(CASES))
def test_pathological_input_under_a_second_per_mb(name: str) -> None:
    text = CASES[name]
    assert _best_of(2, text) < 1.0 * len(text) / MB


@pytest.mark.slow
def test_ten_mb_article() -> None:
    # news-like density: a few time expressions among plain sentences
    para = ("The truce, which ran from Jan. 19 to March 1, collapsed early Tuesday after weeks "
            "of talks. Officials from both delegations said the mediators had offered a new "
            "framework that would address the release of prisoners and the return of displaced "
            "families to their homes in the north. The proposal, according to two people "
            "familiar with the discussions, also covers reconstruction funds, border crossings "
            "and the supervision of aid convoys by international monitors. Critics argued that "
            "the plan left the most difficult questions unresolved and could collapse at any "
            "point. They will meet again next week. ")
    text = (para * (10 * MB // len(para) + 1))[:10 * MB]
    assert _best_of(1, text) < 10.0
