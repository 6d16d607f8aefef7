"""Occurrences: disasters, accidents, disease and deaths with no political doer.

PLOVER codes political acts by political actors; an earthquake, a flu death or an oil
spill is none, but a dated record needs them. They are coded here as type
``OCCURRENCE`` with their class in the rule ('occ.disease.death', 'occ.disaster.quake')
from package data (``data/events/occurrences.json``): occurrence words (nouns and verbs
with conditions), and verbs whose doer is a disease, disaster or accident ('swine flu has
killed 149 people'), which the PLOVER pass drops. The PLOVER candidates of a sentence are
found first and left as they are, except where an entry ``overrides`` one (an explosion
among oil-rig words and no weapon is an accident). Generic and potential mentions ('flu
kills thousands every year', 'this outbreak can kill') are no event.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from dateline.events import detect, lexicon, story
from dateline.events.dependents import prep_objects
from dateline.events.detect import Candidate
from dateline.events.kids import kids_of
from dateline.events.object_heads import in_title, qualifies_object
from dateline.events.words import lemmas_of
from dateline.events.words_read import SentenceWords
from dateline.model import OCCURRENCE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Suffix of the rule of an occurrence named by a noun ('occ.accident.spill+noun'): like a
#: PLOVER noun rule it usually refers back to a known event ('the spill').
NOUN = "+noun"
NAMED_PLACE = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG", "NORP"})
DOMAIN_PREPS = frozenset({"of", "from", "after", "in", "by", "with", "on", "during"})


@dataclass(frozen=True)
class OccEntry:
    id: str
    cls: str  # may hold '{domain}'
    pos: str  # 'noun' or 'verb'
    modifiers: frozenset[str] | None = None
    not_modifiers: frozenset[str] | None = None
    subjects: frozenset[str] | None = None
    not_objects: frozenset[str] | None = None
    complements: frozenset[str] | None = None
    particle: frozenset[str] | None = None
    light: frozenset[str] | None = None
    context: frozenset[str] | None = None
    unless: frozenset[str] | None = None
    of_allowed: frozenset[str] | None = None
    not_under: frozenset[str] | None = None
    overrides: frozenset[str] | None = None
    thing_heads: frozenset[str] | None = None
    context_min: int = 0  # >0: 'context' counts words of the whole article, this many
    intransitive: bool = False
    named: bool = False
    other: bool = True


@dataclass(frozen=True)
class AgentAct:
    act: str
    domains: frozenset[str] | None
    subjects: frozenset[str] | None
    fallback: dict[str, str]


@dataclass(frozen=True)
class Table:
    nouns: dict[str, tuple[OccEntry, ...]]
    verbs: dict[str, tuple[OccEntry, ...]]
    domains: tuple[tuple[str, frozenset[str]], ...]  # in order of preference
    acts: dict[str, AgentAct]  # verb lemma -> what it does when a domain word does it
    violence: frozenset[str]
    modals: frozenset[str]
    habitual: frozenset[str]
    periods: frozenset[str]
    determiners: frozenset[str]  # 'any explosion', 'every suspected case': no one happening
    purpose_passives: frozenset[str]  # 'tests are designed to detect': a kind
    things: frozenset[str]  # classes of entries with 'thing_heads': a thing, not a happening
    plain_causes: frozenset[str] = frozenset()  # 'killed in a traffic accident' whatever else

    def domain(self, lemma: str) -> str | None:
        for name, words in self.domains:
            if lemma in words:
                return name
        return None


def _words(d: dict[str, Any], key: str, domains: dict[str, list[str]]) -> frozenset[str] | None:
    """A word list, '@disease' standing for the words of that domain ('@loc' stays)."""
    v = d.get(key)
    if v is None:
        return None
    out: set[str] = set()
    for w in v:
        w = w.lower()
        if w.startswith("@") and w[1:] in domains:
            out.update(x.lower() for x in domains[w[1:]])
        else:
            out.add(w)
    return frozenset(out)


@lru_cache(maxsize=1)
def table() -> Table:
    d = lexicon.load_json("occurrences.json")
    doms: dict[str, list[str]] = d["domains"]
    nouns: dict[str, list[OccEntry]] = {}
    verbs: dict[str, list[OccEntry]] = {}
    for x in d["entries"]:
        if x["pos"] not in ("noun", "verb"):
            raise ValueError(f"occurrences.json: {x['id']}: pos must be noun or verb")
        cls = x.get("class", x["id"])
        if not cls.startswith("occ.") or len(cls.split(".")) != 3:
            raise ValueError(f"occurrences.json: {x['id']}: class {cls!r} is not occ.KIND.ACT")
        w = lambda k, x=x: _words(x, k, doms)  # noqa: E731
        e = OccEntry(
            id=x["id"], cls=cls, pos=x["pos"], modifiers=w("modifiers"),
            not_modifiers=w("not_modifiers"), subjects=w("subjects"), not_objects=w("not_objects"),
            complements=w("complements"), particle=w("particle"), light=w("light"),
            context=w("context"), unless=w("unless"), of_allowed=w("of_allowed"),
            not_under=w("not_under"), overrides=w("overrides"),
            thing_heads=w("thing_heads"), context_min=int(x.get("context_min", 0)),
            intransitive=bool(x.get("intransitive")), named=bool(x.get("named")),
            other=x.get("other", True),
        )
        for lemma in x["lemmas"]:
            (nouns if e.pos == "noun" else verbs).setdefault(lemma.lower(), []).append(e)
    acts: dict[str, AgentAct] = {}
    for a in d["agent_acts"]:
        act = AgentAct(act=a["act"], domains=_words(a, "domains", {}),
                       subjects=_words(a, "subjects", doms), fallback=dict(a.get("fallback", {})))
        for lemma in a["lemmas"]:
            acts.setdefault(lemma.lower(), act)
    g = d["generic"]
    return Table(
        nouns={k: tuple(v) for k, v in nouns.items()},
        verbs={k: tuple(v) for k, v in verbs.items()},
        domains=tuple((k, frozenset(x.lower() for x in v)) for k, v in doms.items()),
        acts=acts, violence=frozenset(x.lower() for x in d["violence"]),
        modals=frozenset(g["modals"]), habitual=frozenset(g["habitual"]),
        periods=frozenset(g["periods"]), determiners=frozenset(g["determiners"]),
        purpose_passives=frozenset(g["purpose_passives"]),
        things=frozenset(e.cls for es in nouns.values() for e in es if e.thing_heads),
        plain_causes=_words(d["plain_causes"], "words", doms) or frozenset(),
    )


def is_thing(rule: str) -> bool:
    """An occurrence rule of a thing ('occ.accident.slick+noun'): what seems true of it
    ('the slick appeared to triple') never doubts that it is there."""
    return rule.split("+")[0] in table().things


def examples() -> list[tuple[str, str, str | None]]:
    """(entry or act, text, expected class or None) for every example of the data file."""
    d = lexicon.load_json("occurrences.json")
    out: list[tuple[str, str, str | None]] = []
    for x in d["entries"]:
        out += [(x["id"], ex["text"], ex["rule"]) for ex in x["examples"]]
    for a in d["agent_acts"]:
        out += [(f"act.{a['act']}", ex["text"], ex["rule"]) for ex in a["examples"]]
    return out


_VERB_LEMMAS: dict[tuple[int, int], str] = {}  # (lemma, lower) ids of a VERB -> repaired lemma


def lookup_lemma(tok: Token, t: Table) -> str:
    """The lemma, with the -ed/-ing/-s strip when the lemmatizer misses a listed verb; a
    verb's repair is kept per spelling for the shipped table (fixed for the process), as
    :func:`dateline.events.detect.lookup_lemma` keeps its own."""
    if tok.pos_ != "VERB":
        return tok.lemma_.lower()

    def known(w: str) -> bool:
        return w in t.verbs or w in t.acts

    if t is not table():
        return detect.repaired_lemma(tok, known)
    return detect.cached_repair(tok, _VERB_LEMMAS, known)


def doer(tok: Token) -> Token | None:
    """Who or what does the verb: its subject (through a relative pronoun: 'the strain that
    has killed'; one the parser hung on a subordinator it took for a preposition: '... as
    Peru quake hits', :func:`dateline.events.detect.misread_subject`), else the by-agent of
    a passive."""
    if (misread := detect.misread_subject(tok)) is not None:
        return misread
    for c in kids_of(tok):
        if c.dep_ in ("nsubj", "csubj"):
            if c.lower_ in ("that", "which", "who") and tok.dep_ == "relcl":
                return tok.head
            return detect.antecedent(c) or c  # 'The quake struck at dawn. It hit ...'
    for c in kids_of(tok):
        if c.dep_ == "agent":
            return next((g for g in kids_of(c) if g.dep_ == "pobj"), None)
    if (host := detect.subjectless_host(tok)) is not None:
        return host  # 'the strongest cyclone to hit Fiji in 60 years'
    if (ctl := detect.controller(tok)) is not None:
        return detect.antecedent(ctl) or ctl  # 'if a cyclone were to strike the bay'
    if tok.dep_ in ("advcl", "conj") and tok.head.pos_ == "VERB" and tok.head.i != tok.i \
            and not (tok.dep_ == "conj" and any(c.dep_ == "nsubjpass" for c in kids_of(tok))):
        # 'the earthquake struck Haiti, killing thousands'; a passive with its own subject
        # ('seven pupils died and 25 more were injured in a bus crash') names no doer: the
        # first clause's subject suffered, it did not injure
        return doer(tok.head)
    return None


def _token_domain(tok: Token, t: Table) -> str | None:
    """The domain of a word or of its compound ('swine flu', 'the oil rig')."""
    dom = t.domain(tok.lemma_.lower())
    if dom is not None:
        return dom
    for c in kids_of(tok):
        if c.dep_ == "compound":
            dom = t.domain(c.lemma_.lower())
            if dom is not None:
                return dom
    return None


def _domain(tok: Token, e: OccEntry, t: Table) -> str | None:
    """What kind of occurrence a death is: the word's own modifiers and prepositional
    objects (and a verb's subject), then its sentence; 'other' if none and no violence."""
    near: list[Token] = [c for c in kids_of(tok) if c.dep_ in ("compound", "amod", "nmod", "nsubj",
                                                                "nsubjpass")]
    for p in kids_of(tok):
        if p.dep_ in ("prep", "agent") and p.lower_ in DOMAIN_PREPS | {"by"}:
            near += [g for g in kids_of(p) if g.dep_ == "pobj"]
    for name, _words in t.domains:
        if any(_token_domain(n, t) == name for n in near):
            return name
    if detect.sentence_lemmas(tok) & t.violence:
        return None  # 'protesters died after police opened fire': PLOVER's, if anyone's
    return _sentence_domain(tok, t) or ("other" if e.other else None)


def _sentence_domain(tok: Token, t: Table) -> str | None:
    """The first kind, in the order of 'domains', that a word of the sentence names; a word
    its own modifiers disown ('mortar fire' is no blaze) names none."""
    words = lemmas_of(w for w in tok.sent if not _disowned(w, t))
    return next((name for name, dwords in t.domains if words & dwords), None)


def _class(e: OccEntry, tok: Token, t: Table) -> str | None:
    if "{domain}" not in e.cls:
        return e.cls
    dom = _domain(tok, e, t)
    return None if dom is None else e.cls.replace("{domain}", dom)


_DOC_WORDS: list[tuple[Doc, frozenset[str]]] = []  # the last document's lemmas


def _document(tok: Token) -> frozenset[str]:
    doc = tok.doc
    if not _DOC_WORDS or _DOC_WORDS[0][0] is not doc:
        _DOC_WORDS[:] = [(doc, frozenset(t.lemma_.lower() for t in doc))]
    return _DOC_WORDS[0][1]


def _context_fits(e: OccEntry, tok: Token) -> bool:
    """One of 'context' in the sentence (or, with 'context_min', that many of them in the
    article: an explosion in a story of rigs and oil), none of 'unless' in the sentence."""
    if e.context is None and e.unless is None:
        return True
    words = detect.sentence_lemmas(tok)
    if e.context is not None and not words & e.context and not (
            e.context_min and len(_document(tok) & e.context) >= e.context_min):
        return False
    return not (e.unless is not None and words & e.unless)


def _of_fits(e: OccEntry, tok: Token) -> bool:
    """'a storm of criticism', 'an eruption of violence': an of-object outside the entry's
    list (a number or named place is fine) makes the word a metaphor."""
    if e.of_allowed is None:
        return True
    for g in prep_objects(tok, ("of",)):
        if g.like_num or g.pos_ == "NUM" or g.ent_type_ in NAMED_PLACE:
            continue
        if g.lemma_.lower() not in e.of_allowed:
            return False
    return True


def _noun_mods(tok: Token) -> set[str]:
    """A noun's modifier lemmas, and '@norp', '@org' ... for a named modifier or possessor:
    'Syrian fire', 'the militia's fire' are gunfire, not a blaze."""
    return detect.modifier_words(tok) | {"@" + c.ent_type_.lower() for c in kids_of(tok)
                                if c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_}


def _disowned(tok: Token, t: Table) -> bool:
    """An occurrence word whose modifiers rule out every entry of it ('army fire' is no
    blaze): as the doer of a death it names no occurrence either."""
    entries = t.nouns.get(tok.lemma_.lower(), ())
    mods = _noun_mods(tok)
    return any(e.not_modifiers is not None and mods & e.not_modifiers for e in entries) \
        and not any(noun_fits(e, tok) for e in entries)


def noun_fits(e: OccEntry, tok: Token) -> bool:
    if e.light is not None and not (tok.dep_ in ("dobj", "nsubjpass", "attr")
                                    and tok.head.lemma_.lower() in e.light):
        return False
    mods = _noun_mods(tok)
    if e.modifiers is not None and not (
            mods | {g.lemma_.lower() for g in prep_objects(tok, ("of",))}) & e.modifiers:
        return False
    if e.not_modifiers is not None and mods & e.not_modifiers:
        return False
    if e.not_under is not None and tok.dep_ == "pobj" and tok.head.lower_ in e.not_under:
        return False  # 'came under fire', 'sentenced to death'
    if e.thing_heads is not None and not _thing_words(tok) & e.thing_heads:
        return False
    return _of_fits(e, tok) and _context_fits(e, tok)


def _thing_words(tok: Token) -> set[str]:
    """The words that tell a noun as a physical thing when listed: the verb it does or
    undergoes ('the slick drifted', 'break up the slick'; a subject's xcomp: 'appeared to
    triple'), the word whose phrase holds it ('the edge of the slick'), a participle,
    relative or measure on it ('a slick spreading east', 'a slick the size of Wales')."""
    out = {c.lemma_.lower() for c in kids_of(tok) if c.dep_ in ("acl", "relcl", "appos",
                                                                  "npadvmod")}
    h = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        out.add(h.lemma_.lower())
        if tok.dep_ == "nsubj":
            out |= {c.lemma_.lower() for c in kids_of(h) if c.dep_ in ("xcomp", "attr")}
    elif tok.dep_ == "pobj" and h.head.i != h.i:
        out.add(h.head.lemma_.lower())
    return out


def _subjects(tok: Token) -> list[Token]:
    out = []
    for c in kids_of(tok):
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in ("that", "which", "who") and tok.dep_ == "relcl":
                c = tok.head
            out.append(c)
            out += prep_objects(c, ("of",))
    if tok.dep_ == "acl" and tok.head.pos_ in detect.NOUN_POS:
        out.append(tok.head)  # 'homes flooded by the river'
    if not out and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        return _subjects(tok.head)  # 'a van swerved and crushed into a second van'
    return out


def verb_fits(e: OccEntry, tok: Token) -> bool:
    if e.subjects is not None:
        subj = _subjects(tok)
        names = {s.lemma_.lower() for s in subj} | {s.lower_ for s in subj}
        names |= {c.lemma_.lower() for s in subj for c in kids_of(s) if c.dep_ == "compound"}
        names |= {"@" + s.ent_type_.lower() for s in subj if s.ent_type_}
        if not names & e.subjects:
            return False
    objs = [c for c in kids_of(tok) if c.dep_ == "dobj"]
    if e.intransitive and objs:
        return False
    if e.not_objects is not None and {o.lemma_.lower() for o in objs} & e.not_objects:
        return False
    if e.complements is not None and not {
            c.lemma_.lower() for c in kids_of(tok)
            if c.dep_ in ("acomp", "oprd", "xcomp", "advmod", "dobj", "attr", "npadvmod")
    } & e.complements:
        return False
    if e.particle is not None and not detect.particles(tok) & e.particle:
        return False
    return _context_fits(e, tok)


def _generic_verb(tok: Token, t: Table) -> bool:
    """'can kill', 'kills thousands every year', 'seasonal flu kills': potential or habitual."""
    if any(c.dep_ == "aux" and c.lower_ in t.modals for c in kids_of(tok)):
        return True
    if _habitual_verb(tok, t):
        return True
    if tok.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ in t.modals
                                              for c in kids_of(tok.head)):
        return True  # 'could be hit'
    d = doer(tok)
    return d is not None and bool(detect.modifier_words(d) & t.habitual)


def _habitual_verb(tok: Token, t: Table) -> bool:
    """A verb told as a habit: 'usually', 'every year', 'a year' on it."""
    for c in kids_of(tok):
        if c.dep_ in ("advmod", "npadvmod", "prep") and c.lemma_.lower() in t.habitual:
            return True
        if c.dep_ in ("npadvmod", "advmod", "prep", "pobj") or c.dep_ == "dobj":
            for g in c.subtree:
                if g.dep_ == "det" and g.lower_ in ("every", "each", "per") \
                        and g.head.lemma_.lower() in t.periods:
                    return True
            if c.dep_ == "npadvmod" and c.lemma_.lower() in t.periods and any(
                    g.dep_ == "det" and g.lower_ == "a" for g in kids_of(c)):
                return True  # 'kills 250,000 a year'
    return False


def _generic_noun(tok: Token, t: Table) -> bool:
    """'regular outbreaks', 'any explosion', 'every suspected case', 'this fever outbreak can
    kill people', 'tests are designed to detect', 'publishes figures on cases every week':
    habitual, any or every, potential, a kind told by its purpose, part of a routine
    (occurrences.json generic)."""
    if detect.modifier_words(tok) & t.habitual or any(
            c.dep_ == "det" and c.lower_ in t.determiners for c in kids_of(tok)):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "aux" and c.lower_ in t.modals for c in kids_of(tok.head)):
        return True
    subject = tok  # 'point of care tests are designed to': the tests
    while subject.dep_ == "pobj" and subject.head.lower_ == "of":
        subject = subject.head.head
    if subject.dep_ == "nsubjpass" and _purpose_passive(subject.head, t):
        return True
    governor = _governing_verb(tok)
    return governor is not None and _habitual_verb(governor, t)


