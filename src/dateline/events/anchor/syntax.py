"""What the parse says about where a word stands: the clause it belongs to and the clauses
above it, whether a clause reports another or shares its time, the noun a date's phrase is
on, the relative clause on an event noun, a clause's tense."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.kids import kids_of

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.tokens import Doc, Span, Token

    from dateline.model import Timex


#: Subordinators that tie a clause's time to its governor's ('since', 'after', 'when').
TIME_MARKS = frozenset({"since", "after", "before", "when", "whenever", "while", "as",
                        "until", "till", "once"})


def timex_span(doc: Doc, t: Timex) -> Span | None:
    """The tokens a date covers, widened to whole tokens ('mid-May' inside 'mid-May's'),
    or None when it covers none: the one place the anchor rules look a date up in the
    parse."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def timex_spans(doc: Doc, timexes: Iterable[Timex]) -> Iterator[tuple[Timex, Span]]:
    """Each of ``timexes`` that covers tokens, in order, with its span (:func:`timex_span`)."""
    for t in timexes:
        span = timex_span(doc, t)
        if span is not None:
            yield t, span


def clause_head(tok: Token) -> Token:
    """Nearest verb at or above a word: the clause it belongs to."""
    t = tok
    for _ in range(30):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def governing_clauses(clause: Token) -> list[Token]:
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
        t = clause_head(t.head)
        out.append(t)
    return out


def reported_under(chain: list[Token], clause: Token) -> bool:
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
            marks = {c.lower_ for c in kids_of(sub) if c.dep_ == "mark"}
            # the parser also hangs a fronted 'when' on its clause as an adverb
            fronted = {c.lower_ for c in kids_of(sub) if c.dep_ == "advmod" and c.i < sub.i}
            if (marks | fronted) & TIME_MARKS:
                continue  # 'seeping since the tanker blew up on 9 Sept.': tied in time
            if marks or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(sub)):
                return True
    return False


#: Dependencies that keep a word inside its noun's phrase ('the April 20 rig blast',
#: "last week's explosion", 'the explosion on 20 April').
_IN_PHRASE = frozenset({"compound", "nmod", "poss", "amod", "npadvmod", "nummod", "pobj",
                        "prep", "case", "det", "quantmod", "appos"})


def split_compound(n: Token) -> Token:
    """The noun a noun stands before as a compound when the parser left that one unattached
    ('an April 20 well blowout': 'well' the object, 'blowout' a bare 'dep'), else itself."""
    for _ in range(3):
        nxt = n.doc[n.i + 1] if n.i + 1 < len(n.doc) else None
        if nxt is None or nxt.pos_ != "NOUN" or nxt.dep_ != "dep" or n.pos_ != "NOUN":
            break
        n = nxt
    return n


def first_conjunct(n: Token) -> Token:
    """The first of the nouns ``n`` is coordinated with ('fire' of 'a March 4 collapse and
    fire' is a conjunct of 'collapse'), else ``n``."""
    for _ in range(4):
        if n.dep_ != "conj" or n.head.i == n.i or n.head.pos_ not in ("NOUN", "PROPN"):
            break
        n = n.head
    return n


def top_conjunct(v: Token, limit: int = 5) -> Token:
    """The first of the clauses ``v`` is coordinated with ('fled' of 'struck and fled'),
    else ``v``: a conjunct shares its first clause's place (main, reported, ...)."""
    for _ in range(limit):
        if v.dep_ != "conj" or v.head.i == v.i:
            break
        v = v.head
    return v


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
            return split_compound(h)
        t = h
    return None


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Prepositions whose event noun's time is the clause's ('died in the Sept. 9 blast').
_DURING = frozenset({"in", "during", "at", "amid", "amidst", "on"})


def shares_time(noun: Token) -> bool:
    """Whether the clause an event noun stands in happens at the noun's own time: the noun is
    its subject ('the Sept. 9 blast killed 7 miners') or the object of in/during/at
    ('nine miners perished in the April 20 blast'); not after 'since', 'for', 'after' or as an
    object ('shares fell sharply after the April 20 blast', 'blamed failures for it')."""
    if noun.dep_ in _SUBJECTS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in _DURING


def relative_clause_host(clause: Token, nouns: set[int]) -> int | None:
    """The noun of ``nouns`` a relative clause (or a conjunct of one) describes: 'the blast
    that sank the rig and killed 11' -> 'blast'; the parser may hang the clause on a noun
    inside the event noun's phrase ('the blast at the mine, which killed 7')."""
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


def later_conjuncts(t: Timex, n: Token) -> list[Token]:
    """The nouns coordinated after ``n`` that a date standing before ``n`` also covers ('a
    May 3 rupture and fire': 'fire'); none when the date follows ``n`` ('the rupture on May
    3 and a fire')."""
    return [x for x in n.conjuncts if x.i > n.i] if t.end <= n.idx else []


def tense_of(tok: Token) -> str:
    aux = {c.lower_ for c in kids_of(tok) if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "would", "shall", "'ll"}:
        return "future"
    if tok.tag_ == "VBD" and not aux & {"has", "have"}:
        return "past"
    if aux & {"had", "did", "was", "were"}:
        return "past"
    return "present"


_PERFECT = frozenset({"has", "have", "had", "'ve"})


def is_perfect(verb: Token) -> bool:
    return any(ch.dep_ == "aux" and ch.lower_ in _PERFECT for ch in kids_of(verb))
