"""Which files a list of paths means, and which reader each one gets.

Folders are walked depth-first in name order (so two runs see the same order),
following symbolic links but never entering a folder twice: a link loop ends
with a warning, not a hang. Hidden entries (``.git``, ``.DS_Store``) are not
articles and are passed over; every other file that is not read is reported as
a warning Reject so that nothing disappears without a trace.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.ingest.decode import cannot_read
from dateline.ingest.tables import tables
from dateline.model import Reject

_SNIFF_BYTES = 4096


@dataclass(frozen=True, slots=True)
class Target:
    path: Path
    kind: str  # text | jsonl | json | csv | html | timeml


def kind_by_name(name: str) -> str | None:
    low = name.lower()
    for ext in sorted(tables().extensions, key=len, reverse=True):
        if low.endswith(ext):
            return tables().extensions[ext]
    return None


def sniff_kind(head: str) -> str:
    """Guess a format from the first characters of a document."""
    h = head.lstrip("\ufeff \t\r\n")
    low = h[:_SNIFF_BYTES].lower()
    if h.startswith("{"):
        return "jsonl"
    if h.startswith("["):
        return "json"
    if h.startswith("<"):
        return "timeml" if ("<timeml" in low or "<text>" in low) else "html"
    return "text"


def _sniff_file(path: Path) -> str:
    try:
        with open(path, "rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError:
        return "text"  # the reader reports the error
    if head[:2] == b"\x1f\x8b":
        return "jsonl"  # gzip: only JSON Lines are read compressed
    return sniff_kind(head.decode("utf-8", errors="ignore"))


def _skip_reason(name: str) -> str | None:
    low = name.lower()
    t = tables()
    if low in t.gold_files:
        return "gold data of a benchmark folder (not articles): skipped"
    if low in t.skip_names:
        return "documentation file: skipped"
    if kind_by_name(name) is None:
        return "not an article file type: skipped"
    return None


def _walk(root: Path) -> Iterator[Target | Reject]:
    seen: set[tuple[int, int]] = set()
    stack: list[Path] = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            key = (st.st_dev, st.st_ino)
            if key in seen:
                yield Reject(str(folder), None, "folder already visited (link loop): skipped",
                             kind="warning")
                continue
            seen.add(key)
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Reject(str(folder), None, f"cannot list folder: {exc.strerror or exc}")
            continue
        subfolders: list[Path] = []
        for e in entries:
            if e.name.startswith("."):
                continue
            p = Path(e.path)
            try:
                is_dir, is_file = e.is_dir(), e.is_file()
            except OSError as exc:
                yield Reject(str(p), None, cannot_read(exc))
                continue
            if is_dir:
                subfolders.append(p)
            elif not is_file:
                yield Reject(str(p), None, "not a regular file (broken link, device or pipe)")
            elif reason := _skip_reason(e.name):
                yield Reject(str(p), None, reason, kind="warning")
            else:
                yield Target(p, kind_by_name(e.name) or "text")
        # Walk files before subfolders, and subfolders in name order.
        stack.extend(reversed(subfolders))


def expand(path: str | os.PathLike[str]) -> Iterator[Target | Reject]:
    """One path given by the user -> the files to read (or why not)."""
    p = Path(path)
    if p.is_dir():
        yield from _walk(p)
    elif p.is_file():
        yield Target(p, kind_by_name(p.name) or _sniff_file(p))
    elif p.exists() or p.is_symlink():
        yield Reject(str(p), None, "not a regular file (broken link, device or pipe)")
    else:
        yield Reject(str(p), None, "no such file or folder")
