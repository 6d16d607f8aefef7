"""What a verb's dependents say for choosing its sense: particles, objects (with
the parser's misreadings mended), a headline's bare subject, the noun a participle describes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.candidate import ACTOR_ENTS, NOUN_POS
from dateline.events.kids import kids_of
from dateline.events.words import lookup_lemma, opens_sentence

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from spacy.tokens import Token


OBJ_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})


OBJ_PREPS = frozenset(
    {"to", "on", "for", "with", "from", "into", "of", "in", "against", "over", "under",
     "down", "off", "up"}  # "voted down the bill": particles the parser calls prepositions
)


def particles(tok: Token, kids: Sequence[Token] | None = None) -> set[str]:
    """Particles and bare prepositions of a verb ("pull back", "call for", "walk away from"),
    and prepositional phrases as 'prep lemma' ("to death", "on trial"); ``kids``: the verb's
    dependents when the caller has read them."""
    # npadvmod: the first half of a hyphenated verb ("test-fired", "force-fed")
    # only after the verb: a fronted phrase ('At 01:00, a carrier was hit by a missile') is
    # an adjunct, not the 'at' of 'hit out at'
    # a time's 'at' ('called X at 02:15') says when, not which sense: it is no 'call at'
    # an adverb may come first: "jointly patrolling the river" is 'patrol jointly'
    # '12 points behind X' measures a distance ('stand 11th, 12 points behind X'): no 'stand behind'
    kids = [c for c in (kids_of(tok) if kids is None else kids)  # (read once: new Tokens
            if not _measured_prep(c) and not _compound_adverb(c)]  # each pass)
    out = {c.lower_ for c in kids
           if c.dep_ in ("prt", "prep", "advmod", "agent", "npadvmod")
           and (c.i > tok.i or c.dep_ in ("npadvmod", "advmod")) and not _dated_prep(c)}
    # a preposition with its object's lemma: "hacked to death", "put on trial",
    # "placed under (house) arrest", "kept in custody" name the act, whatever the object;
    # the parser calls the to-phrase of "sent troops to the border" a dative
    # "barred them from entering": a gerund after the preposition counts as its object
    # "called for the army to withdraw": the 'for' opens the verb's clausal complement
    out |= {g.lower_ for c in kids if c.dep_ in ("advcl", "ccomp") and c.i > tok.i
            for g in kids_of(c) if g.dep_ == "mark" and g.lower_ == "for"}
    # a particle the parser gave an object is a preposition ('were put on high alert')
    out |= {f"{c.lower_} {g.lemma_.lower()}" for c in kids
            if c.dep_ in ("prep", "dative", "prt") and c.i > tok.i
            for g in kids_of(c) if g.dep_ in ("pobj", "pcomp")}
    # "were put on standby": the parser may make the 'on' a particle and its noun a sibling
    out |= {f"{c.lower_} {n.lemma_.lower()}" for c in kids if c.dep_ == "prt" and c.i > tok.i
            for n in kids if n.pos_ in NOUN_POS and c.i < n.i <= c.i + 2}
    out |= _object_with(kids)
    out |= _misread_rank(tok, kids)
    # 'called home its ambassador', 'called its envoy home': the parser's object predicate
    out |= {c.lower_ for c in kids if c.dep_ == "oprd" and c.i > tok.i
            and c.lower_ in lexicon.roles().predicate_particles}
    # "shot dead two fishermen": the parser may hang the word right after the verb on the
    # object as its adjective; it is the verb's ('shot dead'), as in "shot dead a policeman"
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if (nxt is not None and nxt.dep_ == "amod" and nxt.head.dep_ == "dobj"
            and nxt.head.head.i == tok.i):
        out.add(nxt.lower_)
    return out


def _misread_rank(tok: Token, kids: list[Token]) -> set[str]:
    """'raised their missions to embassy level': the parser may read 'to embassy' as an
    infinitive (a VB clause with 'to' as its aux) whose object is a rank word right after it
    (roles.json ranks); the verb's phrase is 'to embassy', as a noun read right would give."""
    ranks = lexicon.roles().rank_words
    return {f"to {x.lower_}" for x in kids
            if x.dep_ in ("advcl", "xcomp") and x.i > tok.i and x.tag_ == "VB"
            and x.i + 1 < len(x.doc) and x.nbor(1).dep_ == "dobj" and x.nbor(1).head.i == x.i
            and x.nbor(1).lemma_.lower() in ranks
            and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == x.i - 1 for a in kids_of(x))}