def _purpose_passive(verb: Token, t: Table) -> bool:
    """'are designed to detect', 'is used to confirm': a present passive of purpose with its
    to-clause."""
    return (verb.lemma_.lower() in t.purpose_passives
            and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in kids_of(verb))
            and any(c.dep_ in ("xcomp", "advcl") for c in kids_of(verb)))


def _governing_verb(tok: Token) -> Token | None:
    """The verb in the present simple whose object holds a noun, through the object's
    of/on-phrases ('publishes figures on confirmed cases': publishes); None for a subject,
    any other noun or another tense ('put the spill at 40,000 barrels each day' measures
    one spill)."""
    h = tok
    while h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.lower_ in ("of", "on"):
        h = h.head.head
    if h.dep_ == "dobj" and h.head.tag_ in ("VBZ", "VBP"):
        return h.head
    return None


def _agent(tok: Token, lemma: str, t: Table, taken: set[int]) -> Candidate | None:
    """A verb done by a disease, disaster or accident: 'swine flu has killed 149 people'."""
    act = t.acts.get(lemma)
    if act is None:
        return None
    d = doer(tok)
    if d is None:
        return None
    dom = _token_domain(d, t)
    if dom is None or (act.domains is not None and dom not in act.domains) or _disowned(d, t):
        return None
    if (act.subjects is not None
            and not ({d.lemma_.lower()} | detect.modifier_words(d)) & act.subjects):
        return None
    if act.act != "own":
        return Candidate(tok, OCCURRENCE, f"occ.{dom}.{act.act}", [tok])
    for e in t.nouns.get(d.lemma_.lower(), ()):
        if d.i not in taken and noun_fits(e, d):
            cls = _class(e, d, t)
            if cls is not None:
                return Candidate(tok, OCCURRENCE, cls + NOUN, [tok, d], noun=d)
    fb = act.fallback.get(lemma)
    return Candidate(tok, OCCURRENCE, fb.replace("{domain}", dom), [tok]) if fb else None


