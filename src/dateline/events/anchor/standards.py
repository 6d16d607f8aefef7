"""Dates in the standard of a comparison: the object of a comparison verb ('has surpassed
the 1989 tanker spill'), the phrase or clause of 'than' ('bigger than the wreck of 1967'),
of 'since' after a superlative ('the worst spill since the collapse in 2006'). Such a date
is the compared thing's, not the time of the clause's event (roles.json
comparison_standards): it dates only the events inside the standard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.anchor.syntax import clause_head, tense_of, timex_spans
from dateline.events.kids import kids_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dateline.model import Timex


_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})


def standard_dates(doc: Doc, timexes: list[Timex], dct: str | None) -> dict[str, frozenset[int]]:
    """tid -> the token indexes of the standard, for each date inside a comparison's
    standard or hung on its verb right after it (:func:`_after_standard`)."""
    out: dict[str, frozenset[int]] = {}
    roles = lexicon.roles()
    for t, span in timex_spans(doc, timexes):
        std = _enclosing_standard(span, roles.standard_verbs, roles.standard_ordinals)
        if std is None and dct is not None and (t.value or "9") < dct:
            std = _after_standard(span, roles.standard_verbs, roles.standard_ordinals)
        if std is not None:
            out[t.tid] = std
    return out


def _enclosing_standard(span: Span, verbs: frozenset[str],
                        ordinals: frozenset[str]) -> frozenset[int] | None:
    """The standard the date stands in, up its phrase (and through relative clauses in
    it: 'than the spill that hit Lund in 1991'), else None."""
    x = span.root
    for _ in range(14):
        std = _standard_at(x, verbs, ordinals)
        if std is not None:
            return std
        if x.pos_ in ("VERB", "AUX") and x.dep_ not in ("relcl", "acl"):
            return None
        if x.head.i == x.i:
            return None
        x = x.head
    return None


def _standard_at(x: Token, verbs: frozenset[str],
                 ordinals: frozenset[str]) -> frozenset[int] | None:
    """The standard ``x`` heads, else None: 'than' and 'since' as a preposition (their
    phrase) or as a clause's subordinator (its clause), a comparison verb's object."""
    if x.pos_ in ("VERB", "AUX"):
        mark = next((c for c in kids_of(x) if c.dep_ == "mark"
                     and c.lower_ in ("than", "since")), None)
        if mark is not None and (mark.lower_ == "than" or _after_superlative(mark, ordinals)):
            return _indexes(x)
        return None
    if x.dep_ == "prep" and (x.lower_ == "than"
                             or (x.lower_ == "since" and _after_superlative(x, ordinals))):
        return _indexes(x)
    if x.head.lemma_.lower() in verbs and x.head.pos_ == "VERB" and (
            x.dep_ == "dobj" or (x.dep_ == "prep" and x.lower_ in ("with", "to"))):
        return _indexes(x)
    return None


def _after_superlative(since: Token, ordinals: frozenset[str]) -> bool:
    """'since' right after a superlative or an ordinal, or after a noun one modifies ('the
    worst since', 'the largest oil spill since', 'the first rise since'); not a span's
    start ('has leaked since April')."""
    if since.i == 0:
        return False
    # the word before it, and up its noun phrase: 'the first walkout at the plant since'
    words = [since.doc[since.i - 1]]
    for _ in range(4):
        w = words[-1]
        if w.dep_ not in ("pobj", "prep", "compound") or w.head.i == w.i:
            break
        words.append(w.head)
    words += [c for w in words if w.pos_ in ("NOUN", "PROPN") for c in kids_of(w)
              if c.dep_ == "amod"]
    return any(w.tag_ in _SUPERLATIVE_TAGS or w.lower_ in ordinals
               or any(c.lower_ == "most" for c in kids_of(w)) for w in words)


def _after_standard(span: Span, verbs: frozenset[str],
                    ordinals: frozenset[str]) -> frozenset[int] | None:
    """A date the parser hung on a verb in the present or the perfect right after a
    standard of its clause ('has surpassed the wreck off Cornwall in 1967', 'is bigger than
    the wreck in 1967'): the standard's, with the date's own phrase; a perfect takes no
    past date. Only the verb's prepositional phrases may stand between them."""
    prep = span.root.head
    if prep.dep_ != "prep" or span.root.dep_ != "pobj":
        return None
    v = prep.head
    if v.pos_ not in ("VERB", "AUX") or tense_of(v) != "present":
        return None
    # the standards of the verb's own clause: its object, a 'than' phrase on its
    # complement, a 'than' or 'since' clause under it
    words = [w for w in v.subtree if w.i < prep.i and w.i != v.i
             and (w.head.i == v.i if w.pos_ in ("VERB", "AUX") else clause_head(w).i == v.i)]
    stds = [s for s in (_standard_at(w, verbs, ordinals) for w in words)
            if s is not None and max(s) < prep.i]
    if not stds:
        return None
    std = max(stds, key=max)
    if not all(_verb_prep(v, span.doc[k]) for k in range(max(std) + 1, prep.i)):
        return None
    return std | _indexes(prep)


def _verb_prep(v: Token, w: Token) -> bool:
    """Whether ``w`` stands in a prepositional phrase hung on ``v`` ('off Cornwall')."""
    for _ in range(8):
        if w.head.i == v.i:
            return w.dep_ == "prep"
        if w.head.i == w.i:
            return False
        w = w.head
    return False


def _indexes(x: Token) -> frozenset[int]:
    return frozenset(w.i for w in x.subtree)