def _compound_adverb(c: Token) -> bool:
    """A particle word that ends a fixed adverb with the word its own modifier is ('turned
    upside down', 'inside out'; roles.json compound_adverbs): a manner, not the 'turn down'
    or 'turn out' of a phrasal verb."""
    return c.dep_ in ("advmod", "prt") and any(
        g.dep_ == "advmod" and g.i == c.i - 1
        and f"{g.lower_} {c.lower_}" in lexicon.roles().compound_adverbs for g in kids_of(c))


def _object_with(kids: list[Token]) -> set[str]:
    """'with X' phrases the parser hung on the verb's object or on a prepositional object
    after it ('reached the town with food', 'arrived in the district with medicine'): the
    verb's, as 'with food' (prep and object lemma; never a bare 'with', which would read
    'met the minister with his aides' as 'met with')."""
    objs = [c for c in kids if c.dep_ == "dobj"]
    objs += [g for c in kids if c.dep_ == "prep" for g in kids_of(c) if g.dep_ == "pobj"]
    return {f"with {g.lemma_.lower()}" for o in objs for g in prep_objects(o, ("with",))}


_TIME_PREPS = frozenset({"at"})


def _measured_prep(p: Token) -> bool:
    """A preposition a counted measure comes before ('12 points behind', 'two laps ahead of',
    '3 km beyond'): it tells a distance or a ranking, not the sense the particle gives a verb."""
    return p.dep_ == "prep" and any(
        m.dep_ == "npadvmod" and m.i < p.i and any(n.dep_ == "nummod" for n in kids_of(m))
        for m in kids_of(p))


def _dated_prep(p: Token) -> bool:
    """'at' with only dates or times for objects ('a waypoint called X at 02:15'): when, not
    the 'fire at' of a verb. Not 'for' ('called for Friday to become a day of strikes' is a call
    for); nor 'in' or 'during', nor 'on' after a verb with no direct object (tried: an event
    of the check story was lost, of a verb whose sense reads a particle that only the date
    gave). 'on' after a direct object or a particle is when ('moved tanks to the border on
    Sunday', 'the match was called off on Sunday': 'off' gives the sense, no 'call on')."""
    if p.dep_ != "prep" or not (p.lower_ in _TIME_PREPS or (
            p.lower_ == "on" and any(c.dep_ in ("dobj", "prt") for c in kids_of(p.head)))):
        return False
    pobjs = [g for g in kids_of(p) if g.dep_ == "pobj"]
    return bool(pobjs) and all(g.ent_type_ in ("DATE", "TIME") for g in pobjs)


def _bare_datives(found: list[Token]) -> bool:
    """Only a bare 'to' the parser made the dative ('handed in their weapons to UN monitors',
    the object under the particle 'in'): no object, so the prepositional objects are read."""
    return all(c.dep_ == "dative" and c.pos_ == "ADP" for c in found)


