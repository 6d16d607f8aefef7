"""Acts told by a verb and its object noun: light verbs ('staged a protest'),
ending verbs ('lifted the curfew') and event nouns formed from verbs ('the signing of
the treaty')."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.candidate import NAMED_NOT_EVENT, NOUN_POS, Candidate
from dateline.events.dependents import (
    asked_plainly,
    by_objects,
    headline_subject,
    objects,
    to_infinitive,
)
from dateline.events.kids import kids_of
from dateline.events.no_act import facility_stopped, gathering_closed
from dateline.events.object_heads import qualifies_object
from dateline.events.senses import (
    about_party,
    context_fits,
    nominal_verb,
    noun_entry,
    of_objects,
    prep_object_indices,
    verb_entry,
)
from dateline.events.words import lookup_lemma, modifier_words, noun_key

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.verb_read import Verb


DASHES = frozenset({"\u2014", "\u2013", "--", ":"})


def _after_dash(verb: Token, o: Token) -> bool:
    """Whether a dash or colon stands between the verb and the noun: what follows one
    restates the sentence ("returning the hostages and destroying Hamas -- two war
    goals") and is no object of the verb, whatever the parse says."""
    lo, hi = sorted((verb.i, o.i))
    return any(t.text in DASHES for t in verb.doc[lo + 1 : hi])


def _nominal(o: Token) -> bool:
    """A noun, or a direct object the tagger took for an adverb or adjective ('poured
    scorn on': 'scorn' tagged RB): the parser's object of the verb names a thing."""
    return o.pos_ in NOUN_POS or (o.dep_ == "dobj" and o.pos_ in ("ADV", "ADJ"))


@lru_cache(maxsize=1)
def light_lemmas() -> frozenset[str]:
    """The verbs a light-verb reading may code a noun under: roles.json light verbs and
    every noun entry's own light verbs. Under any other verb no noun entry fits (see
    senses._noun_entry) and no nominal reading is tried, so light_verb_event finds none."""
    own = (e.light for entries in lexicon.nouns().values() for e in entries if e.light)
    return lexicon.roles().light.union(*own)


def light_verb_event(tok: Token, taken: set[int], found: list[Token] | None = None,
                     verb: Verb | None = None) -> Candidate | None:
    """Light verb + event noun ("staged a protest", "went on strike", "opened fire");
    ``found``: ``objects(tok)`` when the caller has them, ``verb``: the verb's lemma and
    dependents when the caller has read them."""
    lemma = lookup_lemma(tok) if verb is None else verb.lemma
    if lemma not in light_lemmas():
        return None  # no light verb: no noun is coded under it (most verbs)
    kids = tuple(kids_of(tok)) if verb is None else verb.kids  # (read once)
    r = lexicon.roles()
    rev = r.reverse_particles.get(lemma, frozenset())
    if any(c.dep_ == "prt" and c.lower_ in rev for c in kids):
        return None  # "called off the strike" ends it, see ending_verb_event
    if lemma in r.light_active and any(c.dep_ == "nsubjpass" for c in kids):
        return None  # "the delivery was completed": the noun tells its own act
    need = lexicon.roles().light_particles.get(lemma)
    prts = {c.lower_ for c in kids if c.dep_ == "prt"}
    if need is not None and not (prts & need or ("" in need and not prts)):
        # "stepped into the strike" is no strike; "stepped up attacks" is; '' is the verb
        # with no particle: "headed the march" is, "headed off further rioting" is not
        return None
    # the noun after the verb first: in "an hour into the truce, troops came under fire"
    # the fronted truce is no object of 'came'
    objs = objects(tok, kids) if found is None else list(found)
    # "was put under investigation", "came under fire": the state the verb puts its
    # object (or passive subject) in is a prepositional object beside it
    objs += [g for c in kids if c.dep_ == "prep" and c.lower_ in ("under", "into")
             and c.i > tok.i for g in kids_of(c) if g.dep_ == "pobj" and g not in objs]
    head = headline_subject(tok, kids)  # 'Embargo imposed on ...': what was imposed comes first
    if not head and _put_participle(tok):
        head = [tok.head]  # 'with a halt put on more talks': the halt is what was put
    objs = head + [o for o in objs if o not in head]
    given_to = _recipients(tok, objs)
    for o in sorted(objs, key=lambda o: o.i < tok.i and o not in head):
        if o.i in taken or not _nominal(o) or _after_dash(tok, o) or qualifies_object(o):
            continue  # 'flew over the strike zone': a place, no strike
        if o.i in given_to:
            continue  # 'gave the relief convoys safe passage': the convoys get it
        if o.dep_ == "compound" and lookup_lemma(o.head) in (r.forces | r.matters):
            continue  # "sent riot police", "raised the food crisis": no riot, no aid
        e = noun_entry(o, lemma, need_standalone=False)
        if e is not None and e.root in r.fulfilled_roots and lemma in r.fulfil_verbs:
            taken.add(o.i)  # 'carried out its threat': done, the act beside it is coded
            return _threat_done(tok, o, taken)
        if (e is not None and lemma in r.commands and not _decreed(tok)
                and (e.root in r.ordered_asked or e.id in r.ordered_asked_entries)):
            # "ordered the immediate release of the pilot": the release is asked for
            return Candidate(tok, "REQUEST", f"light:{lemma}+{e.id}+ordered", [tok, o], e,
                             noun=o)
        if e is not None and lemma in r.offer_verbs and e.root in r.offered_roots:
            # "offered an amnesty": the intent to grant it (roles.json offers)
            return Candidate(tok, "AGREE", f"light:{lemma}+{e.id}+intent", [tok, o], e, noun=o)
        if e is not None and e.root == "THREATEN" and warning_to_act(tok, o):
            # "issued a warning to the rebels to disarm": asked to act, as 'warned X to'
            return Candidate(tok, "REQUEST", f"light:{lemma}+{e.id}+warned_to", [tok, o], e,
                             noun=o)
        if e is not None:
            return Candidate(tok, e.root, f"light:{lemma}+{e.id}", [tok, o], e, noun=o)
        # "announced the suspension of aid": the noun's own verb decides
        nom = nominal(o, taken) if lemma in lexicon.roles().light else None
        if nom is not None and nom.entry is not None:
            rule = nom.rule if nom.rule.startswith("reverse:") else nom.entry.id
            return Candidate(tok, nom.root, f"light:{lemma}+{rule}", [tok, o], nom.entry, noun=o)
    return None


def warning_complement(tok: Token, noun: Token) -> Token | None:
    """The to-infinitive of a warning given ('issued a warning to the rebels to disarm'),
    hung on the light verb or on its noun (roles.json warnings_to_act nouns); None for
    another noun or none."""
    return _asked_complement(tok, noun, lexicon.roles().warn_to_act_nouns)


def _asked_complement(tok: Token, noun: Token, nouns: frozenset[str]) -> Token | None:
    """The to-infinitive of one of ``nouns`` given by the light verb ``tok``, hung on the
    verb or on the noun after it; None for another noun or none."""
    if lookup_lemma(noun) not in nouns:
        return None
    return next((x for x in (*kids_of(tok), *kids_of(noun)) if x.i > noun.i
                 and x.dep_ in ("advcl", "acl", "xcomp") and to_infinitive(x)), None)


def warned_doer(x: Token) -> Token | None:
    """Who does the to-infinitive ``x`` of a warning, a call or an ultimatum given (roles.json
    warnings_to_act addressed): the party addressed ('sent a warning to Dorvan to pull its
    warships out': Dorvan pulls, 'issued a call to Dorvan to release the prisoners'), not the
    one who warns or asks; None when ``x`` is no such noun's complement or no party is named."""
    h = x.head
    noun = h if h.pos_ in NOUN_POS else next(
        (o for o in kids_of(h) if o.dep_ == "dobj" and o.pos_ in NOUN_POS), None)
    if noun is None or h.i == x.i:
        return None
    verb = noun.head if noun is h else h
    given = _asked_complement(verb, noun, lexicon.roles().addressed_nouns)
    if given is None or given.i != x.i:
        return None
    for c in (*kids_of(noun), *kids_of(verb)):
        if c.dep_ in ("dative", "prep") and c.lower_ == "to":
            to = next((n for n in kids_of(c) if n.dep_ == "pobj"), None)
            if to is not None:
                return to
        elif c.dep_ == "dative" and c.pos_ in NOUN_POS:
            return c
    return None


def warning_to_act(tok: Token, noun: Token) -> bool:
    """A warning to act asks it ('gave a warning to farmers to keep away'), unless the act is
    negated ('not to block the roads') or joined to an alternative ('or face air strikes'):
    those stay threats, as for the verb (verb_candidates._warned_to_act)."""
    x = warning_complement(tok, noun)
    return x is not None and asked_plainly(x)


def _threat_done(tok: Token, threat: Token, taken: set[int]) -> Candidate | None:
    """The act a threat carried out names by its to-infinitive ('carried out its threat to
    strike'), done by the verb's subject (roles.json fulfilled_threats); None where the
    threat names none (the act told beside it is coded)."""
    for x in kids_of(threat):
        if x.dep_ not in ("acl", "relcl") or x.pos_ != "VERB" or not to_infinitive(x):
            continue
        e = verb_entry(x)
        if e is not None and x.i not in taken:
            taken.add(x.i)
            return Candidate(tok, e.root, f"light:{lookup_lemma(tok)}+fulfilled+{e.id}",
                             [tok, x], e, noun=threat)
    return None


def _put_participle(tok: Token) -> bool:
    """A past participle of placing after the noun it describes ('a freeze put on further
    talks', 'the curbs placed on the press'; roles.json placed_participles): that noun is
    what was put, the on-object only where it was put."""
    return (tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.i > tok.head.i
            and lookup_lemma(tok) in lexicon.roles().placed_participles
            and tok.head.pos_ in NOUN_POS)


def _recipients(verb: Token, objs: list[Token]) -> set[int]:
    """The indirect object of a verb with a direct one, and its compounds: who is given the
    act ('gave the aid convoys safe passage', 'issued the rebels an ultimatum'), never the
    act itself, though its own noun may name one ('relief', 'aid')."""
    if not any(o.dep_ == "dobj" and o.head.i == verb.i for o in objs):
        return set()
    told = {o.i for o in objs if o.dep_ == "dative" and o.head.i == verb.i}
    return told | {o.i for o in objs if o.dep_ == "compound" and o.head.i in told}


def _decreed(tok: Token) -> bool:
    """'signed a decree ordering the release of 50 prisoners': what a ruler's own decree
    orders is done by its signer, not asked of another (roles.json commands decrees); the
    parser may hang the participle on the verb of the decree ('issued a decree on Monday
    ordering ...')."""
    decrees = lexicon.roles().command_decrees
    if tok.dep_ == "acl":
        return lookup_lemma(tok.head) in decrees
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and any(
        o.dep_ == "dobj" and lookup_lemma(o) in decrees for o in kids_of(tok.head))


def nominal(tok: Token, taken: set[int]) -> Candidate | None:
    """An event noun the noun lexicon lacks, formed from a lexicon verb and followed by
    its of-object ("the signing of the treaty", "the delivery of medicine", "the suspension
    of military aid"): coded as that verb with the of-object as its object; an ending
    noun with its to-object too ("a halt to the offensive" RETREAT)."""
    if (tok.pos_ != "NOUN" or tok.ent_type_ in NAMED_NOT_EVENT
            or noun_key(tok) in lexicon.nouns()):
        return None
    verb = nominal_verb(tok)
    if verb is None:
        return None
    ending = verb in lexicon.roles().reverse
    own = prep_object_indices(tok, ("of", "to") if ending else ("of",))
    if ending and not own and tok.dep_ == "dobj":
        own = prep_object_indices(tok.head, ("to",))  # on the verb: "put an end to the raids"
    if not own:
        return None
    e = verb_entry(tok, verb)
    if e is None and not ending and verb in lexicon.roles().light:
        return _light_nominal(tok, verb, own, taken)
    if ending and (e is None or e.objects is None):
        # "the lifting of the curfew", "called a halt to the offensive"
        rev = ending_verb_event(tok, taken, [tok.doc[i] for i in sorted(own)], verb)
        if rev is not None:
            taken.update(own)
            return rev
    if e is None or any(facility_stopped(tok, tok.doc[i], verb)
                        or gathering_closed(tok.doc[i], verb) for i in own):
        return None  # 'the closing of a bakery': a stoppage; 'of the fair': its end (no_act)
    if e.root == "COOPERATE" and _sum_alone(tok, own):
        return None  # 'built a plant with an investment of $70 million': money spent
    taken.update(own)
    return Candidate(tok, e.root, f"nominal:{verb}+{e.id}", [tok], e, noun=tok,
                     control=e.control)


def _sum_alone(tok: Token, own: set[int]) -> bool:
    """'an investment of 120 million marks': a cooperation noun whose of-object is a sum
    of money and that names no party, neither its doer (noun_candidates.actor_marked) nor
    one in an in-, into- or with-phrase, tells money spent, no exchange between parties
    (the codebook's COOPERATE is mutual cooperation; roles.json spent_sums)."""
    from dateline.events.noun_candidates import actor_marked  # (it reads nominal())

    return (all(_sum(tok.doc[i]) for i in own) and not actor_marked(tok)
            and not about_party(tok, lexicon.roles().spent_sum_preps))


def _sum(g: Token) -> bool:
    """A sum of money: the tagger may mark only its figure ('120 million Velkan marks')."""
    return g.ent_type_ == "MONEY" or any(c.ent_type_ == "MONEY" for c in kids_of(g))


def _light_nominal(tok: Token, verb: str, own: set[int], taken: set[int]) -> Candidate | None:
    """A light verb's own noun ('the imposition of an embargo'): its of-object's event noun
    is coded as behind the verb ('imposed an embargo')."""
    for i in sorted(own):
        e = noun_entry(tok.doc[i], verb, need_standalone=False)
        if e is not None:
            taken.add(i)
            return Candidate(tok, e.root, f"light:{verb}+{e.id}", [tok, tok.doc[i]], e,
                             noun=tok.doc[i])
    return None


def _civil_makers(tok: Token) -> bool:
    """The ending verb's doer (subject or by-agent), or a participle on it, is a word of
    people in dissent ('striking truck drivers', 'protesting farmers', 'fishermen'): what
    they end is their own protest (roles.json reverse_nouns civil_makers)."""
    makers = lexicon.roles().reverse_civil_makers
    doers = [c for c in kids_of(tok) if c.dep_ in ("nsubj", "nsubjpass")] + by_objects(tok)
    return any(w.lemma_.lower() in makers or w.lower_ in makers
               for d in doers for w in (d, *kids_of(d)) if w.i <= d.i)


def ending_verb_event(tok: Token, taken: set[int], objs: list[Token] | None = None,
                      lemma: str | None = None) -> Candidate | None:
    """Ending/easing verb + event noun ("halted talks" SANCTION, "lifted the curfew" CONCEDE);
    ``objs``: the nouns it ends, when not its own objects, and ``lemma`` the verb, for an
    ending noun ('a halt to the offensive', 'the lifting of the curfew')."""
    r = lexicon.roles()
    lemma = lemma or lookup_lemma(tok)
    need = r.reverse_particles.get(lemma)
    if need is not None:
        parts = {c.lower_ for c in kids_of(tok) if c.dep_ == "prt"}
        if not (parts & need or ("" in need and not parts)):
            return None
    ended = _ended_subjects(tok, lemma) if objs is None else []
    for o in [*objects(tok), *headline_subject(tok), *ended] if objs is None else objs:
        if o.i in taken or o.pos_ not in NOUN_POS:
            continue
        if lemma in r.dropping_verbs and o.lemma_.lower() in r.dropped_goods:
            continue  # 'they drop food': an airdrop delivers, ends no aid
        key = noun_key(o)
        entries = lexicon.nouns().get(key)
        if entries:
            mods = modifier_words(o)
            # the noun's sense: modifiers must fit ('ended the clinical trials' ends no
            # case: not_modifiers, as senses reads them); entries free of light-verb limits first
            fit = sorted((e for e in entries if (e.modifiers is None or mods & e.modifiers)
                          and not (e.not_modifiers is not None and mods & e.not_modifiers)
                          and (e.objects is None or of_objects(o) & e.objects)
                          and not (e.not_owners is not None and of_objects(o) & e.not_owners)
                          and context_fits(e, o)
                          and (e.preps is None or about_party(o, e.preps))),
                         key=lambda e: e.light is not None)
            if o in ended and not (fit and fit[0].root in r.ended_roots):
                continue  # 'the talks ended': only a protest told ended is called off
            own = fit[0].root not in r.reverse_nouns_keep if fit else False
            root = ((own and r.reverse_nouns.get(key)) or _reversed(lemma, fit[0].root)
                    if fit else None)
            if root and key in r.reverse_nouns and _civil_makers(tok):
                root = "CONCEDE"  # 'striking drivers abandoned their blockade': dissent eased
            if root == "SANCTION" and mods & r.reverse_proposed:
                root = "REJECT"  # 'withdrew from the proposed deal': a plan turned down
            if root:
                return Candidate(tok, root, f"reverse:{lemma}+{fit[0].id}", [tok, o],
                                 fit[0], noun=o)
    for g in kids_of(tok):  # "stopped fighting", "ceased firing": the act is a gerund
        if g.dep_ not in ("xcomp", "ccomp") or g.tag_ != "VBG" or g.i in taken:
            continue
        e = verb_entry(g)
        light = light_verb_event(g, taken) if e is None else None  # "stopped paying aid"
        if light is not None and light.noun is not None and light.entry is not None:
            e = light.entry
            taken.add(light.noun.i)
        root = _reversed(lemma, e.root) if e is not None else None
        if e is not None and root:
            return Candidate(tok, root, f"reverse:{lemma}+{e.id}", [tok, g], e, noun=g)
    return None


def ended_phrase(tok: Token) -> bool:
    """'the boycott came to an end', 'the sit-in drew to a close': a verb of roles.json
    ended_protests phrase_verbs with a to-phrase of its phrase_ends and no object tells its
    subject ended, as 'ended' does."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.ended_phrase_verbs or any(
            c.dep_ in ("dobj", "nsubjpass") for c in kids_of(tok)):
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() in r.ended_phrase_ends
               for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ == "to"
               for g in kids_of(p))


def ended_phrase_event(tok: Token, taken: set[int]) -> Candidate | None:
    """A protest told ended by a phrase ('the boycott of classes came to an end'; roles.json
    ended_protests): called off, as 'the boycott ended' is; other acts keep their reading."""
    if not ended_phrase(tok):
        return None
    subjects = [c for c in kids_of(tok) if c.dep_ == "nsubj"]
    cand = ending_verb_event(tok, taken, objs=subjects, lemma="end")
    if cand is None or cand.entry is None or cand.entry.root not in lexicon.roles().ended_roots:
        return None
    return cand


def _ended_subjects(tok: Token, lemma: str) -> list[Token]:
    """'the teachers' strike ended after ...': the subject noun of an intransitive ending verb
    (roles.json ended_protests), told ended as an object would be ('ended their strike')."""
    if lemma not in lexicon.roles().ended_verbs or objects(tok):
        return []
    return [c for c in kids_of(tok) if c.dep_ == "nsubj"]


def _reversed(verb: str, root: str) -> str | None:
    """The root of an act ended or eased (roles.json reverse_map); a retreat or concession
    held up is a refusal to yield ('suspended the pullout' REJECT, roles.json held_yields)."""
    r = lexicon.roles()
    if root in r.held_yield_roots:
        return "REJECT" if verb in r.held_yield_verbs else None
    return r.reverse_map.get(root)
