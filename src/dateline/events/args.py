"""Actor, target and reported quantities of an event, read off the parse: which words
they are. What they are called, and the place an event is in, is
:mod:`dateline.events.naming`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.dependents import (
    given_name,
    shared_objects,
    title_participle,
    to_infinitive,
)
from dateline.events.detect import (
    NOUN_POS,
    Candidate,
    actor_marked,
    commanded_act,
    controller,
    lookup_lemma,
    nominal_verb,
    noun_entry,
    noun_lemma,
    possessor,
)
from dateline.events.kids import kids_of
from dateline.events.light import warned_doer
from dateline.events.noun_candidates import compound_doers, joint_host
from dateline.events.stance import engaged_in, met_at
from dateline.events.verb_read import read_verb
from dateline.model import Annotation

if TYPE_CHECKING:
    from spacy.tokens import Token

REL_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
TARGET_PREPS = ("against", "on", "at", "to", "with", "upon", "toward", "towards", "into", "from")
#: Roots whose object may be the content of the act (a ceasefire agreed, talks rejected)
#: rather than a party to it.
CONTENT_ROOTS = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "REJECT", "REQUEST",
                           "RETREAT", "CONCEDE"})
#: Acts of disapproval: aimed at the doer of the act they condemn.
BLAME_ROOTS = frozenset({"ACCUSE", "PROTEST"})
#: Acts two coordinated subjects do with each other.
MUTUAL_ROOTS = frozenset({"AGREE", "CONSULT", "COOPERATE"})
AIMED_PREPS = ("at", "on", "upon", "toward", "towards", "into", "against")
NOUN_TARGET_PREPS = ("on", "against", "at", "with", "to", "into", "of", "upon", "in")
LOC_PREPS = frozenset({"in", "at", "near", "across", "inside", "outside", "throughout", "around"})
CLAUSE_CUT = frozenset({"ccomp", "advcl", "relcl", "conj", "xcomp", "acl", "parataxis", "cc",
                        "nsubj", "csubj", "mark", "punct"})


def subject_of(v: Token, depth: int = 0) -> Token | None:
    """Grammatical subject, looking through relative pronouns, control and conjunction."""
    if depth > 6:
        return None
    found, subj = _own_subject(v)
    if found:
        return subj
    h = v.head
    if h.i == v.i:
        return None
    return _subject_through(v, h, depth)


def _own_subject(v: Token) -> tuple[bool, Token | None]:
    """(found, subject) among the verb's own dependents: its subject (a relative pronoun's
    antecedent; not a dateline beside another), its passive's agent (None where the agent
    has no object), a subject the parser hung on its auxiliary; (False, None) for none.
    A headline's 'Velka, Orlund agree' is the first name's (headline_pair)."""
    if (pair := headline_pair(v)) is not None:
        return True, pair[0]
    for c in kids_of(v):
        if c.dep_ in ("nsubj", "csubj"):
            if title_participle(c):  # 'Visiting Premier X met ...': the name is the subject
                named = next((g for g in kids_of(c) if g.dep_ == "dobj"), None)
                if named is None:
                    continue
                return True, named
            if c.lower_ in REL_PRONOUNS and v.dep_ == "relcl":
                return True, v.head
            if _dateline(c) and any(o.dep_ == "nsubj" and o.i != c.i for o in kids_of(v)):
                continue  # 'KARSHOLM — The union accused ...': the parser's second subject
            return True, c
    for c in kids_of(v):
        if c.dep_ == "agent":
            return True, next((g for g in kids_of(c) if g.dep_ == "pobj"), None)
    for c in kids_of(v):  # the parser sometimes hangs the subject on the auxiliary
        if c.dep_ in ("aux", "auxpass"):
            s = next((g for g in kids_of(c) if g.dep_ in ("nsubj", "nsubjpass")), None)
            if s is not None:
                return True, s
    return False, None


def headline_pair(v: Token) -> tuple[Token, Token] | None:
    """The two names a headline's present verb follows, joined by a comma ('Velka, Orlund
    agree on a pact'): (the first, the second), as the subject 'Velka and Orlund agree' gives
    them; the parser makes the first a loose word beside the subject, or the second an
    apposition on it. None for any other subject."""
    if v.tag_ != "VBP":
        return None
    subj = next((c for c in kids_of(v) if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if subj is None or subj.right_edge.i + 1 != v.i:
        return None
    doc, start = v.doc, v.sent.start
    first = next((c for c in kids_of(v) if c.dep_ in ("dep", "npadvmod", "nsubj")
                  and c.pos_ == "PROPN" and c.i < subj.i), None)
    if first is not None:
        comma = first.right_edge.i + 1
        joined = comma + 1 == subj.left_edge.i and doc[comma].lower_ == ","
        return (first, subj) if joined and first.left_edge.i == start else None
    second = next((c for c in kids_of(subj) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if (second is None or subj.left_edge.i != start or doc[subj.i + 1].lower_ != ","
            or second.left_edge.i != subj.i + 2):
        return None
    return subj, second


def _subject_through(v: Token, h: Token, depth: int) -> Token | None:
    """The subject of a verb without one of its own, from the word ``h`` it hangs on: the
    controller of a complement, the verb it is conjoined to, the doer of a gerund, the
    owner of the noun a clause is on; a warning's to-infinitive, the party warned."""
    if (warned := warned_doer(v)) is not None:
        return warned  # 'sent a warning to Dorvan to pull its warships out'
    if v.dep_ == "xcomp":
        dobj = next((c for c in kids_of(h) if c.dep_ in ("dobj", "dative")
                     and c.ent_type_ not in ("DATE", "TIME")), None)
        if dobj is not None and (via := _carried(dobj)) is not None:
            return subject_of(via, depth + 1)  # 'signed a bill to provide aid'
        return dobj if dobj is not None and h.pos_ == "VERB" else subject_of(h, depth + 1)
    if v.dep_ in ("conj", "advcl", "pcomp") and h.pos_ in ("VERB", "AUX"):
        return subject_of(h, depth + 1)
    if v.dep_ == "pcomp" and h.dep_ == "prep":
        return _gerund_doer(h, depth)
    if v.dep_ == "acomp" and h.pos_ in ("VERB", "AUX"):
        return subject_of(h, depth + 1)  # 'They are determined to keep attacking'
    if v.dep_ == "acl" and (gap := contact_relative(v)) is not None:
        return gap[0]  # the parser's participle on an apposition (see contact_relative)
    if v.dep_ in ("acl", "relcl") and h.pos_ in NOUN_POS:
        return _clause_owner(v, h, depth)
    return None


