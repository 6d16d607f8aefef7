"""The article's timexes that can date an event (:class:`Dated`, found once per article by
:func:`anchorable`): not a page's update stamp, nor a date that ends a state ('closed until 6
May'); the ranges they make; and what marks some of them: a date that names a thing
(:mod:`.names`), one a span is told from ('since 8 July'), one that describes the subject of
a sentence told in the present, one that heads a list entry ('3 May : platform explodes'),
one in the standard of a comparison ('has surpassed the 1989 spill': :mod:`.standards`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.anchor.names import name_dates
from dateline.events.anchor.standards import standard_dates
from dateline.events.anchor.syntax import (
    clause_head,
    tense_of,
    timex_span,
    timex_spans,
    top_conjunct,
)
from dateline.events.anchor.years import governor, passing_years
from dateline.events.kids import kids_of
from dateline.numbers.scan import opened_by
from dateline.timex.engine import is_range

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

    from dateline.model import Annotation, Timex


ANCHOR_TYPES = ("DATE", "TIME")


_LAST_WORD = re.compile(r"([A-Za-z]+)\W{0,3}$")


def _end_bound(text: str, t: Timex) -> bool:
    """The date ends a state ("closed until 6 May"): it is not when anything happened."""
    m = _LAST_WORD.search(text, max(0, t.start - 24), t.start)
    return m is not None and m.group(1).lower() in lexicon.roles().end_bounds


#: what may stand between a page stamp's phrase and its parts ('at 15:42 GMT , Tuesday ,')
_STAMP_GAP = re.compile(r"[\s,:\-\u2013\u2014]*(?:(?:at|on)\b[\s,:]*)?", re.IGNORECASE)


def _stamp_phrases(text: str) -> list[re.Match[str]]:
    """``lexicon.page_stamp().finditer(text)``, tried only where a phrase's first word stands
    in an ASCII text (asked lower-cased); any other text by the case-blind regex itself,
    whose letters match some beyond ASCII ('ſ' is an 's' to it). The case-blind pattern
    opens with a word boundary, which the engine would test at every offset of every
    article, and few articles have a stamp."""
    low = text.lower() if text.isascii() else None
    return list(opened_by(lexicon.page_stamp(), _stamp_firsts(), text, low))


@lru_cache(maxsize=1)
def _stamp_firsts() -> frozenset[str]:
    """The first words of the page stamps' phrases, lower-cased (roles.json page_stamps;
    one not ASCII leaves every text to the regex itself: :func:`opened_by`)."""
    return frozenset(w.split()[0].lower() for w in lexicon.load_json("roles.json")[
        "page_stamps"]["phrases"])


def page_stamps(text: str, timexes: Sequence[Timex]) -> frozenset[str]:
    """tids of the dates and times a page's update stamp is made of ('16 March 2025 Last
    updated at 07:38 GMT', 'Page last updated at 15:42 GMT, Tuesday, 18 March 2025'):
    metadata, which dates no event (roles.json page_stamps)."""
    found = _stamp_phrases(text) if timexes else []
    if not found:
        return frozenset()
    ordered = sorted(timexes, key=lambda t: t.start)
    out: set[str] = set()
    for m in found:
        edge = m.end()
        for t in ordered:  # the parts after the phrase, each next to the last
            if t.start < edge:
                continue
            gap = _STAMP_GAP.match(text, edge, t.start)
            if gap is None or gap.end() != t.start:
                break
            out.add(t.tid)
            edge = t.end
        before = [t for t in ordered if t.end <= m.start()]
        if before and not text[before[-1].end:m.start()].strip(" \t,"):
            out.add(before[-1].tid)  # the date right before it ('16 March 2025 Last updated')
    return frozenset(out)


# A date followed by a colon or a spaced dash and a capital heads a list entry
# ("3 May : Sea Falcon platform explodes", "July 2 - Corvex agrees to ...").
_LABEL_TAIL = re.compile(r"[ \t]*(?::|-{1,2}|\u2013|\u2014)[ \t]+[A-Z\"\u201c']")


def heads_list_entry(text: str, t: Timex) -> bool:
    return t.type == "DATE" and _LABEL_TAIL.match(text, t.end) is not None


@dataclass(frozen=True, slots=True)
class Dated:
    """The article's timexes that can date an event, and the ranges they make: tid ->
    (first, last) for a timex that opens a range, and apart for one that closes it (an
    opening role wins when a timex is both, 'from May to June to July')."""

    timexes: list[Timex]
    opens: dict[str, tuple[Timex, Timex]]
    closes: dict[str, tuple[Timex, Timex]]
    dct: str | None = None
    #: tid -> token index of the noun a date is part of the name of (:func:`.names.name_dates`)
    names: dict[str, int] = field(default_factory=dict)
    #: tids of the dates a span is told from ('since 8 July', 'since the truce collapsed
    #: the week before'): :func:`since_dates`
    since: frozenset[str] = frozenset()
    #: tids of the dates on a noun of a sentence told in the present ('images taken on 23
    #: March show ...'): :func:`scene_dates`
    scene: frozenset[str] = frozenset()
    #: tids of the bare years said in passing ('the 1918 pandemic'): :func:`.years.passing_years`
    passing: frozenset[str] = frozenset()
    #: tids of the dates told back from the narrative's time ('two days earlier', 'had
    #: seized it two days ago'): :func:`flashback_dates`
    flashbacks: frozenset[str] = frozenset()
    #: tid -> token indexes of the comparison's standard a date stands in ('has surpassed
    #: the 1989 spill'): it dates only the events inside it (:mod:`.standards`)
    standards: dict[str, frozenset[int]] = field(default_factory=dict)


def anchorable(ann: Annotation, doc: Doc | None = None) -> Dated:
    """The article's timexes that can date an event and their ranges, found once per
    article, not per event; with the parse, also the dates that only name a thing
    (:func:`.names.name_dates`)."""
    text = ann.article.text
    stamps = page_stamps(text, ann.timexes)
    ts = [t for t in ann.timexes if t.type in ANCHOR_TYPES and not _end_bound(text, t)
          and t.tid not in stamps]
    pairs = [(a, b) for a, b in zip(ts, ts[1:], strict=False) if is_range(text, a, b)]
    dct = ann.article.dct.isoformat() if ann.article.dct is not None else None
    unlabelled = [t for t in ts if not heads_list_entry(text, t)]
    names = name_dates(doc, unlabelled) if doc is not None else {}
    since = since_dates(doc, ts) if doc is not None else frozenset()
    scene = scene_dates(doc, ts) if doc is not None else frozenset()
    passing = passing_years(doc, ts) if doc is not None else frozenset()
    back = flashback_dates(doc, ts) if doc is not None else frozenset()
    standards = standard_dates(doc, ts, dct) if doc is not None else {}
    return Dated(ts, {a.tid: (a, b) for a, b in pairs}, {b.tid: (a, b) for a, b in pairs}, dct,
                 names, since, scene, passing, back, standards)


_LAST = re.compile(r"([A-Za-z]+)\W*$")


def _reported(v: Token) -> bool:
    """Whether a verb's clause is a complement of another ('said that it had ...')."""
    return top_conjunct(v).dep_ == "ccomp"


