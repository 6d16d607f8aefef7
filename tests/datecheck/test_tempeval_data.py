"""Behaviour on TempEval-3 (TimeBank + AQUAINT), whose DCTs are correct; needs ../shared/data."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest

from dateline.datecheck import check_text

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "tempeval3"
_DCT = re.compile(r"<DCT>\s*<TIMEX3[^>]*\bvalue=\"(\d{4}-\d{2}-\d{2})", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)

pytestmark = pytest.mark.data


@pytest.fixture(scope="module")
def articles() -> list[tuple[date, str]]:
    if not (DATA / "TimeBank").is_dir():
        pytest.skip(f"../shared/data absent: {DATA} not found")
    out = []
    for sub in ("TimeBank", "AQUAINT"):
        for path in sorted((DATA / sub).glob("*.tml")):
            raw = path.read_text(encoding="utf-8")
            m, t = _DCT.search(raw), _TEXT.search(raw)
            if m and t:  # gold TIMEX3 tags are dropped with the other tags
                text = html.unescape(re.sub(r"<[^>]+>", "", t.group(1)))
                out.append((date.fromisoformat(m.group(1)), text))
    return out


def _flag_rate(articles, shift) -> float:
    flagged = 0
    for dct, text in articles:
        when = shift(dct)
        flagged += check_text(text, when).verdict in ("suspicious", "contradicted")
    return flagged / len(articles)


def test_few_false_alarms_on_true_dates(articles):
    assert _flag_rate(articles, lambda d: d) <= 0.03


def test_dates_two_years_early_are_caught_more_than_true_ones(articles):
    def early(d: date) -> date:
        return d.replace(year=d.year - 2, day=min(d.day, 28))

    assert _flag_rate(articles, early) >= 0.08