def _verb(tok: Token, lemma: str, t: Table) -> Candidate | None:
    for e in t.verbs.get(lemma, ()):
        if verb_fits(e, tok):
            cls = _class(e, tok, t)
            if cls is not None:
                return Candidate(tok, OCCURRENCE, cls, [tok])
    return None


def _noun(tok: Token, t: Table, named: bool) -> Candidate | None:
    for e in t.nouns.get(tok.lemma_.lower(), ()):
        if (e.named or not named) and noun_fits(e, tok):
            cls = _class(e, tok, t)
            if cls is not None:
                return Candidate(tok, OCCURRENCE, cls + NOUN, [tok], noun=tok)
    return None


#: Subordinators of a clause that tells how a death or an injury came about ('were killed
#: when a bus plunged into a ravine'); read only for a verb that names no doer of its own.
_HOW_MARKS = frozenset({"when", "as", "after"})


def _done_by_occurrence(tok: Token, t: Table, occs: list[Candidate], plover: list[Candidate]
                        ) -> Candidate | None:
    """A PLOVER verb whose doer is an occurrence word ('the explosion injured 17 workers')
    is what that occurrence did, when the verb is one of 'agent_acts'."""
    act = t.acts.get(lookup_lemma(tok, t))
    if act is None or act.act == "own":
        return None
    d = doer(tok)
    tail = _tail_of(tok)
    head = (next((o for o in occs if o.head.i == tail.head.i), None) if tail.dep_ == "advcl"
            else None)
    if head is None and (d is None or _counted_sufferer(tok, d)):
        # 'two were killed when a bus plunged into a ravine': the clause's happening, when
        # the verb names no doer ('the school closed after a pupil fell ill with flu': the
        # school's act, told with its cause)
        head = next((o for o in occs if not o.is_noun and o.head.dep_ == "advcl"
                     and o.head.head.i == tok.i and any(
                         m.dep_ in ("mark", "advmod") and m.lower_ in _HOW_MARKS
                         for m in kids_of(o.head))), None)
    if head is None and tail.dep_ == "advcl" and tail.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(tail)):
        head = _left_occurrence(tail, occs)
    if head is not None and not head.is_noun:
        kind: str | None = head.rule.split(".")[1]  # 'the rig exploded, killing 11 workers'
    elif d is None or d.pos_ == "PRON" or _counted_sufferer(tok, d):
        kind = _doerless(tok, act, t, story_ok=d is None or d.pos_ != "PRON")
    elif d.pos_ not in detect.NOUN_POS:
        return None
    elif any(c.head.i == d.i for c in plover) or _disowned(d, t):
        return None  # 'a suicide bomber's blast killed 20': the blast is PLOVER's attack
    else:
        o = next((o for o in occs if o.head.i == d.i), None) or _noun(d, t, False)
        kind = o.rule.split(".")[1] if o is not None else _token_domain(d, t)
    if kind is None or kind not in dict(t.domains) or (
            act.domains is not None and kind not in act.domains):
        return None
    return Candidate(tok, OCCURRENCE, f"occ.{kind}.{act.act}", [tok])


