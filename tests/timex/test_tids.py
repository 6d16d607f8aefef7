"""Timex ids run t1, t2, ... in text order, however many a text has (engine._tids makes
them from digit tuples, one width after another: the widths' boundaries are tested)."""

from __future__ import annotations

from datetime import date

from dateline.timex import tag


def test_ids_run_on_across_digit_widths() -> None:
    out = tag("We met on May 3, and again. " * 1205, date(2024, 2, 6))
    assert len(out) == 1205
    assert [t.tid for t in out] == [f"t{n}" for n in range(1, 1206)]
    assert [t.tid for t in out[8:11]] == ["t9", "t10", "t11"]
    assert [t.tid for t in out[98:101]] == ["t99", "t100", "t101"]
    assert [t.tid for t in out[998:1001]] == ["t999", "t1000", "t1001"]
