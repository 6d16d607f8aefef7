"""Shapes of real wire prose in which a verb or noun of a root tells no such act, or
another one (roles.json figurative; issue 4): a question asked (or put 'about' a matter),
a source's anonymity asked for, an effort told as a fight, a participle meaning 'about', an
attack made in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.candidate import ACTOR_ENTS
from dateline.events.dependents import to_infinitive
from dateline.events.kids import kids_of
from dateline.events.words import lookup_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def asks_question(tok: Token) -> bool:
    """A verb of asking whose complement is a question ('asked whether the envoy would
    resign', '"Why talk?" asked a farmer'): an indirect question opened by a question word
    after the verb, or a reported clause ending in '?'. 'asked X to leave', 'asked that X be
    freed' stay, and so does a time clause before the verb ('when serving as envoy, she
    asked the agency for files': 'when' opens no question there)."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.question_verbs:
        return False
    if _about_only(tok) or _anonymity(tok):
        return True
    # 'asked several questions', 'asked the minister a question', 'the questions the senators
    # asked', 'the questions asked by the committee': a question put, nothing requested
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in r.question_nouns
           for c in kids_of(tok)):
        return True
    if tok.dep_ in ("relcl", "acl") and tok.head.lemma_.lower() in r.question_nouns:
        return True
    for c in kids_of(tok):
        if c.dep_ not in ("ccomp", "advcl", "xcomp", "dobj") or c.pos_ not in ("VERB", "AUX"):
            continue
        sub = list(c.subtree)
        if (sub[0].i > tok.i and sub[0].lower_ in r.question_words) or any(
                t.text == "?" for t in sub):
            return True
    # a quoted question right before the verb ('"Why talk?" asked X'), however parsed
    i = tok.i - 1
    while i >= tok.sent.start and tok.doc[i].is_punct and tok.doc[i].text != "?":
        i -= 1
    return i >= tok.sent.start and tok.doc[i].text == "?"


def _about_only(tok: Token) -> bool:
    """'Anwar said, asked about the debate on X': an about/on-phrase and no object, party or
    clause asked for is a question put to the subject."""
    r = lexicon.roles()
    kids = list(kids_of(tok))
    if any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "attr", "oprd") or (
            c.dep_ == "prep" and c.lower_ not in r.question_preps and c.lower_ != "by")
           for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ in r.question_preps for c in kids)


def _anonymity(tok: Token) -> bool:
    """'a source who asked for anonymity': the source's terms of speaking, no request."""
    words = lexicon.roles().anonymity
    return any(g.dep_ == "pobj" and g.lemma_.lower() in words
               for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ == "for"
               for g in kids_of(p))


def effort(tok: Token) -> bool:
    """A word of combat with a to-infinitive tells an effort, no fighting ('battling to
    keep the plant open', 'the battle to win his return'): the infinitive's own verb is the
    act, if it is one ('fought to retake the town' stays an attack by 'retake')."""
    if lookup_lemma(tok) not in lexicon.roles().efforts:
        return False
    return any(c.dep_ in ("xcomp", "acl", "advcl") and to_infinitive(c) for c in kids_of(tok))


def _force(noun: Token) -> bool:
    r = lexicon.roles()
    return noun.ent_type_ in ACTOR_ENTS or noun.lower_ in r.forces or lookup_lemma(noun) in r.forces


def about_participle(tok: Token) -> bool:
    """A participle of roles.json about_participles hung on a noun that is no force or
    party, with no subject of its own ('the questions surrounding his death', 'the case
    surrounding the boy's fate'): it means 'about'; and its passive with one thing that is
    no force or party for agent ('she is surrounded by love') is no encircling. 'troops
    surrounding the town', 'surrounded by troops', 'surrounded by rebels' stay."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.about_participles:
        return False
    agents = [g for a in kids_of(tok) if a.dep_ == "agent" for g in kids_of(a)
              if g.dep_ == "pobj"]
    if agents:
        return all(g.pos_ == "NOUN" and g.tag_ == "NN" and not _force(g) for g in agents)
    if tok.dep_ not in ("acl", "relcl"):
        return False
    if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(tok)):
        return False
    return not _force(tok.head)


def criticized_for(tok: Token) -> bool:
    """A verb of attack whose for-phrase gives a failing or a role of its object
    ('attacked the governor for failing to act', 'for his handling of the strike'): an
    attack in words, ACCUSE. 'attacked the convoy for the second time' stays an attack."""
    if lookup_lemma(tok) not in lexicon.roles().verbal_attacks:
        return False
    for p in kids_of(tok):
        if p.dep_ != "prep" or p.lower_ != "for":
            continue
        for g in kids_of(p):
            if g.dep_ == "pcomp" and g.tag_ == "VBG":
                return True
            if g.dep_ == "pobj" and (g.tag_ == "VBG" or any(
                    c.dep_ == "poss" and c.tag_ == "PRP$" for c in kids_of(g))):
                return True
    return False


def necessity(tok: Token) -> bool:
    """A verb of demand (roles.json figurative necessities) whose subject is an action told
    by a gerund ('sending the jets would require a new mandate'): what the action needs, no
    party demanding; a party as subject ('Osk would require the rebels to disarm') stays."""
    if lookup_lemma(tok) not in lexicon.roles().necessities:
        return False
    return any(c.dep_ == "csubj" or (c.dep_ == "nsubj" and c.tag_ == "VBG")
               for c in kids_of(tok))


def standing_presence(tok: Token) -> bool:
    """A participle of placing forces that describes them, marked as lasting (roles.json
    figurative presence_marks: 'the mandate covers forces already deployed in X'): a
    presence named, no move or show of force told; a clause that tells the posture itself
    ('the army is still stationed on the frontier, ready to respond', as the conflict-news
    gold codes it) and 'deployed troops to X' stay."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl":
        return False
    marks = lexicon.roles().presence_marks
    return any(c.dep_ == "advmod" and c.lower_ in marks for c in kids_of(tok))


def text_content(tok: Token, root: str) -> bool:
    """An act of roles.json figurative content_roots told in a relative clause on a text
    (roles.json documents: 'the 1990 accord, which calls for civil liberties to go on'):
    what the text provides, no party asking now; 'the resolution calls for a ceasefire', a
    main clause, stays."""
    r = lexicon.roles()
    if root.lower() not in r.content_roots or tok.dep_ != "relcl":
        return False
    # the parser may hang the clause on a name inside the text's own phrase ('the accord
    # between X and Y, which ...'): climb through conjuncts and prepositions to the text
    h = tok.head
    for _ in range(4):
        if lookup_lemma(h) in r.documents:
            return True
        if h.dep_ not in ("conj", "pobj", "prep") or h.head is h:
            return False
        h = h.head
    return False


def voted_call(tok: Token) -> bool:
    """'voted for a resolution calling on the government to recall its envoy', 'for a motion
    demanding that X leave': a vote for a text whose clause calls on a party to act adopts
    the call (roles.json voted_calls); a vote for a party backs it."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.vote_verbs:
        return False
    texts = [g for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ == "for"
             for g in kids_of(p) if g.dep_ == "pobj" and lookup_lemma(g) in r.vote_texts]
    return any(c.dep_ in ("acl", "relcl") and lookup_lemma(c) in r.vote_calls
               for g in texts for c in kids_of(g))
