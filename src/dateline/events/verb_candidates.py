"""Event candidates of a sentence's verbs, with the checks that veto a sense
(no comment, a hazard warning, a reflexive object) or re-root it (a warning to act, a rally)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.agents import non_agent_doer
from dateline.events.candidate import VERB_POS, Candidate
from dateline.events.conduct import charged_conduct
from dateline.events.dependents import (
    asked_plainly,
    given_name,
    misread_subject_noun,
    objects,
    prep_objects,
    title_participle,
    to_infinitive,
)
from dateline.events.duty import must_frame, particle_verbs
from dateline.events.figurative import (
    about_participle,
    asks_question,
    criticized_for,
    effort,
    necessity,
    standing_presence,
    text_content,
    voted_call,
)
from dateline.events.joint_frames import joined_forces, warned_duty
from dateline.events.kids import kids_of
from dateline.events.lexicon import Entry
from dateline.events.light import (
    ended_phrase_event,
    ending_verb_event,
    light_lemmas,
    light_verb_event,
)
from dateline.events.mentioned import mentioned_verb
from dateline.events.no_act import no_act
from dateline.events.purpose import relief_purpose, trial_handover
from dateline.events.senses import verb_entry
from dateline.events.sighted import sighted_move
from dateline.events.stance import stance
from dateline.events.verb_frames import (
    called_to,
    causative_event,
    causers,
    chain_verb,
    claimed_violation,
    commanded_act,
    compelled,
    denial_event,
    easing_lemma,
    forces_readied,
    headline_verb,
    misread_easing,
    misread_verb,
    penalty_order,
    subject_noun_verb,
    verdict_frame,
    wish_frame,
)
from dateline.events.verb_read import Verb, read_verb
from dateline.events.words import lookup_lemma, noun_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.words_read import SentenceWords


def _participle_noun(tok: Token) -> bool:
    """A participle used as a noun for the people it names ('the accused', 'the detained'),
    the subject or object of its clause with an article of its own: no act is told (issue 4;
    'the wounded' of a casualty report stays the attack)."""
    return (tok.tag_ == "VBN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and any(c.dep_ == "det" and c.lower_ in ("the", "an", "a") for c in kids_of(tok)))


def verb_candidates(sent: SentenceWords, taken: set[int]) -> list[Candidate]:
    """The event candidates of the verbs of ``sent`` (a denial's after the others), less
    those a denial tells of and those whose token a candidate took (``taken``: the nouns
    and gerunds an ending or light verb, a command or an easing took as its act)."""
    out: list[Candidate] = []
    denials: list[Candidate] = []
    # (read once, not per word)
    frames, verb_frames, stances = _frame_lemmas(), _verb_frame_lemmas(), lexicon.roles().stances
    forms = frozenset(sent.lowers)  # for verb_entry's particle test (senses._unreadable)
    readings, hopes = _verb_readings(), lexicon.roles().hopes
    for j, (lemma, pos, low) in enumerate(zip(sent.lemmas, sent.pos, sent.lowers, strict=True)):
        verb = pos in VERB_POS
        may_frame = (lemma in frames or low in stances
                     or _misread_shape(sent.deps[j], sent.tags[j], lemma, low)
                     or (verb and sent.lookup(j) in verb_frames))
        if not may_frame and not verb:
            continue  # no verb sense, and no frame nor denial reads it (see _frame_lemmas)
        if not may_frame and (sent.deps[j] in _MODIFIER_DEPS
                              or (sent.lookup(j) not in readings and low not in hopes)):
            continue  # _verb_event's first tests, read off the sentence's words: no candidate
        tok = sent.token(j)  # (a spaCy Token only for the words read further)
        framed, cand = False, None  # a verb no frame reads goes to its verb sense
        if may_frame:
            if (denial := denial_event(tok)) is not None:  # (read in this one pass)
                denials.append(denial)
            framed, cand = _framed(tok, taken)
        if not framed:
            cand = _verb_event(tok, taken, forms)
            if cand is None or _vetoed(tok, cand):
                continue
            _re_root(tok, cand)
            if cand.noun is not None:
                taken.add(cand.noun.i)
        if cand is not None:
            out.append(cand)
    told = {t.i for c in denials for t in c.tokens[1:]}  # 'was not to blame' is no blaming
    out = [c for c in out if c.head.i not in told] + denials
    # a gerund an ending verb took ("stopped fighting") is no act of its own
    return [c for c in out if c.head.i not in taken]


@lru_cache(maxsize=1)
def _frame_lemmas() -> frozenset[str]:
    """The lemmas a word that is no verb must have for :func:`denial_event`, :func:`stance`,
    :func:`warned_duty` or :func:`joined_forces` to read it: 'be' and the verbs of state
    (roles.json undergo states), of warnings to act and of joint action; for a word that is
    no verb :func:`lookup_lemma` is its plain lemma. With a stance's adjective (roles.json
    stances, by its form) and :func:`_misread_shape`, these are each frame's own first test
    of a word that is no verb (``_verb_event`` reads verbs only), so a word failing them all
    is skipped, which is most of a sentence's words; a verb is read by its own lemmas too
    (:func:`_verb_frame_lemmas`)."""
    r = lexicon.roles()
    return (frozenset({"be"}) | r.undergo_states | r.warn_to_act | r.joint_verbs
            | r.joint_efforts)


@lru_cache(maxsize=1)
def _verb_frame_lemmas() -> frozenset[str]:
    """The lemmas (:func:`lookup_lemma`, a verb's repaired one) by which a frame of
    :func:`_framed` reads a verb beyond :func:`_frame_lemmas`, :func:`_misread_shape` and
    the stances: a claimed violation (roles.json violation_claims), a charge of misconduct
    (conduct_claims speech and persuaders), a warning to act and joined forces (whose verbs
    may be read by a repaired lemma the plain one misses). A verb with none of these and
    failing those tests goes straight to its verb sense: most verbs (issue 4 speed)."""
    r = lexicon.roles()
    return (r.claim_verbs | r.conduct_speech | r.conduct_persuaders | r.warn_to_act | r.joint_verbs
            | r.joint_efforts)


#: the dependency labels of :func:`_misread_shape`'s words: every shape it reads has one
_MISREAD_DEPS = frozenset({"ROOT", "compound", "amod", "ccomp"})


def _misread_shape(dep: str, tag: str, lemma: str, low: str) -> bool:
    """Whether a word has the shape of a verb the tagger or parser misread, which a frame
    of :func:`_framed` reads: subject_noun_verb (its lemma) and chain_verb (its form),
    a verb's word tagged NN, a root or a compound; headline_verb, a root the tagger took for
    a plural noun; misread_easing and misread_verb, an -ed word the parser made an adjective.
    ``dep``, ``tag``, ``lemma`` and ``low``: the word's dependency label, tag, lower-cased
    lemma and form (SentenceWords). The label is tested first: most words have none of
    :data:`_MISREAD_DEPS`."""
    if dep not in _MISREAD_DEPS:
        return False
    return ((tag == "NN" and dep in ("ROOT", "compound")
             and (lemma in lexicon.verbs() or low in lexicon.verbs()))
            or (tag == "NNS" and dep in ("ROOT", "ccomp"))
            or (dep == "amod" and low.endswith("ed")))


def _framed(tok: Token, taken: set[int]) -> tuple[bool, Candidate | None]:
    """(read, candidate) of a token a frame of its own reads, before and instead of its
    verb sense: a claimed violation, a headline's verb, a stance ('is critical of the
    raids'), an easing the parser misread; (False, None) for any other token."""
    if (claim := claimed_violation(tok) or charged_conduct(tok) or warned_duty(tok)
                  or joined_forces(tok)) is not None:
        return True, claim
    if headline_verb(tok) or subject_noun_verb(tok) or chain_verb(tok):
        # 'Rebels shell capital': a compound verb's object is the noun it modifies
        e = verb_entry(tok, tok.lemma_.lower(), objects(tok) + [
            c for c in kids_of(tok) if c.dep_ == "appos" and c.i > tok.i] + (
            [tok.head] if tok.dep_ == "compound" else []))
        return True, None if e is None else Candidate(tok, e.root, e.id + "+headline", [tok], e)
    if (held := stance(tok)) is not None:
        return True, held
    if misread_easing(tok):
        cand = ending_verb_event(tok, taken, objs=[tok.head], lemma=easing_lemma(tok))
        if cand is not None and cand.noun is not None:
            taken.add(cand.noun.i)
        return True, cand
    if (misread := misread_verb(tok)) is not None:
        return True, Candidate(tok, misread.root, misread.id + "+misread", [tok], misread,
                               control=misread.control)
    return False, None


#: where a participle stands as a noun ('among the injured', 'the wounded were flown out')
_NOUN_SLOTS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr"})
#: what only a verb has: its own subject, object, doer or auxiliary
_VERB_ONLY = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "aux", "auxpass", "xcomp", "ccomp"})


