"""Find event mentions in a parsed sentence and give each a PLOVER root.

One pass over the tokens: verbs are looked up by lemma (light verbs and ending
verbs first, since their object noun decides the root), then event nouns that no
verb has taken. Control verbs ("threatened to", "agreed to", "refused to") keep the
event; what they govern is marked subordinate so the salient event is the act the
sentence reports, as PLOVER codes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.lexicon import HOSTILE_MATERIAL, Entry

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OBJ_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})
OBJ_PREPS = frozenset(
    {"to", "on", "for", "with", "from", "into", "of", "in", "against", "over", "under",
     "down", "off", "up"}  # "voted down the bill": particles the parser calls prepositions
)
NOUN_CONTROL_ROOTS = frozenset({"REJECT", "REQUEST", "THREATEN", "AGREE"})  # "refusal to free"
NAMED_NOT_EVENT = frozenset({"DATE", "TIME", "PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
VERB_POS = frozenset({"VERB"})


@dataclass
class Candidate:
    """A working event mention (frozen into model.Event later)."""

    head: Token  # the word whose clause the event lives in (verb, or the noun)
    root: str
    rule: str
    tokens: list[Token]
    entry: Entry | None = None
    noun: Token | None = None  # event noun behind a light/ending verb, or the noun trigger
    control: bool = False
    modality: str = "asserted"
    negated: bool = False
    hedged: bool = False
    subordinate: bool = False
    depth: int = 0
    governor: Candidate | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def is_noun(self) -> bool:
        return self.head.pos_ in NOUN_POS


def particles(tok: Token) -> set[str]:
    """Particles and bare prepositions of a verb ("pull back", "call for", "walk away from"),
    and prepositional phrases as 'prep lemma' ("to death", "on trial")."""
    # npadvmod: the first half of a hyphenated verb ("test-fired", "force-fed")
    # only after the verb: a fronted phrase ('At 01:00, a carrier was hit by a missile') is
    # an adjunct, not the 'at' of 'hit out at'
    # a time's 'at' ('called X at 02:15') says when, not which sense: it is no 'call at'
    # an adverb may come first: "jointly patrolling the river" is 'patrol jointly'
    kids = list(tok.children)  # (read once: each pass over .children makes new Tokens)
    out = {c.lower_ for c in kids
           if c.dep_ in ("prt", "prep", "advmod", "agent", "npadvmod")
           and (c.i > tok.i or c.dep_ in ("npadvmod", "advmod")) and not _dated_prep(c)}
    # a preposition with its object's lemma: "hacked to death", "put on trial",
    # "placed under (house) arrest", "kept in custody" name the act, whatever the object;
    # the parser calls the to-phrase of "sent troops to the border" a dative
    # "barred them from entering": a gerund after the preposition counts as its object
    # "called for the army to withdraw": the 'for' opens the verb's clausal complement
    out |= {g.lower_ for c in kids if c.dep_ in ("advcl", "ccomp") and c.i > tok.i
            for g in c.children if g.dep_ == "mark" and g.lower_ == "for"}
    out |= {f"{c.lower_} {g.lemma_.lower()}" for c in kids
            if c.dep_ in ("prep", "dative") and c.i > tok.i
            for g in c.children if g.dep_ in ("pobj", "pcomp")}
    # "were put on standby": the parser may make the 'on' a particle and its noun a sibling
    out |= {f"{c.lower_} {n.lemma_.lower()}" for c in kids if c.dep_ == "prt" and c.i > tok.i
            for n in kids if n.pos_ in NOUN_POS and c.i < n.i <= c.i + 2}
    return out


_TIME_PREPS = frozenset({"at"})


def _dated_prep(p: Token) -> bool:
    """'at' with only dates or times for objects ('a waypoint called X at 02:15'): when, not
    the 'fire at' of a verb. Not 'for' ('called for today to be a day of protest' is a call
    for); nor 'in' or 'during', nor 'on' after a verb with no direct object (tried: an event
    of the check story was lost, of a verb whose sense reads a particle that only the date
    gave). 'on' after a direct object is when ('moved tanks to the border on Sunday')."""
    if p.dep_ != "prep" or not (p.lower_ in _TIME_PREPS or (
            p.lower_ == "on" and any(c.dep_ == "dobj" for c in p.head.children))):
        return False
    pobjs = [g for g in p.children if g.dep_ == "pobj"]
    return bool(pobjs) and all(g.ent_type_ in ("DATE", "TIME") for g in pobjs)


def _bare_datives(found: list[Token]) -> bool:
    """Only a bare 'to' the parser made the dative ('handed in their weapons to UN monitors',
    the object under the particle 'in'): no object, so the prepositional objects are read."""
    return all(c.dep_ == "dative" and c.pos_ == "ADP" for c in found)


def objects(tok: Token) -> list[Token]:
    """Object-like dependents: direct objects (or, without one, prepositional objects),
    passive subjects, and their conjuncts, compounds and of-objects."""
    kids = list(tok.children)  # (read once: each pass over .children makes new Tokens)
    out: list[Token] = [c for c in kids if c.dep_ in OBJ_DEPS or _misread_subject_noun(c)]
    if not out or _bare_datives(out):
        for c in kids:
            if c.dep_ not in ("prep", "prt", "advmod"):
                continue
            if c.dep_ != "prep" or c.lower_ in OBJ_PREPS:
                out += [g for g in c.children if g.dep_ in ("pobj", "pcomp")
                        and g.pos_ in NOUN_POS and g.ent_type_ not in ("DATE", "TIME")]
            for g in c.children:  # "pull out of X", "walk away from X": nested preposition
                if g.dep_ == "prep" and g.lower_ in OBJ_PREPS:
                    out += [h for h in g.children if h.dep_ == "pobj"]
        # "withdrew from X under the terms of the deal": beside another prepositional
        # object the under-phrase names the terms acted by, not what is acted on
        if any(o.head.lower_ != "under" for o in out):
            out = [o for o in out if o.head.lower_ != "under"]
    # "used civilians as human shields": the as-phrase says what the object serves as
    out += [g for c in kids if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children if g.dep_ == "pobj"]
    # "found the company guilty": the predicate adjective is what the verb says of it
    # (parsed as an adverbial clause too: 'held Hamas solely responsible')
    out += [c for c in kids if c.dep_ in ("ccomp", "xcomp", "advcl") and c.pos_ == "ADJ"]
    # "rockets were reported to have been fired": a passive infinitive with no subject of its
    # own under a passive verb is done to that verb's subject (raising)
    if tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in kids) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        out += [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    # "its tank units were still positioned near the frontier": a participle the parser makes a
    # predicate of 'be' / 'remain' is a passive, done to the copula's subject
    if tok.dep_ == "acomp" and tok.tag_ == "VBN" and tok.head.lemma_ in _COPULAS:
        out += [c for c in tok.head.children if c.dep_ == "nsubj"]
    # "let aid convoys into the city": a verbless small clause is parsed as a noun ccomp
    out += [c for c in kids if c.dep_ == "ccomp" and c.pos_ in NOUN_POS
            and not any(g.dep_ in ("nsubj", "aux") for g in c.children)]
    # "allowed parties to campaign": the complement's subject is the verb's object; not
    # that of a finite clause ("announced that the talks had failed" announced no talks)
    out += [g for c in kids if c.dep_ in ("ccomp", "xcomp") and not _finite(c)
            for g in c.children if g.dep_ == "nsubj"]
    # "let inspectors visit the site": after let / make / help the bare infinitive is often
    # tagged a present verb, yet its subject is still the verb's object
    if tok.lemma_.lower() in _BARE_INFINITIVE_HEADS:
        out += [g for c in kids if c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP")
                and not any(x.dep_ in ("mark", "aux", "auxpass") for x in c.children)
                for g in c.children if g.dep_ == "nsubj"]
    more: list[Token] = []
    for o in out:
        # "held the rebels responsible": the predicate adjective is parsed as a modifier
        more += [c for c in o.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
        more += [c for c in o.conjuncts if c.pos_ in NOUN_POS]
        # "tear gas": the tagger often calls the first word of a compound an adjective
        more += [c for c in o.children if c.dep_ == "compound" and c.pos_ in NOUN_POS | {"ADJ"}]
        # "restored internet and mobile services": a first coordinated modifier is parsed nmod
        more += [c for c in o.children if c.dep_ == "nmod" and c.pos_ in NOUN_POS]
        # "state of emergency", "release of hostages": the of-object names the thing
        # "$50 million in aid": a sum of money's in-object is what it is paid as
        amount = o.ent_type_ == "MONEY"
        for p in o.children:
            if p.dep_ == "prep" and (p.lower_ == "of" or (amount and p.lower_ == "in")):
                pobjs = [g for g in p.children if g.dep_ == "pobj"]
                more += pobjs  # "part of a military aid program": the compound names it
                more += [c for g in pobjs for c in g.children if c.dep_ == "compound"]
    return out + more


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


_BARE_INFINITIVE_HEADS = frozenset({"let", "make", "help"})

_COPULAS = frozenset({"be", "remain", "stay"})


def _finite(clause: Token) -> bool:
    """A clause with a tense of its own ('that the talks had failed', 'the strike was
    over'), unlike a to-infinitive or a bare one ('allowed parties to campaign'). A past
    form alone is not enough: the tagger calls a participle after its noun one ('shortened
    the curfew imposed after the coup')."""
    return (clause.tag_ in _FINITE_TAGS - {"VBD"}
            or (clause.tag_ == "VBD" and clause.lemma_ == "be")) or any(
        c.dep_ == "mark" or (c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS)
        for c in clause.children)


_STRIPS = (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("s", ""))


def repaired_lemma(tok: Token, known: Callable[[str], bool]) -> str:
    """The token's lemma, repaired when the lemmatizer mangles an inflected verb
    ("staged" -> "stag"): the plain -ed/-ing/-s strip that names a ``known`` word wins."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return lemma
    if known(lemma):
        # "raped" -> "rap": a short consonant-vowel-consonant verb doubles its last letter
        # before -ed/-ing ("rapped"), so an undoubled form is of the verb in -e ("rape")
        low = tok.lower_
        if (low in (lemma + "ed", lemma + "ing") and _cvc(lemma) and known(lemma + "e")):
            return lemma + "e"
        return lemma
    low = tok.lower_
    for suffix, add in _STRIPS:
        if low.endswith(suffix):
            cand = low[: -len(suffix)] + add
            if known(cand):
                return cand
    # "unbanned" -> "unbanne": a doubled last consonant before -ed/-ing is the verb's own
    for suffix in ("ed", "ing"):
        stem = low[: -len(suffix)]
        if (low.endswith(suffix) and len(stem) >= 3 and stem[-1] == stem[-2]
                and stem[-1] not in _VOWELS and known(stem[:-1])):
            return stem[:-1]
    return lemma


_VOWELS = frozenset("aeiou")


def _cvc(word: str) -> bool:
    """A one-syllable word ending consonant-vowel-consonant ('rap', 'stag'), whose last
    letter an English -ed/-ing form doubles; w, x and y never double."""
    return (len(word) >= 3 and word[-1] not in _VOWELS | {"w", "x", "y"}
            and word[-2] in _VOWELS and word[-3] not in _VOWELS
            and sum(ch in _VOWELS for ch in word) == 1)


def _in_lexicon(word: str) -> bool:
    return word in lexicon.verbs() or word in lexicon.roles().light


def noun_lemma(tok: Token) -> str:
    """A noun's lemma; a sentence-initial plural the tagger took for a name ('Rockets were
    fired': PROPN, lemma 'rockets') is read as the common noun it is."""
    if tok.pos_ == "PROPN" and tok.i == tok.sent.start and tok.lower_.endswith("s") \
            and tok.lemma_.lower() == tok.lower_:
        return tok.lower_[:-1]
    return tok.lemma_.lower()


_VERB_LEMMAS: dict[tuple[str, str], str] = {}  # (lemma_, lower_) of a VERB -> repaired lemma
VERB_LEMMAS_MAX = 100_000  # spellings kept before the table starts afresh (bounded memory)


def lookup_lemma(tok: Token) -> str:
    """The lemma a lexicon verb is looked up by (see :func:`repaired_lemma`); a verb's
    repair, which tries the lexicon several times, is kept per spelling (the lexicon is
    fixed for the process)."""
    if tok.pos_ != "VERB":
        return tok.lemma_.lower()
    return cached_repair(tok, _VERB_LEMMAS, _in_lexicon)


def cached_repair(tok: Token, cache: dict[tuple[str, str], str],
                  known: Callable[[str], bool]) -> str:
    """:func:`repaired_lemma` of a verb kept in ``cache`` per spelling (lemma_, lower_), for a
    ``known`` that is fixed for the process; the cache starts afresh past VERB_LEMMAS_MAX
    spellings (bounded memory)."""
    key = (tok.lemma_, tok.lower_)
    got = cache.get(key)
    if got is None:
        if len(cache) > VERB_LEMMAS_MAX:
            cache.clear()
        got = cache[key] = repaired_lemma(tok, known)
    return got


def hyphenated(tok: Token) -> str | None:
    """The whole word of a hyphenated noun the tokenizer split ('cease-fire' is cease, -,
    fire, the head 'fire'), lower-cased: 'cease-fire'; None where the token ends no such word."""
    i = tok.i
    if i < 2:
        return None
    hy, first = tok.doc[i - 1], tok.doc[i - 2]
    if hy.text != "-" or hy.whitespace_ or first.whitespace_ or not first.is_alpha:
        return None
    return f"{first.lower_}-{tok.lower_}"


def noun_key(tok: Token) -> str:
    """The noun lexicon's key for a noun: the whole hyphenated word where the lexicon lists
    it ('declared a cease-fire': the tokenizer's head 'fire' is gunfire), else its lemma."""
    whole = hyphenated(tok)
    if whole is not None:
        whole = whole[: len(whole) - len(tok.lower_)] + tok.lemma_.lower()  # 'cease-fires'
        if whole in lexicon.nouns():
            return whole
    return lookup_lemma(tok)


def modifier_words(tok: Token) -> set[str]:
    """Words of the token's modifiers (compound, amod, nmod, nummod, poss), each as written,
    lemma, hyphen parts and whole hyphenated word, for lexicon modifier conditions."""
    out = set()
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod", "nummod", "poss"):
            out.add(c.lower_)
            out.add(c.lemma_.lower())
            out.update(p.lower() for p in c.text.split("-"))
            # the parser splits "live-fire" into live/amod of fire/compound: the whole word
            sub = list(c.subtree)
            if any(t.text == "-" for t in sub):
                out.add("".join(t.lower_ for t in sub))
            # "a joint training exercise": the parser hangs the adjective on the compound
            if c.dep_ == "compound":
                out.update(w for g in c.children if g.dep_ == "amod"
                           for w in (g.lower_, g.lemma_.lower()))
    return out


def sentence_lemmas(tok: Token) -> set[str]:
    """Lemmas (and lower-cased words) of the token's sentence, for context conditions."""
    return _lemmas_of(tok.sent)


def _lemmas_of(sent: Span) -> set[str]:
    out = set()
    for t in sent:
        out.add(t.lemma_.lower())
        out.add(t.lower_.rstrip("'"))
    return out


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
        words = _lemmas_of(sent)
        if e.unless is not None and words & e.unless:
            return False
        if e.context is not None and words & e.context:
            return True
    return e.context is None


def noun_entry(tok: Token, light_verb: str | None, need_standalone: bool) -> Entry | None:
    """First noun entry that fits: light-verb and modifier conditions checked; a verb
    sense listed for the noun's of-object comes first ('the evacuation of the outposts'
    as 'evacuated the outposts')."""
    e = _noun_entry(tok, light_verb, need_standalone)
    if e is None or not _of_pobjs(tok):
        return e
    verb = nominal_verb(tok)
    sense = verb_entry(tok, verb) if verb is not None else None
    return sense if sense is not None and sense.objects is not None else e


def _noun_entry(tok: Token, light_verb: str | None, need_standalone: bool) -> Entry | None:
    entries = lexicon.nouns().get(noun_key(tok))
    if not entries:
        return None
    mods = modifier_words(tok)
    for e in entries:
        if e.light is not None and (light_verb is None or light_verb not in e.light):
            continue
        if e.light is None and light_verb is not None and (
                e.no_light or light_verb not in lexicon.roles().light):
            continue
        if e.modifiers is not None and not mods & e.modifiers:
            continue
        if e.objects is not None and not of_objects(tok) & e.objects:
            continue  # "expulsion of diplomats" (SANCTION) vs "of migrants" (COERCE)
        if need_standalone and not e.standalone:
            continue
        if not context_fits(e, tok):
            continue
        if e.unless_named and _named_modifier(tok):
            continue  # "US strikes", "Russian strikes": a state's strikes are attacks
        return e
    return None


def of_objects(tok: Token) -> set[str]:
    """Lemmas of an event noun's of- and on-objects and their compounds ("withdrawal of UN
    peacekeepers", "a ban on imports"): for a noun, what it is done to. The parser often
    hangs the on-phrase of a verb's object on the verb ('lifted its ban on exports')."""
    out: set[str] = set()
    preps = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "on")]
    if tok.dep_ == "dobj":
        preps += [p for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "on"
                  and p.i > tok.i]
    for g in (g for p in preps for g in p.children if g.dep_ == "pobj"):
        out.add(lookup_lemma(g))
        out.update(lookup_lemma(c) for c in g.children if c.dep_ == "compound")
    return out