def objects(tok: Token, kids: Sequence[Token] | None = None) -> list[Token]:
    """Object-like dependents: direct objects (or, without one, prepositional objects),
    passive subjects, and their conjuncts, compounds and of-objects; ``kids``: the verb's
    dependents when the caller has read them."""
    # (read once: each pass over .children makes new Tokens; and each label once, which
    # every test below reads first: a Token's dep_ looks its string up again at each read)
    kids = list(kids_of(tok) if kids is None else kids)
    deps = [c.dep_ for c in kids]
    out: list[Token] = [c for c, d in zip(kids, deps, strict=True)
                        if d in OBJ_DEPS or misread_subject_noun(c)
                        or (d == "dep" and blank_line_object(tok, c))]
    # "began manoeuvres off the coast": the parser may make a plural object a clausal
    # complement (the 'off' its particle); a common noun there is the object
    out += [c for c, d in zip(kids, deps, strict=True)
            if d == "xcomp" and c.pos_ == "NOUN" and c.tag_ == "NNS"]
    if not out or _bare_datives(out):
        out = [o for o in _prep_objects(kids, deps, out) if not _purpose(tok, o)]
    out += _told_of(tok, kids, deps)
    if not out:
        out = shared_objects(tok, kids)
    return out + _object_parts(out)


def _purpose(verb: Token, o: Token) -> bool:
    """'stopped in Tesk for talks': the for-phrase of a halting verb is what the halt is
    made for, no object (roles.json ended_purposes)."""
    r = lexicon.roles()
    return (o.dep_ == "pobj" and o.head.head == verb and o.head.lower_ in r.purpose_preps
            and lookup_lemma(verb) in r.purpose_verbs)


#: what may stand between two coordinated verbs that share one object ('raided, searched and
#: sealed'; 'raided and then sealed')
_BETWEEN_SHARERS = frozenset({"cc", "punct", "advmod"})


def shared_objects(tok: Token, kids: list[Token]) -> list[Token]:
    """'raided and sealed the offices': the parser hangs the object two coordinated verbs
    share on the last one only, so the first (with no object or subject of its own, right
    before it) acts on that object too (right node raising)."""
    for c in kids:
        if c.dep_ != "conj" or c.i < tok.i or c.pos_ != "VERB":
            continue
        between = [t for t in tok.doc[tok.i + 1:c.i] if t.head.i in (tok.i, c.i)
                   or t.dep_ in ("conj", "cc", "punct")]
        if len(between) != c.i - tok.i - 1 or any(
                t.dep_ not in _BETWEEN_SHARERS and not (t.dep_ == "conj" and t.pos_ == "VERB")
                for t in between):
            continue  # 'raided the homes and sealed the offices': each its own object
        if any(g.dep_ in ("nsubj", "nsubjpass") for g in kids_of(c)):
            continue  # 'troops raided and police sealed the offices': another clause
        objs = [g for g in kids_of(c) if g.dep_ in ("dobj", "dative")]
        if objs:
            return objs
        if not any(g.dep_ in _CLAUSE_PARTS for g in kids_of(c)):
            return shared_objects(c, list(kids_of(c)))  # 'raided, searched and sealed'
    return []


#: a coordinated verb with one of these has its own clause: no object passed back through it
_CLAUSE_PARTS = frozenset({"dobj", "dative", "prep", "ccomp", "xcomp", "attr", "oprd"})


def _prep_objects(kids: list[Token], deps: list[str], out: list[Token]) -> list[Token]:
    """``out`` with the prepositional objects of a verb with no direct one (or only bare
    datives): 'pulled out of X', 'walked away from X'; an under-phrase only alone and not
    naming a text. ``deps``: the labels of ``kids``."""
    for c, dep in zip(kids, deps, strict=True):
        if dep not in ("prep", "prt", "advmod"):
            continue
        if dep != "prep" or c.lower_ in OBJ_PREPS:
            out += [g for g in kids_of(c) if g.dep_ in ("pobj", "pcomp")
                    and g.pos_ in NOUN_POS and g.ent_type_ not in ("DATE", "TIME")]
        for g in kids_of(c):  # "pull out of X", "walk away from X": nested preposition
            if g.dep_ == "prep" and g.lower_ in OBJ_PREPS:
                out += [h for h in kids_of(g) if h.dep_ == "pobj"]
    # "withdrew from X under the terms of the deal": beside another prepositional
    # object the under-phrase names the terms acted by, not what is acted on; alone
    # too when it names a text ('withdrew under the plan'; 'came under attack' stays)
    lone = all(o.head.lower_ == "under" for o in out)
    return [o for o in out if o.head.lower_ != "under"
            or (lone and o.lemma_.lower() not in lexicon.roles().documents)]