def _participle_as_noun(v: Verb) -> bool:
    """A past participle the tagger left a verb where it stands as a noun with 'the' ('one
    of the injured was an engineer, but he would not name the man', 'the dead and the
    injured'): the people it describes, as the tagger's noun 'the injured' is; no act of its
    own is told."""
    tok = v.tok
    slot = tok.dep_ in _NOUN_SLOTS or (tok.dep_ == "conj" and tok.head.dep_ in _NOUN_SLOTS)
    return (tok.tag_ == "VBN" and slot
            and any(c.dep_ == "det" and c.lower_ in ("the", "those") for c in v.kids)
            and v.deps.isdisjoint(_VERB_ONLY))


def _comparison(v: Verb) -> bool:
    """'as opposed to', 'as compared with': a past participle of roles.json comparisons
    under 'as' with no subject of its own compares two things; no act is told."""
    return (v.tok.tag_ == "VBN" and v.lemma in lexicon.roles().comparison_verbs
            and any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in v.kids)
            and not v.has("nsubj", "nsubjpass"))


#: the labels of a participle used as an adjective, which _verb_event reads as no verb
_MODIFIER_DEPS = frozenset({"amod", "compound"})


@lru_cache(maxsize=1)
def _verb_readings() -> frozenset[str]:
    """The lemmas a reading of :func:`_verb_event` may code a verb by, each reading's own
    first test: a lexicon verb (verb_entry), a light verb (light_verb_event), a causative
    (causative_event), a penalty order, a command (commanded_act, forces_readied), an ending
    verb or phrase (ending_verb_event, ended_phrase_event), a report or a duty's particle
    verb (must_frame), a verdict, a compulsion, a wish (wish_frame, which also reads a form
    of roles.json hopes, tested apart) and a call to act (called_to). A verb with none of
    them gives no candidate, so its dependents are not read: a third of a text's verbs
    ('know', 'look', 'seem'; issue 4 speed)."""
    r = lexicon.roles()
    return (frozenset(lexicon.verbs()) | light_lemmas() | causers() | r.penalty_orders
            | r.commands | r.reverse | r.ended_phrase_verbs | r.report | particle_verbs()
            | r.verdict_verbs | r.compulsion_verbs | r.wish_hopes | r.wish_verbs
            | r.call_to_verbs)


