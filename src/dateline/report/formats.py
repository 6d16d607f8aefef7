"""Export formats the store's exporter does not cover: TimeML and TimelineJS3 JSON.

TimeML: one ``.tml`` per article, the article text in ``<TEXT>`` with our
TIMEX3s inserted by the timex engine's own writer
(:func:`dateline.timex.timeml.render_tml`), so :func:`~dateline.timex.timeml.read_tml`
reads back the same text, DCT and TIMEX3 spans.

TimelineJS3 (https://timeline.knightlab.com/docs/json-format.html): ``events``
with ``start_date`` ``{year, month, day}`` (as precise as the TIMEX3 value is)
and ``text`` ``{headline, text}``. TimelineJS renders those strings as HTML, so
article text is HTML-escaped here.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from dateline.errors import DatelineError
from dateline.model import Annotation, Timex
from dateline.report.filters import entry_day
from dateline.timeline import TimelineEntry
from dateline.timex.timeml import parse_tml, render_tml

# XML 1.0 forbids these characters; each becomes a space so offsets stay put.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FILE_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_VALUE_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


# --- TimeML ---


def _xml_text(text: str) -> str:
    """Escape for XML character data; a CR is written as ``&#13;`` so parsers keep it."""
    esc = html.escape(_XML_BAD.sub(" ", text), quote=False)
    return esc.replace("\r", "&#13;")


def _non_overlapping(timexes: Iterable[Timex]) -> list[Timex]:
    """Nested or crossing TIMEX3s cannot be written as XML; longer spans win."""
    kept: list[Timex] = []
    for t in sorted(timexes, key=lambda t: (-(t.end - t.start), t.start)):
        if t.end > t.start and all(t.end <= k.start or t.start >= k.end for k in kept):
            kept.append(t)
    return sorted(kept, key=lambda t: t.start)


def annotation_to_tml(ann: Annotation) -> str:
    """One article as a TimeML document with its TIMEX3s (the DCT as CREATION_TIME)."""
    a = ann.article
    timexes = _non_overlapping(ann.timexes)
    dct = ""
    if a.dct is not None:
        tid = "t0" if all(t.tid != "t0" for t in timexes) else "tdct"
        dct = (f'<DCT><TIMEX3 tid="{tid}" type="DATE" value="{a.dct.isoformat()}" '
               f'temporalFunction="false" functionInDocument="CREATION_TIME">'
               f"{a.dct.isoformat()}</TIMEX3></DCT>\n")
    title = f"<TITLE>{_xml_text(a.title)}</TITLE>\n" if a.title else ""
    raw = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
        f"<DOCID>{_xml_text(a.id)}</DOCID>\n{dct}{title}"
        f"<TEXT>{_xml_text(a.text)}</TEXT>\n</TimeML>\n"
    )
    return render_tml(parse_tml(raw, a.id), timexes)


def _file_stem(article_id: str, used: set[str]) -> str:
    stem = _FILE_UNSAFE.sub("_", article_id).strip("._") or "article"
    name, n = stem[:120], 1
    while name.lower() in used:  # case-insensitive file systems
        n += 1
        name = f"{stem[:115]}-{n}"
    used.add(name.lower())
    return name


def write_timeml(annotations: Iterable[Annotation], out_dir: str | os.PathLike[str]) -> list[Path]:
    """Write ``<article id>.tml`` per annotation into ``out_dir``; returns the files."""
    out = Path(out_dir)
    used: set[str] = set()
    paths = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for ann in annotations:
            path = out / f"{_file_stem(ann.article.id, used)}.tml"
            path.write_text(annotation_to_tml(ann), encoding="utf-8")
            paths.append(path)
    except OSError as exc:
        raise DatelineError(f"{out}: cannot write TimeML: {exc}") from None
    return paths


# --- TimelineJS3 ---


def _tl_date(value: str | None, fallback: date | None) -> dict[str, int] | None:
    """``{year, month, day}`` as precise as the TIMEX3 value (2023-06 has no day)."""
    m = _VALUE_DATE.match(value or "")
    if m:
        out = {"year": int(m[1])}
        if m[2]:
            out["month"] = int(m[2])
        if m[3]:
            out["day"] = int(m[3])
        return out
    if fallback is None:
        return None
    return {"year": fallback.year, "month": fallback.month, "day": fallback.day}


def _headline(e: dict[str, Any]) -> str:
    words = [e.get("actor") or "", e.get("trigger") or "", e.get("target") or ""]
    head = " ".join(w for w in words if w) or str(e.get("type"))
    return ("not: " if e.get("negated") else "") + head


def _body(e: dict[str, Any]) -> str:
    """HTML for TimelineJS: the sentence, then each source; every string escaped."""
    parts = []
    if e.get("sentence"):
        parts.append(f"<p>{html.escape(str(e['sentence']))}</p>")
    for s in e.get("sources") or ():
        name = s.get("source") or s.get("title") or s.get("article_id")
        line = f"{html.escape(str(name))}, article date {html.escape(str(s.get('dct') or '?'))}"
        if s.get("redated"):  # run --reanchor: dct is the date its content gives
            line += f" (re-dated by its content; the article states " \
                    f"{html.escape(str(s.get('stated_dct') or '?'))})"
        elif (s.get("weighed_verdict") or s.get("date_verdict")) in ("contradicted",
                                                                     "suspicious"):
            said = s.get("weighed_verdict") or s.get("date_verdict")
            line += f" (article date {html.escape(str(said))})"
        parts.append(f"<p>&mdash; {line}</p>")
    return "".join(parts)


def timelinejs(
    entries: Iterable[TimelineEntry | dict[str, Any]], title: str = "dateline timeline"
) -> dict[str, Any]:
    """Timeline entries as a TimelineJS3 JSON object (entries without a date are left out)."""
    events = []
    for i, raw in enumerate(entries):
        e = raw.to_dict() if isinstance(raw, TimelineEntry) else raw
        start, end = entry_day(e.get("date_start")), entry_day(e.get("date_end"))
        start_date = _tl_date(e.get("date"), start)
        if start_date is None:
            continue
        ev: dict[str, Any] = {
            "start_date": start_date,
            "text": {"headline": html.escape(_headline(e)), "text": _body(e)},
            "group": str(e.get("type") or ""),
            "unique_id": f"ev{i}",
        }
        if not _VALUE_DATE.match(e.get("date") or "") and end and end != start:
            ev["end_date"] = {"year": end.year, "month": end.month, "day": end.day}
        events.append(ev)
    return {"title": {"text": {"headline": html.escape(title),
                               "text": f"{len(events)} events"}},
            "events": events}


def write_timelinejs(
    entries: Iterable[TimelineEntry | dict[str, Any]],
    out: str | os.PathLike[str],
    title: str = "dateline timeline",
) -> Path:
    """Write :func:`timelinejs` JSON to ``out``; returns the path."""
    path = Path(out)
    try:
        path.write_text(json.dumps(timelinejs(entries, title), ensure_ascii=False, indent=1),
                        encoding="utf-8")
    except OSError as exc:
        raise DatelineError(f"{path}: cannot write TimelineJS JSON: {exc}") from None
    return path
