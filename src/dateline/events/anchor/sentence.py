"""Dating one event from its own words (:func:`anchor`): a date in the event noun's own
phrase, else the date heading its entry in a dated list, else the timex of its clause or of
a clause governing it, else the sentence's nearest that fits it, else :func:`.times.fallback_time`
(the paragraph's last date, else the article's date with the tense)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.events.anchor.dated import heads_list_entry
from dateline.events.anchor.nouns import (
    dates_a_cause,
    is_relative_anchor,
    names_a_cause,
    timex_in_own_clause,
)
from dateline.events.anchor.since import runs_to_now, since_object
from dateline.events.anchor.syntax import (
    clause_head,
    first_conjunct,
    governing_clauses,
    relative_clause_host,
    reported_under,
    shares_time,
    timex_spans,
)
from dateline.events.anchor.times import fallback_time, fits_event, own_time, time_on
from dateline.model import EventTime

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.events.anchor.dated import Dated
    from dateline.events.detect import Candidate
    from dateline.model import Annotation, Timex


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
    ``dated`` is :func:`.dated.anchorable` of ``ann``; ``event_heads`` are the token indexes of
    the heads of the sentence's events (a date in another event's clause is that event's);
    ``phrase`` is :func:`.nouns.phrase_dates` of the sentence (a date in an event noun's phrase,
    'the April 20 rig blast', dates that noun and no other event: not the clause's 'head to
    Louisiana on Friday' the blast stands in, nor that clause by April 20)."""
    in_sent = _sentence_dates(dated, c, sentence)
    since_np: list[Timex] = []
    if phrase:
        own = _own_phrase_date(doc, c, in_sent, phrase)
        if own is not None:
            return own_time(dated, own, "clause", doc, c)
        # 'has leaked since the April 20 explosion': from the explosion's date on, unless
        # the clause has a date of its own
        since_np = [t for t in in_sent if t.tid in phrase and since_object(doc, t, c)]
        in_sent = [t for t in in_sent if t.tid not in phrase or shares_time(doc[phrase[t.tid]])]
    if names_a_cause(c) and ann.article.dct is not None:
        return EventTime(ann.article.dct.isoformat(), None, "dct-past")
    if is_relative_anchor(c):
        return _relative_to_time(ann, doc, c, sentence, dated, in_sent)
    # nor does a cause's date date the rest: 'arrested two men for the April 2 bombing'
    in_sent = [t for t in in_sent if not dates_a_cause(doc, t)]
    heading, in_sent = _entry_label(ann.article.text, c, in_sent)
    if heading is not None:
        return time_on(dated, heading, "label")
    return _by_clause(ann, doc, c, sentence, dated, event_heads, in_sent, since_np)


def _entry_label(text: str, c: Candidate, in_sent: list[Timex]) -> tuple[Timex | None, list[Timex]]:
    """(the entry date heading the act, the sentence's other dates). Crawled factboxes often
    lose their line breaks, so one 'sentence' runs across entries ("3 May : platform catches
    fire , injuring 6 crew 9 May : Navy widens search"): the entry date before an act is its
    date; one after it heads the next entry and dates nothing here."""
    labels = [t for t in in_sent if heads_list_entry(text, t)]
    if not labels:
        return None, in_sent
    heading = [t for t in labels if t.end <= c.head.idx]
    if heading:
        return heading[-1], in_sent
    return None, [t for t in in_sent if t not in labels]


def _by_clause(ann: Annotation, doc: Doc, c: Candidate, sentence: tuple[int, int],
               dated: Dated, event_heads: frozenset[int], in_sent: list[Timex],
               since_np: list[Timex]) -> EventTime:
    """The time of an act by where the sentence's dates sit: the nearest clause up the
    chain that has one, the date its 'since' phrase names, the nearest date of the
    sentence not in a clause under the act's, else :func:`fallback_time`."""
    clause = clause_head(c.head)
    governing = governing_clauses(clause)
    now = runs_to_now(clause)
    if now:
        # 'appeared in May and has since reached 30 countries': the spread runs from the
        # first conjunct's date up to the telling; no clause above the conjunct dates it
        governing = governing[:next((k + 1 for k, h in enumerate(governing) if h.dep_ == "conj"),
                                    len(governing))]
    where = _where(doc, in_sent, clause, governing, event_heads)
    # Up the clause chain: in "agreed on Monday on a deal ..., offering a raise"
    # the offer is Monday's, not the date of a relative clause nearer to it
    # ("a strike which began on March 3").
    for head in governing:
        if head.i in where.heads:
            # 'will visit on Tuesday, ... since March 2': the clause's own date first
            ts = where.heads[head.i]
            t = next((x for x in ts if not since_object(doc, x, c)), ts[0])
            return own_time(dated, t, "clause", doc, c)
    if now and in_sent:  # nor does a date elsewhere in the sentence: the span runs to now
        return fallback_time(ann, c, dated, sentence, True)
    if since_np:
        return own_time(dated, since_np[0], "clause", doc, c)
    # A date in a clause under the event's own dates what that clause says: 'the toll rose
    # to 1,441, meaning this was deadlier than the conflict in 2008' did not rise in 2008.
    # a date of a comparison's standard counts too: 'the biggest spill since the 1989
    # wreck' was no time the paragraph's narrative came to (:mod:`.standards`)
    had_dates = bool(in_sent) or any(sentence[0] <= t.start < sentence[1]
                                     for t in dated.timexes if t.tid in dated.standards)
    best = _nearest(c, dated, [t for t in in_sent if t.tid not in where.below], where)
    if best is not None:
        return own_time(dated, best, "sentence", doc, c)
    return fallback_time(ann, c, dated, sentence, had_dates)


