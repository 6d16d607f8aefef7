"""The names of an event's arguments and its place: the entity the stage found nearest
the argument's head word inside its phrase, so "Israeli forces" -> Israel and "he" -> the
person it refers to; the person a title stands beside, the teller a pronoun of reported
speech stands for, a direct quote's speaker for 'we' (:mod:`dateline.events.args` finds
the words)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.entities import (
    entities_starting,
    organisation_noun,
    owner_told,
    resolve_mention,
    state_modifier,
)
from dateline.entities.document import bracket_cut
from dateline.entities.resources import states, titles
from dateline.events import lexicon
from dateline.events.args import LOC_PREPS
from dateline.events.kids import kids_of
from dateline.model import Annotation, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.candidate import Candidate

FIRST_PERSON = frozenset({"i", "me", "we", "us"})
PHRASE_CUT = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "appos", "prep"})


def _phrase_bounds(tok: Token) -> tuple[int, int]:
    """Char span of a word's phrase: it and its modifiers, without clauses and conjuncts."""
    lo, hi = tok.idx, tok.idx + len(tok)
    stack = [tok]
    while stack:
        t = stack.pop()
        for ch in kids_of(t):
            own_of = ch.dep_ == "prep" and ch.lower_ == "of" and t.i == tok.i
            if ch.dep_ in PHRASE_CUT and not own_of:
                continue
            lo, hi = min(lo, ch.idx), max(hi, ch.idx + len(ch))
            stack.append(ch)
    return lo, hi


def name(ann: Annotation, tok: Token | None) -> str | None:
    """Canonical name for an argument word (entity nearest its head, else the phrase)."""
    if tok is None:
        return None
    lo, hi = _phrase_bounds(tok)
    last = _hyphen_end(tok)
    hi = max(hi, last.idx + len(last))
    # a name the word opens counts though the parse cuts it short ('pro-Russians' split at
    # its hyphens: the subject 'pro' stands for the whole name; 'the Department for Rural
    # Affairs' cut at 'for'); not one that begins before the phrase, a name run on into it
    # (each such entity starts in [lo, max(hi, tok.idx)]: the index finds them)
    inside = [e for e in entities_starting(ann, lo, max(hi, tok.idx) + 1)
              if e.end <= hi or e.start <= tok.idx < e.end]
    if (titled := _titled_person(ann, tok, inside)) is not None:
        return titled
    if organisation_noun(tok):
        # 'the Norlish carmaker' is a company, not Norland: a state word modifying an
        # organisation noun names no party ('Norlish troops' and 'the Norlish government' do);
        # a state owning it ('Norland's central bank') still speaks for the state
        inside = [e for e in inside if e.start <= tok.idx < e.end or not state_modifier(ann, e)]
    elif _place_group(tok):
        # 'two North Velk shrimpers sued': the people act, not their town
        inside = [e for e in inside if e.start <= tok.idx < e.end or not _place_modifier(ann, e)]
    if inside:
        best = min(inside, key=lambda e: (0 if e.start <= tok.idx < e.end else 1,
                                          abs(e.start - tok.idx), e.label == "NORP"))
        return best.canonical
    if tok.pos_ == "PRON":
        if tok.lower_ in FIRST_PERSON:
            return quoted_speaker(ann, tok.idx)
        if _in_direct_quote(ann, tok.idx):
            # 'they' and 'he' in a direct quote are whoever the speaker talks about, which
            # the nearest name before the quote (often the speaker's) seldom is
            return None
        teller = _reporter(tok)
        if teller is not None:
            return name(ann, teller)
        return resolve_mention(ann, tok.idx, tok.idx + len(tok))
    left = tok.left_edge.idx
    text = ann.article.text[left : last.idx + len(last)]
    words = [w for w in text.split() if w.lower() not in ("the", "a", "an")]
    lo, hi = bracket_cut(words)  # 'N -RRB-', 'Reuters -RRB- - Lawmakers': tokenised brackets
    return " ".join(words[lo:hi]) or None


def _place_group(tok: Token) -> bool:
    """A noun of people who act for themselves (roles.json place_groups: 'residents',
    'shrimpers', 'protesters') that no name covers."""
    heads = lexicon.roles().place_group_heads
    return not tok.ent_type_ and (tok.lower_ in heads or tok.lemma_.lower() in heads)


def _place_modifier(ann: Annotation, e: Entity) -> bool:
    """A place that is no state of the entities lexicon (a city, a region, a coast) told as
    a modifier ('North Velk shrimpers'), not as an owner ('North Velk's')."""
    return (e.label in ("GPE", "LOC", "FAC") and states().state_of(e.canonical) is None
            and not owner_told(ann, e))


