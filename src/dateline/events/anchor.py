"""Anchor each event in time: a date in the event noun's own phrase ("the April 20 rig
blast", also for a relative clause on it: "that killed 11"), else the date heading its
entry in a dated list ("20 April: rig explodes"), else the timex of its clause or of a
clause governing it, else the sentence's nearest, else the last date of its paragraph
before it, else the DCT qualified by the verb's tense. A date from outside the event's own
clause (the sentence's nearest, the paragraph's) dates it only when the event's tense and
modality fit it: no act told as done is dated after the article (:func:`_fits`), and a
date a span is told from ('since 8 July') carries no narrative on (:func:`since_dates`).
A date in another event noun's phrase dates no other event, unless that noun is the
clause's subject or its 'in'/'during' object ("died in the April 20 blast"). A date that
only names a thing which is no event ('withdrawal to the 1967 borders') dates no event
but that noun's own. A definite event noun that only its paragraph or the article dates
('the blast') takes the date of the nearest earlier mention of that event with a date of
its own ('the April 20 explosion'): :func:`by_antecedent`. A date before coordinated nouns
dates each ('an April 20 blowout and rig explosion'), and an act of a relative clause on an
event noun that no words of its own date takes the noun's date, also one the noun took from
an earlier mention ('the explosion that killed 11 workers'): :func:`by_host`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.detect import Candidate
from dateline.model import Annotation, Event, EventTime, Timex, occurrence_class
from dateline.store.tvalue import date_span
from dateline.timex.engine import is_range

if TYPE_CHECKING:
    from collections.abc import Container, Sequence

    from spacy.tokens import Doc, Span, Token

ANCHOR_TYPES = ("DATE", "TIME")
#: Subordinators that tie a clause's time to its governor's ('since', 'after', 'when').
TIME_MARKS = frozenset({"since", "after", "before", "when", "whenever", "while", "as",
                        "until", "till", "once"})


def _clause_head(tok: Token) -> Token:
    """Nearest verb at or above a word: the clause it belongs to."""
    t = tok
    for _ in range(30):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def _governing(clause: Token) -> list[Token]:
    """The clause and the clauses above it, nearest first (relative clauses stop:
    what happened in "the strike which began on March 3" does not date the noun's
    own clause, and vice versa)."""
    out = [clause]
    t = clause
    for _ in range(10):
        if t.head.i == t.i or t.dep_ in ("relcl", "acl"):
            break
        if t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN"):
            # a verb the parser made a conjunct of a noun ("abducted in the Oct 7 attack
            # and ending the war") has lost its real governor; the noun's clause is not it
            break
        t = _clause_head(t.head)
        out.append(t)
    return out


def _reported_under(chain: list[Token], clause: Token) -> bool:
    """Is the date's clause (chain: it and the clauses above it) one that the event's
    clause reports rather than shares its time with? A complement ('said the army had
    shelled the town in 2008') or an adverbial clause with its own subject or a
    non-temporal subordinator ('meaning this was worse than in 2008'); a bare participle
    ('exploded, killing 11 on 20 April') or a since/after/when clause shares it."""
    top = next((k for k in range(1, len(chain)) if chain[k].i == clause.i), None)
    if top is None:
        return False  # not under the event's clause at all
    for sub in chain[:top]:
        if sub.dep_ == "ccomp":
            return True
        if sub.dep_ == "advcl":
            marks = {c.lower_ for c in sub.children if c.dep_ == "mark"}
            # the parser also hangs a fronted 'when' on its clause as an adverb
            fronted = {c.lower_ for c in sub.children if c.dep_ == "advmod" and c.i < sub.i}
            if (marks | fronted) & TIME_MARKS:
                continue  # 'leaking since the rig exploded on 20 April': tied in time
            if marks or any(c.dep_ in ("nsubj", "nsubjpass") for c in sub.children):
                return True
    return False


#: Dependencies that keep a word inside its noun's phrase ('the April 20 rig blast',
#: "last week's explosion", 'the explosion on 20 April').
_IN_PHRASE = frozenset({"compound", "nmod", "poss", "amod", "npadvmod", "nummod", "pobj",
                        "prep", "case", "det", "quantmod", "appos"})


def _split_compound(n: Token) -> Token:
    """The noun a noun stands before as a compound when the parser left that one unattached
    ('an April 20 well blowout': 'well' the object, 'blowout' a bare 'dep'), else itself."""
    for _ in range(3):
        nxt = n.doc[n.i + 1] if n.i + 1 < len(n.doc) else None
        if nxt is None or nxt.pos_ != "NOUN" or nxt.dep_ != "dep" or n.pos_ != "NOUN":
            break
        n = nxt
    return n


def _first_conjunct(n: Token) -> Token:
    """The first of the nouns ``n`` is coordinated with ('fire' of 'a March 4 collapse and
    fire' is a conjunct of 'collapse'), else ``n``."""
    for _ in range(4):
        if n.dep_ != "conj" or n.head.i == n.i or n.head.pos_ not in ("NOUN", "PROPN"):
            break
        n = n.head
    return n


def noun_of(span: Span) -> Token | None:
    """The noun whose phrase a date belongs to ('blast' of 'the April 20 rig blast', of
    'the blast on April 20'; a noun compound is passed up to its head: not 'rig'), or None
    when the date hangs on a verb ('blew up on April 20') or heads its own phrase."""
    t = span.root
    for _ in range(12):
        h = t.head
        if h.i == t.i or h.pos_ in ("VERB", "AUX") or t.dep_ not in _IN_PHRASE:
            return None
        if span.start <= h.i < span.end:
            t = h
            continue
        if h.pos_ in ("NOUN", "PROPN") and h.dep_ != "compound":
            return _split_compound(h)
        t = h
    return None


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Prepositions whose event noun's time is the clause's ('were killed in the April 20 blast').
_DURING = frozenset({"in", "during", "at", "amid", "amidst", "on"})


def _shares_time(noun: Token) -> bool:
    """Whether the clause an event noun stands in happens at the noun's own time: the noun is
    its subject ('the April 20 explosion killed 11 workers') or the object of in/during/at
    ('11 workers died in the April 20 explosion'); not after 'since', 'for', 'after' or as an
    object ('shares fell sharply after the April 20 blast', 'blamed failures for it')."""
    if noun.dep_ in _SUBJECTS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in _DURING


def _relative_host(clause: Token, nouns: set[int]) -> int | None:
    """The noun of ``nouns`` a relative clause (or a conjunct of one) describes: 'the blast
    that sank the rig and killed 11' -> 'blast'; the parser may hang the clause on a noun
    inside the event noun's phrase ('the explosion on the rig, which killed 11')."""
    for _ in range(4):
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl"):
        return None
    t = clause.head
    for _ in range(6):
        if t.i in nouns:
            return t.i
        if t.head.i == t.i or t.dep_ not in _IN_PHRASE or t.head.pos_ in ("VERB", "AUX"):
            return None
        t = t.head
    return None


def _cause(c: Candidate) -> bool:
    """An event noun named as the cause of something ('sentences for deadly attacks', 'in
    retaliation for the raid'; roles.json causes): it happened before, so neither its
    clause's date nor its sentence's is its own."""
    return c.is_noun and is_cause(c.head)


def _relative_to(c: Candidate) -> bool:
    """An event noun the clause's time is told relative to ('hours before the explosion';
    roles.json relative_to)."""
    n = c.head
    return c.is_noun and n.dep_ == "pobj" and n.head.lower_ in lexicon.roles().relative_preps


def _in_own_clause(doc: Doc, noun: Token, timexes: list[Timex]) -> Timex | None:
    """The first of ``timexes`` inside a relative clause on ``noun``."""
    spans = [(r.left_edge.i, r.right_edge.i) for r in noun.children if r.dep_ in ("relcl", "acl")]
    for t in timexes:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and any(lo <= span.root.i <= hi for lo, hi in spans):
            return t
    return None


def is_cause(n: Token) -> bool:
    """Whether a noun is named as a cause (:func:`_cause`)."""
    for _ in range(4):  # 'for attacks and bombings': the first conjunct's preposition
        if n.dep_ != "conj" or n.head.i == n.i:
            break
        n = n.head
    r = lexicon.roles()
    return (n.dep_ == "pobj" and n.head.lower_ in r.cause_preps
            and n.head.head.lemma_.lower() in r.cause_governors)


def _later_conjuncts(t: Timex, n: Token) -> list[Token]:
    """The nouns coordinated after ``n`` that a date standing before ``n`` also covers ('a
    May 3 rupture and fire': 'fire'); none when the date follows ``n`` ('the rupture on May
    3 and a fire')."""
    return [x for x in n.conjuncts if x.i > n.i] if t.end <= n.idx else []


def _dates_a_cause(doc: Doc, t: Timex) -> bool:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    n = noun_of(span) if span is not None else None
    return n is not None and is_cause(n)


def phrase_dates(
    doc: Doc, sentence: tuple[int, int], dated: Dated, event_nouns: frozenset[int]
) -> dict[str, int]:
    """tid -> token index of the event noun (of ``event_nouns``) in whose phrase the date
    stands, for the dates of one sentence ('the April 20 rig blast': 'blast')."""
    out: dict[str, int] = {}
    if not event_nouns:
        return out
    for t in dated.timexes:
        if sentence[0] <= t.start < sentence[1]:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            n = noun_of(span) if span is not None else None
            # 'a May 3 pipeline rupture and plant fire': the date hangs on the first noun
            # and dates the fire too
            if n is not None and (n.i in event_nouns or any(
                    x.i in event_nouns for x in _later_conjuncts(t, n))):
                out[t.tid] = n.i
    return out


def _paragraph_start(text: str, offset: int) -> int:
    k = text.rfind("\n\n", 0, offset)
    return 0 if k < 0 else k + 2


def _tense(tok: Token) -> str:
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "would", "shall", "'ll"}:
        return "future"
    if tok.tag_ == "VBD" and not aux & {"has", "have"}:
        return "past"
    if aux & {"had", "did", "was", "were"}:
        return "past"
    return "present"


_LAST_WORD = re.compile(r"([A-Za-z]+)\W{0,3}$")


def _end_bound(text: str, t: Timex) -> bool:
    """The date ends a state ("closed until 6 May"): it is not when anything happened."""
    m = _LAST_WORD.search(text, max(0, t.start - 24), t.start)
    return m is not None and m.group(1).lower() in lexicon.roles().end_bounds


#: what may stand between a page stamp's phrase and its parts ('at 08:14 GMT , Tuesday ,')
_STAMP_GAP = re.compile(r"[\s,:\-\u2013\u2014]*(?:(?:at|on)\b[\s,:]*)?", re.IGNORECASE)


def page_stamps(text: str, timexes: Sequence[Timex]) -> frozenset[str]:
    """tids of the dates and times a page's update stamp is made of ('16 March 2025 Last
    updated at 06:54 GMT', 'Page last updated at 08:14 GMT, Tuesday, 18 March 2025'):
    metadata, which dates no event (roles.json page_stamps)."""
    if not timexes or lexicon.page_stamp().search(text) is None:
        return frozenset()
    ordered = sorted(timexes, key=lambda t: t.start)
    out: set[str] = set()
    for m in lexicon.page_stamp().finditer(text):
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


def _label(text: str, t: Timex) -> bool:
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
    #: tid -> token index of the noun a date is part of the name of (:func:`name_dates`)
    names: dict[str, int] = field(default_factory=dict)
    #: tids of the dates a span is told from ('since 8 July', 'since the truce collapsed
    #: the week before'): :func:`since_dates`
    since: frozenset[str] = frozenset()
    #: tids of the dates on a noun of a sentence told in the present ('images taken on 23
    #: March show ...'): :func:`scene_dates`
    scene: frozenset[str] = frozenset()


#: A timex that names no day ('now', 'recently', 'in the future') places an event at its
#: article's date, qualified as the tense fallback is: it states no date of its own. Left
#: as its value, 'Schools are now closed' was undated, and as the paragraph's last date it
#: undated every later event of the paragraph (a quarter of all events in t17 stories).
REF_HOW = {"PRESENT_REF": "dct", "PAST_REF": "dct-past", "FUTURE_REF": "dct-future"}


def _time(dated: Dated, t: Timex, how: str) -> EventTime:
    """EventTime on ``t``, or on the whole range ``t`` is one end of ('in its first
    stage, which ran from Jan. 19 to March 1, the group freed ...': the releases span it);
    the article's date for a timex of no day (:data:`REF_HOW`)."""
    ref = REF_HOW.get(t.value or "")
    if ref is not None:
        return EventTime(dated.dct, t.tid, ref if dated.dct else "none")
    pair = dated.opens.get(t.tid) or dated.closes.get(t.tid)
    if pair is None:
        return EventTime(t.value, t.tid, how)
    first, last = pair
    return EventTime(first.value, first.tid, how, end=last.value)


#: How an event is dated that holds from a date its words give until the article's date:
#: 'has been talking with regulators since 1998', 'have been killed since the war began in
#: 2014' (value 1998, end the article's date): the date is the object of 'since', not when
#: the event happened.
SINCE = "since"
_PERFECT = frozenset({"has", "have", "had", "'ve"})


def _perfect(verb: Token) -> bool:
    return any(ch.dep_ == "aux" and ch.lower_ in _PERFECT for ch in verb.children)


_FIRST = frozenset({"first", "last", "time"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _a_first_since(since: Token) -> bool:
    """'the first time since 2008', 'trading at its lowest levels since 1996', 'the highest
    rate since it installed ...': a thing ranked against what came since, which is now, not
    since then (a superlative or 'first'/'last' in the words before 'since', back to a
    finite verb or a punctuation mark)."""
    doc = since.doc
    for i in range(since.i - 1, max(-1, since.i - 11), -1):
        w = doc[i]
        if w.is_punct or w.tag_ in _FINITE:
            return False
        if w.lower_ in _FIRST or w.tag_ in ("JJS", "RBS"):
            return True
    return False


def _inside(tok: Token, ids: set[int]) -> bool:
    return any(tok.left_edge.i <= i <= tok.right_edge.i for i in ids)


def _under_since(clause: Token, top: Token, since: Token) -> bool:
    """Whether the event's clause is ``top``, the clause a 'since' phrase is on, or shares
    its time: not a when/after clause under it ('leaking since April 20, when the rig
    exploded': the explosion is of April 20), nor a verb right after the phrase that the
    parser cut off from it ('since an April 20 explosion on a rig killed 11': the
    killing is the explosion's)."""
    chain = _governing(clause)
    k = next((j for j, h in enumerate(chain) if h.i == top.i), None)
    if k is None:
        return False
    for sub in chain[:k]:
        if sub.dep_ not in ("advcl", "conj"):
            continue
        if sub.left_edge.lower_ in TIME_MARKS or any(
                ch.dep_ in ("mark", "advmod") and ch.lower_ in TIME_MARKS for ch in sub.children):
            return False
        if sub.i == since.right_edge.i + 1:
            return False
    return True


def _since_object(doc: Doc, t: Timex, c: Candidate) -> bool:
    """Whether ``t`` dates the start of a span the event holds over, not the event: it is
    the object of the preposition 'since' on the event's clause or noun ('has leaked since
    20 April', 'the leak since April'; also in a noun phrase after it: 'since the earthquake
    11 days ago', 'since the April 20 explosion'), or the date of a 'since' clause under a
    perfect one ('have been killed since the war began in 2014'; 'Since BP admitted on
    Monday ..., its shares fell' is a cause). A date in the event's own phrase or clause
    is its own ('the war began in 2014' is the beginning's), as is one of a 'since' phrase
    the event stands in ('since a rig blew up on 20 April, killing 11': the killing's)."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    clause = _clause_head(c.head)
    own = {c.head.i} | ({c.noun.i} if c.noun is not None else set())
    mine = {h.i for h in _governing(clause)} | own
    x = span.root
    for _ in range(16):
        if x.i in own:
            return False
        if x.lower_ == "since" and x.dep_ == "prep":
            return not _inside(x, own) and not _a_first_since(x) and (
                x.head.i in own or _under_since(clause, _clause_head(x.head), x))
        if x.i == clause.i:
            # the parser hangs a noun's date on the verb: 'rescued since the earthquake 11
            # days ago' ('ago' on 'rescued'): the date just after a 'since' phrase is its
            return any(ch.lower_ == "since" and ch.dep_ == "prep" and ch.i < span.start
                       and ch.right_edge.i + 1 == span.start and not _a_first_since(ch)
                       for ch in x.children)
        if x.pos_ in ("VERB", "AUX") and x.dep_ == "advcl" and x.head.i in mine:
            mark = next((ch for ch in x.children if ch.dep_ == "mark"
                         and ch.lower_ == "since"), None)
            if mark is not None:
                return (not _inside(x, own) and not _a_first_since(mark)
                        and _perfect(x.head))
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def _not_after(value: str | None, dct: str) -> bool:
    """Whether a date's year is not after the article's ('since 1998' in a 2010 article)."""
    return value is not None and value[:4].isdigit() and value[:4] <= dct[:4]


def _own_time(dated: Dated, t: Timex, how: str, doc: Doc, c: Candidate) -> EventTime:
    """:func:`_time`, but from ``t`` to the article's date when ``t`` is the object of
    'since' (:func:`_since_object`): how :data:`SINCE`."""
    got = _time(dated, t, how)
    if (got.end is None and got.timex == t.tid and got.how == how and dated.dct is not None
            and _not_after(t.value, dated.dct) and _since_object(doc, t, c)):
        return EventTime(t.value, t.tid, SINCE, end=dated.dct)
    return got


def anchorable(ann: Annotation, doc: Doc | None = None) -> Dated:
    """The article's timexes that can date an event and their ranges, found once per
    article, not per event; with the parse, also the dates that only name a thing
    (:func:`name_dates`)."""
    text = ann.article.text
    stamps = page_stamps(text, ann.timexes)
    ts = [t for t in ann.timexes if t.type in ANCHOR_TYPES and not _end_bound(text, t)
          and t.tid not in stamps]
    pairs = [(a, b) for a, b in zip(ts, ts[1:], strict=False) if is_range(text, a, b)]
    dct = ann.article.dct.isoformat() if ann.article.dct is not None else None
    names = name_dates(doc, [t for t in ts if not _label(text, t)]) if doc is not None else {}
    since = since_dates(doc, ts) if doc is not None else frozenset()
    scene = scene_dates(doc, ts) if doc is not None else frozenset()
    return Dated(ts, {a.tid: (a, b) for a, b in pairs}, {b.tid: (a, b) for a, b in pairs}, dct,
                 names, since, scene)


def scene_dates(doc: Doc, timexes: list[Timex]) -> frozenset[str]:
    """tids of the dates that only describe the subject of a sentence told in the present:
    a phrase or a participle clause on the subject noun ('satellite images from 23 March
    show debris', 'images captured on 23 March show'). The sentence tells the present, the
    day of the telling; the date is the thing's, no narrative's time, so when it is its
    paragraph's last date the paragraph carries no date on: 'The agency heads a team
    supporting the inquiry' after it is not of 23 March. (A date on any noun of such a
    sentence, 'nothing is found in the area of the signals heard on 5 April', was tried:
    it split merges of the ukraine tellings; bench/eval_st_dating.py.)"""
    out: set[str] = set()
    for t in timexes:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        noun = _described_noun(span)
        if noun is None:
            continue
        v = _clause_head(noun)
        if (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == v.i
                and v.pos_ in ("VERB", "AUX") and not span.start <= v.i < span.end
                and v.tag_ in ("VBZ", "VBP") and _tense(v) == "present"):
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
    'since the operation began on 8 July', 'since the truce collapsed the week before'):
    the start of a span that runs to the time of telling, not a time the paragraph's
    narrative is in, so no later event of the paragraph takes it (:func:`_fallback`)."""
    out: set[str] = set()
    for t in timexes:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        x = span.root if span is not None else None
        for _ in range(12):
            if x is None:
                break
            if x.lower_ == "since" and x.dep_ == "prep":
                out.add(t.tid)
                break
            if x.pos_ in ("VERB", "AUX"):  # the date's clause: a 'since' clause?
                if any(ch.dep_ == "mark" and ch.lower_ == "since" for ch in x.children):
                    out.add(t.tid)
                break
            x = None if x.head.i == x.i else x.head
    return frozenset(out)


#: Dependencies by which a date is a modifier inside a noun's name ('the 1967 borders',
#: 'pre-1967 lines').
_NAME_DEPS = frozenset({"compound", "amod", "nummod", "nmod"})


def modified_noun(doc: Doc, t: Timex) -> Token | None:
    """The noun ``t`` directly modifies as a compound, adjective or number ('borders' of
    'the 1967 borders'; a noun compound passes up to its head), or None: also for a
    proper noun."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in _NAME_DEPS:
        return None
    h = span.root.head
    for _ in range(4):
        if h.dep_ != "compound" or h.head.i == h.i:
            break
        h = h.head
    h = _split_compound(h)
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
    :func:`phrase_dates`) and roles.json name_dates.timed_nouns ('the 2012 election':
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
                x.lemma_.lower() in occurrences for x in _later_conjuncts(t, n)):
            continue  # 'a May 3 pipeline rupture and plant fire' dates the fire
        out[t.tid] = n.i
    return out


def _timed_or_event(n: Token, timed: Container[str], occurrences: Container[str]) -> bool:
    lemma = n.lemma_.lower()
    return (lemma in timed or n.lower_ in timed or lemma in lexicon.nouns()
            or lemma in occurrences)


def anchor(
    ann: Annotation,
    doc: Doc,
    c: Candidate,
    sentence: tuple[int, int],
    dated: Dated,
    event_heads: frozenset[int] = frozenset(),
    phrase: dict[str, int] | None = None,
) -> EventTime:
    """EventTime for one candidate; ``how`` records which rule chose the anchor.
    ``dated`` is :func:`anchorable` of ``ann``; ``event_heads`` are the token indexes of
    the heads of the sentence's events (a date in another event's clause is that event's);
    ``phrase`` is :func:`phrase_dates` of the sentence (a date in an event noun's phrase,
    'the April 20 rig blast', dates that noun and no other event: not the clause's 'head to
    Louisiana on Friday' the blast stands in, nor that clause by April 20)."""
    text = ann.article.text
    in_sent = [t for t in dated.timexes if sentence[0] <= t.start < sentence[1]]
    if dated.names:
        # 'withdrawal to the 1967 borders' did not happen in 1967; 'the 1967 borders were
        # drawn' did (the trigger's own noun keeps a date of its name)
        own_noun = {c.head.i} | ({c.noun.i} if c.noun is not None else set())
        in_sent = [t for t in in_sent if dated.names.get(t.tid, -1) in own_noun
                   or t.tid not in dated.names]
    since_np: list[Timex] = []
    if phrase:
        own = {c.noun.i} if c.noun is not None else {c.head.i} if c.is_noun else set()
        hosts = {i for v in phrase.values() for i in (v, *(x.i for x in doc[v].conjuncts))}
        host = _relative_host(_clause_head(c.head), hosts)
        if host is not None:
            own.add(host)  # 'the April 20 rig blast that killed 11': the blast's date
        # a date before the first of coordinated nouns dates them all: 'an April 20 blowout
        # and explosion' (not 'the blowout on April 20 and the explosion')
        firsts = {_first_conjunct(doc[i]).i for i in own} - own
        mine_np = ([t for t in in_sent if phrase.get(t.tid) in own]
                   or [t for t in in_sent if phrase.get(t.tid) in firsts
                       and t.end <= doc[phrase[t.tid]].idx])
        if mine_np:
            return _own_time(dated, mine_np[0], "clause", doc, c)
        # 'has leaked since the April 20 explosion': from the explosion's date on, unless
        # the clause has a date of its own
        since_np = [t for t in in_sent if t.tid in phrase and _since_object(doc, t, c)]
        in_sent = [t for t in in_sent if t.tid not in phrase or _shares_time(doc[phrase[t.tid]])]
    if _cause(c) and ann.article.dct is not None:
        return EventTime(ann.article.dct.isoformat(), None, "dct-past")
    if _relative_to(c):
        # 'told on Tuesday, hours before the explosion': Tuesday is not the explosion's;
        # a date in its own relative clause is ('since the explosion that set off the
        # spill on 20 April'); nor is the paragraph's, which tells what came after it
        in_rel = _in_own_clause(doc, c.head, in_sent)
        if in_rel is not None:
            return _time(dated, in_rel, "clause")
        return _fallback(ann, c, dated, sentence, True)
    # nor does a cause's date date the rest: 'arrested two men for the April 2 bombing'
    in_sent = [t for t in in_sent if not _dates_a_cause(doc, t)]
    # Crawled factboxes often lose their line breaks, so one 'sentence' runs across
    # entries ("3 May : platform catches fire , injuring 6 crew 9 May : Navy widens search"):
    # the entry date before an act is its date; one after it heads the next entry.
    labels = [t for t in in_sent if _label(text, t)]
    if labels:
        heading = [t for t in labels if t.end <= c.head.idx]
        if heading:
            return _time(dated, heading[-1], "label")
        in_sent = [t for t in in_sent if t not in labels]
    clause = _clause_head(c.head)
    governing = _governing(clause)
    mine = {h.i for h in governing}
    heads: dict[int, list[Timex]] = {}
    nested: set[str] = set()  # timexes inside a relative clause
    owned: set[str] = set()  # timexes in the clause of another event of the sentence
    below: set[str] = set()  # timexes in a clause under the event's own
    for t in in_sent:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            chain = _governing(_clause_head(span.root))
            heads.setdefault(chain[0].i, []).append(t)
            if chain[-1].dep_ in ("relcl", "acl"):
                nested.add(t.tid)
            if chain[0].i in event_heads and chain[0].i not in mine:
                owned.add(t.tid)
            if _reported_under(chain, clause):
                below.add(t.tid)
    # Up the clause chain: in "agreed on Monday on a deal ..., offering a raise"
    # the offer is Monday's, not the date of a relative clause nearer to it
    # ("a strike which began on March 3").
    for head in governing:
        if head.i in heads:
            # 'will visit on Tuesday, ... since March 2': the clause's own date first
            ts = heads[head.i]
            t = next((x for x in ts if not _since_object(doc, x, c)), ts[0])
            return _own_time(dated, t, "clause", doc, c)
    if since_np:
        return _own_time(dated, since_np[0], "clause", doc, c)
    # A date in a clause under the event's own dates what that clause says: 'the toll rose
    # to 1,441, meaning this was deadlier than the conflict in 2008' did not rise in 2008.
    had_dates = bool(in_sent)
    in_sent = [t for t in in_sent if t.tid not in below]
    if in_sent:
        # Nearest, but a date inside a relative clause ("which began on March 3")
        # only when the sentence has no other, and then first one that no other event
        # of the sentence holds: in "The agreement reached in January ... called for a
        # ceasefire freeing the hostages abducted in the Oct. 7 attack" the call is
        # January's; Oct. 7 is the abduction's.
        # A 'since' date inside a relative clause starts that clause's span, nobody else's:
        # in 'police arrested 40 workers, the most since the strike began on 3 March' the
        # arrests are not of 3 March.
        in_sent = [t for t in in_sent if t.tid not in nested or t.tid not in dated.since]
        main = ([t for t in in_sent if t.tid not in nested]
                or [t for t in in_sent if t.tid not in owned] or in_sent)
        # 'A truce was agreed, starting on 1 August' (the article of 31 July): the start is
        # planned, the agreement told as done; not dated after the article (:func:`_fits`)
        main = [t for t in main if _fits(c, t, dated.dct)]
        if main:
            best = min(main, key=lambda t: abs(t.start - c.head.idx))
            return _own_time(dated, best, "sentence", doc, c)
    return _fallback(ann, c, dated, sentence, had_dates)


def _past_act(c: Candidate) -> bool:
    """Whether an event is told as having happened by the time of telling: asserted or
    reported (not planned, requested or hedged), its clause in the past tense or the
    perfect ('were detained', 'has agreed'), or a bare past participle on a noun
    ('infrastructure destroyed in the war')."""
    if c.modality not in ("asserted", "reported") or c.hedged:
        return False
    v = _clause_head(c.head)
    if v.pos_ not in ("VERB", "AUX"):
        return False
    if _tense(v) == "past" or _perfect(v):
        return True
    return (v.tag_ == "VBN" and v.dep_ in ("acl", "amod")
            and not any(ch.dep_ in ("aux", "auxpass") for ch in v.children))


def _fits(c: Candidate, t: Timex, dct: str | None) -> bool:
    """Whether a date the event's own clause does not give (its sentence's nearest, its
    paragraph's last) can date it: not one after the article's date for an act told as
    having happened (:func:`_past_act`): in 'The council set a vote for 20 May. Police
    detained twelve activists.' (an article of 10 May) no one was detained on 20 May."""
    if dct is None:
        return True
    span = date_span(t.value)
    return span is None or span[0] <= date.fromisoformat(dct[:10]) or not _past_act(c)


#: DATE values coarser than a year: a millennium, century or decade (TIMEX3 "1", "11", "199").
_COARSE = re.compile(r"\d{1,3}$")


def _fallback(
    ann: Annotation, c: Candidate, dated: Dated, sentence: tuple[int, int], had_dates: bool
) -> EventTime:
    """No date of the event's own sentence: the paragraph's last, else the DCT with the
    tense of its clause."""
    para = _paragraph_start(ann.article.text, c.head.idx)
    # the paragraph's last date carries a narrative on; a sentence whose own dates all
    # belong to what it reports ('warned that winds later this week could ...') has moved
    # off that narrative, so the article's date with the tense serves better
    # ('now' earlier in the paragraph carries no day on: :data:`REF_HOW`)
    # a decade or century ('the 12th century' 11, 'the 1990s' 199) sets a scene, not a
    # narrative's time: carried on, every later event of a paragraph on medieval history
    # was dated to the 1100s
    # a date a span is told from ('since 8 July') is no narrative's time either; and the
    # narrative's time does not carry to an act told as done when it is after the
    # article's date (:func:`_fits`): nor does an earlier date, which the narrative left
    before: list[Timex] = [] if had_dates else [
        t for t in dated.timexes
        if para <= t.start < sentence[0] and (t.value or "") not in REF_HOW
        and t.tid not in dated.names and t.tid not in dated.since
        and not _COARSE.match(t.value or "")]
    # the paragraph's last date describing a thing of a sentence told in the present
    # (:func:`scene_dates`): the narrative has come to the day of the telling
    if before and before[-1].tid not in dated.scene and _fits(c, before[-1], dated.dct):
        return _time(dated, before[-1], "paragraph")
    dct = ann.article.dct
    if dct is None:
        return EventTime(None, None, "none")
    tense = _tense(_clause_head(c.head))
    return EventTime(dct.isoformat(), None, "dct" if tense == "present" else f"dct-{tense}")


#: How a date an event's own words give was found (its phrase or clause, its sentence, the
#: entry it heads), and how one taken from an earlier mention of the event is marked.
OWN_DATE = frozenset({"clause", "sentence", "label"})
ANTECEDENT = "antecedent"


def back_reference(c: Candidate) -> bool:
    """Whether a candidate is an event noun with a determiner that refers back ('the
    explosion', 'this outbreak'; roles.json back_reference), not a new one ('an explosion')."""
    noun = c.noun if c.noun is not None else c.head if c.is_noun else None
    if noun is None:
        return False
    if noun.i != c.head.i and (c.rule.startswith("reverse:")
                               or c.head.lemma_.lower() in lexicon.roles().phase_verbs):
        # 'ending the war', 'continuing the war': a new phase of the event, not the event
        # as it began, so the war's first date is not theirs
        return False
    dets = lexicon.roles().back_reference
    return any(ch.dep_ == "det" and ch.lower_ in dets for ch in noun.children)


def event_kinds(c: Candidate) -> tuple[str, ...]:
    """What makes two mentions of an article one event for :func:`by_antecedent`: the word
    ('the explosion' coded ASSAULT / 'the April 20 explosion' an occurrence), and for an
    occurrence its class ('the April 20 explosion' / 'the blast')."""
    noun = c.noun if c.noun is not None else c.head
    occ = occurrence_class(c.root, c.rule)
    word = f"w:{noun.lemma_.lower()}"
    return (word, occ) if occ is not None else (word,)


#: A date to the week or finer: 'the April 20 explosion', 'exploded last week'; not 'the
#: 1989 oil spill' or a month, which name another instance as often as this one.
_FINE = re.compile(r"\d{4}-(?:\d{2}-\d{2}|W\d{2})(?:[-T]|$)")


def by_antecedent(
    events: list[Event], refs: set[str], kinds: dict[str, tuple[str, ...]]
) -> list[Event]:
    """Events of one article, each back-reference (``refs``: event ids) dated only by its
    paragraph or the article's date given the date of the nearest earlier mention sharing
    a kind with it (``kinds``: event id -> :func:`event_kinds`) that has a date of its own
    to the week or finer (:data:`_FINE`) or took one
    this way; how: 'antecedent'."""
    if not refs:
        return events
    dated: dict[str, tuple[int, EventTime]] = {}  # kind -> (where, its latest date so far)
    out: dict[str, Event] = {}
    for ev in sorted(events, key=lambda e: (e.start, e.end)):
        ks = kinds.get(ev.id, ())
        t = ev.time
        if ev.id in refs and t.how not in OWN_DATE and t.how not in ("none", SINCE):
            found = [dated[k] for k in ks if k in dated]
            if found:
                got = max(found, key=lambda x: x[0])[1]
                t = EventTime(got.value, got.timex, ANTECEDENT, got.end)
                ev = replace(ev, time=t)
        if t.value and _FINE.match(t.value) and (t.how in OWN_DATE or t.how == ANTECEDENT):
            for k in ks:
                dated[k] = (ev.start, t)
        out[ev.id] = ev
    return [out[e.id] for e in events]


def relative_host(c: Candidate, nouns: frozenset[int]) -> int | None:
    """The token of the event noun (of ``nouns``) a verb's relative clause is on ('the
    explosion that killed 11 workers': 'explosion'), or None."""
    if c.is_noun:
        return None
    return _relative_host(_clause_head(c.head), set(nouns))


def by_host(events: list[Event], hosts: dict[str, list[str]]) -> list[Event]:
    """Events of one article, each act of a relative clause on an event noun ('the explosion
    that killed 11 workers'; ``hosts``: event id -> the noun's event ids) that no words of
    its own clause or sentence date given the noun's date when words date the noun (its own,
    or an earlier mention's: :func:`by_antecedent`): the killing is the explosion's."""
    if not hosts:
        return events
    by_id = {e.id: e for e in events}
    out = []
    for ev in events:
        # not over a date its words name, even one of no day ('now hitting the coast')
        if ev.id in hosts and ev.time.how not in OWN_DATE and (
                ev.time.timex is None or ev.time.how == "paragraph"):
            dated_hosts = [by_id[h].time for h in hosts[ev.id]
                           if h in by_id and (by_id[h].time.how in OWN_DATE
                                              or by_id[h].time.how == ANTECEDENT)]
            if dated_hosts:
                ev = replace(ev, time=dated_hosts[0])
        out.append(ev)
    return out