def _verb_event(tok: Token, taken: set[int], forms: frozenset[str] | None = None
                ) -> Candidate | None:
    """The candidate of a verb by the first reading that gives one: causative, phrasal
    verb with its own objects, light verb (or the verb's own entry where it fits its own
    object), ending verb, the verb's entry, a must-frame. None for no verb, a participle
    as adjective, a misread subject noun and a command whose commanded act is the event.
    The verb's lemma and dependents are read once (:class:`Verb`) for all its frames
    (``forms``: its sentence's words' lower-cased forms, when the caller has them)."""
    if tok.pos_ not in VERB_POS or tok.dep_ in _MODIFIER_DEPS or title_participle(tok):
        return None  # "displaced families", "wounded soldiers": participles as adjectives
    lemma = lookup_lemma(tok)
    if lemma not in _verb_readings() and tok.lower_ not in lexicon.roles().hopes:
        return None  # no reading codes the verb (see _verb_readings)
    v = read_verb(tok, lemma)
    if _participle_as_noun(v):
        return None  # 'was among the injured': the people hurt, as the noun 'the injured' is
    if _comparison(v):
        return None  # '40 seats as opposed to 30': a comparison, no one opposes
    if misread_subject_noun(tok):
        return None  # "Aid to X was suspended": the noun is the passive verb's object
    r = lexicon.roles()
    cand = causative_event(v) or penalty_order(v)
    if cand is None and lemma in r.commands and commanded_act(v, taken):
        return None  # "ordered troops to pull back": the withdrawal is the event
    if cand is None and lemma in r.commands:
        cand = forces_readied(v, taken)  # "ordered troops to be ready": no demand
    # read once for the entry and the light-verb reading; a verb with neither reads none
    objs = objects(tok, v.kids) if lemma in lexicon.verbs() or lemma in light_lemmas() else []
    e = verb_entry(tok, given=objs, verb=v, forms=forms)
    if cand is None and e is not None and e.particle is not None and e.objects is not None:
        # "put down the riot": a phrasal verb with its own object list is read before
        # the light-verb reading ("put" + riot would be the riot itself)
        cand = Candidate(tok, e.root, e.id, [tok], e, control=e.control)
    if cand is None:
        cand = light_verb_event(tok, taken, objs, verb=v)
        if cand is not None and e is not None and _own_object_fits(tok, e, cand, objs):
            if cand.noun is not None:  # what the act moves ('gave $5m in aid'): no act
                taken.add(cand.noun.i)
            cand = Candidate(tok, e.root, e.id, [tok], e, control=e.control)
    if cand is None and e is not None and e.objects is not None and e.preps is not None:
        # "withdrew its permission for X's mission": an entry that names its object and the
        # party it concerns is read before the ending verb's reversal of that noun
        cand = Candidate(tok, e.root, e.id, [tok], e, control=e.control)
    if cand is None and lemma in r.reverse:
        cand = ending_verb_event(tok, taken)
    if cand is None and lemma in r.ended_phrase_verbs:
        cand = ended_phrase_event(tok, taken)  # 'the boycott came to an end'
    if cand is None and e is not None:
        cand = Candidate(tok, e.root, e.id, [tok], e, control=e.control)
    if cand is None:
        cand = (must_frame(v) or verdict_frame(v) or compelled(v, taken)
                or wish_frame(v, taken) or called_to(v))
    return cand


