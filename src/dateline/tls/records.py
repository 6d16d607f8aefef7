"""The one input shape the summarizer works from: a sentence with its dated references.

Every entry point (Annotation records, store rows, raw articles) is reduced to
:class:`SentenceRow`; the store keeps exactly these columns per sentence, so the
CLI on a store can feed rows straight in without re-annotating.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from dateline.model import Annotation

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class SentenceRow:
    """One sentence: its article, the article's publication date (dct), its index in
    the article, its text and the TIMEX3 values of the time expressions inside it."""

    article_id: str
    dct: date | None
    index: int
    text: str
    timexes: tuple[str, ...] = ()


def day_of(value: str) -> date | None:
    """The calendar day a TIMEX3 value names, or None (months, durations, PRESENT_REF...)."""
    m = _DAY.match(value)
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def rows_from_annotation(ann: Annotation) -> Iterator[SentenceRow]:
    """Rows of an annotated article; timexes go to their sentence by index or offset."""
    sents = ann.sentences
    starts = [s.start for s in sents]
    values: dict[int, list[str]] = {}
    for t in ann.timexes:
        idx = t.sentence
        if idx is None and sents:
            pos = bisect.bisect_right(starts, t.start) - 1
            idx = sents[pos].index if pos >= 0 and t.start < sents[pos].end else None
        if idx is not None:
            values.setdefault(idx, []).append(t.value)
    for s in sents:
        yield SentenceRow(ann.article.id, ann.article.dct, s.index, s.text,
                          tuple(values.get(s.index, ())))


def rows_from_text(article_id: str, text: str, dct: date | None) -> list[SentenceRow]:
    """Rows of a raw article: regex sentences, timexes from the timex engine alone (no spaCy)."""
    from dateline.timex import tag
    from dateline.tls.split import split_spans

    spans = split_spans(text)
    starts = [s for s, _ in spans]
    values: dict[int, list[str]] = {}
    for t in tag(text, dct):
        pos = bisect.bisect_right(starts, t.start) - 1
        if pos >= 0 and t.start < spans[pos][1]:
            values.setdefault(pos, []).append(t.value)
    return [SentenceRow(article_id, dct, i, text[s:e], tuple(values.get(i, ())))
            for i, (s, e) in enumerate(spans)]


def as_rows(records: Iterable[Annotation | SentenceRow | tuple]) -> Iterator[SentenceRow]:
    """Accept Annotations, SentenceRows or plain 5-tuples (store rows) alike."""
    for r in records:
        if isinstance(r, Annotation):
            yield from rows_from_annotation(r)
        elif isinstance(r, SentenceRow):
            yield r
        else:
            aid, dct, idx, text, values = r
            yield SentenceRow(str(aid), dct, int(idx), str(text), tuple(values or ()))