def _gerund_doer(h: Token, depth: int) -> Token | None:
    """Who does a gerund that is the object of the preposition ``h``."""
    if (doer := _object_control(h.head, h)) is not None:
        return doer  # 'accused the Front of shelling': the Front shells
    if (doer := _noun_control(h.head, h)) is not None:
        return doer  # 'issued a rebuke to X for accusing': X accuses
    if h.head.dep_ == "dobj" and _object_control(h.head.head, h) is not None:
        return h.head  # the parser hung 'of shelling' on the object: the same reading
    if (h.head.dep_ in ("npadvmod", "appos") and h.head.head.pos_ == "VERB"
            and _object_control(h.head.head, h) is not None
            and any(_named_apposition(o) == h.head for o in kids_of(h.head.head)
                    if o.dep_ == "dobj")):
        # 'rebuked one of their own, Senator X, for accusing ...': the parser hung the
        # object's apposition on the verb and 'for accusing' on the name: the name does it
        return h.head
    if (via := _carried(h.head)) is not None:
        return subject_of(via, depth + 1)  # 'crossed with the intention of kidnapping'
    # 'X agreed to ...ing', and through a predicate adjective 'X is committed to ...ing'
    return subject_of(h.head, depth + 1) if h.head.pos_ in ("VERB", "ADJ") else None


def _clause_owner(v: Token, h: Token, depth: int) -> Token | None:
    """Who acts in a clause on the noun ``h``: its possessor, or whoever holds the right
    or plan it names, or the doer of the act that carries it."""
    owner = next((c for c in kids_of(h) if c.dep_ == "poss"), None)
    if (owner is None and v.dep_ == "acl" and h.dep_ == "dobj" and h.head.pos_ == "VERB"
            and h.lemma_.lower() in lexicon.roles().intent_nouns):
        # 'we retain every right to return to war', 'announced a plan to attack':
        # whoever holds the right or plan is the one who would act
        return subject_of(h.head, depth + 1)
    if owner is None and (via := _carried(h)) is not None:
        return subject_of(via, depth + 1)  # 'issued a statement denying any role'
    return owner


def contact_relative(v: Token) -> tuple[Token, Token] | None:
    """(subject, object) of a relative clause told without a pronoun, whose object is the
    noun it describes ('villages the army accused of ...'). The parser may take such a
    clause's subject for an apposition and its verb for a participle on it ('dozens of
    civilians the military accused of ...'): no comma sets that apposition off."""
    if _passive(v) or any(c.dep_ in ("dobj", "ccomp", "xcomp") or c.lower_ in REL_PRONOUNS
                          for c in kids_of(v)):
        return None
    h = v.head
    if v.dep_ == "relcl" and h.pos_ in NOUN_POS and h.ent_type_ not in ("DATE", "TIME"):
        subj = next((c for c in kids_of(v) if c.dep_ == "nsubj"), None)
        return (subj, h) if subj is not None and subj.i > h.i else None
    if (v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and h.dep_ == "appos" and h.head.i < h.i < v.i
            and not any(t.is_punct for t in v.doc[h.head.i + 1 : h.left_edge.i])):
        return h, h.head
    return None


def _carried(noun: Token) -> Token | None:
    """The verb whose subject acts through ``noun``, a carrier (roles.json carriers): the
    verb that makes it, with it as object ('signed a bill'), or any verb it is joined to by
    'with' ('crossed with the intent to ...'); None for other nouns and verbs."""
    r = lexicon.roles()
    if noun.lower_ not in r.carrier_nouns and noun.lemma_.lower() not in r.carrier_nouns:
        return None
    h = noun.head
    if noun.dep_ == "dobj" and h.pos_ == "VERB" and h.lemma_.lower() in r.carrier_verbs:
        return h
    if noun.dep_ == "pobj" and h.lower_ == "with" and h.head.pos_ == "VERB":
        return h.head
    return None


def _object_control(g: Token, prep: Token) -> Token | None:
    """The one who does the act a gerund after ``prep`` tells, when ``g`` is a verb whose
    object does it (roles.json object_control: 'accused X of ...ing', 'blamed X for
    ...ing'): the object, or in the passive the passive subject ('X was accused of')."""
    if g.pos_ != "VERB" or prep.lower_ not in lexicon.roles().object_control.get(
            g.lemma_.lower(), ()):
        return None
    want = ("nsubjpass",) if _passive(g) else ("dobj",)
    doer = next((c for c in kids_of(g) if c.dep_ in want and c.ent_type_ not in NOT_ACTOR_ENTS),
                None)
    if doer is None:
        # 'criticised two of its members for attacking ...': a share of a group, told with
        # a number, does it (the group, or the name the share is given: _named_apposition)
        doer = next((c for c in kids_of(g) if c.dep_ in want and _share(c)), None)
    if doer is not None and (named := _named_apposition(doer)) is not None:
        return named
    if doer is not None and doer.lower_ in REL_PRONOUNS and g.dep_ == "relcl":
        return g.head  # 'the militia, which was accused of burning homes'
    if doer is None and (gap := contact_relative(g)) is not None:
        return gap[1]  # 'villages the army accused of sheltering rebels'
    return doer


