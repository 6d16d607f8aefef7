"""Lexicon senses of a verb or an event noun whose conditions the parse meets
(particle, objects, subjects, modifiers, light verb, the sentences around for context)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.agents import accident_blast, antecedent, controller, non_agent_owner
from dateline.events.candidate import ACTOR_ENTS, NOUN_POS
from dateline.events.dependents import (
    by_objects,
    headline_subject,
    modified_lemmas,
    negated_adjectives,
    objects,
    particles,
    prep_objects,
    to_infinitive,
)
from dateline.events.kids import kids_of
from dateline.events.lexicon import Entry
from dateline.events.parties import RECEIVER, REFUSER, is_party
from dateline.events.words import (
    VOWELS,
    hyphenated,
    lemmas_of,
    lookup_lemma,
    modifier_words,
    noun_key,
    noun_lemma,
)

if TYPE_CHECKING:
    from collections.abc import Sequence, Set

    from spacy.tokens import Span, Token

    from dateline.events.verb_read import Verb


#: Sentences before and after a word's own that may tell its sense when its own does not.
CONTEXT_BEFORE, CONTEXT_AFTER = 2, 1


def _context_sentences(tok: Token) -> Iterator[Span]:
    """The word's sentence, then its neighbours nearest first (the one before first),
    found only when asked for: the word's own sentence usually decides."""
    doc, own = tok.doc, tok.sent
    yield own
    back: Span | None = own
    ahead: Span | None = own
    for d in range(max(CONTEXT_BEFORE, CONTEXT_AFTER)):
        if back is not None and d < CONTEXT_BEFORE:
            back = doc[back.start - 1].sent if back.start > 0 else None
            if back is not None:
                yield back
        if ahead is not None and d < CONTEXT_AFTER:
            ahead = doc[ahead.end].sent if ahead.end < len(doc) else None
            if ahead is not None:
                yield ahead


def context_fits(e: Entry, tok: Token) -> bool:
    """An entry's context: one of 'context' present and none of 'unless' ('the strike'
    among workers and pay is a labour strike, among missiles it is not). The word's own
    sentence decides when it holds any of those words; else the nearest neighbouring
    sentence that does ('Jets pounded Rafah overnight. No warning was given before the
    strikes began.'); with none anywhere, only an entry that needs no context fits."""
    if e.context is None and e.unless is None:
        return True
    for sent in _context_sentences(tok):
        words = lemmas_of(sent)
        if not words.isdisjoint(lexicon.context_modifiers()):
            words -= _loose_modifiers(sent)  # most sentences hold no such word: no second scan
        if e.unless is not None and words & e.unless:
            return False
        if e.context is not None and words & e.context:
            return True
    return e.context is None


def _loose_modifiers(sent: Span) -> set[str]:
    """Context words that modify none of their heads in the sentence, so tell no context:
    'air' in 'air traffic' (roles.json context_modifiers); 'air strikes' keeps it."""
    bound = lexicon.context_modifiers()
    kept = {t.lower_ for t in sent if t.lower_ in bound and lookup_lemma(t.head) in bound[t.lower_]}
    return {w for w in bound if w not in kept}


def noun_entry(tok: Token, light_verb: str | None, need_standalone: bool) -> Entry | None:
    """First noun entry that fits: light-verb and modifier conditions checked; a verb
    sense listed for the noun's of-object comes first ('the evacuation of the outposts'
    as 'evacuated the outposts')."""
    e = _noun_entry(tok, light_verb, need_standalone)
    if e is None or not prep_object_indices(tok) or (e.light is not None and e.objects):
        return e  # a sense keyed to its light verb and of-object is the more specific
    verb = nominal_verb(tok)
    sense = verb_entry(tok, verb) if verb is not None else None
    return sense if sense is not None and sense.objects is not None else e


