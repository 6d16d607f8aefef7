"""A reported duty: a speech verb whose clause lays a duty on a party ('said Iran must
stop', 'told the firm that it had two days to act') or that tells someone to act ('told both
sides to end the fighting') is a demand, REQUEST (roles.json obligations)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.candidate import ACTOR_ENTS, NOUN_POS, VERB_POS, Candidate
from dateline.events.dependents import objects, to_infinitive
from dateline.events.kids import kids_of
from dateline.events.parties import DUTY_BOUND, is_party
from dateline.events.senses import nominal_verb, noun_entry, own_staff
from dateline.events.verb_frames import complement_roots
from dateline.events.words import lookup_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.verb_read import Verb


@lru_cache(maxsize=1)
def particle_verbs() -> frozenset[str]:
    """The verbs of roles.json obligations particle_verbs ('point' of 'point out'): only
    their particles need reading."""
    return frozenset(v.rsplit(" ", 1)[0] for v in lexicon.roles().duty_particle_verbs)


def must_frame(v: Verb) -> Candidate | None:
    """A speech verb whose complement has 'must/should' is a demand ("said Iran must stop"),
    and so is one that tells someone to act ("told both sides to end the fighting")."""
    r = lexicon.roles()
    tok, lemma, kids = v.tok, v.lemma, v.kids
    if lemma not in r.report and not (lemma in particle_verbs() and any(
            c.dep_ == "prt" and f"{lemma} {c.lower_}" in r.duty_particle_verbs
            for c in kids)):
        return None
    if lemma in r.news_verbs:
        return None  # 'X will have to serve five more years, the paper reported': news
    if any(c.dep_ in ("dobj", "dative") and own_staff(c, r.duty_own_staff)
           for c in kids):
        return None  # 'told his squad they must trust him': the speaker's own people
    # the one told is a party, no act: 'announced the suspension of its role to protest X'
    # tells the suspension and its purpose, it asks no one to protest
    if any(c.dep_ == "dobj" and lookup_lemma(c) not in lexicon.nouns()
           and nominal_verb(c) is None for c in kids) and any(
        c.dep_ == "xcomp" and c.pos_ in VERB_POS
        and to_infinitive(c)
        for c in kids
    ):
        return Candidate(tok, "REQUEST", "frame:report+to", [tok], None, control=True)
    if any(c.dep_ == "ccomp" and _obliges(c) and not _own_duty(c, tok)
           and (_duty_act(c) or _told_party(tok))
           for c in kids):
        return Candidate(tok, "REQUEST", "frame:report+must", [tok], None, control=True)
    if any(c.dep_ in ("ccomp", "advcl") and _quoted_imperative(c)
           and (_duty_act(c) or _told_party(tok) or _party_speaker(tok))
           for c in kids):
        return Candidate(tok, "REQUEST", "frame:report+imperative", [tok], None, control=True)
    return None


def _party_speaker(speech: Token) -> bool:
    """'..., President X told a conference': the one who speaks is a party (a name, a title,
    a named body), so an order he quotes is his demand."""
    return any(s.dep_ == "nsubj" and is_party(s, DUTY_BOUND) for s in kids_of(speech))


def _quoted_imperative(c: Token) -> bool:
    """'"Stop interfering in our affairs," X told Y', '"Do not use your might to ...," said
    X': a quoted clause that opens with a bare verb and has no subject is an order or an
    appeal to whom the speaker addresses, a demand as 'said X must' is (roles.json
    quoted_orders; its not_verbs, 'let us', 'look', 'imagine', ask no party to act)."""
    if c.tag_ != "VB" or any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in kids_of(c)):
        return False
    if lookup_lemma(c) in lexicon.roles().imperative_not:
        return False
    first = c.i
    for x in kids_of(c):
        if x.i < c.i and x.dep_ in ("aux", "neg") and x.lower_ in ("do", "don't", "not", "n't"):
            first = min(first, x.i)
    return first > 0 and c.doc[first - 1].text in _QUOTES


def _told_party(speech: Token) -> bool:
    """'told Norgas that it had two days to ...': the speech verb names the party it tells."""
    return any(x.dep_ in ("dobj", "dative") and is_party(x, DUTY_BOUND)
               for x in kids_of(speech))


def _duty_act(c: Token) -> bool:
    """Whether a reported duty asks a party for an act: its verb or one down its chain of
    to-complements ('must stop', 'need to take steps to end') has an entry or a light-verb
    reading, or an event noun is its object ('must allow aid'); or the duty is laid on a
    party (:data:`parties.DUTY_BOUND`: 'the government must not sell the railway', 'BP
    should pay', 'the company must stop the leak'). 'Firms need to blend their strength with new
    methods', 'the increase must not be read as a crisis', 'the qualifying groups should be
    made of four teams' ask no party to do any act (blind batches Random(68), Random(69),
    Random(70): an adviser's, an economist's and a coach's comments)."""
    seen: list[Token] = []
    todo = [c]
    while todo and len(seen) < 8:
        v = todo.pop()
        seen.append(v)
        todo += [x for x in kids_of(v) if x.dep_ in ("xcomp", "advcl", "conj")
                 and x.pos_ in VERB_POS]
    for v in seen:
        if any(complement_roots(v, set())):
            return True
        if any(noun_entry(o, None, need_standalone=False) is not None
               for o in objects(v) if o.pos_ in NOUN_POS):
            return True
        if any(is_party(p, DUTY_BOUND) for s in kids_of(v) if s.dep_ in ("nsubj", "nsubjpass")
               for p in (s, *(a for a in kids_of(s) if a.dep_ == "appos"))):
            return True  # 'all the companies involved, X, Y and BP, should be investigated'
        if any(is_party(a, DUTY_BOUND) for x in kids_of(v) if x.dep_ == "agent"
               for a in kids_of(x) if a.dep_ == "pobj"):
            return True  # 'the funds should be set aside by Acme': the party is the agent
    return _lost_subject(c)


def _lost_subject(c: Token) -> bool:
    """'said on Friday Norgas should halt its payouts': the parser may read the duty's
    subject as the object of a phrase before it; with no subject of its own, the name right
    before its first auxiliary is the party it is laid on."""
    if any(x.dep_ in ("nsubj", "nsubjpass", "csubj") for x in kids_of(c)):
        return False
    first = min((x.i for x in kids_of(c) if x.dep_ in ("aux", "auxpass")), default=c.i)
    if first == c.sent.start:
        return False
    before = c.doc[first - 1]
    return before.pos_ == "PROPN" and (before.ent_type_ in ACTOR_ENTS or not before.ent_type_)


def _own_duty(c: Token, speech: Token) -> bool:
    """'"We must track them down," X said', 'we ought to keep the door open': a duty the
    speakers lay on themselves asks nothing of another party (issue 4); what they mean to
    do is coded as itself, if anything. So does a quote, before its speech verb, laying one
    on a third-person pronoun ('"He must get to his job," said his son', '"They must keep
    cutting back," said an analyst'; roles.json obligations pronouns), unless the verb names
    whom it tells. Not reported speech ('argued that she should be raised in X'): with it,
    eval_st_events lost a right Ukraine event."""
    subjects = {s.lower_ for s in kids_of(c) if s.dep_ in ("nsubj", "nsubjpass")}
    if subjects & {"we", "i"}:
        return True
    told = any(x.dep_ in ("dobj", "dative", "nsubjpass") for x in kids_of(speech))
    quoted = c.i < speech.i and any(t.text in _QUOTES for t in c.doc[c.sent.start : c.i])
    return bool(subjects & lexicon.roles().duty_pronouns) and quoted and not told


_QUOTES = frozenset({'"', "``", "\u201c"})


def _obliges(c: Token) -> bool:
    """A reported clause that lays a duty on its subject: a modal of duty as its auxiliary
    or its head ('must stop', 'ought to share'; with a perfect, 'must have known', none),
    'have/need to' (the parser may hang the infinitive of 'needed to' as an adverbial
    clause) or 'have a duty to' (roles.json obligations)."""
    r = lexicon.roles()
    auxes = {a.lower_ for a in kids_of(c) if a.dep_ in ("aux", "auxpass")}
    if auxes & r.modal_demand and "have" in auxes and c.tag_ == "VBN":
        return False  # 'must have known', 'should have warned': a guess or a reproach
    if auxes & r.modal_demand or c.lower_ in r.modal_demand:
        return True
    lemma = lookup_lemma(c)
    if lemma == "need" and any(x.dep_ == "advcl" and to_infinitive(x) for x in kids_of(c)):
        return True
    if lemma in ("have", "need") and any(x.dep_ == "xcomp" for x in kids_of(c)):
        return True
    return lemma == "have" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in r.obligations
        and any(a.dep_ == "acl" and to_infinitive(a) for a in kids_of(o))
        for o in kids_of(c))