def _told_of(tok: Token, kids: list[Token], deps: list[str]) -> list[Token]:
    """What the verb acts on though the parse makes it no object: an as-phrase, a predicate
    adjective, a raised or copular passive's subject, a verbless small clause, the subject
    of a non-finite complement or of a bare infinitive. ``deps``: the labels of ``kids``."""
    labelled = list(zip(kids, deps, strict=True))
    # "used civilians as human shields": the as-phrase says what the object serves as
    out = [g for c, d in labelled if d == "prep" and c.lower_ == "as"
           for g in kids_of(c) if g.dep_ == "pobj"]
    # "found the company guilty": the predicate adjective is what the verb says of it
    # (parsed as an adverbial clause too: 'held Hamas solely responsible')
    out += [c for c, d in labelled if d in ("ccomp", "xcomp", "advcl") and c.pos_ == "ADJ"]
    # "shells were said to have been launched": a passive infinitive with no subject of its
    # own under a passive verb is done to that verb's subject (raising)
    own = tok.dep_
    if own == "xcomp" and "auxpass" in deps and "nsubj" not in deps and "nsubjpass" not in deps:
        out += [c for c in kids_of(tok.head) if c.dep_ == "nsubjpass"]
    # "its tank units were still positioned near the frontier": a participle the parser makes a
    # predicate of 'be' / 'remain' is a passive, done to the copula's subject
    if own == "acomp" and tok.tag_ == "VBN" and tok.head.lemma_ in _COPULAS:
        out += [c for c in kids_of(tok.head) if c.dep_ == "nsubj"]
    if "ccomp" not in deps and "xcomp" not in deps:
        return out  # (the tests below read only those clauses)
    # "let aid convoys into the city": a verbless small clause is parsed as a noun ccomp
    out += [c for c, d in labelled if d == "ccomp" and c.pos_ in NOUN_POS
            and not any(g.dep_ in ("nsubj", "aux") for g in kids_of(c))]
    # "allowed parties to campaign": the complement's subject is the verb's object; not
    # that of a finite clause ("announced that the talks had failed" announced no talks)
    out += [g for c, d in labelled if d in ("ccomp", "xcomp") and not _finite(c)
            for g in kids_of(c) if g.dep_ == "nsubj"]
    # "let inspectors visit the site": after let / make / help the bare infinitive is often
    # tagged a present verb, yet its subject is still the verb's object
    if "ccomp" in deps and tok.lemma_.lower() in _BARE_INFINITIVE_HEADS:
        out += [g for c, d in labelled if d == "ccomp" and c.tag_ in ("VB", "VBP")
                and not any(x.dep_ in ("mark", "aux", "auxpass") for x in kids_of(c))
                for g in kids_of(c) if g.dep_ == "nsubj"]
    return out