def _noun_entry(tok: Token, light_verb: str | None, need_standalone: bool) -> Entry | None:
    entries = lexicon.nouns().get(noun_key(tok))
    if not entries:
        return None
    mods = modifier_words(tok)
    if light_verb is not None:
        mods |= _of_modifiers(tok)
    for e in entries:
        if e.light is not None and (light_verb is None or light_verb not in e.light):
            continue
        if e.light is None and light_verb is not None and (
                e.no_light or light_verb not in lexicon.roles().light):
            continue
        if e.modifiers is not None and not mods & e.modifiers:
            continue
        if e.not_modifiers is not None and mods & e.not_modifiers:
            continue  # "a custody battle", "a verbal attack": no combat
        if e.objects is not None and not of_objects(tok) & e.objects:
            continue  # "expulsion of diplomats" (SANCTION) vs "of migrants" (COERCE)
        if e.not_objects is not None and of_objects(tok) & e.not_objects:
            continue  # "a demonstration of the fact that": no protest
        if e.preps is not None and not (about_party(tok, e.preps) or (
                e.prep_places is not None and _about_place(tok, e.preps, e.prep_places))):
            continue  # "voiced confidence that the talks would succeed": about no party
        if e.not_owners is not None and _owners(tok) & e.not_owners:
            continue  # "the striker's nationalization": a passport, no seizure
        if e.doers is not None and not _state_doer(tok, e.doers):
            continue  # "the union launched strikes on Velmar's ports": a stoppage
        if need_standalone and not e.standalone:
            continue
        if e.root == "RETREAT" and left_contest(tok):
            continue  # "a late withdrawal from the championships": no ground given up
        if e.root == "ASSAULT" and accident_blast(tok):
            continue  # "another gas blast struck the mine": an accident (accident_blasts)
        if e.root == "ASSAULT" and company_fight(tok):
            continue  # "the battle for control of car maker X": a takeover fight
        if not context_fits(e, tok):
            continue
        if e.unless_named and _named_modifier(tok):
            continue  # "US strikes", "Russian strikes": a state's strikes are attacks
        return e
    return None


def about_party(tok: Token, preps: frozenset[str]) -> bool:
    """A phrase of one of ``preps`` naming a party (a person, a body, a state or a people
    among its words) on the noun ('confidence in the Osk monitors', 'in Tesk's plans') or, on
    a verb's object, on the verb after the noun (the parser's 'voiced confidence | in the
    monitors'), or a clause on the noun whose subject such a word marks or whose receiver
    is a party ('permission for Brel warships to dock', 'the permission it gave Lirn's
    monitors'); 'confidence in the numbers' names none."""
    objs = prep_objects(tok, preps)
    if tok.dep_ == "dobj":
        objs += [g for g in prep_objects(tok.head, preps) if g.i > tok.i]
        # 'banned the sale of weapons to Marovia': the parser may call the to-phrase a dative
        objs += [g for p in kids_of(tok.head) if p.dep_ == "dative" and p.lower_ in preps
                 and p.i > tok.i for g in kids_of(p) if g.dep_ == "pobj"]
        if "to" in preps:
            receivers = _receivers(tok)
            if any(_unnamed_receiver(g) for g in receivers):
                return True  # 'gave the opposition permission' (roles.json givings)
            objs += receivers
    for clause in (c for c in kids_of(tok) if c.dep_ in ("acl", "relcl")):
        # 'permission for Brel warships to use its ports' (a for-subject), 'the permission
        # it gave Velmar's monitors' (the clause's receiver)
        marked = any(m.dep_ == "mark" and m.lower_ in preps for m in kids_of(clause))
        objs += [g for g in kids_of(clause)
                 if g.dep_ == "dative" or (marked and g.dep_ == "nsubj")]
    return any(w.ent_type_ in ACTOR_ENTS and not _kind_only(w) for g in objs for w in g.subtree)


def _about_place(tok: Token, preps: frozenset[str], places: frozenset[str]) -> bool:
    """A phrase of one of ``preps`` on the noun, or on its verb after it, naming a place by
    one of ``places`` ('launched strikes on the capital', 'on a border town')."""
    objs = prep_objects(tok, preps)
    if tok.dep_ == "dobj":
        objs += [g for g in prep_objects(tok.head, preps) if g.i > tok.i]
    return any(noun_lemma(g) in places for g in objs)


def _receivers(obj: Token) -> list[Token]:
    """Who a verb of giving gives its object to when the sentence says it without 'to': the
    verb's dative, or the noun phrase the parser folded into the object as its compound
    ('gave the Red Cross permission to', read 'the [Red Cross permission]'; roles.json
    giving_verbs). 'Gave the Velkan envoy's permission' has no such compound."""
    verb = obj.head
    if verb.pos_ != "VERB" or lookup_lemma(verb) not in lexicon.roles().giving_verbs:
        return []
    return [c for c in (*kids_of(verb), *kids_of(obj))
            if c.dep_ == "dative" or (c.dep_ == "compound" and c.head.i == obj.i and c.i < obj.i)]


def _unnamed_receiver(g: Token) -> bool:
    """A receiver no name marks that is a party all the same: one of roles.json givings
    'receivers' ('the opposition', 'the monitors') or a compulsions doer ('the rebels')."""
    return g.pos_ in NOUN_POS and (lookup_lemma(g) in lexicon.roles().giving_receivers
                                   or is_party(g, RECEIVER))


def _state_doer(tok: Token, doers: Set[str]) -> bool:
    """The subject of the light verb whose object is ``tok`` is a state or a force: its
    head word a party by name ('Kessland'), or one of ``doers`` ('the Velkan government');
    'Velmar's opposition', 'the union' are neither."""
    if tok.dep_ != "dobj":
        return False
    return any(s.dep_ == "nsubj" and (s.ent_type_ in ACTOR_ENTS or lookup_lemma(s) in doers)
               for s in kids_of(tok.head))


