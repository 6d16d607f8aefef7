"""Verb frames that tell another act than the verb's own sense: denials and
blame, claimed violations, commands and causatives, verdicts and penalty orders, headline
verbs and easing verbs the tagger misread. Speech that lays a duty or tells someone to act
('said X must stop', 'told both sides to end the fighting') is :mod:`dateline.events.duty`'s."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.agents import antecedent
from dateline.events.candidate import NOUN_POS, Candidate
from dateline.events.consequence import act_consequence
from dateline.events.dependents import FINITE_TAGS, objects, prep_objects, to_infinitive
from dateline.events.kids import kids_of
from dateline.events.lexicon import HOSTILE_MATERIAL, Entry
from dateline.events.light import light_verb_event
from dateline.events.parties import COMPELLER, is_party
from dateline.events.senses import nominal_verb, noun_entry, verb_entry
from dateline.events.words import SUFFIX_STRIPS, lookup_lemma, noun_lemma, opens_sentence

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from dateline.events.verb_read import Verb


def misread_easing(tok: Token) -> bool:
    """An easing verb the parser took for an adjective of its object in a sentence it left
    verbless ('The government relaxed press censorship on Monday': 'relaxed' an amod of the
    root 'censorship'): an -ed word of a roles.json reverse verb, modifying the sentence's
    root noun or the object of a preposition on it ('Authorities in X relaxed curbs ...'),
    right after a noun (its doer: 'the newly relaxed rules' has none)."""
    return _verbless_amod(tok) and easing_lemma(tok) is not None


def _verbless_amod(tok: Token) -> bool:
    """An -ed word right after a noun (its doer) that the parser made an adjective of the
    sentence's verbless root noun, of a verbless clause told by a speech verb ('X
    test-fired two missiles, the ministry said': the noun a ccomp), or of a prepositional
    object on it. A hyphenated verb's first half ('test-fired') stands between."""
    if tok.dep_ != "amod" or not tok.lower_.endswith("ed") or opens_sentence(tok):
        return False
    head = tok.head
    root = head.head.head if head.dep_ == "pobj" else head
    told = (root.dep_ == "ccomp" or _second_subject(root)) and (
        lookup_lemma(root.head) in lexicon.roles().report)
    if ((root.dep_ != "ROOT" and not told) or root.pos_ not in NOUN_POS
            or head.pos_ not in NOUN_POS or head.i < tok.i):
        return False
    before = tok.i - 1
    if (tok.doc[before].tag_ == "HYPH" and before - 1 > tok.sent.start
            and tok.doc[before - 1].head.i == tok.i):
        before -= 2  # 'Tamrin test-fired': the doer before the verb's first half
    return tok.doc[before].pos_ in NOUN_POS


def _second_subject(noun: Token) -> bool:
    """A verbless clause's noun the parser hung on the speech verb after it as a subject or
    a bare dependent beside the verb's own subject ('X relaxed curbs on travel, official
    media reported': 'curbs' a second nsubj of 'reported', 'media' the first)."""
    verb = noun.head
    return noun.dep_ in ("nsubj", "dep") and noun.i < verb.i and any(
        c.dep_ == "nsubj" and c.i != noun.i and c.i > noun.i for c in kids_of(verb))


def misread_verb(tok: Token) -> Entry | None:
    """The entry of a lexicon verb the parser took for an adjective of its object in a
    sentence it left verbless, in misread_easing's shape ('Tamrin massed tanks along the
    frontier', 'Dravia ceded control of the crossing': 'massed', 'ceded' amods of the root
    noun), read with that noun as its object; None for any other token."""
    if not _verbless_amod(tok):
        return None
    return verb_entry(tok, given=[tok.head, *objects(tok)])


