"""Event nouns whose date is not their clause's: one named as the cause of something ('in
retaliation for the raid'), one the clause's time is told relative to ('hours before the
explosion'); and the dates that stand in an event noun's own phrase ('the April 20 rig
blast'), which date that noun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.anchor.dated import heads_list_entry
from dateline.events.anchor.syntax import later_conjuncts, noun_of, timex_span, timex_spans
from dateline.events.kids import kids_of
from dateline.events.lexicon import HOSTILE_MATERIAL
from dateline.text import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.events.anchor.dated import Dated
    from dateline.events.detect import Candidate
    from dateline.model import Timex


def names_a_cause(c: Candidate) -> bool:
    """An event noun named as the cause of something ('sentences for deadly attacks', 'in
    retaliation for the raid'; roles.json causes): it happened before, so neither its
    clause's date nor its sentence's is its own."""
    return c.is_noun and is_cause(c.head)


def is_relative_anchor(c: Candidate) -> bool:
    """An event noun the clause's time is told relative to ('hours before the explosion';
    roles.json relative_to)."""
    n = c.head
    return c.is_noun and n.dep_ == "pobj" and n.head.lower_ in lexicon.roles().relative_preps


def timex_in_own_clause(doc: Doc, noun: Token, timexes: list[Timex]) -> Timex | None:
    """The first of ``timexes`` inside a relative clause on ``noun``."""
    spans = [(r.left_edge.i, r.right_edge.i) for r in kids_of(noun) if r.dep_ in ("relcl", "acl")]
    for t, span in timex_spans(doc, timexes):
        if any(lo <= span.root.i <= hi for lo, hi in spans):
            return t
    return None


def is_cause(n: Token) -> bool:
    """Whether a noun is named as a cause (:func:`names_a_cause`)."""
    for _ in range(4):  # 'for attacks and bombings': the first conjunct's preposition
        if n.dep_ != "conj" or n.head.i == n.i:
            break
        n = n.head
    r = lexicon.roles()
    return (n.dep_ == "pobj" and n.head.lower_ in r.cause_preps
            and n.head.head.lemma_.lower() in r.cause_governors)


def is_gerund_cause(v: Token) -> bool:
    """'arrested two students for protesting', 'killed two men for spying': a gerund after a
    cause preposition on a hostile verb tells the reason for the act, an earlier act of the
    target's, not one the sentence reports ('blamed X for looting' tells X's act: object
    control)."""
    r = lexicon.roles()
    if not (v.tag_ == "VBG" and v.dep_ == "pcomp" and v.head.lower_ in r.cause_preps):
        return False
    gov = v.head.head
    if gov.dep_ in ("dobj", "nsubjpass"):
        gov = gov.head  # 'killed two farmers for ...': the parser hangs 'for' on the object
    # the sense the verb is read in, not any sense of its lemma: 'slammed the rebels for
    # shelling' is a criticism (v.criticize), not 'rockets slammed into', so the shelling
    # is the rebels' act the sentence tells, as after 'criticised' (issue 4)
    from dateline.events.senses import verb_entry  # (senses imports the anchor's package)

    e = verb_entry(gov) if gov.pos_ in ("VERB", "AUX") else None
    if e is not None:
        return e.root in HOSTILE_MATERIAL
    return any(e.root in HOSTILE_MATERIAL for e in lexicon.verbs().get(gov.lemma_.lower(), ()))


def dates_a_cause(doc: Doc, t: Timex) -> bool:
    span = timex_span(doc, t)
    n = noun_of(span) if span is not None else None
    return n is not None and is_cause(n)


def phrase_dates(
    doc: Doc, sentence: tuple[int, int], dated: Dated, event_nouns: frozenset[int],
) -> dict[str, int]:
    """tid -> token index of the event noun (of ``event_nouns``) in whose phrase the date
    stands, for the dates of one sentence ('the April 20 rig blast': 'blast'). A date that
    heads a list entry or a caption ('March 26 : two premiers talk as the Oslen summit
    ends') is the whole entry's (:func:`.dated.heads_list_entry`), never one noun's: the
    parser may hang it on the nearest noun ('talk'), and the entry's other events (the
    summit) then lost it. The text is :func:`dateline.text.text_of`'s, kept on the doc:
    spaCy joins every token's text again at each read of ``doc.text``."""
    out: dict[str, int] = {}
    if not event_nouns:
        return out
    text = text_of(doc)
    for t in dated.timexes:
        if sentence[0] <= t.start < sentence[1] and not heads_list_entry(text, t):
            span = timex_span(doc, t)
            n = noun_of(span) if span is not None else None
            # 'a May 3 pipeline rupture and plant fire': the date hangs on the first noun
            # and dates the fire too
            if n is not None and (n.i in event_nouns or any(
                    x.i in event_nouns for x in later_conjuncts(t, n))):
                out[t.tid] = n.i
    return out