def _kind_only(w: Token) -> bool:
    """A party word that only tells what kind a thing is: the first half of a hyphenated
    modifier whose second half is a kind word ('a UK-style system', 'Soviet-era rules';
    roles.json kind_modifiers), not 'Velkan-led monitors'."""
    i = w.i
    doc = w.doc
    return (i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i + 1].whitespace_
            and not w.whitespace_ and doc[i + 2].lower_ in lexicon.roles().kind_modifiers)


def _of_modifiers(tok: Token) -> set[str]:
    """A light verb's noun with its of-object says what a compound would ('carried out a
    test of a missile' is 'a missile test', 'waged a campaign of disinformation'): the
    of-object's words count as modifiers. Only under a light verb: a bare noun's of-phrase
    is often its owner ('the readiness of the army to intervene')."""
    return {w for g in prep_objects(tok, ("of",)) for w in (g.lower_, g.lemma_.lower())}


def of_objects(tok: Token) -> set[str]:
    """Lemmas of an event noun's of- and on-objects and their compounds ("withdrawal of UN
    peacekeepers", "a ban on imports"): for a noun, what it is done to. The parser often
    hangs the on-phrase of a verb's object on the verb ('lifted its ban on exports'), or of a
    participle of placing after it ('a freeze put on talks', roles.json placed_participles)."""
    out: set[str] = set()
    preps = [p for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ in ("of", "on")]
    if tok.dep_ == "dobj":
        preps += [p for p in kids_of(tok.head) if p.dep_ == "prep" and p.lower_ == "on"
                  and p.i > tok.i]
    # 'a freeze put on further talks': the participle of placing carries the noun's on-phrase
    placed = lexicon.roles().placed_participles
    preps += [p for a in kids_of(tok) if a.dep_ == "acl" and a.tag_ == "VBN"
              and lookup_lemma(a) in placed
              for p in kids_of(a) if p.dep_ == "prep" and p.lower_ == "on"]
    # 'a freeze on hiring': a gerund object (pcomp) names what the noun is done to as well
    for g in (g for p in preps for g in kids_of(p) if g.dep_ in ("pobj", "pcomp")):
        out.add(lookup_lemma(g))
        out.update(lookup_lemma(c) for c in kids_of(g) if c.dep_ == "compound")
    return out


def _owners(tok: Token) -> set[str]:
    """Lemmas and '@' entity kinds of a noun's possessor and of-objects ('Marr's', 'his',
    'of the striker'): whose the act is or whom it concerns; '@non_agent' when the possessor
    is a storm, a disease or a market, or 'its' standing for one (agents.non_agent_owner)."""
    owners = [c for c in kids_of(tok) if c.dep_ == "poss"]
    owners += prep_objects(tok, ("of",))
    kinds = {"@non_agent"} if owners and non_agent_owner(tok) else set()
    return ({o.lemma_.lower() for o in owners} | {o.lower_ for o in owners}
            | {"@" + o.ent_type_.lower() for o in owners if o.ent_type_} | kinds)


def _named_modifier(tok: Token) -> bool:
    """A state owns the noun ('US strikes') or is what it is against ('a strike against
    Iraq', 'strikes on Yemen'): a stoppage is against an employer, not a country."""
    if any(c.dep_ in ("amod", "compound", "poss", "nmod")
           and c.ent_type_ in ("NORP", "GPE") for c in kids_of(tok)):
        return True
    return any(g.ent_type_ == "GPE" for g in prep_objects(tok, ("against", "on")))


def _agent_lemmas(tok: Token) -> set[str]:
    """What the by-phrase of a passive names ('swayed by threats', 'by Arland'), as lemmas and
    entity kinds: an entry whose particle is 'by' may list it, whatever the subject is (a
    pronoun subject names no kind of party)."""
    out: set[str] = set()
    for g in by_objects(tok):
        out |= {lookup_lemma(g), noun_lemma(g)}
        out |= {"@" + g.ent_type_.lower()} if g.ent_type_ else set()
    return out


class _Reading:
    """What :func:`verb_entry`'s conditions read of a verb, its dependents (``kids``) and the
    objects it was ``found`` with, each worked out at the first entry that asks: most of a
    verb's entries fail on a test before the subject's or the particles' words are needed."""

    def __init__(self, tok: Token, found: list[Token], kids: Sequence[Token]) -> None:
        self.tok, self.found, self.kids = tok, found, kids

    @cached_property
    def parts(self) -> set[str]:
        return particles(self.tok, self.kids)

    @cached_property
    def held(self) -> tuple[set[str], set[str]]:
        return _held_particles(self.tok, self.found, self.kids)

    @cached_property
    def objs(self) -> set[str]:
        return _object_words(self.tok, self.found, self.kids)

    @cached_property
    def subjects(self) -> tuple[set[str], set[str]]:
        return _subject_words(self.tok, self.kids)

    @cached_property
    def by_objs(self) -> set[str]:
        return _agent_lemmas(self.tok)