def subject_noun_verb(tok: Token) -> bool:
    """A headline's verb the tagger took for a singular noun though the parser gave it a
    subject ('Troops storm rebel stronghold', 'Rebels shell capital as talks falter'): a
    bare NN (no determiner, possessor or number) of a lexicon verb's lemma with a subject
    before it, the root or a compound of the root noun (under no verb)."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in lexicon.verbs():
        return False
    if tok.dep_ != "ROOT" and not (tok.dep_ == "compound" and tok.head.dep_ == "ROOT"
                                   and tok.head.pos_ in NOUN_POS):
        return False
    kids = list(kids_of(tok))
    return (any(c.dep_ == "nsubj" and c.i < tok.i for c in kids)
            and not any(c.dep_ in ("det", "poss", "nummod") for c in kids))


def chain_verb(tok: Token) -> bool:
    """A headline's verb inside the noun chain the tagger and parser made of a verbless
    headline ('Riot police storm university campus', 'Guerrillas raid army post', 'Peace
    talks resume in Geneva'): a bare NN written as a lexicon verb's base form, whose doer
    right before it, hung on it as a compound, is a plural noun or a force, with more of
    the headline after it."""
    if (tok.tag_ != "NN" or tok.lower_ not in lexicon.verbs()
            or tok.dep_ not in ("compound", "ROOT") or opens_sentence(tok)
            or tok.i + 1 >= tok.sent.end):
        return False
    doer = tok.doc[tok.i - 1]
    if doer.dep_ != "compound" or doer.head.i != tok.i or doer.pos_ not in NOUN_POS:
        return False
    plural = doer.tag_ in ("NNS", "NNPS") or noun_lemma(doer) != doer.lower_
    # a force only before a compound with its object after ('Riot police storm campus'):
    # at the chain's end the word is the noun a force names ('police station')
    force = tok.dep_ == "compound" and lookup_lemma(doer) in lexicon.roles().forces
    return ((plural or force)
            and not any(c.dep_ in ("det", "poss", "nummod") for c in kids_of(tok))
            and verbless(tok.sent))


def verbless(sent: Span) -> bool:
    """No verb in ``sent`` but participles before nouns or in a noun chain: a headline
    ('New curbs on the press in Tessia', 'Riot police storm campus')."""
    return not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")
                   for t in sent)


def easing_lemma(tok: Token) -> str | None:
    """The reverse verb an -ed word is a form of ('relaxed' relax, 'eased' ease), if any."""
    reverse = lexicon.roles().reverse
    word = tok.lower_
    forms = [tok.lemma_.lower()] + [word[: -len(end)] + add for end, add in SUFFIX_STRIPS
                                    if word.endswith(end)]
    return next((f for f in forms if f in reverse), None)


def headline_verb(tok: Token) -> bool:
    """A headline's verb the tagger took for a plural noun ('Marovia expels two envoys over
    spying row': 'expels' the root, a noun of lemma 'expel'): a root tagged NNS whose lemma
    is a lexicon verb and no event noun of its own, with its doer before it as a bare
    compound (no determiner: 'The rebels disarmed ...' is a sentence the parser misread) and
    no other verb in the sentence but participles before nouns ('spying row'); or, root or
    a clause, a name right before it and its object after it (_named_with_object)."""
    if tok.tag_ != "NNS" or tok.dep_ not in ("ROOT", "ccomp"):
        return False
    lemma = tok.lemma_.lower()
    if lemma == tok.lower_ or lemma not in lexicon.verbs() or lemma in lexicon.nouns():
        return False
    if _named_with_object(tok):
        return True
    if tok.dep_ != "ROOT":
        return False
    if any(c.dep_ == "det" for c in kids_of(tok)) or not any(
            c.dep_ == "compound" and c.i < tok.i for c in kids_of(tok)):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")
                   for t in tok.sent)


def _named_with_object(tok: Token) -> bool:
    """A plural noun the parser gave a direct object, with a proper name right before it
    hung on it ('" Velka denounces all the attacks," he said'): a verb with its subject,
    read so only when the object opens with a determiner ('all the attacks', 'the raid')."""
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    named = before is not None and (before.pos_ == "PROPN" or (
        before.ent_type_ != "" and before.text[:1].isupper()))  # a name tagged a noun
    if before is None or not named or before.head.i != tok.i:
        return False
    obj = next((c for c in kids_of(tok) if c.dep_ == "dobj" and c.i > tok.i), None)
    return obj is not None and obj.left_edge.i == tok.i + 1 and obj.left_edge.pos_ == "DET"


def headline_plan(tok: Token) -> bool:
    """A headline's 'X to VERB' ('Kestria to withdraw troops from island', 'Orlund to impose
    curfew'): an infinitive with its doer before it and no finite verb in the sentence tells
    what the doer is to do, a plan as 'will withdraw' is. The parser makes the infinitive the
    root with the doer its subject, or hangs it on the doer's name; not on an event noun
    ('rebel push to take the capital': the push is told)."""
    if tok.pos_ != "VERB" or not to_infinitive(tok):
        return False
    if tok.dep_ == "ROOT":
        if not any(c.dep_ == "nsubj" for c in kids_of(tok)):
            return False
    elif not (tok.dep_ in ("advcl", "acl") and tok.head.dep_ == "ROOT"
              and tok.head.pos_ in NOUN_POS and tok.head.i < tok.i
              and noun_lemma(tok.head) not in lexicon.nouns()):
        return False
    return not any(t.tag_ in FINITE_TAGS for t in tok.sent)


def denial_event(tok: Token) -> Candidate | None:
    """'they were not responsible for the blast', 'neither it nor its ally was to blame',
    'they were not behind the attack': a negated 'be' with an answerability predicate
    (roles.json denials) is REJECT, said by its subject."""
    if tok.lemma_.lower() != "be" or tok.pos_ not in ("AUX", "VERB"):
        return None
    r = lexicon.roles()
    pred = next((c for c in kids_of(tok)
                 if (c.dep_ == "acomp" and c.lemma_.lower() in r.denial_predicates)
                 or (c.dep_ == "xcomp" and c.lemma_.lower() in r.denial_infinitives)
                 or (c.dep_ == "prep" and c.lower_ in r.denial_prepositions and any(
                     g.dep_ == "pobj" and noun_lemma(g) in lexicon.nouns()
                     for g in kids_of(c)))), None)
    if pred is None:
        return None
    subj = next((c for c in kids_of(tok) if c.dep_ == "nsubj"), None)
    negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
                  for c in kids_of(tok))
    if not negated and not (subj is not None and any(
            c.dep_ == "preconj" and c.lower_ == "neither" for c in kids_of(subj))):
        if _blamed(subj, pred):
            return Candidate(tok, "ACCUSE", "blame:" + pred.lemma_.lower(), [tok, pred])
        return None
    return Candidate(tok, "REJECT", "deny:" + pred.lemma_.lower(), [tok, pred])


def claimed_violation(tok: Token) -> Candidate | None:
    """'The rebels claimed that the army had violated the ceasefire': a contested claim that
    another broke a truce or a rule is an accusation (roles.json violation_claims), and it
    governs the violation it charges; not a claim that one was not broken."""
    r = lexicon.roles()
    if tok.pos_ != "VERB" or lookup_lemma(tok) not in r.claim_verbs:
        return None
    for c in kids_of(tok):
        if c.dep_ != "ccomp" or c.pos_ != "VERB" or any(x.dep_ == "neg" for x in kids_of(c)):
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
    acts = ([g for g in kids_of(pred) if g.dep_ == "pobj"] if pred.dep_ == "prep"
            else prep_objects(pred, ("for",)))
    return any(lookup_lemma(g) in lexicon.nouns() for g in acts)


def commanded_act(v: Verb, taken: set[int]) -> bool:
    """A command verb's to-complement is a coded act the commander makes through the one
    commanded: its own force ('ordered troops to pull back') or a hostile act ('ordered the
    newspaper to suspend publication', 'ordered Oran to respond with air strikes': a state
    is ordered to strike only by its own leaders); not a state or people asked for another
    act ('ordered Iraq to withdraw')."""
    told = [c for c in v.kids if c.dep_ in ("dobj", "nsubjpass")]
    state = any(c.ent_type_ in ("GPE", "NORP") for c in told)
    own = not state and (not told or any(
        lookup_lemma(c) in lexicon.roles().forces or c.lower_ in lexicon.roles().forces
        for c in told))
    for x in v.kids:
        if (x.dep_ != "xcomp" or x.pos_ != "VERB"
                or not to_infinitive(x)):
            continue
        for root in complement_roots(x, taken):
            if own or root in HOSTILE_MATERIAL:
                return True
    return False


def forces_readied(v: Verb, taken: set[int]) -> Candidate | None:
    """A command to one's own force whose to-complement tells no coded act readies or
    moves it, MOBILIZE (CAMEO 152/154), not a demand (v.demand asks another party):
    'reservists were ordered to report to their barracks', 'ordered its troops to be
    ready for action' ('be' only with a word of roles.json preparations, or with one of
    its states by a preposition: 'to be on maximum alert'). An order to stand down or stay
    put is none (commands stand_down: 'to stay in their barracks'), unless the staying is
    in readiness ('to stand ready', 'to remain on alert'), and so is one not to act. A
    speech verb's command (commands speech: 'told the army to ...') readies a force only
    with a complement of readiness ('to prepare', 'to stand ready')."""
    r = lexicon.roles()
    told = [c for c in v.kids if c.dep_ in ("dobj", "nsubjpass")]
    if not told or not all(lookup_lemma(c) in r.forces or c.lower_ in r.forces
                           for c in told):
        return None
    for x in v.kids:
        if x.dep_ != "xcomp" or x.pos_ not in ("VERB", "AUX") or not to_infinitive(x):
            continue  # AUX: 'to be ready for action'
        if ((lookup_lemma(x) in r.stand_down and not _readied(x, r.preparations))
                or any(complement_roots(x, taken))):
            return None
        if any(c.dep_ == "neg" for c in kids_of(x)):
            return None  # 'told the officers not to count on the police': a bar, no readying
        if v.lemma in r.command_speech and not (
                lookup_lemma(x) in r.preparations or _readied(x, r.preparations)):
            return None  # 'told the army to discipline an officer': no force readied
        if x.lemma_ == "be" and not any(c.lemma_.lower() in r.preparations
                                        for c in kids_of(x) if c.dep_ == "acomp") \
                and not _ready_state(x, r.readiness_states):
            return None  # 'ordered the police to be more polite': no readiness
        return Candidate(v.tok, "MOBILIZE", "frame:command+forces", [v.tok], None)
    return None


def _readied(x: Token, words: frozenset[str]) -> bool:
    """Whether a verb of staying tells readiness: a preparation word as its complement
    ('to stand ready', 'to remain prepared') or a state of readiness by a preposition ('to
    remain on alert', 'to stay on standby')."""
    return (any(c.dep_ == "acomp" and c.lemma_.lower() in words for c in kids_of(x))
            or _ready_state(x, lexicon.roles().readiness_states))


def _ready_state(be: Token, states: frozenset[str]) -> bool:
    """Whether 'be' tells a state of readiness by a preposition ('to be on maximum alert',
    'to be on standby', 'in readiness'; roles.json preparations states)."""
    return any(g.dep_ == "pobj" and lookup_lemma(g) in states
               for p in kids_of(be) if p.dep_ == "prep" for g in kids_of(p))


def compelled(v: Verb, taken: set[int]) -> Candidate | None:
    """A party forcing another to do what is no coded act coerces it, COERCE ('forced the
    shopkeepers to open their stores'; roles.json compulsions). The one forced is the
    verb's object or the complement's own subject; a passive names no forcer, an act's
    noun as subject tells a consequence (subject_events) and a coded complement is the
    event itself."""
    r = lexicon.roles()
    if v.lemma not in r.compulsion_verbs:
        return None
    kids = list(v.kids)
    subj = v.first("nsubj")
    if subj is None or not is_party(subj, COMPELLER):
        return None
    for x in (*kids, *_object_infinitives(kids)):
        if (x.dep_ in ("xcomp", "ccomp", "acl") and x.pos_ in ("VERB", "AUX")
                and to_infinitive(x)
                and any(c.dep_ in ("dobj", "nsubj") for c in (*kids, *kids_of(x)))):
            return None if any(complement_roots(x, taken)) else Candidate(
                v.tok, "COERCE", "frame:compelled", [v.tok], None)
    return None


def wish_frame(v: Verb, taken: set[int]) -> Candidate | None:
    """A party wanting or expecting another party to act asks it to, REQUEST (CAMEO 10):
    'Kessland expected Orlund to free the crew', 'wants Orlund to free the prisoners'
    (roles.json wishes), a control over the act. One's own act ('wants to free') stays an
    intention; 'expect' asks only for an act that is not hostile, and one no entry codes only
    of a state by a state ('expect the rebels to attack', 'an agency expected the firm to bear
    higher costs' are forecasts; wishes forecasts)."""
    r = lexicon.roles()
    tok, lemma = v.tok, v.lemma
    # word forms too: the tagger may lemmatise 'hoped' as 'hop' (mentioned_acts hopes)
    hoped = lemma in r.wish_hopes or (tok.pos_ == "VERB" and tok.lower_ in r.hopes
                                      and tok.lower_.startswith(tuple(r.wish_hopes)))
    if not hoped and lemma not in r.wish_verbs:
        return None
    kids = list(v.kids)
    if hoped:
        return _hoped_act(tok, kids, taken)
    if lemma not in r.wish_forecasts and _wanted_back(tok, kids):
        return Candidate(tok, "REQUEST", "frame:wish+back", [tok], None)
    subj = v.first("nsubj")
    if subj is None or not (is_party(subj, COMPELLER) or subj.lower_ in r.wish_speakers):
        return None  # '"We want Orlund to leave," the envoy said': the speaker's side wants
    for x in kids:
        if x.dep_ not in ("xcomp", "ccomp") or x.pos_ not in ("VERB", "AUX"):
            continue
        if not to_infinitive(x):
            continue
        # 'expected Orlund to free' (the complement's subject), 'would like Tessia to allow'
        asked = [c for c in kids_of(x) if c.dep_ == "nsubj"]
        asked += [c for c in kids if c.dep_ == "dobj" and x.dep_ == "xcomp"]
        if lookup_lemma(x) in r.wish_sights:  # 'wants to see Tessia leave / X meddling'
            asked += _seen_doers(x)
        if not any(is_party(a, COMPELLER) for a in asked):
            continue
        if subj.lower_ in r.wish_speakers and not any(
                (antecedent(a) or a).ent_type_ in ("GPE", "NORP") for a in asked):
            continue  # '"We want the Rovers to win," the coach said': a state's wish only
        if lemma in r.wish_forecasts:
            roots = set(complement_roots(x, taken))
            states = all((antecedent(p) or p).ent_type_ in ("GPE", "NORP") for p in (subj, *asked))
            if roots & (HOSTILE_MATERIAL | {"THREATEN"}) or not (roots or states):
                return None  # 'expected BP to face higher costs': a forecast
        return Candidate(tok, "REQUEST", "frame:wish", [tok], None, control=True)
    return None


def _hoped_act(tok: Token, kids: list[Token], taken: set[int]) -> Candidate | None:
    """'I would hope that the Selm leaders would agree to lift the blockade', 'hoped Kessland
    would withdraw': a hope that another party will or would do an act an entry codes asks
    it to, REQUEST (roles.json wishes hopes); the hoper is a party or a pronoun (a speaker).
    Not a hope about the hoper's own side ('we', 'the two sides': no party name) nor one
    with no coded act ('hoped that X would go on writing')."""
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.pos_ == "PRON" or is_party(subj, COMPELLER)):
        return None
    r = lexicon.roles()
    for x in kids:
        if x.dep_ != "ccomp" or x.pos_ not in ("VERB", "AUX"):
            continue
        if not {a.lower_ for a in kids_of(x) if a.dep_ == "aux"} & r.future_aux:
            continue
        asked = [c for c in kids_of(x) if c.dep_ == "nsubj"]
        if not asked or asked[0].lower_ in ("i", "we") or not is_party(asked[0], COMPELLER):
            continue
        if (antecedent(subj) or subj).i == (antecedent(asked[0]) or asked[0]).i:
            continue  # 'X hoped it would ...': its own act
        # 'would choose to keep supplying the market': the act may sit down a chain of
        # to-complements and aspect verbs
        chain = [x]
        while (nxt := next((c for c in kids_of(chain[-1]) if c.dep_ == "xcomp"), None)) \
                is not None and len(chain) < 4:
            chain.append(nxt)
        if any(r for v in chain for r in complement_roots(v, taken)):
            return Candidate(tok, "REQUEST", "frame:wish+hope", [tok], None, control=True)
    return None


