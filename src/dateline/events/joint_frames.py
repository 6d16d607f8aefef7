"""Two frames read narrowly because the conflict-news check story lost a point to their broad
forms (issue 4; 89895f4a took those back): two named parties joining forces (COOPERATE), and a
warning whose clause lays a duty on a named party (REQUEST). Real wire copy tells both
(blind batches Random(60), Random(62)); the narrow forms leave armed groups joining up and
deterrent warnings ('warned that X should not interfere') to the readings they had."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.candidate import ACTOR_ENTS, Candidate
from dateline.events.dependents import to_infinitive
from dateline.events.kids import kids_of
from dateline.events.words import lookup_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_ALTERNATIVES = frozenset({"or", "otherwise", "else", "unless", "if"})


def _named(t: Token) -> bool:
    """A party told by its name ('Velka'; 'the army', 'the Velkan army' are not)."""
    return t.pos_ == "PROPN" and t.ent_type_ in ACTOR_ENTS | {"", "LOC"}


def joined_forces(tok: Token) -> Candidate | None:
    """'Velka and Marn joined forces to fight the smugglers': a joining verb with 'forces' or
    'hands' (roles.json joint_action) whose subject coordinates two or more named parties, each
    a name, is joint action (COOPERATE, CAMEO 06), as is a verb of effort with a to-infinitive
    and no object ('Velka and Marn are working to finalize the link'; its 'efforts'); 'the
    militias joined forces', a joining 'with' another (verbs.json v.join_forces) or 'joined
    the armed forces' are not read here."""
    r = lexicon.roles()
    lemma = lookup_lemma(tok)
    if lemma not in r.joint_verbs and lemma not in r.joint_efforts:
        return None
    kids = list(kids_of(tok))
    if lemma in r.joint_verbs:
        done = any(c.dep_ == "dobj" and c.lower_ in r.joint_objects for c in kids)
    else:  # 'are working to finalize': an effort toward an act, with no object of its own
        done = not any(c.dep_ == "dobj" for c in kids) and any(
            c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and to_infinitive(c) for c in kids)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if not done or subj is None or any(c.dep_ == "prep" and c.lower_ == "with" for c in kids):
        return None
    parties = [subj, *subj.conjuncts]
    if len(parties) < 2 or not all(_named(p) for p in parties):
        return None
    return Candidate(tok, "COOPERATE", "frame:joined_forces", [tok], None, control=True)


def _named_addressee(subj: Token) -> bool:
    """'Marn', 'Marn's army', 'any Velkan role': the clause's subject is a named party or a
    thing a named party owns or is named in."""
    return _named(subj) or any(
        c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in ACTOR_ENTS
        for c in kids_of(subj))


def warned_duty(tok: Token) -> Candidate | None:
    """'warned that any Velkan role in the region should be constructive', 'warned that Marn
    must respect the border': a warning (roles.json warnings_to_act) whose that-clause has a
    'must'/'should' auxiliary (roles.json modal_demand) and a named party as subject asks that
    party to act (REQUEST, CAMEO 10). Not negated ('should not interfere': a deterrent, left a
    threat), with no alternative or condition ('must disarm or face ...', 'unless')."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.warn_to_act:
        return None
    for c in kids_of(tok):
        if c.dep_ != "ccomp":
            continue
        kids = list(kids_of(c))
        if not any(a.dep_ == "aux" and a.lower_ in r.modal_demand for a in kids):
            continue
        if any(a.dep_ == "neg" for a in kids) or any(t.lower_ in _ALTERNATIVES for t in c.subtree):
            continue
        subj = next((s for s in kids if s.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and _named_addressee(subj):
            return Candidate(tok, "REQUEST", "frame:warned+must", [tok], None, control=True)
    return None