@cache
def _first_words(particles: frozenset[str]) -> frozenset[str]:
    """The words an entry's particles begin with ('on' of 'on trial', 'out')."""
    return frozenset(p.partition(" ")[0] for p in particles)


def _unreadable(particles: frozenset[str], forms: Set[str] | None) -> bool:
    """Whether none of an entry's ``particles`` can be read in a sentence whose words'
    lower-cased forms are ``forms`` (None: not known, so each may be). Every particle string
    :func:`verb_entry` reads (``particles``, ``_held_particles``, ``_topic_owners``) begins
    with the form of a word of the verb's parse tree (a dependent, an object's preposition,
    the 'for', 'to' or 'with' of a phrase), and a tree never leaves its sentence: so an
    entry whose particles all begin with a word the sentence lacks cannot fit, and its test
    needs no dependents read (most particle entries of a common verb, 'take', 'have', 'go';
    issue 4 speed)."""
    return forms is not None and _first_words(particles).isdisjoint(forms)


def verb_entry(
    tok: Token, lemma: str | None = None, given: list[Token] | None = None,
    verb: Verb | None = None, forms: Set[str] | None = None,
) -> Entry | None:
    """First verb entry whose particle and object conditions the parse satisfies
    (``lemma``: look the verb up as that lemma, keeping its own dependents; ``given``:
    ``objects(tok)`` when the caller has them; ``verb``: the verb's lemma and dependents
    when the caller has read them; ``forms``: the lower-cased forms of the words of the
    verb's sentence when the caller has them, see :func:`_unreadable`)."""
    entries = lexicon.verbs().get(lemma or (lookup_lemma(tok) if verb is None else verb.lemma))
    if not entries:
        return None
    kids = tuple(kids_of(tok)) if verb is None else verb.kids  # (read once for all entries)
    found = [*(objects(tok, kids) if given is None else given), *headline_subject(tok, kids)]
    read = _Reading(tok, found, kids)
    for e in entries:
        if e.particle is not None and (_unreadable(e.particle, forms) or not (
                read.parts | (read.held[0] if e.objects else set()) | read.held[1]) & e.particle):
            continue
        if (e.not_particle is not None and not _unreadable(e.not_particle, forms)
                and read.parts & e.not_particle):
            continue  # 'signed up to run in the election': enlisting, no agreement signed
        if e.intransitive and any(c.dep_ in ("dobj", "ccomp") for c in kids):
            continue  # 'has given three speeches in a bid to ...': no giving in; 'the study
            # demonstrated that ...': showing, no protest
        if e.transitive and tok.dep_ != "acl" and not any(
                c.dep_ in ("dobj", "nsubjpass") for c in kids):
            continue  # 'refugees were sheltering in camps': shelter taken, none given
        if e.bare_party and not _complemented(kids) and not _party_subject(kids):
            continue  # 'incidents have declined since June': a fall, no refusal
        if e.to_do and not _to_do(tok, kids):
            continue  # 'granted the miners a shorter working week': no time limit to act
        if e.not_that and _that_clause(tok, kids) and not any(c.dep_ == "xcomp" for c in kids):
            continue  # 'persuaded the court that he was ill': convincing, no request
        if e.not_stated and _stated_clause(kids):
            continue  # 'insisted he had been set up': a claim, no demand
        if e.subjects is not None and not read.subjects[0] & e.subjects:
            continue
        if e.not_subjects is not None and (read.subjects[0] | read.subjects[1]) & e.not_subjects:
            continue  # 'camps which shelter 40,000 people': a place holds them, no party acts
        # 'he would not be swayed by threats': a by-particle entry may list the by-phrase
        by = read.by_objs if e.particle is not None and "by" in e.particle else set()
        if e.objects is not None and not (read.objs | by) & e.objects:
            continue
        if e.not_objects is not None and (read.objs | by | modified_lemmas(tok)) & e.not_objects:
            continue  # "meet its obligations", "speaking to the BBC": another sense; 'stood
            # by his remarks': a by-particle entry's by-phrase is its object here too
        if e.not_own_objects is not None and any(_own_thing(o, e.not_own_objects) for o in found):
            continue  # 'defended his stance': justifying oneself, backing no party
        if e.not_own_staff is not None and any(own_staff(o, e.not_own_staff) for o in found):
            continue  # 'ordered his workers not to': a body's own people, no other party
        if e.preps is not None and not any(about_party(o, e.preps) for o in found):
            continue  # 'withdrew permission for the street market': no party's
        if e.owned and not any(_party_owned(o) for o in found):
            continue  # 'echoed those remarks': no party's words taken up
        if e.modifiers is not None and not {
                c.lower_ for c in kids if c.dep_ == "advmod"} & e.modifiers:
            continue  # 'forcibly returned': a deportation only with the adverb
        if e.root == "RETREAT" and (left_contest(tok, _LEAVE_PREPS) or left_post(tok)):
            continue  # "pulled out of the Games", "out of the car market", "quit as coach",
            # "pulled out before the tournament"
        if e.root == "COERCE" and (left_contest(tok, ("for", "from")) or left_contest(
                tok, ("from",), lexicon.roles().contest_products)):
            continue  # "banned for four matches", "barred from the Games": a sport's penalty;
            # "offal was barred from dog feed": a product rule
        if not context_fits(e, tok):
            continue
        return e
    return None