def _noun_control(g: Token, prep: Token) -> Token | None:
    """'issued a sharp rebuke to X for accusing ...', 'gave the dockers a reprimand for
    blocking ...': a noun of roles.json object_control nouns behind a verb (``g``, or the
    noun itself when the parser hung the preposition on it) is given to the one who does
    the gerund's act: the to-object of the verb or of the noun, or the verb's indirect
    object."""
    nouns = lexicon.roles().object_control_nouns
    noun: Token | None = g
    if g.pos_ in NOUN_POS and g.dep_ == "dobj":
        g = g.head
    else:
        noun = next((c for c in kids_of(g) if c.dep_ == "dobj"), None)
    if noun is None or g.pos_ != "VERB" or prep.lower_ not in nouns.get(
            noun.lemma_.lower(), nouns.get(noun.lower_, frozenset())):
        return None
    for h in (g, noun):
        for c in kids_of(h):
            if c.dep_ in ("prep", "dative") and c.lower_ == "to":
                return next((o for o in kids_of(c) if o.dep_ == "pobj"), None)
            if c.dep_ == "dative" and c.pos_ in NOUN_POS:
                return c  # 'gave the dockers a reprimand'
    return None


def _finite_participle_subject(v: Token) -> Token | None:
    """'The guerrillas disarmed and left Osk on Monday': with no finite verb of its own the
    parser makes the opening noun the root and the first verb a participle on it ('the
    disarmed guerrillas'), but a finite past verb coordinated with that participle shows it is
    finite too, so the noun is the subject of both; a participle with no such conjunct stays
    a participle ('Rebels disarmed in X', a headline's passive)."""
    h = v.head
    if v.dep_ == "conj" and h.dep_ == "acl":
        v, h = h, h.head  # the coordinated verb ('left') shares the first verb's subject
    if v.dep_ != "acl" or v.tag_ != "VBN" or h.dep_ != "ROOT" or h.pos_ not in NOUN_POS:
        return None
    if any(c.dep_ in ("agent", "auxpass", "nsubj", "nsubjpass") for c in kids_of(v)):
        return None
    if not any(c.dep_ == "conj" and c.tag_ == "VBD" for c in kids_of(v)):
        return None
    return h


def _share(tok: Token) -> bool:
    """A number or a partitive word with an of-phrase: 'two of its members', 'one of
    their own' (roles.json partitives)."""
    words = lexicon.roles().partitives
    return (tok.like_num or tok.lower_ in words) and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" for g in kids_of(p))
        for p in kids_of(tok))


