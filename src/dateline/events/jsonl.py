"""``dateline events FILE|-``: code one sentence or passage per JSON line.

Input lines: {"text": ..., "dct"?: "YYYY-MM-DD", "source"?: name, "target"?: name}.
Output: one dict per input line with its events, most salient first; when a source
and/or target are given, events whose actor/target match them rank first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from dateline.config import Settings
from dateline.entities import name_key, state_of
from dateline.events.lexicon import PLOVER_ROOTS
from dateline.ingest.build import Context, Fields, build
from dateline.model import Annotation, Article, Event

if TYPE_CHECKING:
    from spacy.language import Language

    from dateline.ingest.dates import DateReading

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


def _parse(line: str) -> tuple[str, DateReading | None, str | None, str | None]:
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
    reading = None
    if raw:  # read as `dateline run` reads a date field: ISO, ISO datetime, written forms
        from dateline.ingest.dates import read_date

        reading = read_date(raw)
        if reading.value is None:
            raise ValueError(f'"dct": {reading.problem}')
    src, tgt = rec.get("source"), rec.get("target")
    return (text, reading, src if isinstance(src, str) else None,
            tgt if isinstance(tgt, str) else None)


def _article(text: str, reading: DateReading | None, lineno: int, notes: tuple[str, ...],
             ctx: Context) -> Article:
    """The line's text made an article as `dateline run` makes one (:func:`ingest.build.build`):
    binary data is an error; NUL bytes are removed, line ends normalised, a text over
    ``max_chars`` cut, each removal or cut said in the article's warnings after ``notes``."""
    for rec in build(text, Fields(path="<events>", line=lineno, dct=reading, notes=notes), ctx):
        if isinstance(rec, Article):
            return rec
        if rec.kind == "error":
            raise ValueError(f'"text": {rec.reason}')
    raise AssertionError("ingest built no article and no error")  # pragma: no cover


def annotate_for_events(article: Article, nlp: Language, settings: Settings) -> Annotation:
    """Run the pipeline stages events depend on, then events (not datecheck). A long
    text is parsed in pieces, as `dateline run` parses it (:mod:`dateline.parse`)."""
    from dateline import parse, pipeline

    doc = next(parse.parse(nlp, [(article.text, None)], limit=settings.parse_chars,
                           batch_size=1))[0]
    ann = Annotation(article=article)
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
    from dateline.ingest.decode import binary_reason, strip_nuls

    settings = Settings()
    if nlp is None:
        from dateline.pipeline import load_nlp

        nlp = load_nlp(settings.model)
    ctx = Context(settings)
    for lineno, item in enumerate(lines, start=1):
        line, note = item if isinstance(item, tuple) else (item, None)
        if not line.strip():
            continue
        # as `dateline run` reads a line (ingest.lines): binary data is an error, a few raw
        # NUL bytes are removed; the text is then made an article as run makes one
        try:
            if reason := binary_reason(line):
                raise ValueError(reason)
            line, raw_nuls = strip_nuls(line)
            text, reading, source, target = _parse(line)
            article = _article(text, reading, lineno,
                               tuple(n for n in (note, raw_nuls) if n), ctx)
        except (ValueError, TypeError) as exc:
            yield {"line": lineno, "error": f"line {lineno}: {exc}"}
            continue
        ann = annotate_for_events(article, nlp, settings)
        # PLOVER only: occurrences (earthquakes, flu deaths) are no PLOVER event
        plover = [e for e in ann.events if e.type in PLOVER_ROOTS]
        ranked = rank_for(plover, source, target)
        result: dict[str, Any] = {
            "line": lineno, "text": article.text, "source": source, "target": target,
            "events": [_event_dict(e) for e in ranked],
        }
        if article.warnings:
            result["warning"] = "; ".join(article.warnings)
        yield result