def _named_modifier(tok: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "poss", "nmod")
               and c.ent_type_ in ("NORP", "GPE") for c in tok.children)


def verb_entry(
    tok: Token, lemma: str | None = None, given: list[Token] | None = None
) -> Entry | None:
    """First verb entry whose particle and object conditions the parse satisfies
    (``lemma``: look the verb up as that lemma, keeping its own dependents; ``given``:
    ``objects(tok)`` when the caller has them)."""
    entries = lexicon.verbs().get(lemma or lookup_lemma(tok))
    if not entries:
        return None
    parts = particles(tok)
    found = [*(objects(tok) if given is None else given), *_headline_subject(tok)]
    objs = {lookup_lemma(o) for o in found} | {o.lower_ for o in found}
    objs |= {noun_lemma(o) for o in found}
    objs |= {w for o in found if (w := hyphenated(o))}  # 'the cease-fire was broken overnight'
    # "@gpe", "@person": an entry may name the kind of entity it is done to ("captured Kabul")
    objs |= {"@" + o.ent_type_.lower() for o in found if o.ent_type_}
    subj: set[str] = set()
    # "columns were seen moving toward the border", "aid convoys began arriving": a
    # subjectless complement's doer is the subject of the verb it completes
    ctl = controller(tok) if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
        else None
    for c in [*tok.children, *([ctl] if ctl is not None else [])]:
        if c.dep_ in ("nsubj", "nsubjpass"):
            c = antecedent(c) or c  # 'the mediators said they were ending ...'
            subj.add(lookup_lemma(c))  # "thousands of miners": the of-object is who it is
            subj.add(noun_lemma(c))  # 'Guerrillas seized ...': a plural read as a name
            subj.update(lookup_lemma(g) for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj")
        elif c.dep_ == "agent" and c.head.i == tok.i:  # 'seized by masked men': the doer
            subj.update(noun_lemma(g) for g in c.children if g.dep_ == "pobj")
    # 'the businessman, seized by masked men': a participle is done to the noun it describes
    objs |= _modified(tok)
    # 'rained shells on the town': the parser may hang the particle on the object
    held = {p.lower_ for o in found for p in o.children if p.dep_ == "prep" and p.i > o.i}
    for e in entries:
        if e.particle is not None and not (parts | (held if e.objects else set())) & e.particle:
            continue
        if e.subjects is not None and not subj & e.subjects:
            continue
        if e.objects is not None and not objs & e.objects:
            continue
        if e.not_objects is not None and (objs | _modified(tok)) & e.not_objects:
            continue  # "meet its obligations", "speaking to the BBC": another sense
        if not context_fits(e, tok):
            continue
        return e
    return None


def _headline_subject(tok: Token) -> list[Token]:
    """'Curfew lifted in the north', 'Warships sent to the gulf': a headline drops the passive's
    auxiliary and the parser makes the bare noun that opens it the doer of a past verb with no
    object; for choosing the verb's sense it is what was done to."""
    kids = list(tok.children)
    # 'sent to the gulf': the parser's dative is a bare 'to'; 'Talks resumed' and 'Strikes
    # continued' tell their subject as happening (roles.json subject_events)
    if tok.tag_ not in ("VBD", "VBN") or _subject_event_verb(tok) or any(
            c.dep_ in OBJ_DEPS - {"dative"} or c.dep_ in ("aux", "auxpass") for c in kids):
        return []
    if tok.dep_ == "acl" and tok.head.dep_ == "ROOT":  # 'Sanctions imposed on ...': the noun
        return [tok.head] if _bare_opening(tok.head) else []  # made the root, the verb its acl
    return [c for c in kids if c.dep_ == "nsubj" and _bare_opening(c)]


def _bare_opening(noun: Token) -> bool:
    """A common noun without article, possessor or number that opens its sentence (a headline
    capitalises it, and the tagger may then call it a name)."""
    return noun.pos_ in NOUN_POS and not noun.ent_type_ and noun.left_edge.i == noun.sent.start \
        and not any(g.dep_ in ("det", "poss", "nummod") for g in noun.children)


def _modified(tok: Token) -> set[str]:
    """The noun a participle describes ('a summary released by the mediator': what was
    released), so that an entry's not_objects keep it out as they would 'released a summary'."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in NOUN_POS:
        return {lookup_lemma(tok.head)}
    return set()


DASHES = frozenset({"\u2014", "\u2013", "--", ":"})


def _after_dash(verb: Token, o: Token) -> bool:
    """Whether a dash or colon stands between the verb and the noun: what follows one
    restates the sentence ("returning the hostages and destroying Hamas -- two war
    goals") and is no object of the verb, whatever the parse says."""
    lo, hi = sorted((verb.i, o.i))
    return any(t.text in DASHES for t in verb.doc[lo + 1 : hi])


def _light(tok: Token, taken: set[int], found: list[Token] | None = None) -> Candidate | None:
    """Light verb + event noun ("staged a protest", "went on strike", "opened fire");
    ``found``: ``objects(tok)`` when the caller has them."""
    lemma = lookup_lemma(tok)
    r = lexicon.roles()
    rev = r.reverse_particles.get(lemma, frozenset())
    if any(c.dep_ == "prt" and c.lower_ in rev for c in tok.children):
        return None  # "called off the strike" ends it, see _reverse
    if lemma in r.light_active and any(c.dep_ == "nsubjpass" for c in tok.children):
        return None  # "the delivery was completed": the noun tells its own act
    need = lexicon.roles().light_particles.get(lemma)
    prts = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    if need is not None and not (prts & need or ("" in need and not prts)):
        # "stepped into the strike" is no strike; "stepped up attacks" is; '' is the verb
        # with no particle: "headed the march" is, "headed off further rioting" is not
        return None
    # the noun after the verb first: in "an hour into the truce, troops came under fire"
    # the fronted truce is no object of 'came'
    objs = objects(tok) if found is None else list(found)
    # "was put under investigation", "came under fire": the state the verb puts its
    # object (or passive subject) in is a prepositional object beside it
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("under", "into")
             and c.i > tok.i for g in c.children if g.dep_ == "pobj" and g not in objs]
    head = _headline_subject(tok)  # 'Embargo imposed on ...': what was imposed comes first
    objs = head + [o for o in objs if o not in head]
    for o in sorted(objs, key=lambda o: o.i < tok.i and o not in head):
        if o.i in taken or o.pos_ not in NOUN_POS or _after_dash(tok, o):
            continue
        if o.dep_ == "compound" and lookup_lemma(o.head) in lexicon.roles().forces:
            continue  # "sent riot police": the police are sent, no riot
        e = noun_entry(o, lemma, need_standalone=False)
        if (e is not None and lemma in r.commands and e.root in r.ordered_asked
                and not _decreed(tok)):
            # "ordered the immediate release of the pilot": the release is asked for
            return Candidate(tok, "REQUEST", f"light:{lemma}+{e.id}+ordered", [tok, o], e,
                             noun=o)
        if e is not None:
            return Candidate(tok, e.root, f"light:{lemma}+{e.id}", [tok, o], e, noun=o)
        # "announced the suspension of aid": the noun's own verb decides
        nom = nominal(o, taken) if lemma in lexicon.roles().light else None
        if nom is not None and nom.entry is not None:
            rule = nom.rule if nom.rule.startswith("reverse:") else nom.entry.id
            return Candidate(tok, nom.root, f"light:{lemma}+{rule}", [tok, o], nom.entry, noun=o)
    return None


def _decreed(tok: Token) -> bool:
    """'signed a decree ordering the release of 50 prisoners': what a ruler's own decree
    orders is done by its signer, not asked of another (roles.json commands decrees); the
    parser may hang the participle on the verb of the decree ('issued a decree on Monday
    ordering ...')."""
    decrees = lexicon.roles().command_decrees
    if tok.dep_ == "acl":
        return lookup_lemma(tok.head) in decrees
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and any(
        o.dep_ == "dobj" and lookup_lemma(o) in decrees for o in tok.head.children)


def nominal_verb(tok: Token) -> str | None:
    """The lexicon verb an event noun is formed from ('signing' -> sign, 'delivery' ->
    deliver, 'suspension' -> suspend; roles.json nominals), None when none is listed. An
    ending verb may also be its own noun ('a halt to the offensive', 'an end to the war')."""
    low = tok.lemma_.lower()
    verbs, reverse = lexicon.verbs(), lexicon.roles().reverse
    irregular = lexicon.roles().nominal_irregular
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
                     and stem[-1] == stem[-2] and stem[-1] not in _VOWELS else ""):
            if cand in verbs or cand in reverse:
                return cand
    return None