#: a verb's dependents that complete it: what is declined ('declined the offer', 'the offer
#: was declined', 'declined to comment', 'declined that')
_COMPLEMENTS = frozenset({"dobj", "nsubjpass", "xcomp", "ccomp", "dative"})


def _complemented(kids: Sequence[Token]) -> bool:
    """Whether a verb has an object or a complement (``_COMPLEMENTS``) among its dependents."""
    return any(c.dep_ in _COMPLEMENTS for c in kids)


def _party_subject(kids: Sequence[Token]) -> bool:
    """Whether a verb's subject can be a party that acts: none of its own (a conjunct's,
    'was asked to quit but declined', is the clause's it joins), or one that
    :data:`parties.REFUSER` reads as a party: a name, a personal pronoun, or a noun of
    compulsions doers, duty parties, titles or descriptions ('the government', 'both
    sides', 'the minister', 'the company'). 'Incidents', 'sales', 'the number of cases' are
    none: they rise and fall. ``kids``: the verb's dependents."""
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    return subj is None or is_party(subj, REFUSER)


def _object_words(tok: Token, found: list[Token], kids: Sequence[Token]) -> set[str]:
    """The words an entry's ``objects`` and ``not_objects`` are matched against: of each
    object in ``found``, its lemma, form, noun lemma, hyphenated whole, entity kind and
    compound or adjective, a negated predicate adjective, and the noun a participle describes."""
    objs = {lookup_lemma(o) for o in found} | {o.lower_ for o in found}
    objs |= {noun_lemma(o) for o in found}
    objs |= {w for o in found if (w := hyphenated(o))}  # 'the cease-fire was broken overnight'
    objs |= negated_adjectives(kids, found)  # 'found not guilty': a verdict the other way
    # "@gpe", "@person": an entry may name the kind of entity it is done to ("captured Kabul")
    objs |= {"@" + o.ent_type_.lower() for o in found if o.ent_type_}
    # 'water supplies', 'oil supplies', 'medical workers': an entry may name the object by
    # its compound or its adjective
    objs |= {f"{m.lower_} {noun_lemma(o)}" for o in found for m in kids_of(o)
             if m.dep_ in ("compound", "amod")}
    # 'the businessman, seized by masked men': a participle is done to the noun it describes
    objs |= modified_lemmas(tok)
    return objs


def _subject_words(tok: Token, kids: Sequence[Token]) -> tuple[set[str], set[str]]:
    """The words an entry's ``subjects`` and ``not_subjects`` are matched against: the
    subject's lemmas, compounds, activity participles, of-objects and a passive's by-phrase
    (``subj``), and the nouns a relative 'which' subject may stand for (``rel``, for
    ``not_subjects`` only)."""
    from dateline.entities import resources

    titles = resources.titles().titles
    subj: set[str] = set()
    rel: set[str] = set()
    # "columns were seen moving toward the border", "aid convoys began arriving": a
    # subjectless complement's doer is the subject of the verb it completes
    ctl = controller(tok) if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) \
        else None
    inverted = {c.i for c in _inverted_speaker(tok, kids)}
    for c in [*kids, *([ctl] if ctl is not None else [])]:
        if c.dep_ in ("nsubj", "nsubjpass") or c.i in inverted:
            c = antecedent(c) or c  # 'the mediators said they were ending ...'
            subj.add(lookup_lemma(c))  # "thousands of miners": the of-object is who it is
            subj.add(noun_lemma(c))  # 'Guerrillas seized ...': a plural read as a name
            # 'security forces', 'riot police': an entry may name the kind by its compound
            subj.update(f"{m.lower_} {noun_lemma(c)}" for m in kids_of(c) if m.dep_ == "compound")
            # 'President Ivo Marr', 'Hu': a name says its kind and its title what the bearer is
            subj.update(m.lower_ for m in kids_of(c) if m.dep_ == "compound"
                        and m.lower_ in titles)
            if c.ent_type_:
                subj.add("@" + c.ent_type_.lower())
            # 'striking dockers', 'protesting farmers': the participle says what they are doing
            subj.update(m.lower_ for m in kids_of(c) if m.dep_ == "amod"
                        and m.lower_ in lexicon.roles().activity_participles)
            subj.update(lookup_lemma(g) for g in prep_objects(c, ("of",)))
            if c.tag_ == "WDT":  # 'camps, which shelter ...': the camps (not_subjects only)
                rel.update(noun_lemma(t) for t in _relative_antecedents(c, tok))
        elif c.dep_ == "agent" and c.head.i == tok.i:  # 'seized by masked men': the doer
            subj.update(noun_lemma(g) for g in kids_of(c) if g.dep_ == "pobj")
    if tok.dep_ == "conj" and tok.head.i != tok.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        # 'the visit went well and would strengthen ties': a conjunct with no subject of its
        # own shares its first conjunct's, which a not_subjects entry reads (only those: a
        # copula's subject does nothing, so it names no doer for ``subjects``)
        rel.update(noun_lemma(c) for c in kids_of(tok.head) if c.dep_ in ("nsubj", "nsubjpass"))
    return subj, rel


