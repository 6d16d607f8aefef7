"""HTML pages (trafilatura) and TimeML documents."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from dateline.errors import InputError
from dateline.ingest.build import Context, Fields, Record, build
from dateline.ingest.dates import read_date
from dateline.ingest.decode import Undecodable, cannot_read, decode_noted, unreadable
from dateline.model import Reject

# Pages far larger than any article are mostly markup; read only this much so a
# hostile page cannot stall the run (the cut is reported as a warning).
HTML_MAX_BYTES = 8 << 20
_TML_DCT = re.compile(r"<DCT>.*?value\s*=\s*\"([^\"]*)\"", re.IGNORECASE | re.DOTALL)
_TML_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.IGNORECASE | re.DOTALL)


def _extract(raw: bytes | str) -> object | None:
    import trafilatura

    return trafilatura.bare_extraction(
        raw,
        with_metadata=True,
        include_comments=False,
        # Only dates the page states; no guessing from URLs or free text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def html_records(raw: bytes | str, name: str, ctx: Context) -> Iterator[Record]:
    try:
        doc = _extract(raw)
    except Exception as exc:  # a third-party parser on hostile input: any failure is a reject
        yield Reject(name, None, f"cannot extract HTML: {type(exc).__name__}: {exc}"[:300])
        return
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        yield Reject(name, None, "no main text found in the HTML page")
        return
    found = getattr(doc, "date", None)
    f = Fields(
        path=name,
        dct=read_date(found) if found else None,
        dct_source="html",
        title=getattr(doc, "title", None) or None,
        url=getattr(doc, "url", None) or None,
        source=getattr(doc, "sitename", None) or None,
    )
    yield from build(text, f, ctx)


def read_html(path: Path, ctx: Context) -> Iterator[Record]:
    name = str(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(HTML_MAX_BYTES)
            more = bool(fh.read(1))
    except OSError as exc:
        yield Reject(name, None, cannot_read(exc))
        return
    if more:
        msg = f"page larger than {HTML_MAX_BYTES} bytes: only the start was read"
        yield Reject(name, None, msg, kind="warning")
    yield from html_records(raw, name, ctx)


def timeml_records(raw: str, name: str, ctx: Context,
                   note: str | None = None) -> Iterator[Record]:
    """A TimeML document; ``note``: a warning from decoding it."""
    from dateline.timex.timeml import parse_tml

    try:
        doc = parse_tml(raw, name)
    except InputError as exc:
        yield Reject(name, None, exc.reason)
        return
    m = _TML_DCT.search(raw[: raw.find("<TEXT")] if "<TEXT" in raw else raw)
    title = _TML_TITLE.search(raw)
    f = Fields(
        path=name,
        dct=read_date(m.group(1)) if m else None,
        dct_source="timeml",
        title=" ".join(html.unescape(title.group(1)).split()) or None if title else None,
        notes=((note,) if note else ()) + doc.warnings,
    )
    yield from build(doc.text, f, ctx)


def read_timeml(path: Path, ctx: Context) -> Iterator[Record]:
    name = str(path)
    try:
        raw, note = decode_noted(path.read_bytes())
    except (OSError, Undecodable) as exc:
        yield unreadable(name, exc)
        return
    yield from timeml_records(raw, name, ctx, note)