def _object_parts(out: list[Token]) -> list[Token]:
    """The words around each object that name what is acted on with it: a predicate
    adjective parsed as its modifier, its noun conjuncts, compounds and nmods, its
    of-object (an amount of money's in-object)."""
    more: list[Token] = []
    for o in out:
        # (its dependents and their labels read once for the four tests of them)
        labelled = [(c, c.dep_) for c in kids_of(o)]
        # "held the rebels responsible": the predicate adjective is parsed as a modifier
        more += [c for c, d in labelled if d == "amod" and c.pos_ == "ADJ"]
        more += [c for c in o.conjuncts if c.pos_ in NOUN_POS]
        # "tear gas": the tagger often calls the first word of a compound an adjective
        more += [c for c, d in labelled if d == "compound" and c.pos_ in _MODIFIER_POS]
        # "restored internet and mobile services": a first coordinated modifier is parsed nmod
        more += [c for c, d in labelled if d == "nmod" and c.pos_ in NOUN_POS]
        # "state of emergency", "release of hostages": the of-object names the thing
        # "$50 million in aid": a sum of money's in-object is what it is paid as
        amount = o.ent_type_ == "MONEY"
        if amount and o.dep_ == "dobj":
            # "suspended 40 million dollars in aid to X": the in-phrase right after the sum
            # is often hung on the verb, not on the sum
            labelled += [(p, p.dep_) for p in kids_of(o.head) if p.i == o.right_edge.i + 1]
        for p, dep in labelled:
            if dep == "prep" and (p.lower_ == "of" or (amount and p.lower_ == "in")):
                pobjs = [g for g in kids_of(p) if g.dep_ == "pobj"]
                more += pobjs  # "part of an army aid scheme": the compound names it
                # ... but 'the right of trade unions': a body's kind is no thing acted on
                more += [c for g in pobjs for c in kids_of(g) if c.dep_ == "compound"
                         and lookup_lemma(g) not in lexicon.roles().named_bodies]
    return more


#: the parts of speech of a compound's first word that name an object with it ('tear gas')
_MODIFIER_POS = NOUN_POS | {"ADJ"}


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a clause's own tense ('is', 'said', 'will')


_BARE_INFINITIVE_HEADS = frozenset({"let", "make", "help"})


_COPULAS = frozenset({"be", "remain", "stay"})


def _finite(clause: Token) -> bool:
    """A clause with a tense of its own ('that the talks had failed', 'the strike was
    over'), unlike a to-infinitive or a bare one ('allowed parties to campaign'). A past
    form alone is not enough: the tagger calls a participle after its noun one ('shortened
    the curfew imposed after the coup')."""
    return (clause.tag_ in FINITE_TAGS - {"VBD"}
            or (clause.tag_ == "VBD" and clause.lemma_ == "be")) or any(
        c.dep_ == "mark" or (c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS)
        for c in kids_of(clause))


def negated_adjectives(kids: Sequence[Token], found: list[Token]) -> set[str]:
    """'not guilty' for a predicate adjective with its own 'not' ('found not guilty',
    'pleaded not guilty'): the lexicon lists such a verdict apart from the bare adjective.
    ``kids``: the verb's dependents, ``found``: its objects."""
    adjs = [*found, *(c for c in kids if c.dep_ in ("acomp", "oprd"))]
    return {f"not {a.lemma_.lower()}" for a in adjs
            if a.pos_ == "ADJ" and any(c.dep_ == "neg" for c in kids_of(a))}


#: a verb's dependents that make it no headline's bare passive: an object other than a bare
#: dative ('sent to the gulf'), or an auxiliary
_HEADLINE_DONE = (OBJ_DEPS - {"dative"}) | {"aux", "auxpass"}


def headline_subject(tok: Token, kids: Sequence[Token] | None = None) -> list[Token]:
    """'Curfew lifted in the north', 'Warships sent to the gulf': a headline drops the passive's
    auxiliary and the parser makes the bare noun that opens it the doer of a past verb with no
    object; for choosing the verb's sense it is what was done to. ``kids``: the verb's
    dependents when the caller has read them."""
    if tok.tag_ not in ("VBD", "VBN"):
        return []  # (tested first: most verbs are neither, and need no dependents read)
    kids = list(kids_of(tok) if kids is None else kids)
    # 'sent to the gulf': the parser's dative is a bare 'to'; 'Talks resumed' and 'Strikes
    # continued' tell their subject as happening (roles.json subject_events)
    if subject_event_verb(tok) or any(c.dep_ in _HEADLINE_DONE for c in kids):
        return []
    if tok.dep_ == "acl" and tok.head.dep_ == "ROOT":  # 'Sanctions imposed on ...': the noun
        return [tok.head] if _bare_opening(tok.head) else []  # made the root, the verb its acl
    return [c for c in kids if c.dep_ == "nsubj" and _bare_opening(c)]


