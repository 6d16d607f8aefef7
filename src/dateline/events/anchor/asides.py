"""Dates said in an aside: on a noun the sentence's act does not happen at ('the release of a
leader arrested on 6 March', "arrested after the previous night's standoff", 'those
who took part in the February 20 shooting'), or in a relative or participle clause on a noun ('a
leader who was arrested on 6 March'). Such a date tells when that thing was, not when the
paragraph's narrative is: as its paragraph's last date it carries no date on to a later
sentence, which goes on at the narrative's day before the aside, else the article's
(:func:`.times.fallback_time`). A date on a noun the act happens at ('the 20 April blast
killed 11', 'died in the 20 April blast', 'at noon on 7 April') is the act's, and moves the
narrative; so is a time phrase the parser hung on a noun ('reached the shaft on Thursday',
'an inquiry into the clashes on 6 May')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.anchor.syntax import (
    clause_head,
    governing_clauses,
    shares_time,
    timex_spans,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dateline.model import Timex


def aside_dates(doc: Doc, timexes: list[Timex]) -> frozenset[str]:
    """tids of the dates said in an aside (module doc)."""
    spans = list(timex_spans(doc, timexes))
    dates = {i for _t, span in spans for i in range(span.start, span.end)}
    out: set[str] = set()
    for t, span in spans:
        word = _first_above(span, dates)
        if word is None:
            continue
        if word.pos_ in ("NOUN", "PROPN", "PRON"):
            if not shares_time(word) and not _time_phrase(span, word):
                out.add(t.tid)
                continue
            word = clause_head(word)  # 'who was held after the 6 March raid'
        chain = governing_clauses(word)
        if chain[-1].dep_ in ("relcl", "acl") and chain[-1].head.pos_ in ("NOUN", "PROPN",
                                                                          "PRON"):
            out.add(t.tid)
    return frozenset(out)


#: prepositions of a time phrase: one on a noun is most often the verb's, which the parser
#: hung on its object ('got to the lower tunnel on Thursday')
_TIME_PREPS = frozenset({"on", "at", "in", "during", "between"})


def _time_phrase(span: Span, noun: Token) -> bool:
    """Whether a date is a time phrase the parser hung on ``noun`` ('on Thursday'), not a
    word of the noun's own ('Thursday's vote', 'the protest of 23 March')."""
    tok = span.root
    for _ in range(10):
        if tok.head.i == noun.i:
            return tok.dep_ == "prep" and tok.lower_ in _TIME_PREPS
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _first_above(span: Span, dates: set[int]) -> Token | None:
    """The first noun or verb above a date's own words and those of the dates it is
    coordinated with ('June 3' of 'between June 3 and 4': ``dates``, the token indexes of
    every date): the thing or the act it is of."""
    tok = span.root
    for _ in range(10):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i in dates:
            continue
        if tok.pos_ in ("NOUN", "PROPN", "PRON", "VERB", "AUX"):
            return tok
    return None
