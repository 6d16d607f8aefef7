"""A date that is the start of a span the event holds over, not the event's own time: the
object of 'since' on the event's clause or noun ('has leaked since 20 April'), or the date of
a 'since' clause under a perfect one ('have been killed since the war began in 2014')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.anchor.syntax import (
    TIME_MARKS,
    clause_head,
    governing_clauses,
    is_perfect,
    timex_span,
)
from dateline.events.kids import kids_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.events.detect import Candidate
    from dateline.model import Timex


#: How an event is dated that holds from a date its words give until the article's date:
#: 'has been talking with regulators since 1998', 'have been killed since the war began in
#: 2014' (value 1998, end the article's date): the date is the object of 'since', not when
#: the event happened.
SINCE = "since"


_FIRST = frozenset({"first", "last", "time"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _a_first_since(since: Token) -> bool:
    """'the first time since 2008', 'trading at its weakest point since 1994', 'the highest
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
    parser cut off from it ('since a Sept. 9 blast at a mine killed 7': the
    killing is the explosion's)."""
    chain = governing_clauses(clause)
    k = next((j for j, h in enumerate(chain) if h.i == top.i), None)
    if k is None:
        return False
    for sub in chain[:k]:
        if sub.dep_ not in ("advcl", "conj"):
            continue
        if sub.left_edge.lower_ in TIME_MARKS or any(
                ch.dep_ in ("mark", "advmod") and ch.lower_ in TIME_MARKS for ch in kids_of(sub)):
            return False
        if sub.i == since.right_edge.i + 1:
            return False
    return True


def since_object(doc: Doc, t: Timex, c: Candidate) -> bool:
    """Whether ``t`` dates the start of a span the event holds over, not the event: it is
    the object of the preposition 'since' on the event's clause or noun ('has leaked since
    20 April', 'the leak since April'; also in a noun phrase after it: 'since the quake
    11 days ago', 'since the April 20 explosion'), or the date of a 'since' clause under a
    perfect one ('have been killed since the war began in 2014'; 'Since BP admitted on
    Monday ..., its shares fell' is a cause). A date in the event's own phrase or clause
    is its own ('the war began in 2014' is the beginning's), as is one of a 'since' phrase
    the event stands in ('since a tanker caught fire on 20 April, killing nine': the killing's)."""
    span = timex_span(doc, t)
    if span is None:
        return False
    clause = clause_head(c.head)
    own = {c.head.i} | ({c.noun.i} if c.noun is not None else set())
    mine = {h.i for h in governing_clauses(clause)} | own
    x = span.root
    for _ in range(16):
        if x.i in own:
            return False
        if x.lower_ == "since" and x.dep_ == "prep":
            return not _inside(x, own) and not _a_first_since(x) and (
                x.head.i in own or _under_since(clause, clause_head(x.head), x))
        if x.i == clause.i:
            # the parser hangs a noun's date on the verb: 'rescued since the quake 11
            # days ago' ('ago' on 'rescued'): the date just after a 'since' phrase is its
            return any(ch.lower_ == "since" and ch.dep_ == "prep" and ch.i < span.start
                       and ch.right_edge.i + 1 == span.start and not _a_first_since(ch)
                       for ch in kids_of(x))
        if x.pos_ in ("VERB", "AUX") and x.dep_ == "advcl" and x.head.i in mine:
            mark = next((ch for ch in kids_of(x) if ch.dep_ == "mark"
                         and ch.lower_ == "since"), None)
            if mark is not None:
                return (not _inside(x, own) and not _a_first_since(mark)
                        and is_perfect(x.head))
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def runs_to_now(verb: Token) -> bool:
    """Whether a perfect clause is told as running up to the telling by an adverb of
    roles.json runs_to_now on its verb ('has since spread', 'have so far killed 40', 'has
    killed 40 to date'; a 'since' with an object or a clause of its own names a start, see
    :func:`since_object`): a date of another clause starts that span, it is not its time."""
    if not is_perfect(verb):
        return False
    words = lexicon.roles().now_adverbs
    return any(ch.dep_ in ("advmod", "prep") and ch.right_edge.i - ch.left_edge.i < 2
               and " ".join(t.lower_ for t in ch.subtree) in words for ch in kids_of(verb))


def year_not_after(value: str | None, dct: str) -> bool:
    """Whether a date's year is not after the article's ('since 1998' in a 2010 article)."""
    return value is not None and value[:4].isdigit() and value[:4] <= dct[:4]