def _bare_opening(noun: Token) -> bool:
    """A common noun without article, possessor or number that opens its sentence (a headline
    capitalises it, and the tagger may then call it a name)."""
    return noun.pos_ in NOUN_POS and not noun.ent_type_ and opens_sentence(noun.left_edge) \
        and not any(g.dep_ in ("det", "poss", "nummod") for g in kids_of(noun))


def modified_lemmas(tok: Token) -> set[str]:
    """The noun a participle describes ('a summary released by the mediator': what was
    released), so that an entry's not_objects keep it out as they would 'released a summary',
    and the noun a passive relative clause tells of ('farmers who had been shot dead': the
    relative pronoun its subject stands for them), so that an entry's objects find it. Not
    a participle on the noun the parser made the sentence's root, with an article and no
    by-agent: that is the finite verb misread ('The rebels disarmed under the monitors'
    watch': they disarmed; a headline's bare 'Rebels disarmed in X' stays done to them)."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in NOUN_POS:
        if _misread_finite(tok):
            return set()
        return {lookup_lemma(tok.head)}
    if tok.dep_ == "relcl" and tok.head.pos_ in NOUN_POS and any(
            c.dep_ == "nsubjpass" and c.tag_ in ("WP", "WDT") for c in kids_of(tok)):
        return {lookup_lemma(tok.head)}
    return {lookup_lemma(s) for s in _fronted_subjects(tok)}


def _fronted_subjects(tok: Token) -> list[Token]:
    """'Hosted by the agency, the media fair runs until May' (or 'Organised by X and hosted by
    Y, the fair ...'): a past participle with no subject or auxiliary of its own, opening its
    sentence as an adverbial clause of the main verb, describes that verb's subject."""
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.tag_ == "VBN":
        tok = tok.head  # (the first participle of the pair carries the clause)
    if tok.dep_ != "advcl" or tok.tag_ != "VBN" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in kids_of(tok)):
        return []
    return [s for s in kids_of(tok.head)
            if s.dep_ in ("nsubj", "nsubjpass") and s.i > tok.i and s.pos_ in NOUN_POS]


def _misread_finite(tok: Token) -> bool:
    """A past participle hung on the sentence's root noun, which has an article, with no
    by-agent of its own: the sentence's own verb, read as a participle (see
    :func:`modified_lemmas`)."""
    noun = tok.head
    return (noun.dep_ == "ROOT" and noun.i < tok.i
            and any(c.dep_ == "det" for c in kids_of(noun))
            and not any(c.dep_ == "agent" for c in kids_of(tok)))


def misread_subject_noun(tok: Token) -> bool:
    """A sentence's first word tagged a base-form verb and parsed as the clausal subject (or
    an adverbial clause) of a passive with no subject ('Aid to the north was suspended'): a
    bare verb cannot open a clause with no 'to', subject or object of its own, so it is the
    noun, the passive's subject (issue 4)."""
    if tok.tag_ != "VB" or not opens_sentence(tok) or any(
            c.dep_ in ("nsubj", "aux", "mark", "dobj", "neg", "advmod") for c in kids_of(tok)):
        return False
    head = list(kids_of(tok.head))
    return tok.dep_ == "csubjpass" or (
        tok.dep_ == "advcl" and any(c.dep_ == "auxpass" for c in head)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head))