def _sentence_dates(dated: Dated, c: Candidate, sentence: tuple[int, int]) -> list[Timex]:
    """The dates of the event's sentence, less those that name a thing other than the
    event's own noun (:func:`.names.name_dates`) and those of a comparison's standard
    the event is not in."""
    in_sent = [t for t in dated.timexes if sentence[0] <= t.start < sentence[1]]
    if dated.names:
        # 'withdrawal to the 1967 borders' did not happen in 1967; 'the 1967 borders were
        # drawn' did (the trigger's own noun keeps a date of its name)
        own_noun = {c.head.i} | ({c.noun.i} if c.noun is not None else set())
        in_sent = [t for t in in_sent if dated.names.get(t.tid, -1) in own_noun
                   or t.tid not in dated.names]
    if dated.standards:
        # 'the Varrow Bay leak has overtaken the 1991 tanker spill': 1991 dates only what the
        # spill is compared with (:mod:`.standards`)
        mine = {c.head.i} | ({c.noun.i} if c.noun is not None else set())
        in_sent = [t for t in in_sent if t.tid not in dated.standards
                   or mine & dated.standards[t.tid]]
    return in_sent


def _own_phrase_date(
    doc: Doc, c: Candidate, in_sent: list[Timex], phrase: dict[str, int]
) -> Timex | None:
    """The date in the phrase of the event's own noun (``phrase``: :func:`.nouns.phrase_dates`), or
    of the event noun whose relative clause the event stands in."""
    own = {c.noun.i} if c.noun is not None else {c.head.i} if c.is_noun else set()
    hosts = {i for v in phrase.values() for i in (v, *(x.i for x in doc[v].conjuncts))}
    host = relative_clause_host(clause_head(c.head), hosts)
    if host is not None:
        own.add(host)  # 'the April 20 mine blast that left nine dead': the blast's date
    # a date before the first of coordinated nouns dates them all: 'an April 20 blowout
    # and explosion' (not 'the blowout on April 20 and the explosion')
    firsts = {first_conjunct(doc[i]).i for i in own} - own
    mine_np = ([t for t in in_sent if phrase.get(t.tid) in own]
               or [t for t in in_sent if phrase.get(t.tid) in firsts
                   and t.end <= doc[phrase[t.tid]].idx])
    return mine_np[0] if mine_np else None


def _relative_to_time(
    ann: Annotation, doc: Doc, c: Candidate, sentence: tuple[int, int], dated: Dated,
    in_sent: list[Timex],
) -> EventTime:
    """An event noun the clause's time is told relative to: 'told on Tuesday, hours before
    the explosion': Tuesday is not the explosion's; a date in its own relative clause is
    ('since the blast that started the leak on 20 April'); nor is the paragraph's,
    which tells what came after it."""
    in_rel = timex_in_own_clause(doc, c.head, in_sent)
    if in_rel is not None:
        return time_on(dated, in_rel, "clause")
    return fallback_time(ann, c, dated, sentence, True)


@dataclass
class _Where:
    """Where the dates of a sentence stand relative to an event's clause."""

    #: the head of each date's clause -> its dates, in order
    heads: dict[int, list[Timex]] = field(default_factory=dict)
    nested: set[str] = field(default_factory=set)  # timexes inside a relative clause
    owned: set[str] = field(default_factory=set)  # in the clause of another event of it
    below: set[str] = field(default_factory=set)  # in a clause under the event's own


def _where(
    doc: Doc, in_sent: list[Timex], clause: Token, governing: list[Token],
    event_heads: frozenset[int],
) -> _Where:
    """Sort the sentence's dates by the clause each stands in (:class:`_Where`)."""
    mine = {h.i for h in governing}
    out = _Where()
    for t, span in timex_spans(doc, in_sent):
        chain = governing_clauses(clause_head(span.root))
        out.heads.setdefault(chain[0].i, []).append(t)
        if chain[-1].dep_ in ("relcl", "acl"):
            out.nested.add(t.tid)
        if chain[0].i in event_heads and chain[0].i not in mine:
            out.owned.add(t.tid)
        if reported_under(chain, clause):
            out.below.add(t.tid)
    return out


def _nearest(c: Candidate, dated: Dated, in_sent: list[Timex], where: _Where) -> Timex | None:
    """The sentence's date nearest the event, but a date inside a relative clause ("which
    began on March 3") only when the sentence has no other, and then first one that no other
    event of the sentence holds: in "The agreement reached in January ... called for a
    ceasefire freeing the hostages abducted in the Oct. 7 attack" the call is January's;
    Oct. 7 is the abduction's."""
    # A 'since' date inside a relative clause starts that clause's span, nobody else's:
    # in 'police arrested 40 workers, the most since the strike began on 3 March' the
    # arrests are not of 3 March.
    in_sent = [t for t in in_sent if t.tid not in where.nested or t.tid not in dated.since]
    main = ([t for t in in_sent if t.tid not in where.nested]
            or [t for t in in_sent if t.tid not in where.owned] or in_sent)
    # 'A truce was agreed, starting on 1 August' (the article of 31 July): the start is
    # planned, the agreement told as done; not dated after the article (:func:`.times.fits_event`)
    main = [t for t in main if fits_event(c, t, dated.dct)]
    if not main:
        return None
    return min(main, key=lambda t: abs(t.start - c.head.idx))
