"""JSON Lines (plain or gzip) and whole-file JSON, read one line at a time."""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, cast

from dateline.ingest.build import Context, Record
from dateline.ingest.decode import binary_reason, sniff_encoding
from dateline.ingest.fields import from_mapping
from dateline.model import Reject

_UNMARKED = ("utf-8", "cp1252", "latin-1")


def _decode_line(raw: bytes) -> str:
    for enc in _UNMARKED:
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")


def text_lines(fh: IO[bytes]) -> Iterator[str]:
    """Decoded lines of a byte stream; a BOM on the first bytes sets the encoding."""
    peek = getattr(fh, "peek", None)
    head = peek(4)[:4] if peek is not None else b""
    enc = sniff_encoding(head)
    if enc is not None and enc != "utf-8-sig":
        yield from io.TextIOWrapper(fh, encoding=enc, errors="replace", newline=None)
        return
    first = True
    for raw in fh:
        line = _decode_line(raw)
        if first:
            line, first = line.lstrip("\ufeff"), False
        yield line


def parse_line(line: str, path: str, lineno: int, ctx: Context) -> Iterator[Record]:
    """One JSON line -> records. Blank lines are separators, not records."""
    if not line.strip():
        return
    try:
        obj = json.loads(line.rstrip("\r\n"))
    except ValueError as exc:
        reason = binary_reason(line) or f"broken JSON: {exc}"
        yield Reject(path, lineno, reason[:300])
        return
    if not isinstance(obj, dict):
        yield Reject(path, lineno, f"not a JSON object ({type(obj).__name__})")
        return
    yield from from_mapping(obj, path, lineno, ctx)


def parse_lines(lines: Iterable[str], path: str, ctx: Context) -> Iterator[Record]:
    for lineno, line in enumerate(lines, start=1):
        yield from parse_line(line, path, lineno, ctx)


def read_jsonl(path: Path, ctx: Context) -> Iterator[Record]:
    name = str(path)
    lineno = 0
    try:
        with _open(path) as fh:
            for lineno, line in enumerate(text_lines(fh), start=1):
                yield from parse_line(line, name, lineno, ctx)
    except (OSError, EOFError, zlib.error) as exc:
        # A corrupt gzip stream or a read error: keep what was read, say where it stopped.
        yield Reject(name, lineno + 1 if lineno else None, f"cannot read further: {exc}")


def read_json(path: Path, ctx: Context) -> Iterator[Record]:
    """A .json file: an array of objects, one object, or (often) JSON Lines after all."""
    name = str(path)
    try:
        with _open(path) as fh:
            raw = fh.read()
    except (OSError, EOFError, zlib.error) as exc:
        yield Reject(name, None, f"cannot read: {exc}")
        return
    try:
        doc = json.loads(raw)
    except ValueError:
        doc = None
    if doc is None:
        lines = text_lines(io.BufferedReader(io.BytesIO(raw)))
        yield from parse_lines(lines, name, ctx)
        return
    yield from json_items(doc, name, ctx)


def json_items(doc: object, name: str, ctx: Context) -> Iterator[Record]:
    """A parsed JSON document: one object, or an array of objects (``line`` = item number)."""
    items = doc if isinstance(doc, list) else [doc]
    for i, item in enumerate(items, start=1):
        if isinstance(item, dict):
            yield from from_mapping(item, name, i, ctx)
        else:
            yield Reject(name, i, f"item {i} is not a JSON object ({type(item).__name__})")
