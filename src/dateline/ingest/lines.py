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
from dateline.ingest.decode import (
    binary_reason,
    cannot_read,
    decode_unmarked,
    sniff_encoding,
    strip_nuls,
)
from dateline.ingest.fields import from_mapping
from dateline.model import Reject

#: a decoded line and the warning its decoding gave (bytes that were not UTF-8), or None
Noted = tuple[str, str | None]


def _open(path: Path) -> IO[bytes]:
    with open(path, "rb") as probe:
        gz = probe.read(2) == b"\x1f\x8b"  # the gzip magic, whatever the file is called
    if gz:
        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")


def noted_lines(fh: IO[bytes]) -> Iterator[Noted]:
    """Decoded lines of a byte stream, each with its decoding's warning; a BOM on the
    first bytes sets the encoding, else each line is decoded on its own (one bad byte
    does not make a UTF-8 line cp1252; a line that is not UTF-8 at all is cp1252)."""
    peek = getattr(fh, "peek", None)
    head = peek(4)[:4] if peek is not None else b""
    enc = sniff_encoding(head)
    if enc is not None and enc != "utf-8-sig":
        for line in io.TextIOWrapper(fh, encoding=enc, errors="replace", newline=None):
            yield line, None
        return
    first = True
    for raw in fh:
        line, note = decode_unmarked(raw)
        if first:
            line, first = line.lstrip("\ufeff"), False
        yield line, note


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


def _records(line: str, path: str, lineno: int, ctx: Context,
             note: str | None = None) -> Iterator[Record]:
    reason = binary_reason(line)
    if reason:
        raise _Broken(reason)
    # a few raw NUL bytes in a good line (invalid JSON): removed, and the record says so
    line, nuls = strip_nuls(line)
    try:
        obj = json.loads(line.rstrip("\r\n"))
    except ValueError as exc:
        raise _Broken(f"broken JSON: {line_error(exc)}") from None
    if not isinstance(obj, dict):
        yield Reject(path, lineno, f"not a JSON object ({type(obj).__name__})")
        return
    yield from from_mapping(obj, path, lineno, ctx, tuple(n for n in (note, nuls) if n))


def parse_lines(lines: Iterable[Noted], path: str, ctx: Context) -> Iterator[Record]:
    """JSON Lines -> records, one line at a time. Blank lines are separators, not records.
    Each line comes with its decoding's warning, which its record carries (file:line).

    A file whose first lines are all unparsable (binary data, a compressed file
    without a .gz name) is given up with one reject instead of one per line; one with
    no line at all but blank ones (0 bytes) is one reject, so it does not pass unseen.
    """
    broken_run, parsed_any, blank = 0, False, True
    for lineno, (line, note) in enumerate(lines, start=1):
        if not line.strip():
            continue
        blank = False
        try:
            yield from _records(line, path, lineno, ctx, note)
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

    def counted(lines: Iterable[Noted]) -> Iterator[Noted]:
        for line in lines:
            pos[0] += 1
            yield line

    try:
        fh = _open(path)
    except OSError as exc:  # not opened at all (permission denied): the file, no line
        yield Reject(name, None, cannot_read(exc))
        return
    try:
        with fh:
            yield from parse_lines(counted(noted_lines(fh)), name, ctx)
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
        yield Reject(name, None, cannot_read(exc))
        return
    except (EOFError, zlib.error) as exc:
        yield Reject(name, None, f"cannot read: {exc}")
        return
    try:
        doc = json.loads(raw)
    except ValueError:
        doc = None
    if doc is None:
        lines = noted_lines(io.BufferedReader(io.BytesIO(raw)))
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