def _of_pobjs(tok: Token, preps: tuple[str, ...] = ("of",)) -> set[int]:
    return {g.i for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
            for g in p.children if g.dep_ == "pobj"}


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
    own = _of_pobjs(tok, ("of", "to") if ending else ("of",))
    if ending and not own and tok.dep_ == "dobj":
        own = _of_pobjs(tok.head, ("to",))  # "put an end to the fighting": on the verb
    if not own:
        return None
    e = verb_entry(tok, verb)
    if e is None and not ending and verb in lexicon.roles().light:
        return _light_nominal(tok, verb, own, taken)
    if ending and (e is None or e.objects is None):
        # "the lifting of the curfew", "called a halt to the offensive"
        rev = _reverse(tok, taken, [tok.doc[i] for i in sorted(own)], verb)
        if rev is not None:
            taken.update(own)
            return rev
    if e is None:
        return None
    taken.update(own)
    return Candidate(tok, e.root, f"nominal:{verb}+{e.id}", [tok], e, noun=tok,
                     control=e.control)


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


def _reverse(tok: Token, taken: set[int], objs: list[Token] | None = None,
             lemma: str | None = None) -> Candidate | None:
    """Ending/easing verb + event noun ("halted talks" SANCTION, "lifted the curfew" CONCEDE);
    ``objs``: the nouns it ends, when not its own objects, and ``lemma`` the verb, for an
    ending noun ('a halt to the offensive', 'the lifting of the curfew')."""
    r = lexicon.roles()
    lemma = lemma or lookup_lemma(tok)
    need = r.reverse_particles.get(lemma)
    if need is not None:
        parts = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        if not (parts & need or ("" in need and not parts)):
            return None
    for o in [*objects(tok), *_headline_subject(tok)] if objs is None else objs:
        if o.i in taken or o.pos_ not in NOUN_POS:
            continue
        key = noun_key(o)
        entries = lexicon.nouns().get(key)
        if entries:
            mods = modifier_words(o)
            # the noun's sense: modifiers must fit; entries free of light-verb limits first
            fit = sorted((e for e in entries if (e.modifiers is None or mods & e.modifiers)
                          and (e.objects is None or of_objects(o) & e.objects)
                          and context_fits(e, o)),
                         key=lambda e: e.light is not None)
            root = (r.reverse_nouns.get(key) or r.reverse_map.get(fit[0].root)
                    if fit else None)
            if root:
                return Candidate(tok, root, f"reverse:{lemma}+{fit[0].id}", [tok, o],
                                 fit[0], noun=o)
    for g in tok.children:  # "stopped fighting", "ceased firing": the act is a gerund
        if g.dep_ not in ("xcomp", "ccomp") or g.tag_ != "VBG" or g.i in taken:
            continue
        e = verb_entry(g)
        light = _light(g, taken) if e is None else None  # "stopped paying aid"
        if light is not None and light.noun is not None and light.entry is not None:
            e = light.entry
            taken.add(light.noun.i)
        root = r.reverse_map.get(e.root) if e is not None else None
        if e is not None and root:
            return Candidate(tok, root, f"reverse:{lemma}+{e.id}", [tok, g], e, noun=g)
    return None


