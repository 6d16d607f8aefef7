"""The JSON contract of ``dateline annotate`` (stable; documented in the README)."""

from __future__ import annotations

from datetime import date
from typing import Any

from dateline.model import (
    Annotation,
    DateCheck,
    Entity,
    Event,
    Quantity,
    Quote,
    Timex,
)


def iso_day(d: date | None) -> str | None:
    """A day as the JSON and CSV outputs write it: ISO 8601, or None (null) when unknown."""
    return d.isoformat() if d else None


def annotation_to_dict(ann: Annotation) -> dict[str, Any]:
    """The JSON of one annotation: its document (with the date check), then its sentences,
    timexes, entities, events, quotes and quantities, each span by character offsets into
    the article's text."""
    return {
        "document": _document(ann),
        "sentences": [
            {"index": s.index, "start": s.start, "end": s.end, "text": s.text}
            for s in ann.sentences
        ],
        "timexes": [_timex(t) for t in ann.timexes],
        "entities": [_entity(e) for e in ann.entities],
        "events": [_event(ev) for ev in ann.events],
        "quotes": [_quote(q) for q in ann.quotes],
        "quantities": [_quantity(q) for q in ann.quantities],
    }


def _document(ann: Annotation) -> dict[str, Any]:
    a = ann.article
    return {
        "id": a.id,
        "dct": iso_day(a.dct),
        "dct_source": a.dct_source,
        "title": a.title,
        "source": a.source,
        "path": a.path,
        "truncated_from": a.truncated_from,
        "warnings": list(a.warnings) + _datecheck_warnings(ann),
        "date_check": None if ann.datecheck is None else _date_check(ann.datecheck),
    }


def _date_check(dc: DateCheck) -> dict[str, Any]:
    return {
        "verdict": dc.verdict,
        "earliest": iso_day(dc.earliest),
        "latest": iso_day(dc.latest),
        "estimate": iso_day(dc.estimate),
        "hint": iso_day(dc.hint),
        "year_fit": list(dc.year_fit) if dc.year_fit else None,
        "evidence": [
            {"text": e.text, "start": e.start, "end": e.end, "reason": e.reason}
            for e in dc.evidence
        ],
    }


def _timex(t: Timex) -> dict[str, Any]:
    return {
        "tid": t.tid,
        "text": t.text,
        "start": t.start,
        "end": t.end,
        "type": t.type,
        "value": t.value,
        "mod": t.mod,
        "quant": t.quant,
        "freq": t.freq,
        "sentence": t.sentence,
    }


def _entity(e: Entity) -> dict[str, Any]:
    return {
        "text": e.text,
        "start": e.start,
        "end": e.end,
        "label": e.label,
        "canonical": e.canonical,
        "sentence": e.sentence,
        "attrs": dict(e.attrs),
    }


def _event(ev: Event) -> dict[str, Any]:
    return {
        "id": ev.id,
        "type": ev.type,
        "trigger": ev.trigger,
        "start": ev.start,
        "end": ev.end,
        "actor": ev.actor,
        "target": ev.target,
        "location": ev.location,
        "time": {"value": ev.time.value, "timex": ev.time.timex, "how": ev.time.how,
                 "end": ev.time.end},
        "quantities": list(ev.quantities),
        "sentence": ev.sentence,
        "negated": ev.negated,
        "hedged": ev.hedged,
        "modality": ev.modality,
        "rule": ev.rule,
        "links": [{"relation": r, "event": o} for r, o in ev.links],
    }


def _quote(q: Quote) -> dict[str, Any]:
    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "kind": q.kind,
        "speaker": q.speaker,
        "speaker_start": q.speaker_start,
        "speaker_end": q.speaker_end,
        "cue": q.cue,
        "cue_start": q.cue_start,
        "cue_end": q.cue_end,
        "time": q.time,
        "sentence": q.sentence,
    }


def _quantity(q: Quantity) -> dict[str, Any]:
    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "value": q.value,
        "approx": q.approx,
        "low": q.low,
        "high": q.high,
        "counts": q.counts,
        "sentence": q.sentence,
    }


def _datecheck_warnings(ann: Annotation) -> list[str]:
    dc = ann.datecheck
    if dc is None or dc.verdict in ("consistent", "unknown"):
        return []
    out = [f"date {dc.verdict}: stated DCT disagrees with the article's own content"]
    out += [f"{e.text!r} ({e.start}-{e.end}): {e.reason}" for e in dc.evidence]
    return out
