"""Stance predicates: a predicate adjective with its preposition told as the verb it stands
for ('X is critical of Y' as 'X criticized Y', 'remains opposed to' as 'opposes'; roles.json
stances), the subject of the verb of state its actor; an act one is on ('is on a visit')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.entities.resources import titles
from dateline.events import lexicon
from dateline.events.candidate import ACTOR_ENTS, Candidate
from dateline.events.kids import kids_of
from dateline.events.senses import verb_entry

if TYPE_CHECKING:
    from spacy.tokens import Token


def stance(tok: Token) -> Candidate | None:
    """The act a predicate adjective after a verb of state (undergo 'states') stands for,
    read by the first preposition of its own that roles.json stances lists for it, that
    preposition's object the verb's object; for a verb of state, what its preposition
    stands for (_against); None for any other word."""
    r = lexicon.roles()
    if tok.lemma_.lower() in r.undergo_states:
        return _against(tok)
    preps = r.stances.get(tok.lower_)
    if (preps is None or tok.dep_ != "acomp"
            or tok.head.lemma_.lower() not in r.undergo_states):
        return None
    for p in kids_of(tok):
        verb = preps.get(p.lower_) if p.dep_ == "prep" else None
        if verb is None:
            continue
        e = verb_entry(tok, verb, given=[g for g in kids_of(p) if g.dep_ == "pobj"])
        if e is not None:
            return Candidate(tok, e.root, f"stance:{tok.lower_}+{e.id}", [tok], e)
    return None


_COUNTED = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _against(state: Token) -> Candidate | None:
    """A verb of state with a preposition of roles.json stances 'prepositions' ('the
    minister is against the tax' as 'opposes the tax'): only when its subject can act (a
    name, a title) and the object is no amount ('the dollar is up against the euro'); with
    'up' (roles.json stances 'facing'), 'were up against strong rivals' faces a foe, none."""
    r = lexicon.roles()
    if any(c.dep_ == "advmod" and c.lower_ in r.stance_facing for c in kids_of(state)):
        return None  # 'were up against strong rivals': a hard foe faced, no stance
    subj = next((c for c in kids_of(state) if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.ent_type_ in ACTOR_ENTS
                            or subj.lemma_.lower() in titles().titles):
        return None
    for p in kids_of(state):
        verb = r.stance_preps.get(p.lower_) if p.dep_ == "prep" else None
        objs = [g for g in kids_of(p) if g.dep_ == "pobj"] if verb else []
        if not objs or any(g.like_num or g.ent_type_ in _COUNTED
                           or any(c.dep_ == "nummod" for c in kids_of(g)) for g in objs):
            continue
        e = verb_entry(state, verb, given=objs)
        if e is not None:
            return Candidate(state, e.root, f"stance:{p.lower_}+{e.id}", [state, p], e)
    return None


def engaged_in(noun: Token) -> Token | None:
    """The verb of state whose subject is doing the act of an event noun under 'on' ('the
    president is on a visit to X', 'the navy remains on alert'; roles.json stances
    engaged) or, with a place phrase of its own, under 'for' ('the envoy is in X for talks',
    'for two days of talks'; stays), else None. A plural after 'on' names a topic ('the
    focus is on visits to the regions')."""
    r = lexicon.roles()
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ == "of" and prep.head.ent_type_ in ("DATE", "TIME") and prep.head.dep_ == "pobj":
        prep = prep.head.head  # 'for two days of talks'
    state, lemma = prep.head, noun.lemma_.lower()
    if state.lemma_.lower() not in r.undergo_states:
        return None
    if prep.lower_ == "on" and noun.tag_ == "NN" and lemma in r.engaged_nouns:
        return state
    placed = any(p.dep_ == "prep" and p.lower_ in ("in", "at") for p in kids_of(state))
    return state if prep.lower_ == "for" and placed and lemma in r.engaged_stays else None


def met_at(noun: Token) -> Token | None:
    """'spoke these words at a meeting with the visiting minister X', 'at talks with X, Y
    insisted ...': a meeting noun under 'in', 'at' or 'during' whose with-phrase names a party
    is a meeting held, the setting of what its clause says (roles.json meeting_settings);
    the preposition's head, else None ('said at a meeting with business leaders': no party).
    So is one a halt is made for ('stopped in Tesk for talks with the Velkan premier'; roles.json
    ended_purposes): the stop is made to hold it."""
    r = lexicon.roles()
    prep = noun.head
    halted_for = (prep.lower_ in r.purpose_preps and prep.dep_ == "prep"
                  and prep.head.lemma_.lower() in r.purpose_verbs)
    if (noun.dep_ != "pobj" or not (prep.lower_ in r.setting_preps or halted_for)
            or noun.lemma_.lower() not in r.setting_nouns):
        return None
    for w in kids_of(noun):
        if w.dep_ == "prep" and w.lower_ == "with" and any(
                t.ent_type_ in ACTOR_ENTS for t in _phrase(w)):
            return prep.head
    return None


def _phrase(prep: Token) -> list[Token]:
    """The words of a preposition's object, not those of a phrase of its own ('with bankers
    in Osk': the place is not who was met)."""
    out, todo = [], [c for c in kids_of(prep) if c.dep_ != "prep"]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in kids_of(t) if c.dep_ != "prep"]
    return out

