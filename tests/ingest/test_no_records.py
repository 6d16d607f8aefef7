"""A file that holds no record at all is named once, never passed over unseen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.ingest import iter_records
from dateline.model import Article, Reject

GOOD = "The ferry company said the night crossing would resume on Friday."


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.jsonl", b"", "empty file: no records"),
    ("blank.jsonl", b"\n  \r\n\t\n", "empty file: no records"),
    ("empty.json", b"", "empty file: no records"),
    ("array.json", b"[]", "empty JSON array: no records"),
])
def test_a_file_without_records_is_one_reject_and_the_next_file_is_read(
        tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "zz.jsonl").write_text(json.dumps({"text": GOOD, "date": "2024-03-05"}) + "\n",
                                       encoding="utf-8")
    recs = list(iter_records([tmp_path]))
    rejects = [r for r in recs if isinstance(r, Reject)]
    assert [(Path(r.path).name, r.line, r.kind, r.reason) for r in rejects] == [
        (name, None, "error", reason)]
    assert [r.text for r in recs if isinstance(r, Article)] == [GOOD]


def test_a_file_of_records_gets_no_empty_file_reject(tmp_path: Path) -> None:
    p = tmp_path / "one.jsonl"
    p.write_text("\n" + json.dumps({"text": GOOD}) + "\n\n", encoding="utf-8")
    recs = list(iter_records([p]))
    assert [type(r) for r in recs] == [Article]