def _held_particles(tok: Token, found: list[Token],
                    kids: Sequence[Token]) -> tuple[set[str], set[str]]:
    """Particles the parser hung on an object (``held``) and the phrase particles of the
    objects and the verb's topic owners (``held_phrases``), which an entry's ``particle``
    may name as well as the verb's own."""
    # 'rained shells on the town': the parser may hang the particle on the object
    held = {p.lower_ for o in found for p in kids_of(o) if p.dep_ == "prep" and p.i > o.i}
    # 'challenged the fine in court': a phrase particle ('in court') hung on the object
    # (and with the word as written: the lemmatizer reads 'bases' as 'basis')
    held_phrases = {f"{p.lower_} {w}" for o in found for p in kids_of(o)
                    if p.dep_ == "prep" and p.i > o.i for g in kids_of(p) if g.dep_ == "pobj"
                    for w in (g.lemma_.lower(), g.lower_)}
    held_phrases |= _topic_owners(tok, found, kids)
    return held, held_phrases


def _inverted_speaker(tok: Token, kids: Sequence[Token]) -> list[Token]:
    """'"Our hearts burn," shouted other angry mourners': after a quoted clause the parser
    may read the one who speaks as the verb's object; with no subject, that object is the
    subject. ``kids``: the verb's dependents."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return []
    if not any(c.dep_ == "ccomp" and c.i < tok.i for c in kids):
        return []
    return [c for c in kids if c.dep_ == "dobj" and c.i > tok.i]


def _relative_antecedents(which: Token, verb: Token) -> list[Token]:
    """The nouns a relative 'which' may stand for: the noun its clause describes and the
    nearest common noun before it in its sentence (the parser may hang the clause on a
    name in a place phrase, 'camps north of X, which shelter ...', or elsewhere)."""
    out = [verb.head] if verb.dep_ == "relcl" else []
    before = which.doc[which.sent.start : which.i]
    out += [t for t in list(reversed(before)) if t.pos_ == "NOUN"][:1]
    return out


def _stated_clause(kids: Sequence[Token]) -> bool:
    """Whether the verb's complement clause is told as a fact: its verb in a past or a
    third-person present tense ('insists the region belongs to X'), a present 'are' or 'have',
    or under a tense, modal-of-fact or ability auxiliary (roles.json stated_clauses: 'he had
    been set up', 'they were not trying', 'X would not join'). A base form ('insisted that
    the army leave', 'that she be allowed to stay') or 'should' / 'must' asks for the act, also
    when the tagger calls it past ('that the government scrap its tariffs': a past of its
    own is written otherwise, roles.json stated_clauses same_past).
    ``kids``: the verb's dependents."""
    roles = lexicon.roles()
    aux = roles.stated_aux
    for c in kids:
        if c.dep_ != "ccomp":
            continue
        # a base form the tagger calls past asks ('that X scrap its tariffs')
        base = c.lower_ == c.lemma_.lower() and c.lower_ not in roles.same_past
        if (c.tag_ == "VBD" and not base or c.tag_ == "VBZ"
                or c.tag_ == "VBP" and c.lemma_.lower() in ("be", "have")):
            return True
        if any(a.dep_ in ("aux", "auxpass") and a.lower_ in aux for a in kids_of(c)):
            return True
    return False


def _to_do(tok: Token, kids: Sequence[Token]) -> bool:
    """A to-infinitive after the verb saying what is to be done: its clause, or one the parser
    hung on a word of its phrase ('gave the rebels 48 hours to surrender': on 'hours');
    ``kids``: the verb's dependents."""
    after = [c for c in kids if c.i > tok.i]
    clauses = [*after, *(g for c in after if c.pos_ in NOUN_POS for g in kids_of(c))]
    return any(c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.i > tok.i
               and c.pos_ in ("VERB", "AUX") and to_infinitive(c) for c in clauses)


def _that_clause(tok: Token, kids: Sequence[Token]) -> bool:
    """A that-clause of the verb: its complement clause, or one marked 'that' that the parser
    hung on a word of the verb's own phrase ('persuaded the court in each case that ...');
    ``kids``: the verb's dependents."""
    if any(c.dep_ == "ccomp" for c in kids):
        return True
    for t in tok.subtree:
        if t.dep_ not in ("acl", "relcl") or not any(
                m.dep_ == "mark" and m.lower_ == "that" for m in kids_of(t)):
            continue
        up = t.head
        while up.i != tok.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
            up = up.head
        if up.i == tok.i:
            return True
    return False


_TOPIC_PREPS = ("on", "about", "concerning", "regarding")
_OWNER_DEPS = ("compound", "amod", "poss")


def _topic_owners(tok: Token, found: list[Token], kids: Sequence[Token]) -> set[str]:
    """'data on the movements of insurgent columns', 'information on rebel positions', 'on
    the guerrillas' supply routes': a topic phrase (on/about ...) of the verb or its object
    as 'on insurgent', 'on rebel', 'on guerrilla' too, read off the modifiers and owner of
    its noun and of that noun's of-object (lemma and word as written), so an entry naming
    the topic by who it concerns ('on rebel', v.aid.give.intelligence) finds it. ``kids``:
    the verb's dependents."""
    out: set[str] = set()
    for h, h_kids in ((tok, kids), *((o, kids_of(o)) for o in found)):
        for p in h_kids:
            if p.dep_ != "prep" or p.lower_ not in _TOPIC_PREPS or p.i < h.i:
                continue
            for g in kids_of(p):
                if g.dep_ != "pobj":
                    continue
                nouns = [g, *(o for q in kids_of(g) if q.dep_ == "prep" and q.lower_ == "of"
                              for o in kids_of(q) if o.dep_ == "pobj")]
                out |= {f"{p.lower_} {w}" for n in nouns for m in kids_of(n)
                        if m.dep_ in _OWNER_DEPS for w in (m.lemma_.lower(), m.lower_)}
                out |= {f"{p.lower_} {w}" for n in nouns[1:] for w in (n.lemma_.lower(), n.lower_)}
    return out


def _own_thing(o: Token, words: frozenset[str]) -> bool:
    """A listed object owned by a pronoun or by no one named ('his stance', 'its record', 'the
    title'): the doer's own; 'the CEO's position', 'the position of the board' are another's."""
    if noun_lemma(o) not in words and lookup_lemma(o) not in words:
        return False
    return not any((c.dep_ == "poss" and c.pos_ != "PRON")
                   or (c.dep_ == "prep" and c.lower_ == "of") for c in kids_of(o))


def _party_owned(o: Token) -> bool:
    """An object whose owner is a party: a possessive ('Tarvia's comments', 'his remarks')
    or a name before it or in its of-phrase ('the official Kessel view', 'the remarks of the
    Velkan envoy'), a person, a body, a state or a people."""
    owners = [c for c in kids_of(o) if c.dep_ in ("poss", "compound", "amod", "nmod")]
    owners += prep_objects(o, ("of", "by"))
    return any(c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ != "its" for c in owners) or any(
        w.ent_type_ in ACTOR_ENTS for c in owners for w in c.subtree)


def own_staff(o: Token, words: frozenset[str]) -> bool:
    """A listed object owned by a possessive pronoun ('his workers', 'its embassies', 'our
    missions'), or 'them' after such a plural in the sentence ('sent a cable to its
    embassies asking them to'): the doer's own staff; 'the Velkan embassy', 'the UN mission'
    may be another's."""
    if o.lower_ == "them":
        o = next((t for t in reversed(o.doc[o.sent.start:o.i]) if t.tag_ in ("NNS", "NNPS")), o)
    if noun_lemma(o) not in words and lookup_lemma(o) not in words:
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids_of(o))