def _tail_of(tok: Token) -> Token:
    """The first participle of a tail whose later conjuncts ``tok`` is one of ('collapsed,
    killing two and injuring four': 'injuring' hangs on 'killing', which hangs on
    the occurrence), when ``tok`` is such a participle with no subject of its own; else
    ``tok``."""
    first = tok
    while (first.dep_ == "conj" and first.head.i != first.i and first.head.tag_ == "VBG"
           and first.tag_ == "VBG"
           and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(first))):
        first = first.head
    return first


def _counted_sufferer(tok: Token, d: Token) -> bool:
    """'8 were killed and 41 hurt in a crash': a bare count as the subject of a participle
    with no auxiliary is the elided passive's subject, who suffered it; no doer is named."""
    return (d.dep_ == "nsubj" and d.like_num and tok.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in kids_of(tok)))


def _left_occurrence(tok: Token, occs: list[Candidate]) -> Candidate | None:
    """The verb occurrence just before a ', killing ...' participle that the parser hung on
    another clause ('Velmar, which hired the platform that blew up on April 20, killing nine')."""
    heads = {o.head.i: o for o in occs if not o.is_noun}
    for t in reversed(tok.doc[tok.sent.start : tok.i]):
        if t.pos_ == "VERB":
            return heads.get(t.i)
    return None


