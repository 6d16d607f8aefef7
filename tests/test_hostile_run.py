"""`dateline run` end to end over a hostile corpus: every good article kept, every bad record a
reject with a reason, nothing hangs, and the exit code and summary say what happened."""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

GOOD = "date 2024-05-02\nThe council said on Tuesday it had approved the budget for {}.\n"


def _corpus(root: Path) -> int:
    """Write the hostile corpus; return how many good articles it holds."""
    rng = random.Random(7)
    good = 0

    def ok(name: str, body: bytes) -> None:
        nonlocal good
        (root / name).write_bytes(body)
        good += 1

    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b"   \n\t\n")
    (root / "random.bin.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (root / "nul.bin.txt").write_bytes(b"\x00\x01\x00\x02" * 64 + b"some text")  # binary
    ok("nul.txt", b"date 2024-01-01\nsome\x00text\x00with\x00nuls")  # 3 NULs removed, warned
    (root / "header_only.txt").write_bytes(b"date 2024-05-02\n")
    ok("utf16.txt", GOOD.format("Aachen").encode("utf-16"))
    ok("latin1.txt", GOOD.format("Malmö").encode("latin-1"))
    ok("bom crlf.txt", b"\xef\xbb\xbf" + GOOD.format("Oslo").replace("\n", "\r\n").encode())
    ok("名前 with spaces.txt", GOOD.format("Kyoto").encode())
    ok("script.txt", GOOD.format("<script>alert(1)</script><img onerror=x>").encode())
    ok("impossible_date.txt", b"date 2024-02-30\nThe mayor resigned on Friday.\n")
    ok("digits.txt", GOOD.format("1" * 200_000).encode())
    ok("repeat.txt", GOOD.format("last " * 50_000).encode())
    ok("token.txt", GOOD.format("x" * 1_000_000).encode())
    ok("big.txt", (GOOD.format("Lyon") + "The strike went on. " * 420_000).encode())
    lines = [
        json.dumps({"id": "a", "text": "Talks resumed on Monday.", "date": "2024-03-05"}),
        "{broken",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "b", "text": "Rain fell.", "date": "2024-13-45"}),
        json.dumps({"id": "c", "text": "Year nine.", "date": "9999-01-01"}),
        json.dumps({"id": "d", "text": "Year zero.", "date": "0000-01-01"}),
        json.dumps({"id": "e", "text": "", "date": "2024-03-05"}),
    ]
    (root / "wires.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    good += 4  # a, b, c, d: impossible or implausible dates keep the article
    with gzip.open(root / "more.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g", "text": "Ships docked on Friday.", "time": "2024-03-08"}))
    good += 1
    loop = root / "loop"
    loop.mkdir()
    os.symlink(loop, loop / "again")
    return good


@pytest.mark.slow
def test_hostile_corpus_run(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    good = _corpus(corpus)
    db = tmp_path / "h.duckdb"
    proc = subprocess.run(
        [sys.executable, "-m", "dateline", "run", str(corpus), "--db", str(db), "-p", "1"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    con = duckdb.connect(str(db), read_only=True)
    n_articles = con.execute("select count(*) from articles").fetchone()[0]
    assert n_articles == good
    # every annotation row points inside its article's text
    bad_spans = con.execute(
        """select count(*) from timexes t join articles a on a.id = t.article_id
           where t.end_char > length(a.text) or t.start_char < 0 or t.start_char >= t.end_char"""
    ).fetchone()[0]
    assert bad_spans == 0
    rejects = con.execute("select path, line, reason, kind from rejects").fetchall()
    by_file = {}
    for path, line, reason, kind in rejects:
        by_file.setdefault(Path(path).name, []).append((line, reason, kind))
    for name in ("empty.txt", "blank.txt", "random.bin.txt", "nul.bin.txt", "header_only.txt"):
        assert name in by_file and all(r for _, r, _ in by_file[name]), name
    assert by_file["nul.txt"] == [(None, "3 NUL bytes removed", "warning")]
    assert by_file["latin1.txt"] == [(None, "not UTF-8: read as cp1252", "warning")]
    wire_lines = {line for line, _, kind in by_file["wires.jsonl"] if kind == "error"}
    assert {2, 3, 7} <= wire_lines  # broken line, non-object, empty text: named by line
    warned = " ".join(r for _, r, _ in by_file["wires.jsonl"])
    assert "2024-13-45" in warned and "9999" in warned
    cut = con.execute("select count(*) from articles where truncated_from is not null").fetchone()
    assert cut[0] >= 2  # the 1 MB token and the 8 MB article were cut, and the cut recorded
    assert f"stored {good}" in proc.stderr  # the summary says what happened