#: what a party leaves, or leaves ahead of ('withdrew before the open', 'ahead of the final')
_LEAVE_PREPS = ("from", "out", "of", "before", "ahead", "on")


def company_fight(tok: Token) -> bool:
    """'the battle for control of car giant X', 'a battle against Y Co. for control of the
    carmaker': a for-phrase, on the noun or its against-object, naming a stake (roles.json
    company_fights stakes) in a firm (its 'firms' words, corporate suffixes among them) is a
    takeover fight."""
    r = lexicon.roles()
    heads = [tok] + [g for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ == "against"
                     for g in kids_of(p) if g.dep_ == "pobj"]
    for h in heads:
        for p in kids_of(h):
            if p.dep_ != "prep" or p.lower_ != "for":
                continue
            for stake in kids_of(p):
                if stake.dep_ != "pobj" or stake.lemma_.lower() not in r.company_stakes:
                    continue
                for g in (g for q in kids_of(stake) if q.dep_ == "prep" and q.lower_ == "of"
                          for g in kids_of(q) if g.dep_ == "pobj"):
                    words = {g.lemma_.lower()} | {c.lemma_.lower() for c in kids_of(g)
                                                  if c.dep_ in ("compound", "amod", "appos")}
                    if words & r.company_firms:
                        return True
    return False