def _plain_cause(tok: Token, t: Table) -> str | None:
    """The domain of a cause the verb's own in-phrase names that no violence causes ('41
    hurt in a traffic accident', said by traffic police): a violence word elsewhere in
    the sentence does not make it an attack; one inside the phrase does ('a bomb blast').
    A conjoined participle's phrase is shared ('8 were killed and 41 hurt in a crash')."""
    verbs = [tok] + [c for c in kids_of(tok) if c.dep_ == "conj" and c.tag_ == "VBN"]
    for p in (p for v in verbs for p in kids_of(v)):
        if p.dep_ != "prep" or p.lower_ != "in":
            continue
        for g in kids_of(p):
            if (g.dep_ == "pobj" and g.lemma_.lower() in t.plain_causes
                    and not {w.lemma_.lower() for w in g.subtree} & t.violence):
                return _token_domain(g, t)
    return None


def _doerless(tok: Token, act: AgentAct, t: Table, story_ok: bool) -> str | None:
    """'7 miners were killed (in the blast)': a death or injury with no doer named is
    an occurrence when its own phrases, else its sentence, else its story (events.story)
    name one kind of happening and nothing in the sentence but a reporter is violence; the
    story's only when no pronoun stands for a doer ('we went on killing each other') and
    the object is no reciprocal ('decades of folly killing each other')."""
    if act.act not in ("death", "injury"):
        return None
    if (own := _plain_cause(tok, t)) is not None:
        return own
    if story.violent(tok, t.violence):
        return None
    for p in kids_of(tok):
        if p.dep_ == "prep" and p.lower_ in DOMAIN_PREPS:
            for g in kids_of(p):
                if g.dep_ == "pobj" and (dom := _token_domain(g, t)) is not None:
                    return dom
    story_ok = story_ok and not story.reciprocal(tok)
    return _sentence_domain(tok, t) or (story.disaster(tok, t.violence) if story_ok else None)


