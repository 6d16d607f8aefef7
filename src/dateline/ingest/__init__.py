"""Stage: ingest. Files, folders and stdin in; :class:`Article` or :class:`Reject` out.

Formats: ``date YYYY-MM-DD`` header text (the seed format), plain text, JSON
Lines (``.jsonl``, ``.jsonl.gz``; also news-tls ``articles.jsonl``), JSON, CSV
with a header row, HTML pages (trafilatura) and TimeML ``.tml``. Nothing that
cannot be used stops the run: it becomes a ``Reject(path, line, reason)``;
records kept with a problem (bad date, cut text) also get a warning Reject.
Tables (date spellings, field names, gold-file names, extensions) are data in
``dateline/data/ingest/formats.json``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TextIO

from dateline.config import Settings
from dateline.errors import UsageError
from dateline.ingest.build import Context, Fields, Record, build, split_header
from dateline.ingest.dates import DateReading, parse_date, read_date
from dateline.ingest.decode import read_text_file
from dateline.ingest.lines import read_json, read_jsonl
from dateline.ingest.markup import read_html, read_timeml
from dateline.ingest.plain import read_csv, read_text
from dateline.ingest.stdin import stdin_records
from dateline.ingest.walk import Target, expand
from dateline.model import Article, Reject, content_hash

__all__ = [
    "Article", "Reject", "Record", "iter_records", "article_from_text", "parse_date",
    "read_date", "read_text_file", "DateReading",
]

_READERS = {
    "text": read_text,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "html": read_html,
    "timeml": read_timeml,
}


def _read(target: Target, ctx: Context) -> Iterator[Record]:
    yield from _READERS[target.kind](target.path, ctx)


def iter_records(
    paths: Sequence[str | Path],
    default_dct: date | None = None,
    settings: Settings | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Article | Reject]:
    """Stream the records of files, folders (recursively) and ``-`` (stdin), in order.

    ``default_dct`` dates the articles that carry no date of their own. Memory
    stays bounded: files are read one at a time, JSON Lines one line at a time.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    ctx = Context(settings or Settings(), default_dct)
    for raw in paths:
        if str(raw) == "-":
            if stdin is None:
                import sys

                stdin = sys.stdin
            yield from stdin_records(stdin, ctx)
            continue
        for item in expand(raw):
            if isinstance(item, Reject):
                yield item
            else:
                yield from _read(item, ctx)


def _given_dct(dct: date | str) -> date:
    if isinstance(dct, date):
        return dct
    reading = read_date(dct)
    if reading.value is None:
        raise UsageError(f"not a usable date: {dct!r} ({reading.problem})")
    return reading.value


def article_from_text(
    text: str, dct: date | str | None = None, path: str | None = None
) -> Article:
    """One article from a string (``dateline annotate``, ``pipeline.annotate``).

    A leading ``date YYYY-MM-DD`` header is always removed from the text and
    dates the article unless ``dct`` is given (a date or an ISO string; an
    invalid string raises UsageError). Never rejects: unusable text gives an
    article with empty text and a note in ``warnings``.
    """
    given = _given_dct(dct) if dct is not None else None
    notes: list[str] = []
    if "\x00" in text:
        text = text.replace("\x00", "")
        notes.append("NUL characters removed")
    body, reading = split_header(text)
    ctx = Context(Settings(), given)
    f = Fields(path=path, dct=None if given else reading, dct_source="header")
    for rec in build(body, f, ctx):
        if isinstance(rec, Article):
            return replace(rec, warnings=tuple(notes) + rec.warnings) if notes else rec
        if rec.kind == "error":
            notes.append(rec.reason)
    digest = content_hash("")
    return Article(id=digest, text="", dct=given, dct_source="default" if given else "unknown",
                   path=path, content_hash=digest, warnings=tuple(notes))