def _seen_doers(see: Token) -> list[Token]:
    """Who 'want to see' asks to act: the subject of the clause seen ('see Tessia leave'), or
    the seen object with a verb of its own ('see outside powers, Veskara among them,
    meddling'), with any name in apposition to it or that it includes."""
    out = [c for v in kids_of(see) if v.dep_ == "ccomp" for c in kids_of(v) if c.dep_ == "nsubj"]
    objs = [o for o in kids_of(see) if o.dep_ == "dobj"]
    if any(v.dep_ in ("advcl", "xcomp", "acl") and v.pos_ == "VERB"
           for v in (*kids_of(see), *(c for o in objs for c in kids_of(o)))):
        out += objs + [a for o in objs for a in kids_of(o) if a.dep_ == "appos"]
        # 'outside actors, including Veskara,'
        out += [g for o in objs for g in prep_objects(o, ("including",))]
    return out


def _wanted_back(tok: Token, kids: list[Token]) -> bool:
    """'wants the girl back', 'want their islands back': a party wanting someone or
    something returned to it asks for the return, REQUEST (CAMEO 10), whoever the subject
    (the parser hangs 'back' on the verb or the object, or makes it a clause with the object
    its subject).
    A subject is needed: its own or, for a coordinated verb, its head's."""
    subj_of = tok.head if tok.dep_ == "conj" else tok
    if not any(c.dep_ == "nsubj" for c in kids_of(subj_of)):
        return False
    objs = [o for o in kids if o.dep_ == "dobj"]
    if any(b.lower_ == "back" and b.dep_ in ("advmod", "prt") for o in objs for b in kids_of(o)):
        return True  # 'wants its islands back': 'back' hung on the object
    for c in kids:
        if c.lower_ != "back":
            continue
        if c.dep_ in ("advmod", "prt") and objs:
            return True
        if any(o.dep_ == "nsubj" and o.pos_ in (*NOUN_POS, "PRON") for o in kids_of(c)):
            return True
    return False


