"""Annotation records <-> table rows (column lists, then Arrow tables typed by the SQL schema).

Building columns in Python and handing DuckDB whole Arrow tables is what makes
writes fast: one INSERT per table per batch instead of one per row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa

from dateline.model import (
    Annotation,
    Article,
    DateCheck,
    DateEvidence,
    Entity,
    Event,
    EventTime,
    Quantity,
    Quote,
    Reject,
    Sentence,
    Timex,
)
from dateline.store.schema import ANNOTATION_TABLES, arrow_schemas
from dateline.store.tvalue import event_span

Row = dict[str, Any]


def _lower(s: str | None) -> str | None:
    return s.lower() if s is not None else None


_NON_WORD = re.compile(r"[\W_]+")


def name_key(name: str | None) -> str | None:
    """A name as the entity filter compares it: lower case, punctuation runs -> one space."""
    if not name:
        return None
    return _NON_WORD.sub(" ", name.lower()).strip() or None


def event_names(ev: Event, mentions: Iterable[str]) -> list[str]:
    """Actor, target, location, then the sentence's entity names: normalised, each once."""
    keys = [name_key(ev.actor), name_key(ev.target), name_key(ev.location)]
    keys += sorted({k for k in map(name_key, mentions) if k})
    return [k for k in dict.fromkeys(keys) if k]


def article_row(ann: Annotation, now: datetime) -> Row:
    a, dc = ann.article, ann.datecheck
    return {
        "id": a.id, "content_hash": a.content_hash, "dct": a.dct, "dct_source": a.dct_source,
        "title": a.title, "url": a.url, "source": a.source, "path": a.path, "line": a.line,
        "text": a.text, "truncated_from": a.truncated_from, "warnings": list(a.warnings),
        "date_verdict": dc.verdict if dc else None,
        "date_earliest": dc.earliest if dc else None,
        "date_latest": dc.latest if dc else None,
        "date_estimate": dc.estimate if dc else None,
        "date_hint": dc.hint if dc else None,
        "date_fit_year_before": dc.year_fit[0] if dc and dc.year_fit else None,
        "date_fit_year_after": dc.year_fit[1] if dc and dc.year_fit else None,
        "date_evidence": None if dc is None else [
            {"text": e.text, "start_char": e.start, "end_char": e.end, "reason": e.reason}
            for e in dc.evidence
        ],
        "ingested_at": now,
    }


def _sentences(ann: Annotation) -> Iterator[Row]:
    for s in ann.sentences:
        yield {"idx": s.index, "start_char": s.start, "end_char": s.end, "text": s.text}


def _timexes(ann: Annotation) -> Iterator[Row]:
    for i, t in enumerate(ann.timexes):
        yield {
            "idx": i, "tid": t.tid, "start_char": t.start, "end_char": t.end, "text": t.text,
            "type": t.type, "value": t.value, "mod": t.mod, "quant": t.quant, "freq": t.freq,
            "anchor": t.anchor, "rule": t.rule, "sentence": t.sentence,
        }


def _entities(ann: Annotation) -> Iterator[Row]:
    for i, e in enumerate(ann.entities):
        yield {
            "idx": i, "start_char": e.start, "end_char": e.end, "text": e.text, "label": e.label,
            "canonical": e.canonical, "canonical_key": _lower(e.canonical),
            "sentence": e.sentence, "attrs": [{"key": k, "value": v} for k, v in e.attrs],
        }


def _events(ann: Annotation) -> Iterator[Row]:
    texts = {s.index: s.text for s in ann.sentences}
    mentions: dict[int | None, list[str]] = {}
    for e in ann.entities:
        mentions.setdefault(e.sentence, []).append(e.canonical)
    for i, ev in enumerate(ann.events):
        span = event_span(ev.time.value, ev.time.end)
        yield {
            "idx": i, "event_id": ev.id, "type": ev.type, "trigger": ev.trigger,
            "start_char": ev.start, "end_char": ev.end, "sentence": ev.sentence,
            "actor": ev.actor, "target": ev.target, "location": ev.location,
            "actor_key": _lower(ev.actor), "target_key": _lower(ev.target),
            "sentence_text": texts.get(ev.sentence),
            "names": event_names(ev, mentions.get(ev.sentence, ())),
            "time_value": ev.time.value, "time_timex": ev.time.timex, "time_how": ev.time.how,
            "time_end": ev.time.end,
            "date_start": span[0] if span else None, "date_end": span[1] if span else None,
            "quantities": list(ev.quantities), "negated": ev.negated, "hedged": ev.hedged,
            "modality": ev.modality, "rule": ev.rule,
            "links": [{"relation": r, "event": o} for r, o in ev.links],
        }


def _quotes(ann: Annotation) -> Iterator[Row]:
    for i, q in enumerate(ann.quotes):
        yield {
            "idx": i, "start_char": q.start, "end_char": q.end, "text": q.text,
            "speaker": q.speaker, "cue": q.cue, "kind": q.kind,
            "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
            "cue_start": q.cue_start, "cue_end": q.cue_end, "time": q.time, "sentence": q.sentence,
        }


