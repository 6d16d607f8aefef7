"""Records that arrive as key/value maps (JSON Lines, JSON, CSV rows)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from dateline.ingest.build import Context, Fields, Record, build
from dateline.ingest.dates import DateReading, read_date
from dateline.ingest.tables import tables
from dateline.model import Reject


def _pick(lowered: Mapping[str, Any], role: str) -> tuple[str | None, Any]:
    for key in tables().fields[role]:
        if key in lowered and lowered[key] not in (None, ""):
            return key, lowered[key]
    return None, None


def _text_of(lowered: Mapping[str, Any]) -> str | None:
    for key in tables().fields["text"]:
        if isinstance(lowered.get(key), str):
            return str(lowered[key])  # even when empty: that is an "empty text" reject
    # news-tls tokenized variant: the text only survives as a list of sentences.
    sents = lowered.get("sentences")
    if isinstance(sents, list) and sents:
        parts = [s.get("raw") if isinstance(s, dict) else s for s in sents]
        strings = [p for p in parts if isinstance(p, str)]
        if len(strings) == len(parts):
            return "\n".join(strings)
    return None


def _string(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _date(lowered: Mapping[str, Any]) -> DateReading | None:
    key, value = _pick(lowered, "date")
    if key is None:
        return None
    reading = read_date(value)
    if reading.problem:
        return DateReading(None, f"field {key!r}: {reading.problem}")
    return reading


def from_mapping(
    obj: Mapping[str, Any], path: str, line: int | None, ctx: Context,
    notes: tuple[str, ...] = (),
) -> Iterator[Record]:
    """One key/value record -> Article (+ warnings) or Reject; ``notes``: warnings from
    reading it (its line's bytes were not UTF-8)."""
    lowered = {str(k).strip().lower(): v for k, v in obj.items()}
    text = _text_of(lowered)
    if text is None:
        yield Reject(path, line, "no text field (expected one of: "
                     + ", ".join(tables().fields["text"]) + ")")
        return
    f = Fields(
        path=path,
        line=line,
        given_id=_string(_pick(lowered, "id")[1]),
        dct=_date(lowered),
        dct_source="field",
        title=_string(_pick(lowered, "title")[1]),
        url=_string(_pick(lowered, "url")[1]),
        source=_string(_pick(lowered, "source")[1]),
        notes=notes,
    )
    yield from build(text, f, ctx)