def _object_infinitives(kids: list[Token]) -> list[Token]:
    """A to-infinitive the parser hung on the object ('forced the crew of the ferry to sail':
    'to sail' an acl of 'ferry'), when the object names no act of its own."""
    objs = [c for c in kids if c.dep_ == "dobj" and lookup_lemma(c) not in lexicon.nouns()
            and nominal_verb(c) is None]
    return [x for o in objs for x in o.subtree if x.dep_ == "acl" and x.i > o.i
            and (x.head.i == o.i or x.head.head.head.i == o.i)]


def complement_roots(x: Token, taken: set[int]) -> Iterator[str]:
    """Roots of the acts a to-complement tells: its verb, the verbs coordinated with it
    ('to respond and resume strikes') and an event noun it is done with ('to respond with
    strikes')."""
    for v in [x] + [c for c in kids_of(x) if c.dep_ == "conj" and c.pos_ == "VERB"]:
        e = verb_entry(v)
        if e is not None:
            yield e.root
        elif (light := light_verb_event(v, set(taken))) is not None:
            yield light.root
    for g in (g for g in prep_objects(x, ("with",)) if g.pos_ in NOUN_POS):
        if (n := noun_entry(g, None, need_standalone=False)) is not None:
            yield n.root


@lru_cache(maxsize=1)
def causers() -> frozenset[str]:
    """The verbs of every roles.json causatives frame: only these make another do an act."""
    return frozenset().union(*(verbs for verbs, _ in lexicon.roles().causatives.values()))


