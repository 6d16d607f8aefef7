"""The bundled sample corpus reads as its README says: all articles dated, one bad record."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from dateline.ingest import iter_records
from dateline.model import Article, Reject

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _expected() -> tuple[dict[tuple[str, int | None], date], set[tuple[str, int]]]:
    """What each file should give, worked out here with the standard library alone."""
    good: dict[tuple[str, int | None], date] = {}
    bad: set[tuple[str, int]] = set()
    for p in sorted(EXAMPLES.rglob("*.txt")):
        first = p.read_text(encoding="utf-8").split("\n", 1)[0].split()
        assert first[0] == "date"
        good[(str(p), None)] = date.fromisoformat(first[1])
    for p in sorted(EXAMPLES.rglob("*.jsonl")):
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
            try:
                row = json.loads(line)
            except ValueError:
                bad.add((str(p), n))
                continue
            when = row.get("date") or row.get("published")
            good[(str(p), n)] = (
                datetime.fromisoformat(when).date() if "-" in when else _written(when)
            )
    return good, bad


def _written(value: str) -> date:
    for fmt in ("%B %d, %Y", "%d %B %Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise AssertionError(value)


def test_sample_corpus() -> None:
    good, bad = _expected()
    assert 15 <= len(good) <= 20 and len(bad) == 1  # as examples/README.md describes
    arts: dict[tuple[str, int | None], Article] = {}
    errors: set[tuple[str, int | None]] = set()
    for rec in iter_records([EXAMPLES]):
        if isinstance(rec, Article):
            assert rec.path is not None
            arts[(rec.path, rec.line)] = rec
        elif isinstance(rec, Reject) and rec.kind == "error":
            errors.add((rec.path, rec.line))
        else:
            assert Path(rec.path).name == "README.md"
    assert {k: a.dct for k, a in arts.items()} == good
    assert errors == bad
    assert len({a.id for a in arts.values()}) == len(arts)
    assert all(a.text.strip() and not a.text.startswith("date ") for a in arts.values())