def _misread_subject_noun(tok: Token) -> bool:
    """A sentence's first word tagged a base-form verb and parsed as the clausal subject (or
    an adverbial clause) of a passive with no subject ('Aid to the north was suspended'): a
    bare verb cannot open a clause with no 'to', subject or object of its own, so it is the
    noun, the passive's subject (issue 4)."""
    if tok.tag_ != "VB" or tok.i != tok.sent.start or any(
            c.dep_ in ("nsubj", "aux", "mark", "dobj", "neg", "advmod") for c in tok.children):
        return False
    head = list(tok.head.children)
    return tok.dep_ == "csubjpass" or (
        tok.dep_ == "advcl" and any(c.dep_ == "auxpass" for c in head)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head))


def _participle_noun(tok: Token) -> bool:
    """A participle used as a noun for the people it names ('the accused', 'the detained'),
    the subject or object of its clause with an article of its own: no act is told (issue 4;
    'the wounded' of a casualty report stays the attack)."""
    return (tok.tag_ == "VBN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and any(c.dep_ == "det" and c.lower_ in ("the", "an", "a") for c in tok.children))


def verb_candidates(sent: Span, taken: set[int]) -> list[Candidate]:
    r = lexicon.roles()
    out: list[Candidate] = []
    denials: list[Candidate] = []
    for tok in sent:
        if (denial := _denial(tok)) is not None:  # (read in this one pass over the sentence)
            denials.append(denial)
        if (claim := _claimed_violation(tok)) is not None:
            out.append(claim)
            continue
        if _headline_verb(tok):
            e = verb_entry(tok, tok.lemma_.lower(), objects(tok) + [
                c for c in tok.children if c.dep_ == "appos" and c.i > tok.i])
            if e is not None:
                out.append(Candidate(tok, e.root, e.id + "+headline", [tok], e))
            continue
        if _misread_easing(tok):
            cand = _reverse(tok, taken, objs=[tok.head], lemma=_easing_lemma(tok))
            if cand is not None:
                if cand.noun is not None:
                    taken.add(cand.noun.i)
                out.append(cand)
            continue
        if tok.pos_ not in VERB_POS or tok.dep_ in ("amod", "compound"):
            continue  # "displaced families", "wounded soldiers": participles as adjectives
        if _misread_subject_noun(tok):
            continue  # "Aid to X was suspended": the noun is the passive verb's object
        lemma = lookup_lemma(tok)
        cand = _causative(tok, lemma)
        if cand is None and lemma in r.commands and commanded_act(tok, taken):
            continue  # "ordered troops to pull back": the withdrawal is the event
        objs = objects(tok)  # read once for the entry and the light-verb reading
        e = verb_entry(tok, given=objs)
        if cand is None and e is not None and e.particle is not None and e.objects is not None:
            # "put down the riot": a phrasal verb with its own object list is read before
            # the light-verb reading ("put" + riot would be the riot itself)
            cand = Candidate(tok, e.root, e.id, [tok], e, control=e.control)
        if cand is None:
            cand = _light(tok, taken, objs)
            if cand is not None and e is not None and _own_object_fits(tok, e, cand, objs):
                if cand.noun is not None:  # what the act moves ('gave $5m in aid'): no act
                    taken.add(cand.noun.i)
                cand = Candidate(tok, e.root, e.id, [tok], e, control=e.control)
        if cand is None and lemma in r.reverse:
            cand = _reverse(tok, taken)
        if cand is None and e is not None:
            cand = Candidate(tok, e.root, e.id, [tok], e, control=e.control)
        if cand is None:
            cand = _must_frame(tok)
        if cand is not None and _non_agent(tok):
            continue  # "flu kills", "killed by meningitis": no political actor acts
        if cand is not None and cand.root != "ASSAULT" and _participle_noun(tok):
            continue  # "the accused is due in court": a person, no accusation
        if cand is not None and cand.control and _no_comment(tok):
            continue  # "declined to comment": no act refused
        if cand is not None and cand.root == "THREATEN" and _hazard_warning(tok):
            continue  # "warned of heavy storms": no threat
        if cand is not None and cand.root in r.self_roots and _self_only(tok):
            continue  # "the right to defend itself": no support of another party
        if cand is not None and cand.root == "THREATEN" and _warned_to_act(tok):
            cand.root, cand.rule = "REQUEST", cand.rule + "+warned_to"  # 'warned X to leave'
        if cand is not None and cand.root == "REQUEST" and (rallied := _rally(tok)):
            cand.root, cand.rule = rallied, cand.rule + "+rally"  # 'urged X to back Y'
        if cand is not None:
            if cand.noun is not None:
                taken.add(cand.noun.i)
            out.append(cand)
    told = {t.i for c in denials for t in c.tokens[1:]}  # 'was not to blame' is no blaming
    out = [c for c in out if c.head.i not in told] + denials
    # a gerund an ending verb took ("stopped fighting") is no act of its own
    return [c for c in out if c.head.i not in taken]


def _own_object_fits(tok: Token, e: Entry, light: Candidate, objs: list[Token]) -> bool:
    """Whether the verb's own entry fits its own object where the light-verb reading took a
    noun under that object ('exchanged prisoners of war' is a swap of prisoners, no war)."""
    if e.objects is None or light.noun is None or light.noun.head.i == tok.i:
        return False
    return any(o.head.i == tok.i and {lookup_lemma(o), noun_lemma(o)} & e.objects
               for o in objs)


def _no_comment(tok: Token) -> bool:
    """A control verb whose to-complement is a word of speaking about the matter ('refused
    to comment', 'declined to be identified'; roles.json no_comment): no act is refused,
    promised or threatened."""
    words = lexicon.roles().no_comment
    return any(c.dep_ == "xcomp" and _to_infinitive(c) and lookup_lemma(c) in words
               for c in tok.children)


def _hazard_warning(tok: Token) -> bool:
    """A warning of a hazard no actor makes ('warned of heavy storms', 'warned that cholera
    could spread', 'warned that millions faced famine'; roles.json hazard_warnings and
    non_agents): its of/about-object, or the subject or object of its that-clause (the object
    of 'face' too), is such a word."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.hazard_verbs:
        return False
    words = r.hazard_nouns | r.non_agents
    said: list[Token] = [g for p in tok.children if p.dep_ == "prep"
                         and p.lower_ in ("of", "about") for g in p.children if g.dep_ == "pobj"]
    for c in tok.children:
        if c.dep_ != "ccomp":
            continue
        said += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
                 and (g.dep_ in ("nsubj", "nsubjpass") or lookup_lemma(c) in r.hazard_undergo)]
    return any(noun_lemma(g) in words for g in said)


def _self_only(tok: Token) -> bool:
    """A verb whose only objects are reflexive ('defend itself'; roles.json self_support)."""
    objs = objects(tok)
    return bool(objs) and all(o.lower_ in lexicon.roles().reflexives for o in objs)


def _warned_to_act(tok: Token) -> bool:
    """A warning to a party to do something itself ('warned residents to leave', 'were
    warned to move to the shelters'; roles.json warnings_to_act): the one warned is the
    object or passive subject, the act a to-infinitive that is not negated ('warned them not
    to cross the line' is a threat) nor joined to an alternative ('to disarm or face an
    offensive', an ultimatum)."""
    if lookup_lemma(tok) not in lexicon.roles().warn_to_act:
        return False
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return False
    for x in tok.children:
        if x.dep_ != "xcomp" or not _to_infinitive(x):
            continue
        if any(c.dep_ == "neg" for c in x.children):
            return False
        return not any(c.dep_ == "cc" and c.lower_ in ("or", "otherwise") for c in x.children)
    return False


def _rally(tok: Token) -> str | None:
    """A call on a party to back someone ('urged the West to back the new government') or
    to unite against someone ('called on Arab states to unite against ...') rallies support
    or opposition: the complement's root (roles.json rallies), else None."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.rally_verbs:
        return None
    for x in tok.children:
        # the parser hangs the complement as xcomp, or as advcl after 'called on X'
        if (x.dep_ not in ("xcomp", "advcl") or not _to_infinitive(x)
                or any(c.dep_ in ("neg", "prt") for c in x.children)):
            continue
        lemma = lookup_lemma(x)
        verbs = [x] + [c for c in x.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        against = any(p.dep_ == "prep" and p.lower_ == "against"
                      for v in verbs for p in v.children)
        return r.rally_complements.get(f"{lemma} against" if against else lemma)
    return None


def _misread_easing(tok: Token) -> bool:
    """An easing verb the parser took for an adjective of its object in a sentence it left
    verbless ('The government relaxed press censorship on Monday': 'relaxed' an amod of the
    root 'censorship'): an -ed word of a roles.json reverse verb, modifying the sentence's
    root noun or the object of a preposition on it ('Authorities in X relaxed curbs ...'),
    right after a noun (its doer: 'the newly relaxed rules' has none)."""
    if tok.dep_ != "amod" or not tok.lower_.endswith("ed") or tok.i == tok.sent.start:
        return False
    head = tok.head
    root = head.head.head if head.dep_ == "pobj" else head
    if (root.dep_ != "ROOT" or root.pos_ not in NOUN_POS or head.pos_ not in NOUN_POS
            or head.i < tok.i):
        return False
    before = tok.doc[tok.i - 1]
    return before.pos_ in NOUN_POS and _easing_lemma(tok) is not None


def _easing_lemma(tok: Token) -> str | None:
    """The reverse verb an -ed word is a form of ('relaxed' relax, 'eased' ease), if any."""
    reverse = lexicon.roles().reverse
    word = tok.lower_
    forms = [tok.lemma_.lower()] + [word[: -len(end)] + add for end, add in _STRIPS
                                    if word.endswith(end)]
    return next((f for f in forms if f in reverse), None)


def _headline_verb(tok: Token) -> bool:
    """A headline's verb the tagger took for a plural noun ('Marovia expels two envoys over
    spying row': 'expels' the root, a noun of lemma 'expel'): a root tagged NNS whose lemma
    is a lexicon verb and no event noun of its own, with its doer before it as a bare
    compound (no determiner: 'The rebels disarmed ...' is a sentence the parser misread) and
    no other verb in the sentence but participles before nouns ('spying row')."""
    if tok.dep_ != "ROOT" or tok.tag_ != "NNS":
        return False
    lemma = tok.lemma_.lower()
    if lemma == tok.lower_ or lemma not in lexicon.verbs() or lemma in lexicon.nouns():
        return False
    if any(c.dep_ == "det" for c in tok.children) or not any(
            c.dep_ == "compound" and c.i < tok.i for c in tok.children):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")
                   for t in tok.sent)


def _denial(tok: Token) -> Candidate | None:
    """'they were not responsible for the blast', 'neither it nor its ally was to blame',
    'they were not behind the attack': a negated 'be' with an answerability predicate
    (roles.json denials) is REJECT, said by its subject."""
    if tok.lemma_.lower() != "be" or tok.pos_ not in ("AUX", "VERB"):
        return None
    r = lexicon.roles()
    pred = next((c for c in tok.children
                 if (c.dep_ == "acomp" and c.lemma_.lower() in r.denial_predicates)
                 or (c.dep_ == "xcomp" and c.lemma_.lower() in r.denial_infinitives)
                 or (c.dep_ == "prep" and c.lower_ in r.denial_prepositions and any(
                     g.dep_ == "pobj" and noun_lemma(g) in lexicon.nouns()
                     for g in c.children))), None)
    if pred is None:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
                  for c in tok.children)
    if not negated and not (subj is not None and any(
            c.dep_ == "preconj" and c.lower_ == "neither" for c in subj.children)):
        if _blamed(subj, pred):
            return Candidate(tok, "ACCUSE", "blame:" + pred.lemma_.lower(), [tok, pred])
        return None
    return Candidate(tok, "REJECT", "deny:" + pred.lemma_.lower(), [tok, pred])


def _claimed_violation(tok: Token) -> Candidate | None:
    """'The rebels claimed that the army had violated the ceasefire': a contested claim that
    another broke a truce or a rule is an accusation (roles.json violation_claims), and it
    governs the violation it charges; not a claim that one was not broken."""
    r = lexicon.roles()
    if tok.pos_ != "VERB" or lookup_lemma(tok) not in r.claim_verbs:
        return None
    for c in tok.children:
        if c.dep_ != "ccomp" or c.pos_ != "VERB" or any(x.dep_ == "neg" for x in c.children):
            continue
        e = verb_entry(c)
        if e is not None and e.id in r.claimed_violations:
            return Candidate(tok, "ACCUSE", f"claim:{e.id}", [tok], None, control=True)
    return None


def _blamed(subj: Token | None, pred: Token) -> bool:
    """'Borland is responsible for this massacre', 'the militia was behind the attack': a
    side other than the speaker named answerable for an act (an event noun) is accused
    (CAMEO 112); not a pronoun, by which a side may claim an act as its own ('said it was
    responsible for the bombing')."""
    if subj is None or subj.pos_ not in NOUN_POS:
        return False
    acts = [g for g in pred.children if g.dep_ == "pobj"] if pred.dep_ == "prep" else [
        g for p in pred.children if p.dep_ == "prep" and p.lower_ == "for"
        for g in p.children if g.dep_ == "pobj"]
    return any(lookup_lemma(g) in lexicon.nouns() for g in acts)


def commanded_act(tok: Token, taken: set[int]) -> bool:
    """A command verb's to-complement is a coded act the commander makes through the one
    commanded: its own force ('ordered troops to pull back') or a hostile act ('ordered the
    newspaper to suspend publication', 'ordered Oran to respond with air strikes': a state
    is ordered to strike only by its own leaders); not a state or people asked for another
    act ('ordered Iraq to withdraw')."""
    told = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    state = any(c.ent_type_ in ("GPE", "NORP") for c in told)
    own = not state and (not told or any(
        lookup_lemma(c) in lexicon.roles().forces or c.lower_ in lexicon.roles().forces
        for c in told))
    for x in tok.children:
        if (x.dep_ != "xcomp" or x.pos_ != "VERB"
                or not _to_infinitive(x)):
            continue
        for root in _complement_roots(x, taken):
            if own or root in HOSTILE_MATERIAL:
                return True
    return False


def _complement_roots(x: Token, taken: set[int]) -> Iterator[str]:
    """Roots of the acts a to-complement tells: its verb, the verbs coordinated with it
    ('to respond and resume strikes') and an event noun it is done with ('to respond with
    strikes')."""
    for v in [x] + [c for c in x.children if c.dep_ == "conj" and c.pos_ == "VERB"]:
        e = verb_entry(v)
        if e is not None:
            yield e.root
        elif (light := _light(v, set(taken))) is not None:
            yield light.root
    for g in (g for p in x.children if p.dep_ == "prep" and p.lower_ == "with"
              for g in p.children if g.dep_ == "pobj" and g.pos_ in NOUN_POS):
        if (n := noun_entry(g, None, need_standalone=False)) is not None:
            yield n.root


def _causative(tok: Token, lemma: str) -> Candidate | None:
    """A verb making someone do what its complement says stands for one lexicon verb,
    looked up with the causer's own objects: "ordered the diplomats to leave" is
    "expelled the diplomats" (SANCTION). Only a sense with listed objects counts: "ordered
    his troops to leave" is no expulsion."""
    frames = lexicon.roles().causatives
    for c in tok.children:
        if c.dep_ not in ("xcomp", "ccomp") or c.pos_ != "VERB":
            continue
        frame = frames.get(lookup_lemma(c))
        if frame is None or lemma not in frame[0]:
            continue
        e = verb_entry(tok, frame[1])
        if e is not None and e.objects is not None:
            return Candidate(tok, e.root, f"causative:{lemma}+{e.id}", [tok, c], e)
    return None


def _to_infinitive(tok: Token) -> bool:
    """A verb with 'to' as its auxiliary ('to pull back', 'to hit')."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


_FINITE = frozenset({"VBZ", "VBD", "VBP"})


def misread_subject(tok: Token) -> Token | None:
    """The subject of a finite verb the parser read as the object of a subordinator taken
    for a preposition ('CCTV of shops shaking as Peru quake hits CCTV cameras record ...':
    'quake' the object of 'as', 'hits' given 'CCTV' for subject): the noun right before the
    verb, when it is such an object (roles.json misread_subordinators); else None."""
    if tok.tag_ not in _FINITE or tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.pos_ not in NOUN_POS or prev.dep_ != "pobj" or prev.head.i > prev.i:
        return None
    if prev.head.dep_ != "prep" or prev.head.lower_ not in lexicon.roles().misread_subordinators:
        return None
    return prev


def _non_agent_word(tok: Token) -> bool:
    """A non-agent word (roles.json non_agents), or a name headed by one of roles.json
    named_non_agents ('Hurricane Katrina'; not 'Bill Clinton', nor 'virus researchers')."""
    r = lexicon.roles()
    if lookup_lemma(tok) in r.non_agents:
        return True
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in r.named_non_agents
                                       for c in tok.children)


def subjectless_host(tok: Token) -> Token | None:
    """The disaster, disease or accident word a verb with no subject of its own hangs on,
    which does it: an infinitive relative ('the worst earthquake to hit Haiti') or a bare
    participle the parser hung on it ('after a strong earthquake hit west of the port city',
    read as 'the earthquake [that was] hit'), a gerund on it ('the tsunami hitting Aceh'),
    or an infinitive on a superlative that stands for its subject ('the quake was the worst
    to hit Haiti'); None for a passive with its agent, for a host that is no such word
    ('11 workers killed in the blast': the workers are killed) and for every other verb."""
    if tok.dep_ not in ("relcl", "acl"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "agent", "auxpass") for c in tok.children):
        return None
    to_inf = _to_infinitive(tok)
    host = tok.head
    if to_inf and host.tag_ == "JJS" and host.dep_ == "attr":
        # 'the quake was the worst to hit Haiti': the superlative stands for its subject
        host = next((c for c in host.head.children if c.dep_ == "nsubj"), host)
    if host.pos_ not in NOUN_POS:
        return None
    gerund = tok.dep_ == "acl" and tok.tag_ == "VBG"  # 'footage of the quake hitting a school'
    if (to_inf or gerund or tok.tag_ == "VBN") and _non_agent_word(host):
        return host
    return None


def antecedent(it: Token) -> Token | None:
    """What a subject 'it' or 'they' stands for: the nearest noun subject before it in its
    sentence ('Hurricane Alex was a storm when it hit Mexico', 'the mediators said they were
    ending their efforts'), else the subject of the sentence before ('The quake struck at
    dawn. It hit the port hardest.'); None for another word."""
    if it.lower_ not in ("it", "they"):
        return None
    doc = it.doc
    for i in range(it.i - 1, it.sent.start - 1, -1):
        t = doc[i]
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in NOUN_POS:
            return t
    if it.sent.start == 0:
        return None
    root = doc[it.sent.start - 1].sent.root
    return next((c for c in root.children
                 if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in NOUN_POS), None)


def controller(tok: Token) -> Token | None:
    """The subject of the verb a subjectless infinitive completes, when that verb has no
    object to do it instead ('hurricanes will continue to strike', 'if a hurricane were
    to hit', 'a quake was about to hit'; not 'forced residents to flee'); else None."""
    while tok.dep_ == "xcomp" and tok.head.i != tok.i:
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children):
            return None
        head = tok.head
        if head.dep_ == "acomp" and head.head.i != head.i:
            head = head.head  # 'a quake was about to hit': the copula's subject
        if any(c.dep_ in ("dobj", "obj", "dative") for c in head.children):
            return None
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        tok = head
    return None


def _non_agent(tok: Token) -> bool:
    """The verb's doer (subject, or by-agent of a passive) is a disease, disaster,
    accident or market, which PLOVER does not code as an actor."""
    r = lexicon.roles()
    if (misread := misread_subject(tok)) is not None and _non_agent_word(misread):
        return True  # '... as Peru quake hits': the quake does it
    if subjectless_host(tok) is not None:
        return True  # 'the worst earthquake to hit Haiti'
    if (tail := _tail_governor(tok)) is not None and _non_agent(tail):
        return True  # 'rains swept the north, flooding roads and cutting power'
    for c in tok.children:
        if c.dep_ not in ("nsubj", "csubj"):
            continue
        if c.lower_ in ("that", "which") and tok.dep_ == "relcl":
            c = tok.head  # 'the strain that has killed 81': the relative's noun does it
        c = antecedent(c) or c  # 'Hurricane Alex ... when it hit Mexico'
        if _non_agent_word(c):
            return True
    if (ctl := controller(tok)) is not None and _non_agent_word(antecedent(ctl) or ctl):
        return True  # 'if a hurricane were to hit the Gulf'
    for c in tok.children:
        if c.dep_ == "agent" and any(g.dep_ == "pobj" and lookup_lemma(g) in r.non_agents
                                     for g in c.children):
            return True
    return False


def _tail_governor(tok: Token) -> Token | None:
    """The verb a subjectless participial tail hangs on ('..., flooding roads and cutting
    power': 'cutting' a conjunct of 'flooding', an adverbial clause of the main verb)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head.i == tok.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return None
    return tok.head


def _must_frame(tok: Token) -> Candidate | None:
    """A speech verb whose complement has 'must/should' is a demand ("said Iran must stop"),
    and so is one that tells someone to act ("told both sides to end the fighting")."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.report:
        return None
    if any(c.dep_ == "dobj" for c in tok.children) and any(
        c.dep_ == "xcomp" and c.pos_ in VERB_POS
        and _to_infinitive(c)
        for c in tok.children
    ):
        return Candidate(tok, "REQUEST", "frame:report+to", [tok], None, control=True)
    for c in tok.children:
        if c.dep_ != "ccomp":
            continue
        auxes = {a.lower_ for a in c.children if a.dep_ in ("aux", "auxpass")}
        if auxes & r.modal_demand or (lookup_lemma(c) in ("have", "need") and any(
                x.dep_ == "xcomp" for x in c.children)):
            return Candidate(tok, "REQUEST", "frame:report+must", [tok], None, control=True)
    return None


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """Month names and abbreviations: the timex engine's own table."""
    from dateline.timex.rules import load_tables

    return frozenset(load_tables()["month"])


def _date_word(t: Token) -> bool:
    return (t.ent_type_ in ("DATE", "TIME") or t.like_num
            or t.lower_.rstrip(".") in _months())


def possessor(tok: Token) -> Token | None:
    """The possessor of an event noun, also across a fronted date that the parser took as
    the possessed head: in "Hamas' Oct 7, 2023, attack" spaCy hangs 'Hamas' on 'Oct'."""
    own = next((c for c in tok.children if c.dep_ == "poss"), None)
    if own is not None:
        return own
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and (_date_word(doc[i]) or doc[i].text == ","):
        i -= 1
    if i < 0 or i == tok.i - 1 or not any(_date_word(doc[j]) for j in range(i + 1, tok.i)):
        return None
    mark = doc[i]
    owner = mark.head if mark.dep_ == "case" else mark
    if owner.dep_ != "poss" or not i < owner.head.i < tok.i:
        return None  # the possessor must hang on the date between it and the noun
    return owner


def actor_marked(tok: Token) -> bool:
    """An event noun with its own actor: possessive, demonym/name modifier, a by-phrase, or
    a between-phrase naming its parties ('the talks between the two ministers')."""
    if possessor(tok) is not None:
        return True
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "between"):
            return True
    return False


def noun_candidates(sent: Span, taken: set[int], verb_heads: set[int]) -> list[Candidate]:
    out: list[Candidate] = []
    nouns = lexicon.nouns()
    for tok in sent:
        if tok.pos_ not in NOUN_POS or tok.i in taken:
            continue
        reacted = reacted_act(tok)
        if noun_key(tok) not in nouns:
            nom = (None if tok.dep_ == "compound"
                   or (_absorbed(tok, verb_heads, taken, out) and not reacted)
                   else nominal(tok, taken))
            if nom is not None:
                out.append(nom)
            continue
        if tok.ent_type_ in NAMED_NOT_EVENT:
            continue  # "March" the month, "Strike" in a name
        if tok.dep_ == "compound":
            continue  # "ceasefire agreement": the head noun speaks
        if _absorbed(tok, verb_heads, taken, out) and not reacted:
            continue
        # "Talks resumed", "the truce held": an event noun as subject of an aspect verb; the
        # root noun of a sentence with no main verb ('Talks between X and Y on Monday, the
        # first since ...', a headline) is told as happening
        ongoing = ((tok.dep_ == "nsubj" and _subject_event_verb(tok.head))
                   or tok.dep_ == "ROOT" or reacted)
        told = told_by_participle(tok)
        e = noun_entry(tok, told, need_standalone=not (actor_marked(tok) or ongoing or told))
        if e is None:
            continue
        rule = e.id if told is None else f"participle:{told}+{e.id}"
        out.append(Candidate(tok, e.root, rule, [tok], e, noun=tok,
                             control=e.root in NOUN_CONTROL_ROOTS))
    return out


def told_by_participle(noun: Token) -> str | None:
    """The light verb of a past participle before an event noun ('the newly imposed
    embargo', 'the declared truce'): the act is told done, as by 'imposed an embargo'."""
    light = lexicon.roles().light
    return next((c.lemma_.lower() for c in noun.children
                 if c.dep_ == "amod" and c.tag_ == "VBN" and c.i < noun.i
                 and c.lemma_.lower() in light), None)


def reacted_act(tok: Token) -> bool:
    """An event noun that is the passive subject of a verb of praise ('the release of the
    hostages was welcomed'): the act is told done, and is the news the reaction follows
    (roles.json subject_events reactions), not the reaction's mere theme."""
    return tok.dep_ == "nsubjpass" and lookup_lemma(tok.head) in lexicon.roles().reaction_verbs


def _subject_event_verb(verb: Token) -> bool:
    """A verb whose subject is an event told as happening (roles.json subject_events):
    'resumed', or 'came' with 'into force' or 'from', 'took' with 'effect'."""
    r = lexicon.roles()
    lemma = lookup_lemma(verb)
    if lemma in r.subject_event_verbs:
        return True
    words = r.subject_event_words.get(lemma)
    if not words:
        return False
    near = [c for c in verb.children if c.dep_ in ("prep", "prt", "dobj", "advmod")]
    near += [g for c in near if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # 'came a day after the minister visited': the word is the mark of a clause
    near += [m for c in verb.children if c.dep_ == "advcl" for m in c.children
             if m.dep_ == "mark"]
    return any(t.lower_ in words for t in near)


def _absorbed(
    tok: Token, verb_heads: set[int], taken: set[int], found: list[Candidate]
) -> bool:
    """A noun that is an argument of an event verb (one of ``verb_heads``, a ``taken``
    token or the head of a ``found`` candidate) is that verb's theme, not its own event."""
    if tok.dep_ not in ("dobj", "pobj", "nsubjpass", "attr", "xcomp", "conj"):
        return False
    h = tok.head
    if tok.dep_ == "pobj" and h.dep_ in ("prep", "agent"):
        h = h.head
    i = h.i
    return i in verb_heads or i in taken or any(c.head.i == i for c in found)


def find(sent: Span) -> list[Candidate]:
    """All event candidates of one sentence, verbs first then nouns."""
    taken: set[int] = set()
    found = verb_candidates(sent, taken)
    by_head = {c.head.i: c for c in found}
    for c in found:
        _dispersal(c, by_head)
    verbs = [c for c in found if not _purpose_of_same_act(c, by_head)]
    # a purpose verb told again still takes its object ('opened the crossing to allow aid in')
    heads = {c.head.i for c in found}
    return verbs + noun_candidates(sent, taken, heads)


def _purpose_of_same_act(c: Candidate, by_head: dict[int, Candidate]) -> bool:
    """A to-infinitive of purpose, with no subject of its own, coded with the root of the verb
    it serves ('will donate $250,000 to assist the victims', both AID): the act told again,
    not a second one. Another root is an act of its own ('sent troops to attack')."""
    t = c.head
    if c.noun is not None or not _bare_purpose(t):
        return False
    gov = by_head.get(t.head.i)
    return gov is not None and gov.root == c.root


def _bare_purpose(t: Token) -> bool:
    """A to-infinitive of purpose with no subject of its own ('fired to disperse them')."""
    return (t.dep_ in ("advcl", "xcomp") and t.head.i != t.i and _to_infinitive(t)
            and not any(a.dep_ in ("nsubj", "nsubjpass") for a in t.children))


def _dispersal(c: Candidate, by_head: dict[int, Candidate]) -> None:
    """Force used to disperse a gathering is crowd control ('fired tear gas to break up the
    march', 'opened fire to disperse demonstrators'): an act of roles.json dispersals' roots
    whose bare purpose is one of its verbs coded COERCE takes COERCE; the purpose then tells
    the same act again."""
    r = lexicon.roles()
    if c.root not in r.dispersal_roots:
        return
    for t in c.head.children:
        p = by_head.get(t.i)
        if (p is not None and p.root == "COERCE" and p.noun is None and _bare_purpose(t)
                and lookup_lemma(t) in r.dispersal_verbs):
            c.root, c.rule = "COERCE", c.rule + "+dispersal"
            return