def _undergone(tok: Token) -> bool:
    """A verb of roles.json active_only with no object, not passive and no participle of a
    by-agent: 'the crowd dispersed after two hours' tells what the subject underwent."""
    if lookup_lemma(tok) not in lexicon.roles().active_only_verbs:
        return False
    if tok.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "aux") for c in kids_of(tok)):
        return False  # 'protesters dispersed by police': a passive participle
    return not any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent", "dative", "prt")
                   for c in kids_of(tok))


def _vetoed(tok: Token, cand: Candidate) -> bool:
    """Whether the verb's clause tells no act of the candidate's kind after all."""
    # "flu kills", "killed by meningitis": no political actor; "an outbreak led to a ban on
    # imports": the ban is its own party's act (roles.json subject_events outcomes)
    return ((non_agent_doer(tok) and not (
                cand.noun is not None and cand.rule.startswith("light:")
                and lookup_lemma(tok) in lexicon.roles().outcome_verbs))
            or given_name(tok) is not None  # "a camp called X": the participle names its noun
            or _undergone(tok)  # "the crowd dispersed": a change the subject undergoes
            # "the accused is due in court": a person, no accusation
            or (cand.root != "ASSAULT" and _participle_noun(tok))
            or (cand.control and _no_comment(tok))  # "declined to comment": no act refused
            or _admission(tok)  # "conceded that the economy shrank": no concession
            # "recommended rest": no party asked ("encouraged the reform drive" praises it)
            or (cand.root == "REQUEST" and _advice_to_none(tok))
            or (cand.root == "THREATEN" and _hazard_warning(tok))  # "warned of heavy storms"
            # "Harl beat Osk 2-0", "scored to give Osk a 1-0 win"
            or (cand.root in ("ASSAULT", "CONCEDE") and _match_score(tok))
            or (cand.root == "REQUEST" and asks_question(tok))  # "asked whether ..."
            or (cand.root == "REQUEST" and necessity(tok))  # "sending jets would require"
            or (cand.root == "MOBILIZE" and standing_presence(tok))  # "still stationed"
            or text_content(tok, cand.root)  # "the accord, which calls for ..."
            # "battling to keep the plant open", "the questions surrounding his death"
            or (cand.root == "ASSAULT" and (effort(tok) or about_participle(tok)))
            # "the right to defend itself": no support of another party
            or (cand.root in lexicon.roles().self_roots and _self_only(tok))
            or no_act(tok, cand)  # business copy, sightseeing ('agreed to sell X for $5m')
            or mentioned_verb(tok, cand))  # talked about, conjectured, a date set, sport


