"""Regret for an act, coded by whose act it is (roles.json regrets): an apology (SUPPORT,
CAMEO 055) for one's own act or an act with no other doer named, blame (ACCUSE, CAMEO 111) for
another party's. The lexicon alone cannot tell 'regretted the incident' (its own shooting) from
'regretted Orlund's refusal' (another's act): the doer is read from the act the regret is for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.entities import state_of
from dateline.events import lexicon
from dateline.events.candidate import ACTOR_ENTS, Candidate
from dateline.events.dependents import prep_objects
from dateline.events.kids import kids_of
from dateline.events.noun_candidates import possessor

if TYPE_CHECKING:
    from spacy.tokens import Token

STEM = 5  # letters a state's name and its demonym share ('Orlund', 'Orlundi')


def reroot_regrets(cands: list[Candidate]) -> list[Candidate]:
    """Give each regret candidate its root by whose act is regretted (in place)."""
    words = lexicon.roles().regret_words
    for c in cands:
        word = c.noun if c.noun is not None else c.head
        if word.lemma_.lower() not in words:
            continue
        who = _regretter(c.head)
        other = (any(_another_doer(a, who) for a in _regretted(word, c.head))
                 or _blaming(c, cands))
        c.root = "ACCUSE" if other else "SUPPORT"
        c.rule += "+regret_other" if other else "+regret_own"
    return cands


def _blaming(c: Candidate, cands: list[Candidate]) -> bool:
    """A blame told beside the regret ('expressed regret over the collapse of the truce,
    blaming the rebels'): the act regretted is the blamed party's."""
    return any(x.root == "ACCUSE" and x is not c and x.head.dep_ in ("advcl", "conj")
               and x.head.head.i == c.head.i for x in cands)


def _regretted(word: Token, head: Token) -> list[Token]:
    """What is regretted: the verb's object or that-clause; the noun's for/over/at-object,
    on the noun or on its light verb ('expressed regret to X over the incident')."""
    if word.pos_ == "VERB":
        return [c for c in kids_of(word) if c.dep_ in ("dobj", "ccomp")]
    preps = lexicon.roles().regret_preps
    owners = [word] if head.i == word.i else [word, head]
    return [g for o in owners for p in kids_of(o) if p.dep_ == "prep" and p.lower_ in preps
            for g in kids_of(p) if g.dep_ in ("pobj", "pcomp")] + [
        c for c in kids_of(head) if c.dep_ == "ccomp"]


def _another_doer(act: Token, who: Token | None) -> bool:
    """A named doer of the act: its possessor ('Orlund's refusal', 'the Belvorian
    government's decision'), the subject of a clause ('that Veskara had chosen'), or a
    by-agent of another party than the regretter's ('the shooting of fishermen by Orlundi
    coastguards' regretted by Kestria); a pronoun ('its decision', 'by its coastguards')
    points back to the regretter."""
    if act.pos_ in ("VERB", "AUX"):
        doer = next((c for c in kids_of(act) if c.dep_ == "nsubj"), None)
        return doer is not None and _named(doer)
    doer = possessor(act)
    if doer is not None:
        return _named(doer)
    agent = next(iter(prep_objects(act, ("by",))), None)
    if agent is None or not _named(agent) or possessor(agent) is not None:
        return False
    return who is None or not _same_party(agent, who)


def _regretter(head: Token) -> Token | None:
    """The named subject of the regretting verb, or of the report verb over a pronoun
    ('the ministry said it regretted')."""
    t = head
    for _ in range(4):
        subj = next((c for c in kids_of(t) if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ != "PRON":
            return subj
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _same_party(a: Token, b: Token) -> bool:
    """Whether two named phrases name one party: one state by the states lexicon
    ('French navy', 'France'), or one name stem ('Veskaran artillery', 'Veskara's
    minister')."""
    wa = _names(a)
    wb = _names(b)
    states_a = {s for w in wa if (s := state_of(w))}
    if states_a & {s for w in wb if (s := state_of(w))}:
        return True
    return bool({w[:STEM].lower() for w in wa} & {w[:STEM].lower() for w in wb})


def _names(t: Token) -> list[str]:
    return [x.text for x in t.subtree if x.pos_ == "PROPN" or x.ent_type_ in ACTOR_ENTS]


def _named(t: Token) -> bool:
    if t.pos_ == "PRON":
        return False
    return (t.pos_ == "PROPN" or t.ent_type_ in ACTOR_ENTS
            or any(c.dep_ in ("amod", "compound")
                   and (c.ent_type_ in ACTOR_ENTS or c.pos_ == "PROPN") for c in kids_of(t)))