def _named_apposition(obj: Token) -> Token | None:
    """The proper name a verb's object (or passive subject) is given in an apposition right
    after its own short phrase: 'rebuked one of their own, Senator X, for ...', 'a senior
    colleague, Senator X,', the name hung on the verb (npadvmod) by the parser, or on a share
    of a group as its apposition, and closed by a comma. None where the object's phrase goes
    on ('a meeting of the committee chaired by the secretary, X,': X is the secretary), for
    a verb with no subject of its own ('Opening the hearing, X, ...': X is the subject of the
    sentence), and for a name the parser joined to a plain noun, which stays out of its name."""
    v = obj.head
    if obj.dep_ not in ("dobj", "nsubjpass") or (
            obj.dep_ == "dobj" and not any(c.dep_ == "nsubj" for c in kids_of(v))):
        return None
    doc = obj.doc
    appos = [c for c in kids_of(obj) if c.dep_ == "appos" and c.i > obj.i]
    end = _short_phrase_end(obj, appos)
    if end is None or end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    named = [c for c in appos if _share(obj) and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
    named += [c for c in kids_of(v)
              if c.dep_ in ("npadvmod", "appos") and c.ent_type_ in ("PERSON", "ORG")]
    return next((c for c in named if c.pos_ == "PROPN" and c.left_edge.i == end + 2
                 and (c.i + 1 == len(doc) or doc[c.i + 1].text in (",", "."))), None)


def _short_phrase_end(obj: Token, skip: list[Token]) -> int | None:
    """The last word of the object's own phrase when nothing follows its head but a share's
    of-phrase with a bare noun ('one of their own') and ``skip``; else None."""
    tails = [c for c in kids_of(obj) if c.i > obj.i and c.dep_ != "punct" and c not in skip]
    if not tails:
        return obj.i
    if len(tails) == 1 and _share(obj) and tails[0].lower_ == "of":
        g = next(g for g in kids_of(tails[0]) if g.dep_ == "pobj")
        if not any(x.i > g.i and x.dep_ != "punct" for x in kids_of(g)):
            return g.i
    return None


def _passive(v: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in kids_of(v))


def _impact_place(v: Token) -> Token | None:
    """Where a munition exploded or landed, what it hit (roles.json impacts): 'rockets
    exploded in the south', '... landed outside of the town' ('outside' an adverb)."""
    preps = tuple(lexicon.roles().impact_preps)
    place = _prep_object(v, preps)
    if place is None:
        place = next((o for x in kids_of(v) if x.dep_ == "advmod" and x.lower_ in preps
                      for o in [_prep_object(x, ("of",))] if o is not None), None)
    return place


def _noun_target_preps(n: Token) -> tuple[str, ...]:
    """The prepositions that tell an event noun's target: not 'of' after a noun of handing
    goods over (roles.json transfers), whose of-object is the goods ('the sale of jets')."""
    if noun_lemma(n) in lexicon.roles().transfer_nouns:
        return tuple(p for p in NOUN_TARGET_PREPS if p != "of")
    return NOUN_TARGET_PREPS


def _prep_object(tok: Token, preps: tuple[str, ...], skip: Token | None = None) -> Token | None:
    kids = tuple(kids_of(tok))  # (read once: each pass over .children makes new Tokens)
    for p in preps:
        for c in kids:
            if c.dep_ in ("prep", "dative") and c.lower_ == p:  # "gave aid to X": dative
                for g in kids_of(c):
                    if g.dep_ != "pobj" or g.ent_type_ in ("DATE", "TIME"):
                        continue
                    if p == "with" and g.lemma_.lower() in lexicon.roles().with_not_targets:
                        continue  # 'with the backing of X': the act's help, not its target
                    if p == "on" and g.lemma_.lower() in lexicon.roles().on_not_targets:
                        continue  # 'the outbreak is on the upswing': how it goes
                    if p == "at" and g.lemma_.lower() in lexicon.roles().at_not_targets:
                        continue  # 'flowing at a rate of ...': a measure
                    if skip is None or g.i != skip.i:
                        return g
    return None


NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


def _dateline(tok: Token) -> bool:
    """'KARSHOLM — The union ...', 'KARSHOLM, March 17 (Wire) -': a wire dateline opening
    the sentence names where the story was filed, not who acted."""
    if not (tok.is_upper and len(tok) > 2):
        return False  # (tested first: the sentence's opening is read only for such a word)
    lead = [t for t in tok.sent[:4] if not t.is_punct]
    if not lead or not any(t.i == tok.i for t in lead[:2]):
        return False
    return tok.i + 1 < len(tok.doc) and (
        tok.nbor().text in ("—", "–", "-", "--", ",") or tok.nbor().is_space)


def _group_of(tok: Token | None) -> Token | None:
    """The group a share of it stands for: 'the rest of the infiltrators', 'two of the
    gunmen', 'thousands of miners' (roles.json partitives; numbers too); nothing for a noun
    of manner ('the way X did it')."""
    words = lexicon.roles().partitives
    if tok is None:
        return tok
    if tok.ent_type_ == "" and tok.lemma_.lower() in lexicon.roles().manner_nouns:
        return None  # 'criticised the way the firm drilled': no party (roles.json not_targets)
    if not (tok.like_num or tok.lower_ in words or tok.lemma_.lower() in words):
        return _affiliation(tok) or tok
    for p in kids_of(tok):
        if p.dep_ == "prep" and p.lower_ == "of":
            g = next((g for g in kids_of(p) if g.dep_ == "pobj"), None)
            if g is not None:
                return g
    return tok


def _affiliation(tok: Token) -> Token | None:
    """The named group a plain noun of people is 'from' ('soldiers from the Givati
    Brigade', 'fighters from the Qassam Brigades'): the group, which the phrase alone
    (:func:`name` stops at 'from') leaves out; None when it names none. Not a place ('troops
    from Russia' acts as Russia's troops; the noun's own name reads it) nor a weapon."""
    if tok.ent_type_ != "" or tok.pos_ != "NOUN" or tok.lemma_.lower() in (
            lexicon.roles().instruments):
        return None
    for p in kids_of(tok):
        if p.dep_ == "prep" and p.lower_ == "from":
            g = next((g for g in kids_of(p) if g.dep_ == "pobj"), None)
            if g is not None and g.ent_type_ in ("ORG", "NORP"):
                return g
    return None


def _participant(tok: Token | None, actor: bool) -> Token | None:
    """Keep an argument that can take part in an event: never a date or a number
    ("actor: Wednesday", "actor: 71 percent"); for actors, never an event noun either
    ("the deal would end the strike": a deal does not act), a text ("the second phase
    calls for ...") nor a weapon ("hit by a missile"). A share of a group is the group."""
    tok = _called(_group_of(tok))
    if tok is None or tok.ent_type_ in NOT_ACTOR_ENTS or tok.like_num or _dateline(tok):
        return None
    if tok.ent_type_ == "" and tok.lemma_.lower() in ("percent", "%", "per", "cent"):
        return None
    lemma = tok.lemma_.lower()
    if actor and tok.ent_type_ == "" and lemma in lexicon.roles().documents and not any(
            c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for c in tok.subtree if c.i <= tok.i):
        return None  # "the agreement's second phase calls for ...", not "Israel's plan"
    if (actor and tok.ent_type_ == "" and not actor_marked(tok)
            and (lemma in lexicon.nouns() or lemma in lexicon.roles().instruments)):
        return None  # but "Israeli strikes killed ...": the strikes' own actor acts
    return tok


def _called(tok: Token | None) -> Token | None:
    """The proper name a naming participle gives the noun ('a camp called Y'); else the noun."""
    if tok is None:
        return None
    return next((n for c in kids_of(tok) if (n := given_name(c)) is not None), tok)


def _threat_teller(head: Token) -> Token | None:
    """Who holds out harm told with no doer ('Hamas said hostilities would resume'): the
    subject of the speech verb whose complement clause tells it."""
    clause = head.head if head.dep_ in ("nsubj", "nsubjpass") else head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lexicon.roles().report:
        return None
    return next((x for x in kids_of(clause.head) if x.dep_ == "nsubj"), None)


def _place(tok: Token) -> bool:
    """Whether an argument word says where, not to whom: a named place or a place noun
    (roles.json places: 'at the frontier town of Velk') as the object of a place preposition,
    or a border noun as the object of 'on' or 'along' ('massed troops on the border')."""
    if tok.dep_ != "pobj":
        return False
    prep, roles = tok.head.lower_, lexicon.roles()
    lemma = tok.lemma_.lower()
    if prep in LOC_PREPS:
        return tok.ent_type_ in ("GPE", "LOC", "FAC") or (
            tok.pos_ == "NOUN" and (lemma in roles.place_nouns or tok.lower_ in roles.place_nouns))
    return (prep in roles.border_preps and tok.pos_ == "NOUN"
            and lemma in roles.border_nouns)


def arguments(c: Candidate) -> tuple[Token | None, Token | None]:
    """(actor word, target word) of a candidate; dates and numbers are never either."""
    actor, target = _arguments(c)
    if c.judged is not None:
        # 'X said Y's raid was a breach of the truce': X accuses the raid's doer
        actor, target = c.judged[0], _noun_arguments(c.judged[1])[0]
        if c.extra.get("felt_at") == "party":  # 'disappointed with X': X, not X's doer
            actor, target = c.judged[0] or _arguments(c)[0], c.judged[1]
    if (actor is not None and actor.ent_type_ == ""
            and actor.lemma_.lower() in lexicon.roles().voices
            and (owner := possessor(actor)) is not None):
        actor = owner  # 'his earlier ruling criticised the ban': he criticised it
    actor, target = _participant(actor, True), _participant(target, False)
    if target is not None and not c.is_noun and (into := _let_into(c.head, target)) is not None:
        target = _participant(into, False) or target  # 'opened the crossing to let aid into X'
    if target is not None and c.root == "AID" and not c.is_noun:
        target = _beneficiary(c.head, target) or target  # 'set up a hospital for X': X
    if (commander := _commander(c)) is not None:
        actor = _participant(commander, True) or actor
    if actor is None and c.root == "THREATEN" and "+intent" in c.rule:
        actor = _participant(_threat_teller(c.head), True)
    if (target is not None and not c.is_noun and c.root in CONTENT_ROOTS
            and target.ent_type_ == "" and noun_lemma(target) in lexicon.nouns()):
        # 'agreed to a ceasefire (with Hamas)': the ceasefire is what was agreed, the
        # party it was agreed with is the target, or whose it is ('the tenants' demands')
        target = _participant(possessor(target) or _prep_object(target, ("with",))
                              or _prep_object(c.head, ("with",)), False)
    if (target is not None and c.root in BLAME_ROOTS and target.ent_type_ == ""
            and noun_lemma(target) in lexicon.nouns()):
        # 'spoke out against X's arrests of Y', 'condemned the raids by X': the doer of the
        # act condemned, not whom the act's own phrase names; a possessive pronoun ('its
        # sweep') is left as it is, its antecedent being often misread
        doer = possessor(target)
        if doer is None or doer.pos_ == "PRON":
            doer = _prep_object(target, ("by",))
        target = _participant(doer, False) or target
    if target is not None and c.root not in ("ASSAULT", "COERCE") and _place(target):
        target = None  # 'held talks in Geneva': where, not with whom (location says it)
    if target is None and c.root in ("ACCUSE", "REQUEST") and not c.is_noun:
        # 'alleged that Borland breached the embargo': the one the clause says did it;
        # 'demanded that Borland withdraw': the one asked (a party, not 'that talks resume')
        told = _participant(next((s for x in kids_of(c.head) if x.dep_ == "ccomp"
                                  for s in kids_of(x) if s.dep_ == "nsubj"), None), False)
        if told is not None and (c.root == "ACCUSE" or told.ent_type_ or noun_entry(
                told, None, need_standalone=False) is None):
            target = told
    if target is None and actor is not None and c.root in MUTUAL_ROOTS:
        # 'Varnia and Ostrel agreed to a truce': the one the first agreed with
        target = next((x for x in actor.conjuncts if x.i > actor.i), None)
        if target is None and (pair := _told_pair(c)) is not None and pair[0] == actor:
            target = pair[1]  # 'Varnia, Ostrel agree on a truce'
    return actor, target


def _let_into(v: Token, way: Token) -> Token | None:
    """The place or people a passage is opened for (roles.json passages): the into/to
    object of an admitting purpose ('opened the crossing to allow aid into X'), hung on the
    verb or on the passage noun, or of its complement ('to let aid reach X'); None where the
    verb's own object is no passage or no such purpose is told."""
    r = lexicon.roles()
    if way.head.i != v.i or not {way.lower_, noun_lemma(way)} & r.passage_nouns:
        return None
    for p in (*kids_of(v), *kids_of(way)):
        if (p.dep_ not in ("advcl", "xcomp", "acl") or lookup_lemma(p) not in r.passage_admit
                or not to_infinitive(p) or any(a.dep_ in ("nsubj", "nsubjpass")
                                                for a in kids_of(p))):
            continue
        for w in (p, *(x for x in kids_of(p) if x.dep_ in ("ccomp", "xcomp") and x.pos_ == "VERB")):
            dest = _prep_object(w, tuple(sorted(r.passage_preps)))
            if dest is None and lookup_lemma(w) in r.passage_arrival:
                dest = next((x for x in kids_of(w) if x.dep_ == "dobj"), None)
            if dest is not None:
                return dest
    return None


def _beneficiary(v: Token, thing: Token) -> Token | None:
    """Whom aid is given for, where the verb's object is the thing given ('set up a makeshift field
    hospital for wounded villagers', 'sent food for the refugees'): the for-object on the
    object or the verb, when it is a party (a named one, or people told in the plural), not
    an act or a purpose ('funds for the reconstruction', 'aid for rebuilding')."""
    if thing.dep_ != "dobj" or thing.head.i != v.i or thing.ent_type_:
        return None
    for_obj = _prep_object(thing, ("for",)) or _prep_object(v, ("for",))
    if for_obj is None:
        return None
    if for_obj.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or (
            for_obj.tag_ == "NNS" and not nominal_verb(for_obj)
            and noun_entry(for_obj, None, need_standalone=False) is None):
        return _participant(for_obj, False)
    return None


def _commander(c: Candidate) -> Token | None:
    """Who orders the act, when a command verb's to-complement tells it and the command is
    no event of its own (detect.commanded_act): 'Dolan ordered the army to retaliate', '...
    ordered Kessland to respond and resume strikes', '... to respond with strikes' are
    Dolan's acts, done through the one commanded."""
    v = c.head
    if c.is_noun:
        if v.dep_ != "pobj" or v.head.lower_ != "with":
            return None
        v = v.head.head  # 'to respond with strikes'
    if v.dep_ == "conj":
        v = v.head  # 'to respond and resume strikes'
    h = v.head
    if (v.dep_ != "xcomp" or lookup_lemma(h) not in lexicon.roles().commands
            or not commanded_act(read_verb(h), set())):
        return None
    return subject_of(h)


def _told_pair(c: Candidate) -> tuple[Token, Token | None] | None:
    """The two names a headline tells as the doers of a candidate: before its present verb
    (headline_pair), or before the compound verb on its noun (compound_doers)."""
    if c.is_noun:
        return compound_doers(c.head) if c.rule.startswith("compound:") else None
    return headline_pair(c.head)


def _arguments(c: Candidate) -> tuple[Token | None, Token | None]:
    if c.is_noun:
        actor, target = _noun_arguments(c.head)
        if actor is None and (pair := _told_pair(c)) is not None:
            actor = pair[0]  # 'Osk, Velka sign agreement': Osk, as 'Osk and Velka signed'
        return actor, target
    v = c.head
    if c.noun is not None and _undergoes(v, c.noun):
        # 'IDF troops came under fire', 'the convoy suffered an attack by gunmen'
        actor = _prep_object(c.noun, ("by", "from")) or _prep_object(v, ("by", "from"))
        return actor, subject_of(v)
    if _passive(v):
        return _passive_arguments(c, v)
    if c.root == "ASSAULT" and (v.lemma_.lower() in lexicon.roles().undergo_verbs or (
            c.entry is not None and c.entry.suffered)):
        # 'the victim died' (verbs.json v.die.victim): who died suffered the act, as do those
        # whose death toll rose (v.toll.rise)
        return _doer_when(v), subject_of(v)
    if c.entry is not None and c.entry.suffered and c.root != "ASSAULT":
        # 'came under fire from critics': the critics accuse, the subject suffers it
        return _from_phrase(v), subject_of(v)
    raised = _raised_subject(v)
    if raised is not None:
        return None, raised  # '13 villagers have been reported slain'
    actor = subject_of(v)
    if actor is None:
        actor = _finite_participle_subject(v)  # 'The rebels disarmed and left Osk'
    if actor is None and c.rule.endswith("+misread"):
        # 'Orlund ceded control of ...' parsed as an adjective: the noun right before is
        # its doer (verb_frames.misread_verb), which the parser hung on the object;
        # a hyphenated verb's first half stands between ('Tamrin test-fired')
        before = v.i - 1
        if (v.doc[before].tag_ == "HYPH" and before - 1 > v.sent.start
                and v.doc[before - 1].head.i == v.i):
            before -= 2
        actor = v.doc[before]
    return actor, _active_target(c, v)


def _noun_arguments(n: Token) -> tuple[Token | None, Token | None]:
    """An event noun's doer (its possessor, a nationality or name before it, its 'by/from'
    object, who plans or is engaged in it) and what it was done to."""
    actor = possessor(n)
    if actor is None:
        actor = next((x for x in kids_of(n) if x.dep_ in ("amod", "compound")
                      and x.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")), None)
    if actor is None:
        actor = _prep_object(n, ("by", "from"))
    if actor is None and (planner := _planner(n)) is not None:
        actor = subject_of(planner)  # 'accused X of preparing for attacks': X would attack
    if actor is None and (state := engaged_in(n)) is not None:
        actor = subject_of(state)  # 'the president is on a visit': the president visits
    if actor is None and (host := joint_host(n)) is not None:
        actor = subject_of(host)  # 'X began the census in collaboration with Y': X
    if actor is None and (setting := met_at(n)) is not None:
        # 'X spoke these words at a meeting with Y': X met Y
        actor = subject_of(setting if setting.pos_ in ("VERB", "AUX") else setting.head)
    target = _prep_object(n, _noun_target_preps(n))
    if (target is None and n.dep_ == "nsubj" and n.head.pos_ == "VERB"
            and lookup_lemma(n.head) not in lexicon.roles().effect_verbs):
        # 'an air strike destroyed an office building': what the act did it to; not what
        # it brought about ('the deaths sparked alarm': roles.json not_targets effects), nor
        # an adjective the parser made the object ('had `` a small , but painful effect')
        target = next((x for x in kids_of(n.head) if x.dep_ == "dobj" and x.pos_ != "ADJ"),
                      None)
    return actor, target


def _passive_arguments(c: Candidate, v: Token) -> tuple[Token | None, Token | None]:
    """A passive's doer and the one it was done to: its subject, unless a weapon, which
    gives way to what it was aimed at."""
    target = next((x for x in kids_of(v) if x.dep_ == "nsubjpass"), None)
    if target is None and to_infinitive(v):
        # 'was thought to have been executed', 'was determined to have been killed': a
        # passive infinitive with no subject is done to the subject of what it completes
        target = controller(v)
    if target is not None and noun_lemma(target) in lexicon.roles().instruments:
        # 'rockets were fired at Ashkelon': the weapon is the means, what it was fired
        # at the target ('a drone was shot down': the weapon is the target)
        # after the verb: 'once the truce ended, shells were fired' is a time
        aimed = next((g for p in AIMED_PREPS for x in kids_of(v)
                      if x.dep_ == "prep" and x.lower_ == p and x.i > v.i
                      for g in kids_of(x) if g.dep_ == "pobj"), None)
        target = aimed or (None if _defining(c, target) else target)
    if v.lemma_.lower() in lexicon.roles().yielding_passives:
        # 'would not be swayed by X's threats': the subject yields (or refuses) to X
        agent = next((g for x in kids_of(v) if x.dep_ == "agent"
                      for g in kids_of(x) if g.dep_ == "pobj"), None)
        return target, agent
    if any(x.dep_ == "agent" for x in kids_of(v)):
        return subject_of(v), target
    if v.lemma_.lower() in lexicon.roles().stative_passives:
        return target, None  # 'Israel was committed to returning the hostages'
    return _doer_when(v), target


def _active_target(c: Candidate, v: Token) -> Token | None:
    """What an active verb's act was done to: the first found of its 'on' object (for the
    verbs that take one), its object, a relative's antecedent, an ended act's object, its
    event noun's or its own target preposition, an impact's place, a weapon's target."""
    target = None
    if v.lemma_.lower() in lexicon.roles().on_targets:
        # 'blamed the violence on the militias' ('on' may hang on the object)
        target = _prep_object(v, ("on",)) or next(
            (o for x in kids_of(v) if x.dep_ == "dobj"
             for o in [_prep_object(x, ("on",))] if o is not None), None)
    if target is None:
        target = _object_target(c, v)
    if target is None and (gap := contact_relative(v)) is not None:
        target = _group_of(gap[1]) or gap[1]
    if target is None and c.noun is not None and c.noun.pos_ == "VERB":
        # an ended act's own object: "stopped shelling the town"; through its event noun
        # when it is a light verb: "stopped paying aid to the families"
        target = next((x for x in kids_of(c.noun) if x.dep_ in ("dobj", "dative")), None)
        if target is not None and target.lemma_.lower() in lexicon.nouns():
            target = (_prep_object(target, NOUN_TARGET_PREPS)
                      or _prep_object(c.noun, TARGET_PREPS))
    if target is None and c.noun is not None:
        target = _prep_object(c.noun, _noun_target_preps(c.noun))
    if target is None and v.pos_ == "ADJ":
        # a stance adjective ('is critical of the arrests'): its preposition's object
        target = next((g for p in kids_of(v) if p.dep_ == "prep"
                       for g in kids_of(p) if g.dep_ == "pobj"), None)
    if target is None:
        own: tuple[str, ...] = TARGET_PREPS
        if lookup_lemma(v) in lexicon.roles().death_cause_verbs:
            # 'died from the virus': the cause, not whom it befell (roles.json death_causes)
            own = tuple(p for p in own if p not in lexicon.roles().death_cause_preps)
        target = _prep_object(v, own, skip=c.noun)
    if target is None and c.root == "ASSAULT" and v.lemma_.lower() in lexicon.roles().impact_verbs:
        target = _impact_place(v)
    if target is None:
        # 'used batons and pepper spray against strikers': the parser hangs the target on
        # the weapon; 'confiscated rifles from X': X
        tools = [x for x in kids_of(v) if x.dep_ == "dobj"
                 and (x.lemma_.lower() in lexicon.roles().instruments or _defining(c, x))]
        preps = ("against", "at", "on") + (
            ("from",) if lookup_lemma(v) in lexicon.roles().instrument_targets else ())
        target = next((o for x in tools for y in (x, *x.conjuncts)
                       for o in [_prep_object(y, preps)] if o is not None), None)
    return target


def _object_target(c: Candidate, v: Token) -> Token | None:
    """The verb's object, dative or preposition's object that can be a target: not a number,
    an amount, a weapon used, the act's own noun or a word that defines the act."""
    for x in kids_of(v):
        if x.dep_ == "dobj" and noun_lemma(x) in lexicon.roles().transfer_nouns:
            # 'halted the sale of jets to X': X, not the sale (else the verb's 'to', below)
            if (target := _prep_object(x, ("to",))) is not None:
                return target
            continue
        if x.dep_ == "dobj" and (named := _named_apposition(x)) is not None:
            return named  # 'rebuked one of their own, Senator X, ...': X
        if x.dep_ == "dobj" and x.ent_type_ in ("", "CARDINAL"):
            x = _group_of(x) or x  # 'killed hundreds of Palestinians': the Palestinians
        if (x.dep_ in ("dobj", "dative", "pobj")
                and (c.noun is None or c.noun.i != x.i)
                and not (x.like_num or x.ent_type_ in NOT_ACTOR_ENTS)  # "gave $5 million"
                and (x.lemma_.lower() not in lexicon.roles().instruments  # "used batons"
                     or _instrument_target(v, x))  # "downed a drone"
                and not _defining(c, x)):  # 'used force': part of the act, not its target
            # a dative told with 'to' ("sent food to the refugees") is its object, not 'to'
            return (next((g for g in kids_of(x) if g.dep_ == "pobj"), None)
                    if x.pos_ == "ADP" else x)
    if c.root != "OCCURRENCE" and not any(x.dep_ in ("dobj", "dative", "prep") for x in kids_of(v)):
        # 'raided and sealed the offices': the object the two verbs share is the first's too
        # (an occurrence's verb is mostly intransitive: 'the rig exploded and caught fire')
        return next((x for x in shared_objects(v, list(kids_of(v)))
                     if not (x.like_num or x.ent_type_ in NOT_ACTOR_ENTS)
                     and not _defining(c, x)), None)
    return None


def _from_phrase(v: Token) -> Token | None:
    """The object of a from- or by-phrase on the verb or on its preposition's object ('came
    under fire from critics': the parser hangs 'from' on 'fire')."""
    return _prep_object(v, ("from", "by")) or next(
        (o for p in kids_of(v) if p.dep_ == "prep" for g in kids_of(p) if g.dep_ == "pobj"
         for o in [_prep_object(g, ("from", "by"))] if o is not None), None)


def _instrument_target(v: Token, weapon: Token) -> bool:
    """'downed a drone', 'seized weapons': the weapon is what the act is done to (roles.json
    instrument_targets), unless it is taken from someone ('confiscated weapons from X': X)."""
    return (lookup_lemma(v) in lexicon.roles().instrument_targets
            and _prep_object(v, ("from",)) is None and _prep_object(weapon, ("from",)) is None)


def _planner(n: Token) -> Token | None:
    """The verb of planning (roles.json planners) whose object an event noun is ('were
    preparing an offensive', 'prepared for an assault'): its subject is the one who would act."""
    v = n.head.head if n.dep_ == "pobj" and n.head.dep_ == "prep" else n.head
    if n.dep_ not in ("dobj", "pobj") or v.pos_ != "VERB":
        return None
    return v if v.lemma_.lower() in lexicon.roles().planners else None


#: Subordinators of a clause that tells how a passive act came about ('were killed when
#: the navy launched a rocket at their truck').
_DOER_MARKS = frozenset({"when", "as", "after"})


def _doer_when(v: Token) -> Token | None:
    """The doer of a passive act with no agent, from a when/as/after clause under it whose
    own verb codes an act ('two were killed when the navy launched a rocket at their
    truck', 'twenty were hurt when Varnia hit a tower'): that act's subject, when it
    can act (not 'an airstrike', 'a shell': :func:`_participant`); else None."""
    from dateline.events.detect import verb_entry

    for c in kids_of(v):
        if c.dep_ != "advcl" or c.pos_ != "VERB" or not any(
                m.dep_ in ("mark", "advmod") and m.lower_ in _DOER_MARKS for m in kids_of(c)):
            continue
        subj = next((s for s in kids_of(c) if s.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" or verb_entry(c) is None:
            continue
        return _participant(subj, True)
    return None


def _raised_subject(v: Token) -> Token | None:
    """The subject a participle with none of its own takes from the passive report verb it
    completes ('13 were reported killed', 'two are feared dead': 'reported' is passive,
    'killed' its complement): what the act was done to; None for other verbs."""
    if v.tag_ != "VBN" or v.dep_ not in ("xcomp", "oprd", "ccomp") or v.head.i == v.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") for c in kids_of(v)):
        return None
    h = v.head
    if h.lemma_.lower() not in lexicon.roles().report or not _passive(h):
        return None
    return next((c for c in kids_of(h) if c.dep_ == "nsubjpass"), None)


def _defining(c: Candidate, obj: Token) -> bool:
    """Is the object the means the lexicon entry needs to make the verb this event ('used
    force', 'used tear gas': verbs.json objects of a 'means' entry)? Then it belongs to the
    act, not its target (unlike 'shot a journalist', whose object is the target)."""
    objs = c.entry.objects if c.entry is not None and c.entry.means else None
    return objs is not None and (noun_lemma(obj) in objs or any(
        ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in objs for ch in kids_of(obj)))


def _undergoes(verb: Token, noun: Token) -> bool:
    """The verb's subject suffers the event its noun names (roles.json 'undergo')."""
    r = lexicon.roles()
    if verb.lemma_.lower() in r.undergo_verbs:
        return True
    prep = noun.head
    # 'put the leader under arrest': with an object of its own, the verb's subject does
    # the act to that object; 'came under fire', 'was put under arrest': the subject suffers
    return (noun.dep_ == "pobj" and prep.head.i == verb.i and prep.lower_ in r.undergo_preps
            and not any(c.dep_ == "dobj" for c in kids_of(verb)))


def quantities(ann: Annotation, c: Candidate) -> tuple[int, ...]:
    """Indexes of quantities inside the event's own clause (objects, not other clauses)."""
    if not ann.quantities:
        return ()
    spans: list[tuple[int, int]] = []
    for t in c.tokens:
        for ch in kids_of(t):
            if ch.dep_ in CLAUSE_CUT:
                continue
            spans.append((ch.left_edge.idx, ch.right_edge.idx + len(ch.right_edge)))
    out = []
    for i, q in enumerate(ann.quantities):
        if any(lo <= q.start < hi for lo, hi in spans):
            out.append(i)
    return tuple(out)