def causative_event(v: Verb) -> Candidate | None:
    """A verb making someone do what its complement says stands for one lexicon verb,
    looked up with the causer's own objects: "ordered the diplomats to leave" is
    "expelled the diplomats" (SANCTION). Only a sense with listed objects counts: "ordered
    his troops to leave" is no expulsion."""
    tok, lemma = v.tok, v.lemma
    if lemma not in causers():
        return None  # no causative verb (most verbs): no complement is read
    frames = lexicon.roles().causatives
    for c in v.kids:
        if c.dep_ not in ("xcomp", "ccomp") or c.pos_ != "VERB" or act_consequence(c):
            continue  # '..., residents told ...' over 'the raid left': no one is told to leave
        frame = frames.get(lookup_lemma(c))
        if frame is None or lemma not in frame[0]:
            continue
        e = verb_entry(tok, frame[1])
        if e is not None and e.objects is not None:
            return Candidate(tok, e.root, f"causative:{lemma}+{e.id}", [tok, c], e)
    return None


def verdict_frame(v: Verb) -> Candidate | None:
    """A finding told by a clause ('ruled that the company was liable for the fire',
    roles.json verdict_clauses): a verb of deciding whose that-clause predicates a word of
    guilt or liability of its subject is ACCUSE (CAMEO 116), a control over that clause."""
    r = lexicon.roles()
    if v.lemma not in r.verdict_verbs:
        return None
    for c in v.kids:
        kids = list(kids_of(c)) if c.dep_ == "ccomp" else []
        if any(k.dep_ == "neg" for k in kids):
            continue  # 'ruled that the firm was not liable': no finding against it
        if any(a.dep_ == "acomp" and a.lemma_.lower() in r.verdict_adjectives for a in kids):
            return Candidate(v.tok, "ACCUSE", "frame:verdict", [v.tok], None, control=True)
    return None