def _override(c: Candidate, t: Table) -> Candidate | None:
    """A PLOVER candidate an occurrence entry takes over ('the rig explosion' is no attack)."""
    if c.entry is None or c.rule != c.entry.id:
        return None
    tok = c.head
    if c.is_noun:
        for e in t.nouns.get(tok.lemma_.lower(), ()):
            if e.overrides and c.entry.id in e.overrides and noun_fits(e, tok):
                cls = _class(e, tok, t)
                if cls is not None:
                    return Candidate(tok, OCCURRENCE, cls + NOUN, [tok], noun=tok)
        return None
    for e in t.verbs.get(lookup_lemma(tok, t), ()):
        if e.overrides and c.entry.id in e.overrides and verb_fits(e, tok):
            cls = _class(e, tok, t)
            if cls is not None:
                return Candidate(tok, OCCURRENCE, cls, [tok])
    return None


def _named_objects(plover: list[Candidate]) -> set[int]:
    """The objects a PLOVER verb's entry names ('held their fire', v.hold_fire's 'fire'):
    part of that act's phrase, no occurrence of their own."""
    out: set[int] = set()
    for c in plover:
        if c.is_noun or c.entry is None or c.entry.objects is None:
            continue
        out.update(o.i for o in detect.objects(c.head) if detect.lookup_lemma(o) in c.entry.objects)
    return out


