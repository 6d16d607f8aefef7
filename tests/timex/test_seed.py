"""The seed article: every time expression with both plausible DCTs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.timex import tag, timex_tense

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_15bafae28f224b27.txt"

# (surface, type, value, mod) in text order, for each DCT
EXPECTED = {
    date(2024, 2, 6): [
        ("early Tuesday", "DATE", "2024-02-06", "START"), ("January", "DATE", "2024-01", None),
        ("Tuesday", "DATE", "2024-02-06", None), ("weeks", "DURATION", "PXW", None),
        ("early February", "DATE", "2024-02", "START"), ("Now", "DATE", "PRESENT_REF", None),
        ("January", "DATE", "2024-01", None), ("Oct 7, 2023", "DATE", "2023-10-07", None),
        ("Jan. 19", "DATE", "2024-01-19", None), ("March 1", "DATE", "2024-03-01", None),
        ("months", "DURATION", "PXM", None), ("last June", "DATE", "2023-06", None),
        ("Jan. 18", "DATE", "2024-01-18", None), ("15-year", "DURATION", "P15Y", None),
    ],
    date(2025, 3, 18): [
        ("early Tuesday", "DATE", "2025-03-18", "START"), ("January", "DATE", "2025-01", None),
        ("Tuesday", "DATE", "2025-03-18", None), ("weeks", "DURATION", "PXW", None),
        ("early February", "DATE", "2025-02", "START"), ("Now", "DATE", "PRESENT_REF", None),
        ("January", "DATE", "2025-01", None), ("Oct 7, 2023", "DATE", "2023-10-07", None),
        ("Jan. 19", "DATE", "2025-01-19", None), ("March 1", "DATE", "2025-03-01", None),
        ("months", "DURATION", "PXM", None), ("last June", "DATE", "2024-06", None),
        ("Jan. 18", "DATE", "2025-01-18", None), ("15-year", "DURATION", "P15Y", None),
    ],
}


def _body() -> str:
    if not SEED.exists():
        pytest.skip(f"../shared/seed absent: {SEED}")
    text = SEED.read_text(encoding="utf-8")
    head, _, rest = text.lstrip().partition("2024-02-06")
    assert head.strip() == "date"
    return rest


@pytest.mark.parametrize("dct", sorted(EXPECTED))
def test_seed_values(dct: date) -> None:
    body = _body()
    got = [(t.text, t.type, t.value, t.mod) for t in tag(body, dct)]
    assert got == EXPECTED[dct]


def test_seed_tense_of_early_tuesday() -> None:
    body = _body()
    t = next(t for t in tag(body, date(2024, 2, 6)) if t.text == "early Tuesday")
    assert timex_tense(body, t) == "past"


def test_future_tense_picks_next_weekday() -> None:
    text = "The envoys will meet Thursday. The envoys met Thursday."
    a, b = tag(text, date(2024, 2, 6))
    assert (a.value, b.value) == ("2024-02-08", "2024-02-01")
    assert timex_tense(text, a) == "future" and timex_tense(text, b) == "past"


def test_range_end_not_before_start() -> None:
    a, b = tag("The truce ran from Dec. 19 to Feb. 1.", date(2025, 3, 18))
    assert (a.value, b.value) == ("2024-12-19", "2025-02-01")
    a, b = tag("The truce will run from Dec. 19 to Feb. 1.", date(2024, 11, 2))
    assert (a.value, b.value) == ("2024-12-19", "2025-02-01")


def test_present_tense_weekday_resolves_to_nearest() -> None:
    from dateline.timex.partial import Partial
    from dateline.timex.resolve import resolve

    thu = Partial(kind="point", weekday=4, pod="EV", dir="tense")
    assert resolve(thu, date(2025, 3, 12), None, "present") == "2025-03-13TEV"
    assert resolve(thu, date(2025, 3, 12), None, "past") == "2025-03-06TEV"
    mon = Partial(kind="point", weekday=1, dir="tense")
    assert resolve(mon, date(2025, 3, 12), None, "present") == "2025-03-10"