def _re_root(tok: Token, cand: Candidate) -> None:
    """A warning to a party to act is a request ('warned X to leave'), a call to back or
    oppose someone a rally of support or opposition ('urged X to back Y'), an attack
    for a failing criticism ('attacked X for failing to act'), and forces moved for relief
    aid ('sent troops to help evacuate villagers'), a suspect deported to face trial handed
    over, a vote for a resolution calling on a party the call ('voted for a resolution
    calling on X to act')."""
    if cand.root == "THREATEN" and _warned_to_act(tok):
        cand.root, cand.rule = "REQUEST", cand.rule + "+warned_to"
    if cand.root == "REQUEST" and (rallied := _rally(tok)):
        cand.root, cand.rule = rallied, cand.rule + "+rally"
    if cand.root == "ASSAULT" and criticized_for(tok):  # "attacked X for failing to act"
        cand.root, cand.rule = "ACCUSE", cand.rule + "+criticized_for"
    if cand.root == "ASSAULT" and sighted_move(tok):  # "troops were seen entering the town"
        cand.root, cand.rule = "MOBILIZE", cand.rule + "+sighted"
    if cand.root == "MOBILIZE" and relief_purpose(tok):  # "sent troops to help evacuate"
        cand.root, cand.rule = "AID", cand.rule + "+relief"
    if cand.root == "COERCE" and trial_handover(tok):  # "deported X to face trial"
        cand.root, cand.rule = "COOPERATE", cand.rule + "+trial"
    if cand.root == "SUPPORT" and voted_call(tok):  # "voted for a resolution calling on X"
        cand.root, cand.rule = "REQUEST", cand.rule + "+voted_call"


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
    return any(c.dep_ == "xcomp" and to_infinitive(c) and lookup_lemma(c) in words
               for c in kids_of(tok))


def _advice_to_none(tok: Token) -> bool:
    """A verb of advice (roles.json advice) with no clause naming who is to act: no that-
    clause with its own subject, no object with a to-infinitive ('recommended rest',
    'recommended buying the shares'): no party is asked."""
    if lookup_lemma(tok) not in lexicon.roles().advice_verbs:
        return False
    kids = list(kids_of(tok))
    if any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in kids_of(c))
           for c in kids):
        return False
    told = any(c.dep_ in ("dobj", "dative") for c in kids)
    return not (told and any(c.dep_ in ("xcomp", "ccomp", "advcl") and to_infinitive(c)
                             for c in kids))


def _admission(tok: Token) -> bool:
    """A verb of roles.json admissions with a that-clause and no object: 'conceded that
    the economy had shrunk' reports, it yields nothing ('conceded defeat' does)."""
    if lookup_lemma(tok) not in lexicon.roles().admissions:
        return False
    kids = list(kids_of(tok))
    return (any(c.dep_ == "ccomp" for c in kids)
            and not any(c.dep_ in ("dobj", "dative") or c.lower_ == "to" for c in kids))


def _hazard_warning(tok: Token) -> bool:
    """A warning of a hazard no actor makes ('warned of heavy storms', 'warned that cholera
    could spread', 'warned that millions faced famine'; roles.json hazard_warnings and
    non_agents): its of/about-object, or the subject or object of its that-clause (the object
    of 'face' too), is such a word; or a hazard or trouble as the subject of a verb of threat
    ('the dispute threatens gas supplies', hazard_warnings endangering)."""
    r = lexicon.roles()
    words = r.hazard_nouns | r.non_agents
    if lookup_lemma(tok) in r.hazard_endangering:
        # 'the row threatens supplies': a trouble endangers, it makes no threat
        troubles = words | r.hazard_troubles
        return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and noun_lemma(c) in troubles
                   for c in kids_of(tok))
    if lookup_lemma(tok) not in r.hazard_verbs:
        return False
    said = prep_objects(tok, ("of", "about"))
    # 'warned against expectations of a quick exit': a belief cautioned against (beliefs)
    if any(noun_lemma(g) in r.hazard_beliefs for g in prep_objects(tok, ("against",))):
        return True
    for c in kids_of(tok):
        if c.dep_ != "ccomp":
            continue
        if lookup_lemma(c) in r.hazard_needs and not any(
                g.dep_ == "neg" for g in kids_of(c)):
            return True  # 'warned that reforms were still needed': a need told, no threat
        said += [g for g in kids_of(c) if g.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
                 and (g.dep_ in ("nsubj", "nsubjpass") or lookup_lemma(c) in r.hazard_undergo)]
    return any(noun_lemma(g) in words for g in said)


