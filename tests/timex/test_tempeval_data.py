"""TE3 scores on TimeBank + AQUAINT (needs ../shared/data; skipped without it).

Floors sit a little under the measured figures so a regression is caught; the
issue's targets are reported by bench/bench_timex.py, not asserted here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.timex.evaluate import evaluate_folder

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "tempeval3"

pytestmark = pytest.mark.data


@pytest.fixture(scope="module")
def figures() -> dict:
    if not (DATA / "TimeBank").is_dir():
        pytest.skip(f"../shared/data absent: {DATA}")
    return evaluate_folder([DATA / "TimeBank", DATA / "AQUAINT"])


def test_corpus_size(figures: dict) -> None:
    assert figures["documents"] == 256
    assert figures["gold"] > 1800


@pytest.mark.parametrize(("key", "floor"), [
    ("relaxed_f1", 94.0), ("strict_f1", 87.5), ("type_f1", 89.0), ("value_f1", 80.5),
])
def test_scores_do_not_regress(figures: dict, key: str, floor: float) -> None:
    assert figures[key] >= floor, f"{key} = {figures[key]:.2f}"