def penalty_order(v: Verb) -> Candidate | None:
    """A command to pay a penalty ('ordered the firm to pay 300,000 dollars in damages',
    roles.json verdict_clauses order_verbs): the finding of liability it carries out,
    ACCUSE (CAMEO 116), not a demand; the one ordered to pay is its target."""
    r = lexicon.roles()
    if v.lemma not in r.penalty_orders:
        return None
    for c in v.kids:
        if c.dep_ not in ("xcomp", "ccomp") or lookup_lemma(c) not in r.penalty_acts:
            continue
        if any(t.lemma_.lower() in r.penalties or t.lower_ in r.penalties
               for t in c.subtree if t.pos_ == "NOUN"):
            return Candidate(v.tok, "ACCUSE", "frame:penalty_order", [v.tok], None, control=True)
    return None


def called_to(v: Verb) -> Candidate | None:
    """'called Velkan traders to take a greater part in trade', 'called the firms to invest
    more': a verb of calling (roles.json calls_to) with the one called as its object and a
    to-infinitive complement asks that party to act, REQUEST (CAMEO 10), a control over
    the act. A purpose clause ('called a news conference to announce X', 'called the army
    chief to discuss it') is no complement; the parser makes one of the complement too,
    so an adverbial to-clause counts only after a group called (a plural object: 'called
    Sellan businessmen to take part') with no place called to ('called reporters to his
    office to explain')."""
    if v.lemma not in lexicon.roles().call_to_verbs:
        return None
    kids = v.kids
    called = [c for c in kids if c.dep_ in ("dobj", "oprd", "nsubjpass")]
    if any(c.dep_ == "prt" for c in kids) or not called:
        return None
    group = any(c.tag_ in ("NNS", "NNPS") for c in called) and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") for c in kids)
    if any((x.dep_ == "xcomp" or (group and x.dep_ == "advcl")) and x.pos_ == "VERB"
           and to_infinitive(x) and not any(m.dep_ == "mark" for m in kids_of(x))
           for x in kids):
        return Candidate(v.tok, "REQUEST", "frame:call_to", [v.tok], None, control=True)
    return None
