"""Dates that only name a thing which is no event ('withdrawal to the 1967 borders', 'the
2008 law'): they date no event but that noun's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.anchor.syntax import later_conjuncts, split_compound, timex_span

if TYPE_CHECKING:
    from collections.abc import Container

    from spacy.tokens import Doc, Token

    from dateline.model import Timex


#: Dependencies by which a date is a modifier inside a noun's name ('the 1967 borders',
#: 'pre-1967 lines').
_NAME_DEPS = frozenset({"compound", "amod", "nummod", "nmod"})


def modified_noun(doc: Doc, t: Timex) -> Token | None:
    """The noun ``t`` directly modifies as a compound, adjective or number ('borders' of
    'the 1967 borders'; a noun compound passes up to its head), or None: also for a
    proper noun."""
    span = timex_span(doc, t)
    if span is None or span.root.dep_ not in _NAME_DEPS:
        return None
    h = span.root.head
    for _ in range(4):
        if h.dep_ != "compound" or h.head.i == h.i:
            break
        h = h.head
    h = split_compound(h)
    # a proper name is left alone: the parser hangs a list entry's date on the name that
    # opens it ('16 June - BP agrees'), and a dated proper name is mostly an event or a
    # time of its own ('the 2012 Olympics')
    if span.start <= h.i < span.end or h.pos_ != "NOUN":
        return None
    return h


def name_dates(doc: Doc, timexes: list[Timex]) -> dict[str, int]:
    """tid -> token index of the noun, for each date that is a modifier of a noun which
    is no event ('the 1967 borders', 'pre-1967 lines', 'the 2008 law'): it names the
    thing, and dates no event but that noun's own; nor does it carry a paragraph's
    narrative on. Event nouns of the lexicons ('the April 20 blast', 'the 1948 war'; see
    :func:`.nouns.phrase_dates`) and roles.json name_dates.timed_nouns ('the 2012 election':
    'won' it then) keep their dates, as does a noun inside another timex."""
    from dateline.events import occur

    spans = [(t.start, t.end) for t in timexes]
    timed = lexicon.roles().timed_nouns
    occurrences = occur.table().nouns
    out: dict[str, int] = {}
    for t in timexes:
        n = modified_noun(doc, t)
        if n is None or any(a <= n.idx < b for a, b in spans):
            continue
        if _timed_or_event(n, timed, occurrences) or any(
                x.lemma_.lower() in occurrences for x in later_conjuncts(t, n)):
            continue  # 'a May 3 pipeline rupture and plant fire' dates the fire
        out[t.tid] = n.i
    return out


def _timed_or_event(n: Token, timed: Container[str], occurrences: Container[str]) -> bool:
    lemma = n.lemma_.lower()
    return (lemma in timed or n.lower_ in timed or lemma in lexicon.nouns()
            or lemma in occurrences)
