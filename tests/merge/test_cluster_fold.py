"""_fold_row: a group joining another in a symmetric table of group totals adds its row and
column to the other's, and the table stays symmetric bit for bit (it sums each entry once)."""

from __future__ import annotations

from dateline.merge.cluster import _fold_row

A, B, C, D = ("a", "1"), ("b", "1"), ("c", "1"), ("d", "1")


def _table() -> dict:
    pairs = {(A, B): 0.7, (A, C): 0.1, (B, C): 0.2, (B, D): 0.3}
    table: dict = {k: {} for k in (A, B, C, D)}
    for (x, y), s in pairs.items():
        table[x][y] = table[y][x] = s
    return table


def test_fold_adds_row_and_column():
    t = _table()
    _fold_row(t, A, B)
    assert B not in t
    assert t[A] == {C: 0.1 + 0.2, D: 0.3}
    assert t[C] == {A: 0.1 + 0.2}
    assert t[D] == {A: 0.3}


def test_fold_keeps_symmetry():
    t = _table()
    _fold_row(t, C, A)
    _fold_row(t, C, D)
    for x, row in t.items():
        for y, s in row.items():
            assert t[y][x] == s
    assert t[C] == {B: 0.2 + 0.7 + 0.3}


def test_either_row_may_stay():
    """The clustering keeps the larger of two joining rows (the smaller is folded into it):
    folding either way gives the same totals, bit for bit, under the kept row's name."""
    one, other = _table(), _table()
    _fold_row(one, A, B)
    _fold_row(other, B, A)
    rename = {B: A}
    assert {rename.get(x, x): {rename.get(y, y): s for y, s in row.items()}
            for x, row in other.items()} == one