def blank_line_object(verb: Token, noun: Token) -> bool:
    """A common noun (with its own modifiers) right after its verb, ending the line before a
    blank line, parsed as a bare 'dep' ('..., ending strike' as a headline): the blank line's
    space token hung on the noun unsettles the parse, which reads the line alone as 'dobj'."""
    doc = noun.doc
    return (noun.dep_ == "dep" and noun.pos_ == "NOUN" and noun.left_edge.i == verb.i + 1
            and verb.pos_ == "VERB" and noun.i + 1 < len(doc) and doc[noun.i + 1].is_space
            and doc[noun.i + 1].text.count("\n") >= 2 and doc[noun.i + 1].head.i == noun.i)


def prep_objects(tok: Token, preps: Collection[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions named in ``preps`` ('of the striker', 'against
    hopes of ...', 'with the UN agency')."""
    return [g for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ in preps
            for g in kids_of(p) if g.dep_ == "pobj"]


def by_phrases(tok: Token) -> list[Token]:
    """A verb's by-phrases: the parser's passive agent, or a 'by' preposition it hung on the
    verb (it reads 'swayed by threats' either way)."""
    return [c for c in kids_of(tok)
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]


def by_objects(tok: Token) -> list[Token]:
    """The objects of a verb's :func:`by_phrases` ('by Arland', 'by 38 percent of voters')."""
    return [g for p in by_phrases(tok) for g in kids_of(p) if g.dep_ == "pobj"]


def to_infinitive(tok: Token) -> bool:
    """A verb with 'to' as its auxiliary ('to pull back', 'to hit')."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in kids_of(tok))


def asked_plainly(act: Token) -> bool:
    """A warning's to-infinitive asks its act plainly: not negated ('warned them not to cross
    the line') nor joined to an alternative ('to disarm or face an offensive'), either of
    which makes the warning a threat (roles.json warnings_to_act: the verb and the noun)."""
    return not any(c.dep_ == "neg" or (c.dep_ == "cc" and c.lower_ in ("or", "otherwise"))
                   for c in kids_of(act))


def subject_event_verb(verb: Token) -> bool:
    """A verb whose subject is an event told as happening (roles.json subject_events):
    'resumed', or 'came' with 'into force' or 'from', 'took' with 'effect'."""
    r = lexicon.roles()
    lemma = lookup_lemma(verb)
    if lemma in r.subject_event_verbs:
        return True
    words = r.subject_event_words.get(lemma)
    if not words:
        return False
    # "underway" the parser may read as an adjective complement (acomp)
    near = [c for c in kids_of(verb) if c.dep_ in ("prep", "prt", "dobj", "advmod", "acomp")]
    near += [g for c in near if c.dep_ == "prep" for g in kids_of(c) if g.dep_ == "pobj"]
    # 'came a day after the minister visited': the word is the mark of a clause
    near += [m for c in kids_of(verb) if c.dep_ == "advcl" for m in kids_of(c)
             if m.dep_ == "mark" and m.lower_ not in r.subject_event_prep_only]
    return any(t.lower_ in words for t in near)


def _happens(verb: Token) -> bool:
    """A verb telling its subject, a gathering, happen: subject_events ('the talks start'),
    or a planned_sessions verb in the passive ('the talks will be held')."""
    if subject_event_verb(verb):
        return True
    return lookup_lemma(verb) in lexicon.roles().session_passives and any(
        c.dep_ == "auxpass" for c in kids_of(verb))


def planned_by_modifier(noun: Token) -> bool:
    """'one day before his planned summit with X', 'the proposed talks between X and Y': a
    noun with a plan modifier (roles.json planned_sessions modifiers) and a party named in
    its phrase (a possessor, a name, a between/among/with-phrase) is told ahead."""
    r = lexicon.roles()
    if not any(c.dep_ == "amod" and c.lower_ in r.session_plan_modifiers for c in kids_of(noun)):
        return False
    return _names_party(noun, ("between", "among", "with"))


def _names_party(noun: Token, preps: tuple[str, ...]) -> bool:
    """``noun``'s phrase names a party: a name of an actor kind, a possessor, or one of
    ``preps`` ('talks between X and Y')."""
    return any(t.ent_type_ in ACTOR_ENTS or t.dep_ == "poss"
               or (t.dep_ == "prep" and t.lower_ in preps)
               for t in noun.subtree)


def planned_session(noun: Token) -> Token | None:
    """The verb telling a gathering ``noun`` (roles.json transactions sessions, or the
    of-object of a container of one: 'a new round of talks') happen later, else None: 'will'
    on it ('talks will be held'), 'be' with it as to-infinitive ('the talks are to start'),
    'due' with it ('are due to begin'), or an intent verb over it ('the summit is scheduled to
    open'; roles.json planned_sessions). Only with parties named in the subject's phrase
    ('talks between the two sides', 'a round of talks involving X and Y'): with none, a date is set
    (roles.json mentioned_acts session_verbs)."""
    r = lexicon.roles()
    subj = noun
    if (noun.dep_ == "pobj" and noun.head.lower_ == "of"
            and noun.head.head.lemma_.lower() in r.containers):
        subj = noun.head.head
    if (noun.lemma_.lower() not in r.sessions and noun.lower_ not in r.sessions) or \
            subj.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if not _names_party(subj, ("between", "among")):
        return None  # 'the next summit will be held in Osk': a date set (mentioned_acts)
    verb = subj.head
    if _happens(verb):
        future = any(c.dep_ == "aux" and c.lower_ in r.future_aux for c in kids_of(verb))
        return verb if future else None
    lemma = verb.lemma_.lower()
    heads = [verb]
    if lemma in r.copular_plans:
        heads += [c for c in kids_of(verb) if c.dep_ == "acomp" and c.lower_ in r.scheduled]
    elif lemma not in r.intent:
        return None
    return next((x for h in heads for x in kids_of(h)
                 if x.dep_ == "xcomp" and to_infinitive(x) and _happens(x)), None)


def given_name(participle: Token) -> Token | None:
    """The proper name a naming participle gives its noun ('a camp called Y', 'a building
    known as the X Tower'; roles.json namings), by 'as' or as its predicate; else None.
    A subjectless participle the parser hung beside its clause ('the Harl River (also called
    the Tesk) on the border', a parataxis) names the noun before it as an acl would."""
    if participle.dep_ not in ("acl", "parataxis") or participle.tag_ != "VBN" \
            or participle.lemma_.lower() not in lexicon.roles().naming_verbs:
        return None
    if participle.dep_ == "parataxis" and any(
            g.dep_ in ("nsubj", "nsubjpass") for g in kids_of(participle)):
        return None
    named = next((g for g in kids_of(participle) if g.dep_ in ("oprd", "attr")), None) or next(
        (g for p in kids_of(participle) if p.dep_ in ("prep", "dative") and p.lower_ == "as"
         for g in kids_of(p) if g.dep_ == "pobj"), None)
    if named is None or named.ent_type_ in ("DATE", "TIME"):
        return None  # 'a paper called Thursday on X to ...': a date is no name, a misparse
    return named if named.pos_ == "PROPN" or named.ent_type_ else None


def title_participle(tok: Token) -> bool:
    """A participle before a named person that the parser read as a gerund subject with the
    name for its object ('Visiting UN chief Kofi Annan said ...'): it says who the person is
    (a visitor), the act is told elsewhere if at all (issue 4)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("nsubj", "nsubjpass", "csubj"):
        return False
    kids = [c for c in kids_of(tok) if c.dep_ != "punct"]
    if not kids:  # or a bare clausal subject beside the name's own subject phrase
        kids = [c for c in kids_of(tok.head) if c.dep_ in ("nsubj", "nsubjpass")]
    elif kids[0].dep_ != "dobj":
        return False
    return (len(kids) == 1 and kids[0].ent_type_ == "PERSON"
            and kids[0].left_edge.i == tok.i + 1)
