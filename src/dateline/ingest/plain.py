"""Plain text files (with or without the ``date`` header) and CSV tables."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from dateline.ingest.build import Context, Fields, Record, build, split_header
from dateline.ingest.decode import (
    Undecodable,
    cannot_read,
    fallback_note,
    read_document,
    sniff_encoding,
    unreadable,
)
from dateline.ingest.fields import from_mapping
from dateline.ingest.tables import tables
from dateline.model import Reject

_MAX_CSV_ERRORS = 100  # past this many broken rows the file is not a CSV table


def text_records(text: str, name: str, ctx: Context, full: int | None = None,
                 note: str | None = None) -> Iterator[Record]:
    """A whole text document; a leading ``date`` header gives its date; ``note``: a
    warning from decoding it."""
    body, reading, line = split_header(text)
    if reading is not None and not body.strip():
        yield Reject(name, line, "header only, no article text")
        return
    shift = len(text) - len(body)
    f = Fields(path=name, dct=reading, dct_source="header", dct_line=line,
               full_length=full - shift if full is not None else None,
               notes=(note,) if note else ())
    yield from build(body, f, ctx)


def read_text(path: Path, ctx: Context) -> Iterator[Record]:
    name = str(path)
    try:
        text, full, note = read_document(path, ctx.settings.max_chars)
    except (OSError, Undecodable) as exc:
        yield unreadable(name, exc)
        return
    yield from text_records(text, name, ctx, full, note)


def _csv_encoding(path: Path) -> str:
    with open(path, "rb") as fh:
        head = fh.read(65_536)
    enc = sniff_encoding(head[:4])
    if enc:
        return enc
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the sample's end is still UTF-8.
        return "utf-8" if exc.start >= len(head) - 3 else "cp1252"


def _header_problem(rows: csv.DictReader[str]) -> str | None:
    """Why the header row cannot be a table of articles (checked once, not per row)."""
    try:
        names = rows.fieldnames
    except (csv.Error, UnicodeError) as exc:
        return f"broken CSV header: {exc}"
    if not names:
        return "empty table (no header row)"
    have = {n.strip().lower() for n in names if isinstance(n, str)}
    wanted = tables().fields["text"]
    if not have.intersection(wanted):
        shown = ", ".join(sorted(have))[:200]
        return f"CSV header has no text column (one of {', '.join(wanted)}); it has: {shown}"
    return None


def read_csv(path: Path, ctx: Context) -> Iterator[Record]:
    """A table with a header row; each row is one record (fields as for JSON Lines)."""
    name = str(path)
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
    try:
        enc = _csv_encoding(path)
        fh = open(path, encoding=enc, errors="replace", newline="")
    except OSError as exc:
        yield Reject(name, None, cannot_read(exc))
        return
    if enc == "cp1252":  # one warning for the file: its rows are all read so
        yield Reject(name, None, fallback_note(enc), kind="warning")
    with fh:
        delim = "\t" if name.lower().endswith(".tsv") else ","
        rows = csv.DictReader(fh, delimiter=delim)
        problem = _header_problem(rows)
        if problem:
            yield Reject(name, 1, problem)
            return
        errors = rows_seen = 0
        start = 2
        while errors < _MAX_CSV_ERRORS:
            try:
                row = next(rows)
            except StopIteration:
                if rows_seen == 0 and errors == 0:
                    yield Reject(name, None, "no rows under the header (empty table)")
                return
            except (csv.Error, UnicodeError) as exc:
                errors += 1
                yield Reject(name, rows.line_num or None, f"broken CSV row: {exc}")
                start = rows.line_num + 1
                continue
            rows_seen += 1
            clean = {k: v for k, v in row.items() if isinstance(k, str)}
            yield from from_mapping(clean, name, start, ctx)
            start = rows.line_num + 1
        yield Reject(name, rows.line_num, f"gave up after {errors} broken rows")

