"""From a decoded record to an :class:`Article` (or a :class:`Reject`).

Every reader ends here, so the rules are the same for every format: the
``date`` header, control characters, empty text, the length limit, the date
warnings and the article identity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from dateline.config import Settings
from dateline.ingest.dates import DateReading, read_date
from dateline.ingest.decode import binary_reason, normalise_newlines, strip_nuls
from dateline.ingest.tables import tables
from dateline.model import Article, DctSource, Reject, content_hash

Record = Article | Reject

# ``date 2024-02-06`` at the very start (leading blanks and a BOM allowed); the
# value must start with a digit so prose such as "Date palms ..." is not a header.
_HEADER = re.compile(
    r"\A[\ufeff\s]*date:?[ \t]+(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\S*|\d{8})(?=\s|\Z)",
    re.IGNORECASE,
)
# A first line of its own that starts with "date": a header written otherwise ("date March 5,
# 2024") or one that cannot be read ("date next Tuesday-ish"); see :func:`split_header`.
_HEADER_LINE = re.compile(r"\A[\ufeff\s]*(date)(:?)[ \t]+([^\n]*?)[ \t]*(?:\n|\Z)",
                          re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
_STRAY_CONTROL = re.compile("[\x01-\x08\x0b\x0e-\x1f\x7f]")
_CUT_WINDOW = 4096  # how far back from the limit a whitespace cut point is looked for


@dataclass(frozen=True, slots=True)
class Context:
    """What every reader needs to know about the run."""

    settings: Settings = field(default_factory=Settings)
    default_dct: date | None = None


@dataclass(frozen=True, slots=True)
class Fields:
    """The metadata a reader found next to the text."""

    path: str | None = None
    line: int | None = None
    given_id: str | None = None
    dct: DateReading | None = None  # None: the record gave no date
    dct_line: int | None = None  # where the date was read, when not ``line`` (a text's header)
    dct_source: DctSource = "field"
    title: str | None = None
    url: str | None = None
    source: str | None = None
    full_length: int | None = None  # set when the reader itself stopped reading early
    notes: tuple[str, ...] = ()  # warnings from reading it (bytes replaced in decoding)


def split_header(text: str) -> tuple[str, DateReading | None, int | None]:
    """Strip a leading ``date`` header; return the body, the date read and the header's line.

    ``date YYYY-MM-DD`` (any numeric date) is a header. So is a first line of its own that
    is ``date``/``Date:`` and a value :func:`read_date` reads ("date March 5, 2024"), or a
    value meant as a date that it cannot read (:func:`meant_as_header`: the reading's problem
    becomes the article's warning). Anything else is text ("Date palms grow ...")."""
    m = _HEADER.match(text)
    if m is not None:
        reading = read_date(m.group(1))
    else:
        m = _HEADER_LINE.match(text)
        if m is None:
            return text, None, None
        reading = read_date(m.group(3))
        if reading.value is None and not meant_as_header(m.group(1), m.group(2), m.group(3)):
            return text, None, None
    return text[m.end():].lstrip(), reading, text.count("\n", 0, m.start(1)) + 1


def meant_as_header(word: str, colon: str, value: str) -> bool:
    """Whether an unreadable ``date`` line is a header all the same: ``Date:`` or a lowercase
    ``date`` (as the format writes it, a sentence's first word is capitalized), then a short
    value (``header.max_words``) with a digit, a month or a weekday name (``formats.json``,
    with examples)."""
    t = tables()
    if not (colon or word == "date") or len(value.split()) > t.header_max_words:
        return False
    return any(c.isdigit() for c in value) or any(
        w in t.months or w in t.weekdays for w in _WORD.findall(value.lower()))


def cut(text: str, limit: int) -> str:
    """Cut before ``limit`` at whitespace (hard cut when a single token is that long)."""
    if len(text) <= limit:
        return text
    lo = max(0, limit - _CUT_WINDOW)
    for i in range(limit, lo, -1):
        if text[i - 1].isspace():
            return text[: i - 1].rstrip()
    return text[:limit]


def make_id(given: str | None, digest: str) -> str:
    given = (given or "").strip()
    return f"{given}:{digest}" if given else digest


def _where(f: Fields) -> str:
    return f.path or "<text>"


def build(text: str, f: Fields, ctx: Context) -> Iterator[Record]:
    """Yield one Article, or a Reject, plus a warning Reject for each date problem."""
    text = normalise_newlines(text)
    reason = binary_reason(text)
    if reason:
        yield Reject(_where(f), f.line, reason)
        return
    # a few NUL bytes in a good text (a broken copy): removed, and the warning says so
    text, note = strip_nuls(text)
    if note:
        f = replace(f, notes=f.notes + (note,))
    text = _STRAY_CONTROL.sub(" ", text)
    if not text.strip():
        yield Reject(_where(f), f.line, "empty text")
        return
    yield from finish(text, f, ctx)


def _dct(f: Fields, ctx: Context) -> tuple[date | None, DctSource, str | None]:
    """The article's date, where it came from, and the warning a bad date gives."""
    if f.dct is not None and f.dct.value is not None:
        return f.dct.value, f.dct_source, None
    if f.dct is not None and f.dct.problem:
        # A bad date says the record is suspect: keep it undated rather than guess.
        return None, "unknown", f"{f.dct_source} date ignored: {f.dct.problem}"
    if ctx.default_dct is not None:
        return ctx.default_dct, "default", None
    return None, "unknown", None


def finish(text: str, f: Fields, ctx: Context) -> Iterator[Record]:
    """Date, limit and identity of a record whose text is usable."""
    warnings = [(f.line, n) for n in f.notes]  # (line, warning)
    dct, dct_source, problem = _dct(f, ctx)
    if problem:
        warnings.append((f.line if f.dct_line is None else f.dct_line, problem))
    full = f.full_length or len(text)
    digest = content_hash(text)  # identity of what was read, so re-ingesting gives the same id
    limit = ctx.settings.max_chars
    truncated_from = None
    if full > limit or len(text) > limit:
        text = cut(text, limit)
        truncated_from = full
        warnings.append(
            (f.line, f"text cut at {len(text)} of {full} characters (max_chars={limit})"))
    for line, w in warnings:
        yield Reject(_where(f), line, w, kind="warning")
    yield Article(
        id=make_id(f.given_id, digest),
        text=text,
        dct=dct,
        dct_source=dct_source,
        title=f.title,
        url=f.url,
        source=f.source,
        path=f.path,
        line=f.line,
        content_hash=digest,
        truncated_from=truncated_from,
        warnings=tuple(w for _, w in warnings),
    )
