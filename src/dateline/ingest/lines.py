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
from dateline.ingest.decode import binary_reason, decode_unmarked, sniff_encoding
from dateline.ingest.fields import from_mapping
from dateline.model import Reject


def _decode_line(raw: bytes) -> str:
    return decode_unmarked(raw)[0]  # one bad byte does not make a UTF-8 line cp1252


def _open(path: Path) -> IO[bytes]:
    with open(path, "rb") as probe:
        gz = probe.read(2) == b"\x1f\x8b"  # the gzip magic, whatever the file is called
    if gz:
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


_GIVE_UP = 20  # this many unparsable lines before any JSON value: the file is not JSON Lines


class _Broken(ValueError):
    """A line that is not JSON at all (as opposed to JSON that is not a usable record)."""


def line_error(exc: ValueError) -> str:
    """Why one line is not JSON, placed by its column: json's own message counts lines and
    characters of the one line it was given ('line 1 column 45 (char 44)'), which misleads
    next to the line's number in its file."""
    if not isinstance(exc, json.JSONDecodeError):
        return str(exc)
    at = "" if exc.msg.endswith(" at") else " at"  # 'Unterminated string starting at'
    return f"{exc.msg}{at} column {exc.colno}"


def _records(line: str, path: str, lineno: int, ctx: Context) -> Iterator[Record]:
    try:
        obj = json.loads(line.rstrip("\r\n"))
    except ValueError as exc:
        raise _Broken(binary_reason(line) or f"broken JSON: {line_error(exc)}") from None
    if not isinstance(obj, dict):
        yield Reject(path, lineno, f"not a JSON object ({type(obj).__name__})")
        return
    yield from from_mapping(obj, path, lineno, ctx)


def parse_lines(lines: Iterable[str], path: str, ctx: Context) -> Iterator[Record]:
    """JSON Lines -> records, one line at a time. Blank lines are separators, not records.

    A file whose first lines are all unparsable (binary data, a compressed file
    without a .gz name) is given up with one reject instead of one per line; one with
    no line at all but blank ones (0 bytes) is one reject, so it does not pass unseen.
    """
    broken_run, parsed_any, blank = 0, False, True
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        blank = False
        try:
            yield from _records(line, path, lineno, ctx)
            parsed_any = True
        except _Broken as exc:
            yield Reject(path, lineno, str(exc)[:300])
            broken_run += 1
            if not parsed_any and broken_run >= _GIVE_UP:
                yield Reject(path, lineno, f"not JSON Lines: the first {_GIVE_UP} lines are "
                             "not JSON; the rest of the file was not read")
                return
    if blank:
        yield Reject(path, None, "empty file: no records")


def read_jsonl(path: Path, ctx: Context) -> Iterator[Record]:
    name = str(path)
    pos = [0]

    def counted(lines: Iterable[str]) -> Iterator[str]:
        for line in lines:
            pos[0] += 1
            yield line

    try:
        fh = _open(path)
    except OSError as exc:  # not opened at all (permission denied): the file, no line
        yield Reject(name, None, f"cannot read: {exc.strerror or exc}")
        return
    try:
        with fh:
            yield from parse_lines(counted(text_lines(fh)), name, ctx)
    except (OSError, EOFError, zlib.error) as exc:
        # A corrupt gzip stream or a read error: keep what was read, say where it stopped.
        yield Reject(name, pos[0] + 1, f"cannot read further: {exc}")


def read_json(path: Path, ctx: Context) -> Iterator[Record]:
    """A .json file: an array of objects, one object, or (often) JSON Lines after all."""
    name = str(path)
    try:
        with _open(path) as fh:
            raw = fh.read()
    except OSError as exc:
        yield Reject(name, None, f"cannot read: {exc.strerror or exc}")
        return
    except (EOFError, zlib.error) as exc:
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
    if not items:
        yield Reject(name, None, "empty JSON array: no records")
    for i, item in enumerate(items, start=1):
        if isinstance(item, dict):
            yield from from_mapping(item, name, i, ctx)
        else:
            yield Reject(name, i, f"item {i} is not a JSON object ({type(item).__name__})")
