"""Page notes: dates a crawled page adds after its article was written.

A news page keeps growing after it is published: readers' comments are stamped ("At 3:32
pm on 17 Jun 2009, a reader wrote:"), corrections and print editions are noted ("This
article was amended on 19 May 2010", "A version appeared on p17 of the Guardian on
Tuesday 20 July 2010"). Such dates lie after the article's date by nature: the check
reads them as limits (the article was written by then), never in the tense of the note,
which would make a comment posted the next day a past event after the stated date. The
phrases live in ``lexicon.json`` (``page_notes``): ``stamp_before`` phrases follow the
date they stamp (the note runs from its sentence's start to the phrase), ``note_after``
phrases precede it (the note runs from the phrase to its sentence's end).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.datecheck.resources import lexicon
from dateline.datecheck.tense import sentence_bounds


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    spec = lexicon()["page_notes"]

    def alt(key: str) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(p) for p in spec[key]), re.IGNORECASE)

    return alt("stamp_before"), alt("note_after")


def page_notes(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are notes on the page's later life (see module doc)."""
    stamped, noted = _patterns()
    spans: list[tuple[int, int]] = []
    for m in stamped.finditer(text):
        spans.append((sentence_bounds(text, m.start(), m.end())[0], m.end()))
    for m in noted.finditer(text):
        spans.append((m.start(), sentence_bounds(text, m.start(), m.end())[1]))
    return spans


def in_note(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)
