"""``dateline events FILE|-``: code one sentence or passage per JSON line.

Input lines: {"text": ..., "dct"?: "YYYY-MM-DD", "source"?: name, "target"?: name}.
Output: one dict per input line with its events, most salient first; when a source
and/or target are given, events whose actor/target match them rank first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from dateline.entities import name_key, state_of
from dateline.events.lexicon import PLOVER_ROOTS
from dateline.model import Annotation, Event

if TYPE_CHECKING:
    from spacy.language import Language

MATCH_MIN = 80.0
STAGES_BEFORE_EVENTS = ("text", "timex", "entities", "numbers", "quotes")


def names_match(a: str | None, b: str | None) -> float:
    """0..1 similarity of two actor names (state aliases and demonyms count as equal)."""
    if not a or not b:
        return 0.0
    sa, sb = state_of(a), state_of(b)
    if sa and sb and sa == sb:
        return 1.0
    s = fuzz.token_set_ratio(name_key(a), name_key(b))
    return s / 100.0 if s >= MATCH_MIN else 0.0


def rank_for(events: list[Event], source: str | None, target: str | None) -> list[Event]:
    """Stable re-ranking: matching the given source and target outweighs salience."""
    if not source and not target:
        return events

    def score(e: Event) -> float:
        # The given actors pick which of the sentence's acts is meant; among acts of the
        # same actor, salience (the incoming order) decides. An event another one
        # governs ("threatened to ban") is never the salient one.
        if any(r == "governed_by" for r, _o in e.links):
            return 0.0
        if source:
            return -float(names_match(e.actor, source) > 0)
        return -float(names_match(e.target, target) > 0)

    return sorted(events, key=score)


def _event_dict(e: Event) -> dict[str, Any]:
    return {
        "id": e.id, "root": e.type, "actor": e.actor, "target": e.target, "trigger": e.trigger,
        "start": e.start, "end": e.end, "location": e.location, "negated": e.negated,
        "hedged": e.hedged, "modality": e.modality, "rule": e.rule,
        "time": {"value": e.time.value, "timex": e.time.timex, "how": e.time.how,
                 "end": e.time.end},
        "quantities": list(e.quantities),
        "links": [{"relation": r, "event": o} for r, o in e.links],
    }


def _parse(line: str, lineno: int) -> tuple[str, date | None, str | None, str | None]:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        from dateline.ingest.lines import line_error

        raise ValueError(f"not JSON ({line_error(exc)})") from None
    if not isinstance(rec, dict):
        raise ValueError("not a JSON object")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('missing or empty "text"')
    raw = rec.get("dct")
    dct = None
    if raw:  # read as `dateline run` reads a date field: ISO, ISO datetime, written forms
        from dateline.ingest.dates import read_date

        reading = read_date(raw)
        if reading.value is None:
            raise ValueError(f'"dct": {reading.problem}')
        dct = reading.value
    src, tgt = rec.get("source"), rec.get("target")
    return text, dct, src if isinstance(src, str) else None, tgt if isinstance(tgt, str) else None


def annotate_for_events(text: str, dct: date | None, nlp: Language) -> Annotation:
    """Run the pipeline stages events depend on, then events (not datecheck). A long
    text is parsed in pieces, as `dateline run` parses it (:mod:`dateline.parse`)."""
    from dateline import parse, pipeline
    from dateline.config import Settings
    from dateline.ingest import article_from_text

    doc = next(parse.parse(nlp, [(text, None)], limit=Settings().parse_chars,
                           batch_size=1))[0]
    ann = Annotation(article=article_from_text(text, dct=dct, path="<events>"))
    for name, stage in pipeline.STAGES:
        if name in STAGES_BEFORE_EVENTS or name == "events":
            ann = stage(ann, doc)
    return ann


def code_events_jsonl(
    lines: Iterable[str] | Iterable[tuple[str, str | None]], nlp: Language | None = None
) -> Iterator[dict[str, Any]]:
    """One output dict per non-blank input line; bad lines give {"line", "error"}. A line
    may come with the warning its decoding gave (:func:`dateline.ingest.lines.noted_lines`),
    which its output's "warning" carries."""
    from dateline.config import Settings
    from dateline.ingest.build import cut
    from dateline.ingest.decode import binary_reason, strip_nuls

    if nlp is None:
        from dateline.pipeline import load_nlp

        nlp = load_nlp(Settings().model)
    limit = Settings().max_chars
    for lineno, item in enumerate(lines, start=1):
        line, note = item if isinstance(item, tuple) else (item, None)
        if not line.strip():
            continue
        # as `dateline run` reads a line: binary data is an error; a few NUL bytes (raw in
        # the line or escaped in its text) are removed, and that, bytes that were not UTF-8
        # and a cut text are each said in the line's "warning"
        try:
            if reason := binary_reason(line):
                raise ValueError(reason)
            line, raw_nuls = strip_nuls(line)
            text, dct, source, target = _parse(line, lineno)
            if reason := binary_reason(text):
                raise ValueError(f'"text": {reason}')
        except (ValueError, TypeError) as exc:
            yield {"line": lineno, "error": f"line {lineno}: {exc}"}
            continue
        text, nuls = strip_nuls(text)
        warnings = [n for n in (note, raw_nuls, nuls) if n]
        full = len(text)
        text = cut(text, limit)  # as `dateline run` cuts an article over the limit
        ann = annotate_for_events(text, dct, nlp)
        # PLOVER only: occurrences (earthquakes, flu deaths) are no PLOVER event
        plover = [e for e in ann.events if e.type in PLOVER_ROOTS]
        ranked = rank_for(plover, source, target)
        result: dict[str, Any] = {
            "line": lineno, "text": text, "source": source, "target": target,
            "events": [_event_dict(e) for e in ranked],
        }
        if len(text) < full:
            warnings.append(f"text cut at {len(text)} of {full} characters (max_chars={limit})")
        if warnings:
            result["warning"] = "; ".join(warnings)
        yield result
