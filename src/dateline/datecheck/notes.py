"""Page notes: dates a crawled page adds after its article was written.

A news page keeps growing after it is published: readers' comments are stamped ("At 4:05
pm on 12 Jun 2009, a reader wrote:"), corrections and print editions are noted ("This
piece was revised on 4 June 2011", "An edition ran on p23 of the Courier on
Tuesday 20 July 2010"). Such dates lie after the article's date by nature: the check
reads them as limits (the article was written by then), never in the tense of the note,
which would make a comment posted the next day a past event after the stated date. The
phrases live in ``lexicon.json`` (``page_notes``): ``stamp_before`` phrases follow the
date they stamp (the note runs from its sentence's start to the phrase), ``note_after``
phrases precede it (the note runs from the phrase to its sentence's end). A note's own
date before the stated date says the article was written earlier (:func:`note_findings`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from dateline.datecheck.blind import Words
from dateline.datecheck.resources import lexicon
from dateline.datecheck.rules import Finding, Reading, interval, own_date_finding
from dateline.datecheck.tense import sentence_bounds


@lru_cache(maxsize=2)
def _patterns(own: bool = False) -> tuple[Words, Words]:
    spec = lexicon()["page_notes"]

    def alt(key: str) -> Words:
        return Words.of([p for p in spec[key] if not own or p in spec["own_date"]])

    return alt("stamp_before"), alt("note_after")


def page_notes(text: str, own: bool = False) -> list[tuple[int, int]]:
    """The spans of ``text`` that are notes on the page's later life (see module doc);
    ``own``: only notes whose first date is the note's own (``own_date``: a comment, an
    amendment, a print edition; not an editor's note, which may tell of any day)."""
    return list(_notes(text, own))


@lru_cache(maxsize=8)
def _notes(text: str, own: bool) -> tuple[tuple[int, int], ...]:
    """:func:`page_notes`, found once per text: no date enters it, and the check reads
    them at each date ``check.estimate`` tries."""
    stamped, noted = _patterns(own)
    spans: list[tuple[int, int]] = []
    for m in stamped.finditer(text):
        spans.append((sentence_bounds(text, m.start(), m.end())[0], m.end()))
    for m in noted.finditer(text):
        spans.append((m.start(), sentence_bounds(text, m.start(), m.end())[1]))
    return tuple(spans)


def in_note(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def note_findings(readings: list[Reading], text: str, dct: date) -> Iterator[Finding]:
    """A note dated before the stated date: the article was written by then (rule
    ``note_before_stated_date``; a day off is a time zone, reported, not flagged)."""
    dated = [r for r in readings
             if r.tense == "bounded" and r.mention.day is not None and r.mention.year is not None]
    if not dated:
        return
    for s, e in page_notes(text, own=True):
        first = next((r for r in dated if s <= r.mention.start and r.mention.end <= e), None)
        span = None if first is None else interval(first.mention)
        if first is None or span is None or span[0] >= dct:
            continue
        yield own_date_finding("note_before_stated_date", first.mention, span[0], dct)
