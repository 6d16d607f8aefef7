"""bench/check_copies.py's --tree mode: a run of words shared with the data is found even when a
line break splits it, and is reported at the line of its first word."""

from __future__ import annotations

import subprocess
from pathlib import Path

from bench_loader import load_bench_module

cc = load_bench_module("check_copies")


def _repo(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run(["git", "add", "."], cwd=root, check=True)
    return root


def _hits(pieces: dict[str, tuple[str, str]], data: str, words: int) -> set[str]:
    return {pieces[run][0] for run in cc.shingles(data, 45, words) if run in pieces}


def test_a_run_split_by_a_line_break_is_found_at_its_first_line(tmp_path):
    root = _repo(tmp_path, {
        "notes.py": '"""Intro line.\n\nAs the harbour board in\nTarn voted for a new pier."""\n',
        "other.txt": "Nothing here is shared.\n",
    })
    data = "Officials said the harbour board in Tarn voted yesterday."
    pieces = cc.tree_pieces(6, root=root)
    assert _hits(pieces, data, 6) == {"notes.py:3"}  # 'the harbour board in / Tarn voted'
    # a line-by-line reading sees no shared six-word run on either line alone
    per_line = {run for line in (root / "notes.py").read_text().splitlines()
                for run in cc.shingles(line, 45, 6)}
    assert not per_line & set(cc.shingles(data, 45, 6))


def test_untracked_and_binary_files_are_not_read(tmp_path):
    root = _repo(tmp_path, {"a.txt": "the cat sat on the mat today\n"})
    (root / "b.txt").write_text("the dog sat on the rug today\n", encoding="utf-8")  # untracked
    (root / "c.bin").write_bytes(b"\xff\xfe\x00 the dog sat on the rug today")
    subprocess.run(["git", "add", "c.bin"], cwd=root, check=True)
    pieces = cc.tree_pieces(6, root=root)
    assert "the cat sat on the mat" in pieces
    assert not any("dog" in run for run in pieces)
