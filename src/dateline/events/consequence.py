"""What an act did, told by a verb with the act's noun as subject (roles.json subject_events
consequences): 'the raid left houses in ruins', 'three days of clashes claimed 40 lives', 'a
strike paralysed transport and closed banks'. The noun is the act, told done; the verb is its
effect, not the news: it stays a mention (dropping it lost the act a verb carried, 'prompted
accusations', from the stores) ranked after the act (cause_first). What the act set off or
made someone do is the news when it is an act ('sparked riots', 'prompted Kestria to recall
its ambassador'), as the gold codes a reaction over its cause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.candidate import ACTOR_ENTS, NOUN_POS, Candidate
from dateline.events.dependents import to_infinitive
from dateline.events.kids import kids_of
from dateline.events.light import ended_phrase
from dateline.events.senses import nominal_verb, noun_entry
from dateline.events.words import lookup_lemma, noun_key

if TYPE_CHECKING:
    from spacy.tokens import Token



def act_consequence(verb: Token) -> bool:
    """A verb of consequence with an act as subject, or the to-infinitive it governs."""
    words = lexicon.roles().consequence_verbs
    if (verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i and to_infinitive(verb)
            and lookup_lemma(verb.head) in words):
        return consequence_subject(verb.head) is not None
    return lookup_lemma(verb) in words and consequence_subject(verb) is not None


def consequence_verb(noun: Token) -> Token | None:
    """The verb of consequence telling what the act ``noun`` did ('the blockade has left the
    town without fuel', 'three days of clashes claimed 40 lives'): the act is told done."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ == "nsubj":
        verb = verb.head.head
    elif noun.dep_ != "nsubj":
        return None
    if lookup_lemma(verb) not in lexicon.roles().consequence_verbs:
        return None
    subj = consequence_subject(verb)
    return verb if subj is not None and subj.i == noun.i else None


def cause_first(ranked: list[Candidate]) -> list[Candidate]:
    """An act whose effect a verb of consequence tells goes right before that verb's
    candidate and the to-infinitive it makes someone do: kept as mentions, they are what
    the act did, not the news. An act it set off (roles.json subject_events provocations:
    'the arrest sparked protests') or made someone do ('prompted Kestria to recall its
    ambassador') is the news, as the gold codes a reaction over its cause: it goes first."""
    provoking = lexicon.roles().provocation_verbs
    for c in [c for c in ranked if c.is_noun]:
        verb = consequence_verb(c.head)
        if verb is None:
            continue
        i = ranked.index(c)
        j = next((k for k, r in enumerate(ranked) if _told_by(r.head, verb)), None)
        if j is not None and j < i:
            ranked.insert(j, ranked.pop(i))
            i = j
        news = next((k for k, r in enumerate(ranked) if _made_to_do(r, verb) or (
            lookup_lemma(verb) in provoking and _set_off(r, verb))), None)
        if news is not None and news > i:
            ranked.insert(i, ranked.pop(news))
    return ranked


def halted_last(ranked: list[Candidate]) -> list[Candidate]:
    """An act noun told stopped by an intransitive verb ('trade ground to a halt after
    Orlund imposed an embargo', 'aid deliveries stalled'; roles.json subject_events halted)
    is no act done and has no doer: it goes after the others, which stay in their order.
    So does a verb candidate of that verb ('oil exports stopped after strikers occupied the
    terminal', read as an ending verb or as withholding): no one stopped them. A protest
    that 'came to an end' (light.ended_phrase) was called off: that act stays in place."""
    stopped = [c for c in ranked
               if (_halted(c.head) if c.is_noun
                   else _halted_subject(c.head) and not ended_phrase(c.head))]
    return [c for c in ranked if c not in stopped] + stopped if stopped else ranked


def _halted_subject(verb: Token) -> bool:
    """``verb`` tells its subject, an event noun, stopped ('grain exports stopped'); not a
    named party ('the World Food Programme stopped delivering food': it did the stopping)."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in kids_of(verb)):
        return False
    subj = next((c for c in kids_of(verb) if c.dep_ == "nsubj"), None)
    return (subj is not None and subj.ent_type_ not in ACTOR_ENTS
            and noun_key(subj) in lexicon.nouns() and _halted(subj))


def _halted(noun: Token) -> bool:
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.i == noun.i or any(c.dep_ == "dobj" for c in kids_of(verb)):
        return False
    r = lexicon.roles()
    return lookup_lemma(verb) in r.halted_verbs or any(
        g.lemma_.lower() in r.halted_states for p in kids_of(verb)
        if p.dep_ == "prep" and p.lower_ == "to" for g in kids_of(p) if g.dep_ == "pobj")


def _set_off(cand: Candidate, verb: Token) -> bool:
    """``cand`` is the act a verb of provocation's object names ('sparked protests', 'two
    days of rioting'), or the verb read with that noun ('prompted accusations')."""
    if cand.head.i == verb.i:
        return cand.noun is not None and cand.noun.dep_ == "dobj"
    objs = [o for o in kids_of(verb) if o.dep_ == "dobj"]
    return cand.head in objs or any(cand.head == _of_object(o) for o in objs)


def _made_to_do(cand: Candidate, verb: Token) -> bool:
    """``cand`` is an act the verb of consequence makes someone do ('the shelling prompted
    Kestria to recall its ambassador', 'forced the army to impose a curfew'): the reaction,
    which the gold codes over its cause; an effect that is no act ('forced villagers to
    flee') has no candidate, so the cause stays first."""
    tok = cand.head
    if tok.dep_ == "dobj" and cand.noun is not None and cand.noun.i == tok.i:
        tok = tok.head  # 'to lodge a formal protest': the noun behind its light verb
    return tok.dep_ == "xcomp" and tok.head.i == verb.i and to_infinitive(tok)


def _told_by(tok: Token, verb: Token) -> bool:
    """``tok`` is ``verb``, a verb joined to it ('paralysed the railways and closed banks')
    or a complement it governs ('forced the speaker to suspend')."""
    while tok.i != verb.i and tok.dep_ in ("conj", "xcomp", "ccomp") and tok.head.i != tok.i:
        tok = tok.head
    return tok.i == verb.i


def consequence_subject(verb: Token) -> Token | None:
    """The event noun that is the subject of ``verb`` (or of the verb it is joined to), the
    of-object of a container ('a wave of arrests', 'three days of clashes'); None when the
    subject is no act ('the army closed the road', 'the opposition disrupted the speech':
    'opposition' names an act only under a light verb of its own)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(verb)):
        verb = verb.head
    if any(c.dep_ == "ccomp" and not to_infinitive(c) for c in kids_of(verb)):
        return None  # 'papers were claiming that ...': a claim told, no effect of an act
    subj = next((c for c in kids_of(verb) if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in lexicon.roles().containers:
        subj = _of_object(subj)
    if subj is None or subj.pos_ not in NOUN_POS or subj.ent_type_ in ACTOR_ENTS:  # 'Strike' named
        return None
    if noun_key(subj) not in lexicon.nouns():
        if nominal_verb(subj) is not None and _of_object(subj) is not None:
            return subj  # 'the dissolution of the party', coded as its verb (light.nominal)
        inner = _of_object(subj)  # 'three days of clashes'
        return _act_noun(inner) if inner is not None else None
    return _act_noun(subj)


def _act_noun(noun: Token) -> Token | None:
    """``noun`` when it names an act by itself or told as announced."""
    if noun.pos_ not in NOUN_POS or noun.ent_type_ in ACTOR_ENTS:
        return None
    if noun_key(noun) not in lexicon.nouns():
        return None
    told = noun_entry(noun, None, need_standalone=False) or noun_entry(
        noun, lexicon.roles().headline_light, need_standalone=False)
    return noun if told is not None else None


def _of_object(noun: Token) -> Token | None:
    return next((g for p in kids_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
                 for g in kids_of(p) if g.dep_ == "pobj"), None)
