"""``-``: records from standard input, the format sniffed from the first line."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import TextIO

from dateline.ingest.build import Context, Record
from dateline.ingest.decode import normalise_newlines, unescape
from dateline.ingest.lines import json_items, parse_lines
from dateline.ingest.markup import html_records, timeml_records
from dateline.ingest.plain import text_records
from dateline.ingest.walk import sniff_kind
from dateline.model import Reject

NAME = "<stdin>"


def _rest(stream: TextIO, limit: int) -> tuple[str, int | None]:
    """The remainder, at most ``limit`` characters kept (the rest only counted)."""
    text = stream.read(limit)
    extra = 0
    while chunk := stream.read(1 << 20):
        extra += len(chunk)
    return text, (len(text) + extra if extra else None)


def _document(text: str, kind: str, full: int | None, ctx: Context,
              note: str | None = None) -> Iterator[Record]:
    if kind == "html":
        yield from html_records(text, NAME, ctx)
    elif kind == "timeml":
        yield from timeml_records(text, NAME, ctx, note)
    elif kind == "json":
        try:
            doc = json.loads(text)
        except ValueError as exc:
            yield Reject(NAME, None, f"broken JSON: {exc}"[:300])
            return
        yield from json_items(doc, NAME, ctx)
    else:
        yield from text_records(text, NAME, ctx, full, note)


def stdin_records(stream: TextIO, ctx: Context) -> Iterator[Record]:
    """JSON Lines are streamed; any other document is read whole (up to the limit)."""
    try:
        first = stream.readline().lstrip("\ufeff")  # a BOM that the stream did not consume
        kind = sniff_kind(first)
        enc = getattr(stream, "encoding", None)
        if kind == "jsonl":
            lines = (unescape(line, enc) for line in itertools.chain([first], stream))
            yield from parse_lines(lines, NAME, ctx)
            return
        rest, full = _rest(stream, ctx.settings.max_chars * 2)
    except UnicodeDecodeError as exc:  # a strict-decoding stdin fed binary data
        yield Reject(NAME, None, f"undecodable input: {exc}"[:300])
        return
    # a byte that is not UTF-8 reaches us escaped (see unescape), not as an error
    text, note = unescape(first + rest, enc)
    full = full + len(first) if full is not None else None
    yield from _document(normalise_newlines(text), kind, full, ctx, note)
