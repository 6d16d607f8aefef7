"""Bare years ('1918', 'in 2005', 'three years ago') that carry no paragraph's narrative on:
a year is the narrative's time for the later sentences of its paragraph only when it dates
its own sentence's main event ('In 1918, the flu killed millions. Doctors ran out of beds.'),
not when it is said in passing, on a noun ('the 1918 pandemic', 'in a 1998 study') or in a
clause under the main one ('a virus that emerged in 1976'), and only for a later act told in
the past: a sentence in the present or the present perfect ('Officials have raised the
alert') tells the time of the article (TimeML's narrative anchor: the last date the
narrative moves to)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.events.anchor.syntax import timex_spans, top_conjunct

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dateline.model import Timex


#: a DATE value of a whole year
YEAR = re.compile(r"\d{4}$")


def passing_years(doc: Doc, timexes: list[Timex]) -> frozenset[str]:
    """tids of the bare years that do not date their sentence's main event."""
    out: set[str] = set()
    for t, span in timex_spans(doc, timexes):
        if not YEAR.match(t.value or ""):
            continue
        v = governor(span)
        if v is None or not _main(v):
            out.add(t.tid)
    return frozenset(out)


def governor(span: Span) -> Token | None:
    """The verb the date is an adjunct of ('killed' of 'In 1918, the flu killed'), or None
    when a noun comes first ('pandemic' of 'the 1918 pandemic')."""
    tok = span.root
    for _ in range(10):
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
        if span.start <= tok.i < span.end:
            continue
        if tok.pos_ in ("NOUN", "PROPN", "PRON"):
            return None
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _main(v: Token) -> bool:
    """Whether a verb is its sentence's main one, or coordinated with it."""
    return top_conjunct(v).dep_ == "ROOT"