def _hyphen_end(tok: Token) -> Token:
    """The last part of the hyphenated word a token opens when the parse split it into
    parts hung on one head ('pro-Norlanders' as 'pro', '-', 'Norlanders', all subjects of
    the verb); else the token itself."""
    doc, j = tok.doc, tok.i
    while (j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_
           and not doc[j + 1].whitespace_ and doc[j + 2].head.i == tok.head.i != tok.i
           and doc[j + 2].dep_ == tok.dep_):
        j += 2
    return doc[j]


def _titled_person(ann: Annotation, tok: Token, inside: list[Entity]) -> str | None:
    """The person a title noun stands beside as an apposition the parser split off ('Dana
    Roth, the Norlish president, visited ...': 'president' parsed as the subject): the
    person named right before the comma that opens the title's phrase, when a comma closes
    it too; None when the phrase names a person itself, the title follows no person, or
    nothing closes it (the title opens the clause after a phrase that ends in a name:
    'At the Evening Talk with Dana Roth, the Norlish president denied ...')."""
    if tok.pos_ != "NOUN" or tok.lower_ not in titles().titles:
        return None
    if any(e.label == "PERSON" for e in inside):
        return None
    left, right = tok.left_edge, tok.right_edge
    doc = tok.doc
    if left.i < 2 or doc[left.i - 1].text != "," or right.i + 1 >= len(doc) \
            or doc[right.i + 1].text != ",":
        return None
    comma = tok.doc[left.i - 1].idx
    before = [e for e in ann.entities if e.label == "PERSON" and comma - 1 <= e.end <= comma]
    return before[-1].canonical if before else None


_GROUP_SUBJECT = frozenset({"it", "they"})
_PERSON_SUBJECT = frozenset({"he", "she"})


def _reporter(pron: Token) -> Token | None:
    """Who a pronoun subject of reported speech is: the teller, when the teller is no
    pronoun and fits it: 'he'/'she' a named person or a title ('the minister said he would
    resign'; not 'the ministry'), 'it'/'they' no person ('Nordhaven Terminals said it had
    offered 4 percent'). News writes it so far more often than of a third party."""
    low = pron.lower_
    if pron.dep_ not in ("nsubj", "nsubjpass") or low not in _GROUP_SUBJECT | _PERSON_SUBJECT:
        return None
    clause = pron.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lexicon.roles().report:
        return None
    teller = next((c for c in kids_of(clause.head) if c.dep_ == "nsubj"), None)
    if teller is None or teller.pos_ == "PRON":
        return None
    person = teller.ent_type_ == "PERSON"
    if low in _PERSON_SUBJECT:
        # a named person or a title ('the minister': entities/titles.json); not 'the ministry'
        titled = teller.ent_type_ == "" and teller.lemma_.lower() in titles().titles
        return teller if person or titled else None
    if person or (low == "it" and teller.tag_ == "NNS"):  # a firm may be plural: "X Terminals"
        return None
    return teller


def names(ann: Annotation, actor: Token | None,
          target: Token | None) -> tuple[str | None, str | None]:
    """(actor, target) names. A pronoun target that resolves to the actor is left
    unknown ('Nordhaven denies it': 'it' is the claim, not Nordhaven); a reflexive one
    ('defend itself') is the actor, as written."""
    a, t = name(ann, actor), name(ann, target)
    if (t is not None and t == a and target is not None and target.pos_ == "PRON"
            and not target.lower_.endswith(("self", "selves"))):
        t = None
    return a, t


def _in_direct_quote(ann: Annotation, at: int) -> bool:
    return any(q.kind == "direct" and q.start <= at < q.end for q in ann.quotes)


def quoted_speaker(ann: Annotation, at: int) -> str | None:
    """'I' or 'we' inside a direct quote is its speaker ('"We will keep fighting," the
    minister said'); elsewhere the writer, who is no actor."""
    for q in ann.quotes:
        if q.kind == "direct" and q.start <= at < q.end and q.speaker:
            if q.speaker_start is not None and q.speaker_end is not None:
                return resolve_mention(ann, q.speaker_start, q.speaker_end) or q.speaker
            return q.speaker
    return None


def location(ann: Annotation, c: Candidate) -> str | None:
    """A place named by an in/at/near/across phrase of the trigger."""
    for t in (c.head, c.noun):
        if t is None:
            continue
        for p in kids_of(t):
            if p.dep_ != "prep" or p.lower_ not in LOC_PREPS:
                continue
            for g in kids_of(p):
                if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC"):
                    return name(ann, g)
    return None