def left_contest(tok: Token, preps: tuple[str, ...] = ("from", "out", "of"),
                 words: frozenset[str] | None = None) -> bool:
    """Whether what the verb or noun leaves ('from X', 'out of X') is a contest or a market
    (roles.json contests, or ``words``): an athlete or a firm pulling out gives up no ground;
    with ``preps`` ('for', 'from') what a penalty keeps one out of ('banned for four
    matches'). With 'on' only a time noun's of-object (roles.json contests anchors: 'pulled out
    on the eve of the race')."""
    words = lexicon.roles().contests if words is None else words
    anchors = lexicon.roles().contest_anchors
    kids = list(kids_of(tok))
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj":
        kids += [p for p in kids_of(tok.head) if p.i > tok.i]  # "made a withdrawal ... from"
    for p in kids:
        if p.dep_ not in ("prep", "prt", "advmod") or p.lower_ not in preps:
            continue  # 'ahead of the open': the parser makes 'ahead' an adverb
        for g in kids_of(p):
            if g.dep_ == "prep" and g.lower_ in ("of", "from"):  # "out of the market"
                g = next((h for h in kids_of(g) if h.dep_ == "pobj"), g)
            if g.dep_ == "pobj" and p.lower_ == "on" and g.lemma_.lower() in anchors:
                g = next((h for q in kids_of(g) if q.dep_ == "prep" and q.lower_ == "of"
                          for h in kids_of(q) if h.dep_ == "pobj"), g)  # 'on the eve of X'
            elif p.lower_ == "on":
                continue  # 'withdrew on Monday': 'on' leaves nothing
            if g.dep_ == "pobj" and (lookup_lemma(g) in words or _named_contest(g, words)):
                return True
    return False


def _named_contest(g: Token, words: frozenset[str]) -> bool:
    """'withdrew from X's rival, the Open Wheel Cup': an appositive naming the thing left, by
    its head or the words of its name, names a contest ('Championship Auto Racing Teams')."""
    return any(t.lemma_.lower() in words for a in kids_of(g) if a.dep_ == "appos"
               for t in (a, *(c for c in kids_of(a) if c.dep_ == "compound")))


def left_post(tok: Token) -> bool:
    """Whether the post a verb leaves ('resigned as coach of the club') is a post in a
    contest (roles.json contests posts): RETREAT covers resignations of government
    officials, not of a team's staff."""
    posts = lexicon.roles().contest_posts
    return any(p.dep_ == "prep" and p.lower_ == "as" and lookup_lemma(g) in posts
               for p in kids_of(tok) for g in kids_of(p) if g.dep_ == "pobj")


def nominal_verb(tok: Token) -> str | None:
    """The lexicon verb an event noun is formed from ('signing' -> sign, 'delivery' ->
    deliver, 'suspension' -> suspend; roles.json nominals), None when none is listed. An
    ending verb may also be its own noun ('a halt to the offensive', 'an end to the war')."""
    return nominal_verb_of(tok.lemma_.lower())


@lru_cache(maxsize=65_536)
def nominal_verb_of(low: str) -> str | None:
    """:func:`nominal_verb` of a noun's lower-cased lemma, kept per lemma (the lexicon is fixed
    for the process; bounded memory)."""
    verbs, reverse = lexicon.verbs(), lexicon.roles().reverse
    irregular = lexicon.roles().nominal_irregular
    if irregular.get(low) == "":
        return None  # a noun formed from no verb ('signal' is no signing)
    if low in irregular and (irregular[low] in verbs or irregular[low] in reverse
                             or irregular[low] in lexicon.roles().light):
        return irregular[low]
    if low in reverse:
        return low
    for suffix, add in lexicon.roles().nominal_suffixes:
        stem = low[: -len(suffix)]
        if not low.endswith(suffix) or len(stem) < 3:
            continue
        for cand in (stem + add, stem[:-1] if suffix == "ing" and not add
                     and stem[-1] == stem[-2] and stem[-1] not in VOWELS else ""):
            if cand in verbs or cand in reverse:
                return cand
    return None


def prep_object_indices(tok: Token, preps: tuple[str, ...] = ("of",)) -> set[int]:
    return {g.i for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ in preps
            for g in kids_of(p) if g.dep_ == "pobj"}
