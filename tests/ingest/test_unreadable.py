"""A file the process may not read (chmod 000 for a user who is not root) is one reject
naming it; the files around it are read. The tests run as root too, where chmod 000 does
not stop a read, so the denial is made by the open call itself."""

from __future__ import annotations

import builtins
import io
import json
from pathlib import Path

import pytest

from dateline.ingest import iter_records
from dateline.model import Article, Reject

GOOD = "The ferry company said the night crossing would resume on Friday."

_BODIES = {
    "a.txt": f"date 2024-03-05\n{GOOD}",
    "a.jsonl": json.dumps({"text": GOOD}) + "\n",
    "a.json": json.dumps([{"text": GOOD}]),
    "a.csv": f'id,text\n1,"{GOOD}"\n',
    "a.html": f"<html><body><article><p>{GOOD}</p></article></body></html>",
    "a.tml": f"<TimeML><TEXT>{GOOD}</TEXT></TimeML>",
}


@pytest.mark.parametrize("name", sorted(_BODIES))
def test_a_file_that_cannot_be_opened_is_one_reject(tmp_path: Path, name: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / name
    locked.write_text(_BODIES[name], encoding="utf-8")
    (tmp_path / "zz.txt").write_text(f"date 2024-03-06\n{GOOD} Again.", encoding="utf-8")
    real = io.open

    def denying(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", denying)
    monkeypatch.setattr(io, "open", denying)
    recs = list(iter_records([tmp_path]))
    rejects = [r for r in recs if isinstance(r, Reject)]
    assert len(rejects) == 1 and rejects[0].path == str(locked) and rejects[0].kind == "error"
    assert rejects[0].line is None and rejects[0].reason == "cannot read: Permission denied"
    assert [r.text for r in recs if isinstance(r, Article)] == [f"{GOOD} Again."]