def _listed_words(sent: SentenceWords, t: Table
                  ) -> tuple[list[tuple[Token, str]], list[Token]]:
    """(verbs with their lemma, nouns) of ``sent`` that :func:`find` may read, in order, from
    one pass over it: a verb, no participle as a modifier, whose lemma the table lists as an
    act or a verb; a noun whose lemma it lists. Each test reads the token alone, so it holds
    whatever :func:`find` takes before it reaches the word."""
    verbs: list[tuple[Token, str]] = []
    nouns: list[Token] = []
    shipped = t is table()  # (its verbs' repairs are kept per spelling: _VERB_LEMMAS)
    for j, (lemma, pos) in enumerate(zip(sent.lemmas, sent.pos, strict=True)):
        if pos == "VERB":
            if sent.deps[j] in ("amod", "compound"):
                continue
            known = _VERB_LEMMAS.get((sent.lemma_ids[j], sent.lower_ids[j])) if shipped else None
            lemma = known if known is not None else lookup_lemma(sent.token(j), t)
            if lemma in t.acts or lemma in t.verbs:
                verbs.append((sent.token(j), lemma))
        elif pos in detect.NOUN_POS and t.nouns.get(lemma):
            nouns.append(sent.token(j))
    return verbs, nouns


def find(sent: Span, cands: list[Candidate], words: SentenceWords | None = None
         ) -> tuple[list[Candidate], list[Candidate]]:
    """(PLOVER candidates left, occurrence candidates) of one sentence (``words``: its
    reading when the caller has it)."""
    t = table()
    out: list[Candidate] = []
    plover: list[Candidate] = []
    for c in cands:
        o = _override(c, t)
        if o is None:
            plover.append(c)
        elif not (o.is_noun and _generic_noun(o.head, t)):
            out.append(o)
    taken = {tok.i for c in plover for tok in c.tokens} | {tok.i for c in out for tok in c.tokens}
    taken |= _named_objects(plover)
    verbs, nouns = _listed_words(SentenceWords(sent) if words is None else words, t)
    for tok, lemma in verbs:
        if tok.i in taken or in_title(tok):
            continue
        vc = _agent(tok, lemma, t, taken) or _verb(tok, lemma, t)
        if vc is None or _generic_verb(tok, t):
            continue
        taken.update(x.i for x in vc.tokens)
        out.append(vc)
    kept: list[Candidate] = []
    for c in plover:  # 'the explosion on the rig injured 17 workers': the blast did it
        o = None if c.is_noun or c.noun is not None else _done_by_occurrence(c.head, t, out, plover)
        if o is None:
            kept.append(c)
        elif not _generic_verb(c.head, t):
            out.append(o)
    plover = kept
    taken = {tok.i for c in plover for tok in c.tokens} | {tok.i for c in out for tok in c.tokens}
    taken |= _named_objects(plover)
    for tok in nouns:
        if tok.i in taken:
            continue
        if qualifies_object(tok):
            continue  # 'the blowout preventer', 'the National Hurricane Center'
        named = tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.is_title
        if tok.dep_ == "compound" and not named:
            continue  # 'earthquake victims', 'death toll': the head noun speaks
        if tok.ent_type_ in detect.NAMED_NOT_EVENT and not named:
            continue
        nc = _noun(tok, t, named)  # 'Hurricane Katrina': only entries that name storms
        if nc is None or _generic_noun(tok, t):
            continue
        taken.add(tok.i)
        out.append(nc)
    return plover, out