def flashback_dates(doc: Doc, timexes: list[Timex]) -> frozenset[str]:
    """tids of the dates told back from the narrative's time, after their verb: ending in
    one of roles.json paragraph_carry flashback_words ('residents were warned two days
    earlier') or in a clause in the past perfect ('had seized the bridge two days ago').
    An aside, not a time the narrative moves to: the later sentences of the paragraph go
    on at the day-precise date before it, else the article's (:func:`.times.fallback_time`)."""
    words = lexicon.roles().flashback_words
    out: set[str] = set()
    for t, span in timex_spans(doc, timexes):
        # the verb the date is an adjunct of, not one above a noun it is on ('an inquiry
        # into the events of 5 March'); only a date after it is an aside: one before it
        # ('The day before, police had sealed the road') is a frame that moves the narrative
        v = governor(span)
        if v is None or v.i > span.start:
            continue
        m = _LAST.search(t.text)
        if m is not None and m.group(1).lower() in words:
            out.add(t.tid)
        elif (any(ch.dep_ == "aux" and ch.lower_ == "had" for ch in kids_of(v))
              and not _reported(v) and not any(ch.dep_ == "ccomp" for ch in kids_of(v))):
            # not a past perfect of reported speech ('said that it had opened an inquiry
            # on 5 March': the tense is the report's backshift), nor a report itself ('had
            # said on 5 March that ...': when the news came, which the story goes on from)
            out.add(t.tid)
    return frozenset(out)


def scene_dates(doc: Doc, timexes: list[Timex]) -> frozenset[str]:
    """tids of the dates that only describe the subject of a sentence told in the present:
    a phrase or a participle clause on the subject noun ('satellite images from 23 March
    show debris', 'photos taken on 14 May show'). The sentence tells the present, the
    day of the telling; the date is the thing's, no narrative's time, so when it is its
    paragraph's last date the paragraph carries no date on: 'The agency heads a team
    supporting the inquiry' after it is not of 23 March. (A date on any noun of such a
    sentence, 'nothing turns up near where the pings were picked up on 5 April', was tried:
    it split merges of the ukraine tellings; bench/eval_st_dating.py.)"""
    out: set[str] = set()
    for t, span in timex_spans(doc, timexes):
        noun = _described_noun(span)
        if noun is None:
            continue
        v = clause_head(noun)
        if (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == v.i
                and v.pos_ in ("VERB", "AUX") and not span.start <= v.i < span.end
                and v.tag_ in ("VBZ", "VBP") and tense_of(v) == "present"):
            out.add(t.tid)
    return frozenset(out)


def _described_noun(span: Span) -> Token | None:
    """The noun a date's phrase or participle clause hangs on ('images' of 'images from
    23 March', 'images captured on 23 March'), else None (a date of a verb's own)."""
    tok = span.root
    for _ in range(10):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if span.start <= tok.i < span.end:
            continue
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok
        if tok.pos_ in ("VERB", "AUX"):
            if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
                return tok.head
            return None
    return None


def since_dates(doc: Doc, timexes: list[Timex]) -> frozenset[str]:
    """tids of the dates inside a 'since' phrase or clause ('rockets fired since 8 July',
    'since the offensive opened on 3 June', 'since the truce collapsed the week before'):
    the start of a span that runs to the time of telling, not a time the paragraph's
    narrative is in, so no later event of the paragraph takes it (:func:`.times.fallback_time`)."""
    out: set[str] = set()
    for t in timexes:
        span = timex_span(doc, t)
        x = span.root if span is not None else None
        for _ in range(12):
            if x is None:
                break
            if x.lower_ == "since" and x.dep_ == "prep":
                out.add(t.tid)
                break
            if x.pos_ in ("VERB", "AUX"):  # the date's clause: a 'since' clause?
                if any(ch.dep_ == "mark" and ch.lower_ == "since" for ch in kids_of(x)):
                    out.add(t.tid)
                break
            x = None if x.head.i == x.i else x.head
    return frozenset(out)