@lru_cache(maxsize=1)
def _day_words() -> frozenset[str]:
    """Weekday names and 'today', 'yesterday' ...: the timex engine's own tables (the
    tagger may take 'Saturday' into a team's name)."""
    from dateline.timex.rules import load_tables

    t = load_tables()
    return frozenset(t["weekday_full"]) | frozenset(t["dayrel"])


def _match_score(tok: Token) -> bool:
    """A game's result, no attack: a score ('2-0', two small numbers joined by a hyphen)
    right after the verb's named or pronoun object ('Harl beat Osk 2-0', 'beat us 17-0', a day
    after it or not), or on a result noun it gives or wins ('a 1-0 win', roles.json
    contests results); a range before a noun ('killed 3-4 villagers') is a count."""
    doc = tok.doc
    results = lexicon.roles().contest_results
    for o in kids_of(tok):  # 'to give Osk a 1-0 win': a score on a result noun it gives
        if o.dep_ in ("dobj", "dative") and o.lemma_.lower() in results and any(
                t.text == "-" and 0 < t.i < len(doc) - 1 and doc[t.i - 1].like_num
                and doc[t.i + 1].like_num for t in o.subtree):
            return True
    for i in range(tok.i + 1, min(tok.i + 6, tok.sent.end - 2)):
        a, dash, b = doc[i], doc[i + 1], doc[i + 2]
        if not (a.like_num and dash.text == "-" and b.like_num
                and len(a.text) <= 2 and len(b.text) <= 2
                and doc[i - 1].pos_ in ("PROPN", "PRON")):  # 'beat us 17-0'
            continue
        after = doc[i + 3] if i + 3 < tok.sent.end else None
        # 'beat Harl 97-92 Wednesday night': a date after the score is the game's day
        return (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ")
                or after.ent_type_ in ("DATE", "TIME") or after.lower_ in _day_words())
    return False


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
    if _warned_against_doing(tok):
        return True
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in kids_of(tok)):
        return False
    for x in kids_of(tok):
        if x.dep_ == "xcomp" and to_infinitive(x):
            return asked_plainly(x)
    return False


def _warned_against_doing(tok: Token) -> bool:
    """'warned against ending the talks': a warning to no one named against a course of
    action (a gerund, not negated) urges all sides not to take it, a request; one addressed
    to a party ('warned Osk against meddling') or against a thing ('against any attack on
    its ships') stays a threat."""
    if any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in kids_of(tok)):
        return False
    return any(g.dep_ == "pcomp" and g.tag_ == "VBG" and not any(
        n.dep_ == "neg" for n in kids_of(g))
        for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ == "against"
        for g in kids_of(p))


def _rally(tok: Token) -> str | None:
    """A call on a party to back someone ('urged the West to back the new government') or
    to unite against someone ('called on Arab states to unite against ...') rallies support
    or opposition: the complement's root (roles.json rallies), else None."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.rally_verbs:
        return None
    for x in kids_of(tok):
        # the parser hangs the complement as xcomp, or as advcl after 'called on X'
        if (x.dep_ not in ("xcomp", "advcl") or not to_infinitive(x)
                or any(c.dep_ in ("neg", "prt") for c in kids_of(x))):
            continue
        lemma = lookup_lemma(x)
        verbs = [x] + [c for c in kids_of(x) if c.dep_ == "conj" and c.pos_ == "VERB"]
        preps = {p.lower_ for v in verbs for p in kids_of(v) if p.dep_ == "prep"}
        # 'unite against X', 'rally behind X': the complement with its preposition
        keyed = [f"{lemma} {p}" for p in sorted(preps) if f"{lemma} {p}" in r.rally_complements]
        if keyed:
            return r.rally_complements[keyed[0]]
        return None if "against" in preps else r.rally_complements.get(lemma)
    return None
