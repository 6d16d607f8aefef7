"""An act told with its purpose ('have been on strike since March to demand higher prices',
'resorted to hostage-taking to press their demands'): the purpose to-clause is no act done,
the act it is the aim of is the news, as the gold codes 'staged demonstrations to demand'
PROTEST (bench/eval_plover.py, the multi-act convention). When that act is told by a noun,
the argument of the verb the purpose clause hangs on, the ranker's preference for verbs put
the purpose first; this puts it back after the act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.dependents import to_infinitive
from dateline.events.kids import kids_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.detect import Candidate


def _purpose_of(tok: Token) -> Token | None:
    """The verb a bare purpose to-clause ``tok`` hangs on ('to demand' under 'been')."""
    if tok.dep_ != "advcl" or tok.head.i == tok.i or not to_infinitive(tok):
        return None
    if any(c.dep_ == "mark" for c in kids_of(tok)):
        return None  # a marked clause is another relation than a bare purpose
    return tok.head


def _argument_of(noun: Token, verb: Token) -> bool:
    """``noun`` is the object of ``verb`` or of a preposition on it ('on strike', 'resorted
    to hostage-taking')."""
    if noun.dep_ == "dobj":
        return noun.head.i == verb.i
    return (noun.dep_ == "pobj" and noun.head.dep_ == "prep"
            and noun.head.head.i == verb.i)


def purpose_after_act(out: list[Candidate]) -> list[Candidate]:
    """A purpose clause's act ranked before a noun act that is an argument of the verb the
    clause hangs on goes right after that act."""
    for c in [c for c in out if not c.is_noun]:
        verb = _purpose_of(c.head)
        if verb is None:
            continue
        i = out.index(c)
        acts = [k for k, r in enumerate(out) if k > i and r.is_noun and _argument_of(r.head, verb)]
        if acts:
            out.insert(acts[0], out.pop(i))
    return out


def _relief_words(tok: Token) -> bool:
    """``tok`` or one of its compounds is a relief noun ('rescue', 'relief work'), or a
    relief modifier is on it ('humanitarian supplies')."""
    r = lexicon.roles()
    nouns = r.relief_nouns
    return tok.lemma_.lower() in nouns or any(
        (c.dep_ == "compound" and c.lemma_.lower() in nouns)
        or (c.dep_ in ("amod", "compound") and c.lemma_.lower() in r.relief_modifiers)
        for c in kids_of(tok))


def _relief_phrase(tok: Token, nested: bool = False) -> bool:
    """A for/in/with-phrase of ``tok`` naming relief ('deployed for rescue work', 'help with
    relief'); ``nested``: or of the object of its other prepositions, where the parser hangs
    it ('deployed to the quake zone for rescue work')."""
    preps = lexicon.roles().relief_preps
    for p in (p for p in kids_of(tok) if p.dep_ == "prep"):
        for g in (g for g in kids_of(p) if g.dep_ == "pobj"):
            if (p.lower_ in preps and _relief_words(g)) or (nested and _relief_phrase(g)):
                return True
    return False


def relief_purpose(tok: Token) -> bool:
    """Forces moved to rescue, evacuate or bring relief (roles.json relief_purposes): the
    purpose to-clause of ``tok`` is a relief verb, one of its object verbs with an object
    ('to train the army'), or a helper ('help', 'assist') of one, of relief or of a verb of
    assistance with its object ('to help restore order in X'); or ``tok``
    itself has a phrase naming relief. The manual codes such a move
    AID, a show of force being what MOBILIZE is about."""
    r = lexicon.roles()
    if _relief_phrase(tok, nested=True):
        return True
    for c in kids_of(tok):
        if c.dep_ not in ("advcl", "xcomp") or not to_infinitive(c):
            continue
        if _relief_verb(c):
            return True
        if c.lemma_.lower() in r.relief_guard_verbs and any(
                g.dep_ == "dobj" and (_relief_words(g) or _relief_phrase(g))
                for g in kids_of(c)):
            return True  # 'sent to secure the roads for relief deliveries': aid protected
        if c.lemma_.lower() in r.relief_helpers and (
                _relief_phrase(c) or any(
                    (g.dep_ in ("xcomp", "ccomp") and (_relief_verb(g) or _helped_verb(g)))
                    or (g.dep_ == "dobj" and _relief_words(g)) for g in kids_of(c))):
            return True
    return False


def trial_handover(tok: Token) -> bool:
    """'deported a wanted financier to Pella, where he is to stand trial', 'was deported to
    face fraud charges': a suspect sent off to face trial is handed to another state's
    courts, as an extradition is (roles.json trial_handovers). The facing verb is looked for
    in ``tok``'s own clauses, not in a clause coordinated beside it or reported under it."""
    r = lexicon.roles()
    if tok.lemma_.lower() not in r.handover_verbs:
        return False
    todo = [c for c in kids_of(tok) if c.dep_ not in ("conj", "ccomp", "parataxis")]
    while todo:
        t = todo.pop()
        if t.lemma_.lower() in r.handover_facing and any(
                g.dep_ in ("dobj", "npadvmod") and g.lemma_.lower() in r.handover_trials
                for g in kids_of(t)):
            return True
        todo += [c for c in kids_of(t) if c.dep_ not in ("conj", "ccomp", "parataxis")]
    return False


def _helped_verb(verb: Token) -> bool:
    """A verb of assistance under a helper, with its object ('to help restore order in X',
    'to help build up X's army'; roles.json relief_purposes helped_verbs)."""
    return (verb.lemma_.lower() in lexicon.roles().relief_helped_verbs
            and any(g.dep_ == "dobj" for g in kids_of(verb)))


def _relief_verb(verb: Token) -> bool:
    """A relief verb, or an object verb with its object ('to train the army': assistance in
    personnel; 'to train in the desert' is the forces' own drill)."""
    r = lexicon.roles()
    lemma = verb.lemma_.lower()
    return lemma in r.relief_verbs or (
        lemma in r.relief_object_verbs and any(g.dep_ == "dobj" for g in kids_of(verb)))
