"""What an act did, told by a verb with the act's noun as subject (roles.json subject_events
consequences): 'the raid left houses in ruins', 'three days of clashes claimed 40 lives', 'a
strike paralysed transport and closed banks'. The noun is the act, told done; the verb, and a
to-infinitive it makes someone do ('the walkout forced the speaker to suspend the session'),
is no act of its own: the speaker's suspending is the walkout's effect, not a coded act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.candidate import ACTOR_ENTS, NOUN_POS
from dateline.events.dependents import to_infinitive
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


def consequence_subject(verb: Token) -> Token | None:
    """The event noun that is the subject of ``verb`` (or of the verb it is joined to), the
    of-object of a container ('a wave of arrests', 'three days of clashes'); None when the
    subject is no act ('the army closed the road', 'the opposition disrupted the speech':
    'opposition' names an act only under a light verb of its own)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
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
    return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"), None)