def _quantities(ann: Annotation) -> Iterator[Row]:
    for i, q in enumerate(ann.quantities):
        yield {
            "idx": i, "start_char": q.start, "end_char": q.end, "text": q.text, "value": q.value,
            "approx": q.approx, "low": q.low, "high": q.high, "counts": q.counts,
            "sentence": q.sentence,
        }


_ROWS = {
    "sentences": _sentences, "timexes": _timexes, "entities": _entities,
    "events": _events, "quotes": _quotes, "quantities": _quantities,
}


class _Columns:
    """Column lists for one table, filled row by row, turned into a typed Arrow table."""

    def __init__(self, table: str) -> None:
        self.schema = arrow_schemas()[table]
        self.cols: dict[str, list[Any]] = {n: [] for n in self.schema.names}

    def add(self, row: Row) -> None:
        for name, col in self.cols.items():
            col.append(row.get(name))

    def table(self) -> pa.Table:
        return pa.Table.from_pydict(self.cols, schema=self.schema)


def annotation_tables(annotations: Iterable[Annotation]) -> dict[str, pa.Table]:
    """One Arrow table per data table for a batch; an article id seen twice keeps its first copy."""
    now = datetime.now(UTC).replace(tzinfo=None)
    cols = {t: _Columns(t) for t in ("articles", *ANNOTATION_TABLES)}
    seen: set[str] = set()
    for ann in annotations:
        aid = ann.article.id
        if aid in seen:
            continue
        seen.add(aid)
        cols["articles"].add(article_row(ann, now))
        for table, rows in _ROWS.items():
            for row in rows(ann):
                row["article_id"] = aid
                cols[table].add(row)
    return {t: c.table() for t, c in cols.items()}


def reject_table(rejects: Iterable[Reject]) -> pa.Table:
    now = datetime.now(UTC).replace(tzinfo=None)
    cols = _Columns("rejects")
    for r in rejects:
        cols.add({"path": r.path, "line": r.line, "reason": r.reason, "kind": r.kind, "at": now})
    return cols.table()


# --- rows -> records (the inverse, for JSON Lines export and reading back) ---


def article_from_row(r: Row) -> tuple[Article, DateCheck | None]:
    art = Article(
        id=r["id"], text=r["text"], dct=r["dct"], dct_source=r["dct_source"], title=r["title"],
        url=r["url"], source=r["source"], path=r["path"], line=r["line"],
        content_hash=r["content_hash"] or "", truncated_from=r["truncated_from"],
        warnings=tuple(r["warnings"] or ()),
    )
    if r["date_verdict"] is None:
        return art, None
    ev = tuple(
        DateEvidence(e["start_char"], e["end_char"], e["text"], e["reason"])
        for e in r["date_evidence"] or ()
    )
    return art, DateCheck(r["date_verdict"], ev, r["date_earliest"], r["date_latest"],
                          r.get("date_estimate"), r.get("date_hint"), year_fit(r))


def year_fit(r: Row) -> tuple[float, float] | None:
    """DateCheck.year_fit from a stored row's two columns (None in a row written before
    schema v10, or by a check that read none)."""
    before, after = r.get("date_fit_year_before"), r.get("date_fit_year_after")
    return None if before is None or after is None else (float(before), float(after))


def sentence_from_row(r: Row) -> Sentence:
    return Sentence(r["idx"], r["start_char"], r["end_char"], r["text"])


def timex_from_row(r: Row) -> Timex:
    return Timex(
        r["tid"], r["start_char"], r["end_char"], r["text"], r["type"], r["value"], r["mod"],
        r["quant"], r["freq"], r["anchor"], r["rule"], r["sentence"],
    )


def entity_from_row(r: Row) -> Entity:
    attrs = tuple((a["key"], a["value"]) for a in r["attrs"] or ())
    return Entity(
        r["start_char"], r["end_char"], r["text"], r["label"], r["canonical"], r["sentence"], attrs
    )


def event_from_row(r: Row) -> Event:
    return Event(
        id=r["event_id"], type=r["type"], trigger=r["trigger"], start=r["start_char"],
        end=r["end_char"], sentence=r["sentence"], actor=r["actor"], target=r["target"],
        location=r["location"], time=EventTime(r["time_value"], r["time_timex"], r["time_how"],
                                                 r.get("time_end")),
        quantities=tuple(r["quantities"] or ()), negated=r["negated"], hedged=r["hedged"],
        modality=r["modality"], rule=r["rule"],
        links=tuple((lk["relation"], lk["event"]) for lk in r["links"] or ()),
    )


def quote_from_row(r: Row) -> Quote:
    return Quote(
        r["start_char"], r["end_char"], r["text"], r["speaker"], r["cue"], r["kind"],
        r["speaker_start"], r["speaker_end"], r["cue_start"], r["cue_end"], r["time"],
        r["sentence"],
    )


def quantity_from_row(r: Row) -> Quantity:
    return Quantity(
        r["start_char"], r["end_char"], r["text"], r["value"], r["approx"], r["low"], r["high"],
        r["counts"], r["sentence"],
    )


FROM_ROW = {
    "sentences": sentence_from_row, "timexes": timex_from_row, "entities": entity_from_row,
    "events": event_from_row, "quotes": quote_from_row, "quantities": quantity_from_row,
}
