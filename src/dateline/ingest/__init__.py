"""Stage: ingest. Files, folders and stdin in; :class:`Article` or :class:`Reject` out.

Formats (by file name; explicit files with another name, and stdin, are sniffed):
``date YYYY-MM-DD`` header text (the seed format; the header is removed and the
offsets are into the body), plain text, JSON Lines (``.jsonl``, ``.jsonl.gz``,
news-tls ``articles.jsonl`` and its tokenized variant), JSON (an object or an
array of objects), CSV/TSV with a header row, HTML pages (trafilatura) and
TimeML ``.tml``. Field names, date spellings, gold-file names and extensions are
data: ``dateline/data/ingest/formats.json``.

Rules:

* a record that cannot be used is a ``Reject(path, line, reason)`` and the run
  goes on: empty text, binary data (a share of NUL bytes and control characters
  no text has; a few NUL bytes are removed with a warning), undecodable
  bytes, a broken JSON line, a JSON value that is not an object, a file that is
  only a ``date`` header, a table without a text column;
* a record with a bad date (impossible such as ``2024-02-30``, implausible
  such as year 9999, or a text's first line meant as a ``date`` header that cannot
  be read, ``date next Tuesday-ish``) is kept undated, with a warning Reject (``kind="warning"``)
  and the same note in ``Article.warnings``; the ``default_dct`` is for records
  that carry no date, not for records whose date is wrong;
* text longer than ``Settings.max_chars`` is cut at whitespace before the limit,
  ``truncated_from`` keeps the original length, and a warning is added;
* in folders, gold files of benchmark folders (``timelines.jsonl``,
  ``keywords.json``), documentation (``README.md``) and files of unknown type
  are skipped with a warning Reject; hidden entries are passed over;
* ``id`` is ``<given id>:<content hash>`` (or the hash alone), so ingesting the
  same corpus twice gives the same ids.
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
    text: str, dct: date | str | None = None, path: str | None = None,
    default_dct: date | str | None = None,
) -> Article:
    """One article from a string (``dateline annotate``, ``pipeline.annotate``).

    A leading ``date`` header (:func:`~dateline.ingest.build.split_header`: ``date
    YYYY-MM-DD``, ``date March 5, 2024``, or one meant as a header that cannot be read)
    is always removed from the text and dates the article unless ``dct`` is given (a
    date or an ISO string; an invalid string raises UsageError); one that cannot be read
    leaves it undated with a note in ``warnings``. ``default_dct`` (checked as ``dct`` is)
    dates an article that is left undated so (source ``default``), as ``run``'s ``--dct``
    does. Never rejects: unusable text gives an article with empty text and a note in
    ``warnings``.
    """
    given = _given_dct(dct) if dct is not None else None
    fallback = _given_dct(default_dct) if default_dct is not None else None
    article = _article_of(text, given, path)
    if article.dct is None and fallback is not None:
        article = replace(article, dct=fallback, dct_source="default")
    return article


def _article_of(text: str, given: date | None, path: str | None) -> Article:
    notes: list[str] = []
    body, reading, _ = split_header(text)
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
