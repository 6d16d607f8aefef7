"""The news-tls Timeline17 development folders: every article line gets its date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.ingest import iter_records
from dateline.model import Article, Reject

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "t17-dev"

pytestmark = pytest.mark.data


def test_all_t17_dev_articles_are_dated() -> None:
    if not DATA.is_dir():
        pytest.skip(f"../shared/data absent: {DATA}")
    lines: dict[tuple[str, int], dict[str, object]] = {}
    for f in sorted(DATA.glob("*/articles.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if line.strip():
                    lines[(str(f), n)] = json.loads(line)
    assert lines
    seen: set[tuple[str, int]] = set()
    for rec in iter_records([DATA]):
        if isinstance(rec, Article):
            assert rec.line is not None and rec.path is not None
            key = (rec.path, rec.line)
            assert rec.dct is not None and rec.dct.isoformat() == lines[key]["time"]
            assert rec.id.startswith(f"{lines[key]['id']}:")
            seen.add(key)
        elif isinstance(rec, Reject) and rec.line is not None and rec.kind == "error":
            # The only error a line may give is an empty text.
            assert (
                rec.reason == "empty text" and not str(lines[(rec.path, rec.line)]["text"]).strip()
            )
            seen.add((rec.path, rec.line))
        elif isinstance(rec, Reject) and rec.line is None:
            name = Path(rec.path).name
            assert rec.kind == "warning" and name in {
                "timelines.jsonl",
                "keywords.json",
                "SOURCE.txt",
            }
    assert seen == set(lines)
