"""Misconduct told as fact by a speaker (roles.json conduct_claims).

'The prosecutor said Brandt had lied to investigators', '"Holz has betrayed every voter,"
the senator said', 'the police say Kell heads an armed gang': the speaker charges a named
party with wrongdoing, an accusation (ACCUSE, CAMEO 112 'allege crime or corruption') by the
speaker, though no verb of accusing is used. Only words whose plain sense is a charge of
bad faith or of leading an armed or criminal group: a crime merely reported ('robbers stole
a car, police said') stays news, and a party speaking of itself ('said it had misled no
one', a pronoun) accuses no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.candidate import ACTOR_ENTS, NOUN_POS, Candidate
from dateline.events.dependents import prep_objects
from dateline.events.kids import kids_of
from dateline.events.parties import DUTY_BOUND, is_party
from dateline.events.senses import noun_entry
from dateline.events.words import lookup_lemma, noun_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def charged_conduct(tok: Token) -> Candidate | None:
    """ACCUSE on a speech verb whose told clause charges a named party with misconduct."""
    r = lexicon.roles()
    lemma = lookup_lemma(tok)
    persuades = lemma in r.conduct_persuaders  # 'persuading voters that X is an egotist'
    if tok.pos_ != "VERB" or not (lemma in r.conduct_speech or persuades):
        return None
    if any(c.dep_ == "neg" for c in kids_of(tok)):
        return None  # 'did not say that X lied'
    for c in _told(tok):
        if (not persuades and _charges(c)) or _labels(c, tok):
            return Candidate(tok, "ACCUSE", f"conduct:{lookup_lemma(c)}", [tok], None,
                             control=True)
        if not persuades and (cause := _blames(c, tok)) is not None:
            return Candidate(tok, "ACCUSE", f"conduct:{lookup_lemma(c)}", [tok], None,
                             control=True, judged=_blamed(tok, cause))
    return None


def _blamed(speech: Token, cause: Token) -> tuple[Token | None, Token] | None:
    """(speaker, the act blamed) when the cause is a party's doing ('the government's
    policies'), so the party owning it is the target (args.arguments reads ``judged``);
    None when the cause names the party itself ('Holz') or no speaker is named."""
    speaker = next((c for c in kids_of(speech) if c.dep_ == "nsubj"), None)
    if speaker is None or is_party(cause, DUTY_BOUND):
        return None
    return speaker, cause


def _told(tok: Token) -> list[Token]:
    """The clauses a speech verb tells: its that-clause, or one the parser hung on the noun
    of its means ('said in a statement that X had lied')."""
    out = [c for c in kids_of(tok) if c.dep_ == "ccomp"]
    out += [a for p in kids_of(tok) if p.dep_ == "prep" for n in kids_of(p) if n.dep_ == "pobj"
            for a in kids_of(n) if a.dep_ == "acl" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in kids_of(a))]
    return out


def _charges(v: Token) -> bool:
    """A clause whose noun subject is said to do a word of misconduct, not negated."""
    r = lexicon.roles()
    if any(c.dep_ == "neg" for c in kids_of(v)):
        return False
    subj = next((c for c in kids_of(v) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in NOUN_POS:
        return False  # a pronoun may be the speaker itself
    lemma = lookup_lemma(v)
    if lemma in r.conduct_verbs:
        return True
    if lemma in r.conduct_lows:  # 'sank to a new low', 'stooped to a shameful depth'
        if subj.ent_type_ not in ACTOR_ENTS:
            return False  # 'the jobless rate fell to a three-year low': a figure, no conduct
        return any(g.lemma_.lower() in r.conduct_depths for p in kids_of(v) if p.dep_ == "prep"
                   for g in kids_of(p) if g.dep_ == "pobj")
    if lemma in r.conduct_leads:  # 'heads an armed gang', 'runs a terror network'
        return any(o.dep_ == "dobj" and _outlaw_group(o) for o in kids_of(v))
    return False


def _labels(v: Token, speech: Token) -> bool:
    """A copular clause calling a named party, not the speaker, a word of bad character
    ('Orl is a liar', 'Orl was corrupt'), not negated; a neutral predicate is none."""
    r = lexicon.roles()
    if lookup_lemma(v) != "be" or any(c.dep_ == "neg" for c in kids_of(v)):
        return False
    subj = next((c for c in kids_of(v) if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_ not in ACTOR_ENTS or subj.pos_ not in NOUN_POS:
        return False
    speaker = {c.lower_ for c in kids_of(speech) if c.dep_ == "nsubj"}
    if subj.lower_ in speaker:
        return False  # the speaker's own name: no charge against another
    return any(c.dep_ in ("attr", "acomp") and c.lemma_.lower() in r.conduct_labels
               for c in kids_of(v))


def _blames(v: Token, speech: Token) -> Token | None:
    """The cause (the clause's subject) when a clause, not negated, makes a named party or
    its act the cause of a bad outcome (roles.json conduct_claims harms, wrecks, causes,
    responsible): 'the senator's vote cost thousands their jobs', 'Holz was responsible for
    the collapse'. A cause that is no party ('the storm caused damage') or a good outcome
    ('led to record growth') is none."""
    if any(c.dep_ == "neg" for c in kids_of(v)):
        return None
    subj = next((c for c in kids_of(v) if c.dep_ == "nsubj"), None)
    if subj is None or not _party_cause(subj, speech):
        return None
    return subj if _bad_result(v) else None


def _bad_result(v: Token) -> bool:
    """Whether the clause of ``v`` tells a bad outcome: a loss ('cost'), a good wrecked
    ('destroyed jobs'), an outcome caused ('caused a crisis', 'led to unemployment'), or
    'responsible for' one."""
    r = lexicon.roles()
    lemma = lookup_lemma(v)
    if lemma == "be":  # 'Holz was responsible for the collapse of the currency'
        return any(_bad(n) for a in kids_of(v) if a.dep_ == "acomp"
                   and a.lemma_.lower() in r.conduct_responsible
                   for n in prep_objects(a, ("for",)))
    if lemma in r.conduct_harms:
        return True
    objs = [o for o in kids_of(v) if o.dep_ in ("dobj", "dative")]
    if lemma in r.conduct_wrecks:
        return any(noun_lemma(o) in r.conduct_goods for o in objs)
    if lemma not in r.conduct_causes:
        return False
    if lemma == "leave" and prep_objects(v, ("without",)):
        return True  # 'left thousands of flood victims without help'
    told = (objs + prep_objects(v, ("to", "into", "in"))
            + [n for o in objs for n in prep_objects(o, ("but",))])
    return any(_bad(n) for n in told)


def _bad(n: Token) -> bool:
    """A noun, or one joined to it, of a bad outcome (roles.json conduct_claims outcomes)."""
    r = lexicon.roles()
    return any(noun_lemma(x) in r.conduct_outcomes
               for x in [n] + [c for c in kids_of(n) if c.dep_ == "conj"])


def _party_cause(subj: Token, speech: Token) -> bool:
    """A cause that is a named party or its doing ('Rell', 'the senator's vote', 'Marr's
    spending'), not a pronoun and not the speaker's own name. An act with a root of its own
    ('an army raid left houses in ruins', 'the government's crackdown forced the closure of
    newspapers') is the news told, coded as itself (bench/plover_probes_audit.txt)."""
    if subj.pos_ == "NOUN" and noun_entry(subj, None, need_standalone=True) is not None:
        return False
    speaker = {c.lower_ for c in kids_of(speech) if c.dep_ == "nsubj"}
    owners = [subj] + [c for c in kids_of(subj) if c.dep_ in ("poss", "compound")]
    return any(o.pos_ in NOUN_POS and o.lower_ not in speaker and is_party(o, DUTY_BOUND)
               for o in owners)


def _outlaw_group(o: Token) -> bool:
    r = lexicon.roles()
    if o.lemma_.lower() in r.conduct_groups:
        return True
    return o.lemma_.lower() in r.conduct_plain_groups and any(
        m.lemma_.lower() in r.conduct_group_marks for m in kids_of(o)
        if m.dep_ in ("amod", "compound"))
