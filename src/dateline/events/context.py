"""Flags and salience of event candidates from the words that govern them.

Walking up from the trigger: a control event ("threatened to", "refused to") makes the
event subordinate and sets its modality; speech verbs mark it reported, plans and
readiness mark it planned (and PLOVER codes planned cooperation as AGREE, planned
hostility as THREATEN); 'may', 'reportedly' hedge it; 'not', 'never' negate it.
Salience is the depth in the parse counting only real governors, so the act the
sentence is about ranks first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from dateline.events import detect, lexicon, occur
from dateline.events.candidate import NOUN_POS
from dateline.events.consequence import cause_first, halted_last
from dateline.events.dependents import (
    planned_by_modifier,
    planned_session,
    subject_event_verb,
    to_infinitive,
)
from dateline.events.detect import Candidate
from dateline.events.kids import kids_of
from dateline.events.lexicon import COOPERATIVE, HOSTILE_MATERIAL
from dateline.events.light import warning_complement
from dateline.events.noun_candidates import NOUN_CONTROL_ROOTS
from dateline.events.purpose import purpose_after_act
from dateline.events.verb_frames import headline_plan
from dateline.events.words import governing_lemma, lookup_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

CONTROL_MODALITY = {
    "THREATEN": "threatened", "REJECT": "denied", "REQUEST": "requested",
    "AGREE": "planned", "ACCUSE": "reported",
}
SEEM = frozenset({"appear", "seem"})
# intent words whose past-tense object noun names the act carried out, its planning told
PLOTTING = frozenset({"plan", "plot"})


def _neg(tok: Token) -> bool:
    """A negation on ``tok``: 'not', 'never', 'no' ..., or 'no longer' (roles.json
    negation_adverbs: the adverb negates with its own 'no')."""
    r = lexicon.roles()
    return any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in r.negations)
               or (c.dep_ == "advmod" and c.lower_ in r.negation_adverbs
                   and any(g.lower_ == "no" for g in kids_of(c)))
               for c in kids_of(tok))


def _neg_coordinated(tok: Token) -> bool:
    """'neither confirmed nor denied', 'did not confirm or deny': the negation before
    'neither ... nor' or 'not ... or' covers each verb it coordinates."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(ch.dep_ == "preconj" and ch.lower_ == "neither" for ch in kids_of(tok)):
        return True
    if tok.dep_ != "conj":
        return False
    ccs = {ch.lower_ for ch in kids_of(tok.head) if ch.dep_ == "cc"}
    return "nor" in ccs or ("or" in ccs and _neg(tok.head))


def _none_undergoes(tok: Token) -> bool:
    """A passive whose subject is negated by 'no' ('no demands will be met', 'no shots were
    fired') tells an act that does not happen."""
    return any(c.dep_ == "nsubjpass" and any(d.dep_ == "det" and d.lower_ == "no"
                                             for d in kids_of(c)) for c in kids_of(tok))


def _denied_infinitive(clause: Token, noun: Token) -> bool:
    """'no accord was reached to prolong the truce', 'no deal to free the hostages': a
    to-infinitive completing a noun that 'no' determines tells an act that is not done."""
    return (clause.dep_ == "acl" and noun.pos_ == "NOUN" and _neg(noun)
            and any(x.dep_ == "aux" and x.lower_ == "to" for x in kids_of(clause)))


# nouns of likelihood: 'there is no way X will', 'no chance that X will' deny the act
# ('no question that X' and 'no doubt' tell certainty and stay out)
NO_PROSPECT = frozenset({"way", "chance", "possibility", "likelihood", "prospect"})


def _denied_prospect(clause: Token, noun: Token) -> bool:
    """'there is no way Tessia will assist the rebels', 'no chance that the uncles will hand
    her over': a clause with its own subject completing a likelihood noun that 'no'
    determines tells an act that will not be done, as 'will not assist' does."""
    return (clause.dep_ in ("acl", "relcl") and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in NO_PROSPECT and _neg(noun)
            and any(x.dep_ in ("nsubj", "nsubjpass") for x in kids_of(clause)))


def _hedge(tok: Token) -> bool:
    r = lexicon.roles()
    return any(c.dep_ in ("aux", "advmod") and c.lower_ in r.hedges for c in kids_of(tok))


def _future(tok: Token) -> bool:
    r = lexicon.roles()
    return any(c.dep_ == "aux" and c.lower_ in r.future_aux for c in kids_of(tok))


def _future_told(tok: Token) -> bool:
    """'will' or 'would' on the verb, or on the verb whose 'will' a bare conjunct shares ('we
    will study the idea, work with X': 'work' is ahead too) or whose purpose a bare
    infinitive tells ('would leave Lirn on Friday to head to the talks')."""
    if _future(tok):
        return True
    # a bare form the tagger may read as a present one ('will study the idea, work with')
    if tok.tag_ not in ("VB", "VBP") or tok.head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(tok)):
        return False
    auxes = [c.lower_ for c in kids_of(tok) if c.dep_ in ("aux", "auxpass")]
    if tok.dep_ == "conj":
        return not auxes and tok.head.tag_ == "VB" and _future(tok.head)
    return (tok.dep_ == "advcl" and tok.tag_ == "VB" and auxes == ["to"]
            and _future(tok.head))


def _intent(below: Token, lemma: str, root: str) -> bool:
    """An intent word over ``below``: 'due' only with its infinitive ('is due to visit Y' is
    a plan; 'due to the attack' tells a cause; roles.json scheduled), 'look' only with
    'forward' and its to-phrase ('looked forward to visiting Y'; roles.json looking_forward),
    'happy' or 'glad' only with the infinitive of an act of help or yielding, ``root``
    ('happy to help X fight the fires' offers it; 'glad to give an interview' does not;
    roles.json offered_help)."""
    r = lexicon.roles()
    return (lemma in r.intent or lemma in r.negated_intents or lemma in r.negative_forecasts
            or (lemma in r.scheduled and below.dep_ == "xcomp")
            or (lemma in r.offer_adjectives and below.dep_ == "xcomp"
                and root in r.offer_adjective_roots)
            or (lemma in r.copular_plans and below.dep_ == "xcomp" and _copular_plan(below))
            or (lemma in r.looking_forward and below.dep_ == "prep" and below.lower_ == "to"
                and any(c.lower_ == "forward" for c in kids_of(below.head))))


def _copular_plan(inf: Token) -> bool:
    """'Tarvik and Kessland are to sign a treaty': 'be' whose complement is the
    to-infinitive ``inf`` with nothing between them and no adjective or noun of its own, its
    subject a doer, not an aim ('their aim is to crush the group'), an expletive ('how simple
    it was to invade') nor a place in a list ('was among four states to send troops'), and
    not 'yet' ('is yet to be approved': not done; roles.json copular_plans)."""
    r, be = lexicon.roles(), inf.head
    if any((c.dep_ in ("prep", "dobj") and be.i < c.i < inf.i)
           or c.dep_ in ("attr", "acomp", "oprd", "expl")
           or (c.dep_ == "advmod" and c.lower_ in r.copular_not_adverbs) for c in kids_of(be)):
        return False  # 'how simple it was to invade', 'is yet to be approved': no plan
    aims = r.copular_not_subjects | r.intent | r.intent_nouns
    return not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.lemma_.lower() in aims
                   for c in kids_of(be))


def _denied_ability(t: Token, lemma: str) -> bool:
    """'has not been able to tour Y': an ability denied (the 'not' may sit on the copula) plans
    nothing, as 'unable to visit' does not (roles.json ability_intents)."""
    return lemma in lexicon.roles().ability_intents and (
        _neg(t) or (t.dep_ == "acomp" and _neg(t.head)))


def _negated_intent(t: Token, lemma: str) -> bool:
    """'is not willing to invest', 'is no longer prepared to talk', 'unwilling to negotiate':
    an intent adjective negated on its copula or by itself denies the intent (roles.json
    negated_intents). The copula's negation counts only under an intent or ability word
    (roles.json intent: 'not likely to attack', 'not able to') or a schedule's ('not due to
    visit', scheduled); under another adjective it denies that word, not the act ('is not
    afraid to strike' tells a will to strike)."""
    r = lexicon.roles()
    return t.pos_ == "ADJ" and (lemma in r.negated_intents or (
        t.dep_ == "acomp" and (lemma in r.intent or lemma in r.scheduled) and _neg(t.head)))


def _denied_forecast(t: Token, lemma: str) -> bool:
    """'is not likely to sign', 'is not expected to join', 'does not expect to meet', 'is
    unlikely to accept': a forecast word negated on itself, on its copula or by itself
    (roles.json denied_forecasts) tells the act is not foreseen, not that its doer refuses."""
    r = lexicon.roles()
    return lemma in r.negative_forecasts or (lemma in r.forecasts and (
        _neg(t) or (t.dep_ == "acomp" and _neg(t.head))))


def _possible_if(tok: Token) -> bool:
    """'might close its border if the smuggling continued', 'could cut off supplies unless
    the fees are paid': an act told as possible on a condition is an intention held out,
    as one told with 'will' is (a threat or a promise, whatever the condition)."""
    r = lexicon.roles()
    return any(c.dep_ == "aux" and c.lower_ in r.hypothetical_aux for c in kids_of(tok)) and any(
        a.dep_ == "advcl" and _condition_clause(a, r.conditions) for a in kids_of(tok))


def _possible_act(c: Candidate) -> bool:
    """'Orlund may impose further curbs on Brel, a minister hinted', 'said it might cut off
    fuel sales': a sanction or coercion told as possible by a modal on its own verb, not
    perfect ('may have expelled') nor negated, is held out, as 'will impose' is, when a
    report verb tells it (analyse; roles.json possible_acts). Unreported ('Dorvan might
    close its border') the modal only hedges it."""
    r, tok = lexicon.roles(), c.head
    return (c.root in r.possible_roots and tok.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ in r.possible_aux for a in kids_of(tok))
            and not any(a.dep_ == "aux" and a.lemma_ == "have" for a in kids_of(tok))
            and not _neg(tok))


def _phrase_governor(below: Token, t: Token, by_head: dict[int, Candidate]) -> Candidate | None:
    """'issued an ultimatum for the rebels to surrender', 'gave the rebels 48 hours to
    surrender': a to-infinitive the parser hung on a noun of a governing act's phrase (the
    noun of its light verb, or a word of its verb's) is that act's complement, when the act
    controls one (a control entry, or a light verb's noun of a control root, as the bare
    noun: noun_candidates.NOUN_CONTROL_ROOTS)."""
    if (below.dep_ not in ("acl", "relcl", "advcl") or t.pos_ not in NOUN_POS
            or not to_infinitive(below) or t.head.i == t.i):
        return None
    gov = by_head.get(t.head.i)
    if gov is None or t.head.i != gov.head.i:
        return None
    if gov.noun is not None and gov.noun.i == t.i and gov.root in NOUN_CONTROL_ROOTS:
        return gov
    return gov if gov.control and gov.noun is None else None


def _warning_given(below: Token, gov: Candidate) -> bool:
    """'issued a warning to the rebels to disarm': the to-infinitive the parser hung on the
    light verb is the warning's complement (roles.json warnings_to_act nouns)."""
    if gov.noun is None or gov.root not in ("REQUEST", "THREATEN"):
        return False
    x = warning_complement(gov.head, gov.noun)
    return x is not None and x.i == below.i


def _control_modality(gov: Candidate) -> str:
    """The modality a control act gives its complement: an ultimatum's is asked of the party
    given it, requested (roles.json ultimatums); else by the act's root (CONTROL_MODALITY)."""
    r = lexicon.roles()
    if gov.root == "THREATEN" and (
            (gov.entry is not None and gov.entry.id in r.ultimatum_entries)
            or (gov.noun is not None and lookup_lemma(gov.noun) in r.ultimatum_nouns)):
        return "requested"
    return CONTROL_MODALITY.get(gov.root, "reported")


class _Walk:
    """The walk up the parse from one candidate's trigger: what the words governing it
    make of it (modality, the intent word or report verb above it, a failure) and its
    depth. Each word acts as the first kind of governing word it is (``_step``)."""

    def __init__(self, c: Candidate, by_head: dict[int, Candidate]) -> None:
        self.c = c
        self.by_head = by_head
        self.r = lexicon.roles()
        # 'talks are to be held next week': a gathering told ahead (planned_sessions)
        self.modality = ("planned" if _future_told(c.head) or _possible_if(c.head)
                         or headline_plan(c.head)
                         or (c.is_noun and planned_session(c.head) is not None)
                         or (c.is_noun and c.root == "CONSULT" and planned_by_modifier(c.head))
                         else None)
        self.planner: str | None = None  # the intent word making it planned ('prepared to')
        self.reporter: Token | None = None  # the report verb first above ('said it had not')
        self.alleged_by: Candidate | None = None  # an accusation over a planned act
        self.failed = False  # 'failed to reach agreement' (roles.json failures)
        self.decided = False  # 'decided to impose sanctions' (roles.json decided_sanctions)
        self.forecast = False  # 'is not likely to sign': denied as foreseen, no refusal
        self.depth = 0

    def climb(self) -> None:
        t = self.c.head
        steps = 0
        while t.head.i != t.i and steps < 40:
            steps += 1
            below, t = t, t.head
            if self.depth == 0 and (_denied_infinitive(below, t) or _denied_prospect(below, t)):
                self.c.negated = True
            self._step(below, t, governing_lemma(t))

    def _step(self, below: Token, t: Token, lemma: str) -> None:
        r = self.r
        gov = self.by_head.get(t.i)
        if below.dep_ == "conj" and _marked_root(t):
            return  # "A year after X broke off ties, Y agreed ...": the main clause
        phrase = _phrase_governor(below, t, self.by_head) if self.depth == 0 else None
        if phrase is not None and phrase is not self.c and gov is None:
            self._governing_event(below, t, phrase, controls=True)
        elif gov is not None and gov is not self.c:
            self._governing_event(below, t, gov, controls=_warning_given(below, gov))
        elif lemma in r.report and t.pos_ in ("VERB", "AUX"):
            self._report_verb(t)
        elif (_intent(below, lemma, self.c.root) or lemma in r.aspect) and not any(
                ch.dep_ == "prt" for ch in kids_of(t)):  # 'set up roadblocks' is no 'set to'
            self._intent_word(below, t, lemma)
        elif (lemma in r.failure_nouns and t.pos_ == "NOUN" and self.depth == 0
              and below.dep_ == "acl"):
            self.failed = not self.c.subordinate  # "the government's failure to meet the demands"
            self.depth += 1
        elif (lemma in r.failure_adjectives and t.pos_ == "ADJ" and self.depth == 0
              and below.dep_ == "xcomp"):
            self.failed = not self.c.subordinate  # 'the leaders were unable to reach agreement'
        elif (lemma in r.intent_nouns and t.pos_ == "NOUN" and self.depth == 0
              and self.modality is None and not _in_force(t)):
            self._intent_noun(t)
        elif lemma in r.reluctance and self.depth == 0 and _neg(t) and t.pos_ == "VERB":
            # 'would not hesitate to use force': the will to act, an intention; 'did
            # not hesitate to open fire' tells the act done (roles.json reluctance)
            if self.modality is None and _future(t):
                self.planner, self.modality = lemma, "planned"
        elif lemma in r.containers:
            pass  # "a wave of arrests": the container noun adds no depth
        elif t.pos_ in ("VERB", "NOUN", "PROPN", "ADJ"):
            self.depth += 1

    def _governing_event(self, below: Token, t: Token, gov: Candidate,
                         controls: bool = False) -> None:
        """Another event above: a control verb makes this one its complement (``controls``:
        one hung on a noun of its phrase, see _phrase_governor); an accusation over a
        planned act alleges the plan."""
        c = self.c
        # 'rejected the truce and began firing': a clause coordinated with a control
        # verb is an act beside it, not its complement
        if ((gov.control or controls) and self.modality is None and self.depth == 0
                and below.dep_ != "conj" and not _fronted_beside(below, t)):
            c.subordinate = True
            c.governor = gov
            self.modality = _control_modality(gov)
        elif (gov.root == "ACCUSE" and self.planner is not None and self.depth == 0
              and below.dep_ != "conj"):
            self.alleged_by = gov
        self.depth += 1

    def _report_verb(self, t: Token) -> None:
        if self.modality is None and self.depth == 0:
            self.reporter = t
        self.modality = self.modality or "reported"

    def _intent_word(self, below: Token, t: Token, lemma: str) -> None:
        """An intent or aspect verb ('prepared to', 'will continue to'); negated, it
        negates the act; a failure verb fails it."""
        r, c = self.r, self.c
        if lemma in SEEM and not (below is c.noun and occur.is_thing(c.rule)):
            c.hedged = True
        # 'the newly imposed embargo is expected to cost ...': the noun's act is done
        if (_intent(below, lemma, c.root) and self.depth == 0 and not _beside(below)
                and not _perfect(below) and not _denied_ability(t, lemma)
                and not (below is c.noun and detect.told_by_participle(below))
                and not (below is c.noun and _done_purpose(below, t, lemma))
                and not (below is c.noun and _plotted(below, t, lemma))):
            if self.modality is None:
                self.planner = lemma
                self.decided = (lemma in r.decided_words and t.pos_ == "VERB"
                                and not _future(t))
            self.modality = self.modality or "planned"
        elif lemma in r.aspect and self.depth == 0 and _future(t) and not _beside(below):
            # 'Israel will continue to destroy the tunnels': the act is held out
            # for what is to come, as 'will destroy' is
            self.modality = self.modality or "planned"
        if self.depth == 0 and _beside(below):
            pass  # 'would not seek a new tally, conceding the vote': told beside, not denied
        elif self.depth == 0 and _denied_forecast(t, lemma):
            c.negated = self.forecast = True
        elif self.depth == 0 and (_neg(t) or _denied_ability(t, lemma)
                                  or _negated_intent(t, lemma)):
            c.negated = True
        elif self.depth == 0 and lemma in r.failures and not c.subordinate:
            self.failed = True

    def _intent_noun(self, t: Token) -> None:
        # 'keep the option of going back to war', 'announced a plan to attack'
        self.modality = "planned"
        self.depth += 1
        if _neg(t):
            self.c.negated = True  # 'had no intention of withdrawing'

    def recode(self) -> None:
        """The root the governing words make of the act: failed negotiations, consent,
        an exclusion not made, a denial, an intention or an alleged plan."""
        c, r = self.c, self.r
        if self.failed and c.root in r.failures_map:
            # 'the two sides failed to reach agreement': failed negotiations (CAMEO 164)
            c.root, c.rule = r.failures_map[c.root], c.rule + "+failed"
            return
        if (c.negated and c.root == "ACCUSE" and not c.subordinate
                and (c.noun if c.noun is not None else c.head).lemma_.lower() in r.no_objection):
            # 'the militia does not object to monitors visiting the camps': consent
            c.root, c.rule, c.negated = "AGREE", c.rule + "+no_objection", False
            return
        if c.negated and c.root == "REJECT" and _not_excluded(c):
            return
        if self.reporter is not None and c.negated and _own_denial(c, self.reporter):
            return
        _intention(c, self.planner, self.decided, self.forecast)
        if self.alleged_by is not None:
            # 'accused Hamas of preparing attacks': the plan, coded as such, is what the
            # accuser alleges, not an intention anyone declared
            c.subordinate, c.governor, c.modality = True, self.alleged_by, "reported"


def _background_depth(anchor: Token, by_head: dict[int, Candidate]) -> int:
    """Depth a clause told as background adds, whatever governs it."""
    depth = 0
    if anchor.dep_ == "relcl" and anchor.head.pos_ in ("NOUN", "PROPN", "PRON"):
        depth += 1  # "the party, whose leader was jailed, called for talks": background
    if (anchor.dep_ == "advcl" and by_head.get(anchor.head.i) is None
            and any(m.dep_ == "mark" for m in kids_of(anchor))):
        # "Although it had promised a truce, the army resumed shelling": a clause opened
        # by a subordinator is background to its main clause, also where the main verb
        # is no event of its own ('resumed', 'said') and so added no depth
        depth += 1
    if _marked_root(anchor):
        depth += 1  # a fronted after/while clause the parser made the root, see _marked_root
    return depth


def analyse(cands: list[Candidate], quote_spans: list[tuple[int, int]],
            governors: list[Candidate] | None = None) -> None:
    """Set modality, flags, subordination, depth and the intention transform in place.

    ``governors``: candidates that may govern these but are not analysed again (the
    sentence's PLOVER events, for its occurrences)."""
    by_head = {c.head.i: c for c in governors or ()}
    by_head.update({c.head.i: c for c in cands})
    for c in cands:
        anchor = c.head
        c.negated = (_neg(anchor) or (c.noun is not None and _neg(c.noun))
                     or _none_undergoes(anchor) or _neg_coordinated(anchor))
        c.hedged = _hedge(anchor)
        walk = _Walk(c, by_head)
        walk.climb()
        modality = walk.modality
        quoted = modality is None and any(s <= anchor.idx < e for s, e in quote_spans)
        if quoted:
            modality = "reported"
        if (modality == "reported" and (walk.reporter is not None or quoted)
                and _possible_act(c)):
            modality = "planned"  # 'X may impose curbs, a minister hinted': held out
        c.modality = modality or "asserted"
        c.depth = walk.depth + _background_depth(anchor, by_head)
        walk.recode()


def _own_denial(c: Candidate, reporter: Token) -> bool:
    """'The army said it had not carried out the airstrike', '... that its troops did not
    fire': a side saying it did not do a hostile act denies it, REJECT (CAMEO 016 deny
    responsibility, as roles.json denials); what others say did not happen stays the act,
    negated."""
    if c.root not in HOSTILE_MATERIAL or c.modality != "reported" or c.subordinate:
        return False
    subj = next((x for x in kids_of(c.head) if x.dep_ == "nsubj"), None)
    said_by = next((x for x in kids_of(reporter) if x.dep_ == "nsubj"), None)
    if subj is None or said_by is None:
        return False
    own_words = lexicon.roles().denial_self
    own = subj.lower_ in own_words or any(
        x.dep_ == "poss" and x.lower_ in own_words for x in kids_of(subj))
    if not own and subj.lemma_.lower() != said_by.lemma_.lower():
        return False
    c.root, c.rule = "REJECT", c.rule + "+denied"
    return True


#: subordinators of a clause of time, cause or concession: what it tells is no aim
CIRCUMSTANCE_MARKS = frozenset({"after", "as", "since", "when", "while", "because", "although",
                                "though", "before", "until", "once", "whereas"})


def _in_force(noun: Token) -> bool:
    """An intent noun told carried out ('the decision to close the stations took effect',
    roles.json subject_events in_force): what it names is done, no intention."""
    words = lexicon.roles().subject_in_force
    return (noun.dep_ == "nsubj" and subject_event_verb(noun.head)
            and any(w.lower_ in words for c in kids_of(noun.head)
                    for w in (c, *kids_of(c))))


def _beside(tok: Token) -> bool:
    """A clause coordinated with an intent word ('many sought refuge ..., and the army has
    struck 2,800 targets') or hung on it as a circumstance ('..., with 2,000 rockets fired',
    'sought a truce after rockets were fired') is told beside the aim, not aimed at."""
    if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(tok)):
        return True  # a clause of its own ('planned a revolt and overthrowing ...' is not)
    if tok.dep_ == "prep" and tok.lower_ == "with":
        return True
    if _participle_tail(tok):
        return True
    return tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CIRCUMSTANCE_MARKS
                                       for m in kids_of(tok))


def _participle_tail(tok: Token) -> bool:
    """A bare participle set after the intent word's clause by a comma ('would not seek a
    tally, conceding the vote to Y') tells what the doer did beside the aim, not what it
    aims at: neither planned nor denied with the intent word."""
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i
            and tok.i > 0 and tok.doc[tok.i - 1].text == ","
            and not any(c.dep_ in ("mark", "nsubj", "aux") for c in kids_of(tok)))


def _fronted_beside(clause: Token, verb: Token) -> bool:
    """A clause the parser hung before a control verb as its complement although the verb
    has its own ('X agreed to the truce; however, Y rejected it': 'it' is what Y rejected;
    or set apart by a semicolon): an act told beside the control verb, not governed by it.
    A fronted complement of a report verb ('X shelled the town, Y claimed') stays governed."""
    if clause.dep_ != "ccomp" or clause.i > verb.i:
        return False
    return any(c.dep_ == "dobj" or (c.dep_ == "punct" and c.lower_ == ";" and clause.i < c.i)
               for c in kids_of(verb))


def _done_purpose(noun: Token, verb: Token, lemma: str) -> bool:
    """'the bombings were intended to hit a meeting of agents': an act's noun as the past
    passive subject of a verb of purpose (roles.json done_purposes) is told done, with its
    aim; not planned ('the talks are intended to', present, may be ahead)."""
    return (noun.dep_ == "nsubjpass" and lemma in lexicon.roles().done_purposes
            and any(a.dep_ == "auxpass" and a.lower_ in ("was", "were", "been")
                    for a in kids_of(verb)))


def _plotted(noun: Token, verb: Token, lemma: str) -> bool:
    """'police said the group planned the bombings of the embassies': a past 'planned' with
    a definite act noun for object tells the act done and who organised it, not an act to
    come; 'planned an attack', 'had planned the raid for May' or 'will plan' stay plans."""
    return (lemma in PLOTTING and noun.dep_ == "dobj" and verb.tag_ == "VBD"
            and any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "their", "its", "his", "her")
                    for d in kids_of(noun))
            and not any(p.dep_ == "prep" and p.lower_ == "for"
                        for p in (*kids_of(verb), *kids_of(noun))))


def _perfect(tok: Token) -> bool:
    """A perfect infinitive ('the soldier was determined to have been killed', 'is expected
    to have reached the town') tells an act already done, found or believed, not one aimed at."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in kids_of(tok))


def _marked_root(tok: Token) -> bool:
    """A root opened by a subordinator of time, cause or concession, with a clause of its own
    coordinated after it (or any clause, joined by no 'and'): the parser's reading of a fronted
    subordinate clause ('A year after the two states broke off ties, they agreed on Monday to
    restore them': 'broke' the root, 'agreed' its conjunct). The marked clause is background,
    the conjunct the main clause."""
    if tok.dep_ != "ROOT" or not any(m.dep_ == "mark" and m.i < tok.i
                                     and m.lower_ in CIRCUMSTANCE_MARKS for m in kids_of(tok)):
        return False
    # joined by no 'and' ('after X, Y agreed'): the parser may have taken Y into X's clause
    bare = not any(c.dep_ == "cc" for c in kids_of(tok))
    return any(c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("VERB", "AUX")
               and (bare or any(g.dep_ in ("nsubj", "nsubjpass") for g in kids_of(c)))
               for c in kids_of(tok))


def _not_excluded(c: Candidate) -> bool:
    """Not ruling an act out keeps it open: an intention ('has not ruled out the use of
    force' THREATEN, 'did not rule out talks' AGREE; roles.json exclusions)."""
    head = c.head
    verb = " ".join([head.lemma_.lower()] + [p.lower_ for p in kids_of(head)
                                            if p.dep_ == "prt"])
    if verb not in lexicon.roles().exclusions:
        return False
    for o in detect.objects(head):
        e = detect.noun_entry(o, None, need_standalone=False)
        nom = detect.nominal(o, set()) if e is None else None
        root = e.root if e is not None else nom.root if nom is not None else None
        if root in COOPERATIVE or root in HOSTILE_MATERIAL:
            c.extra["planned_root"] = root
            c.root = "AGREE" if root in COOPERATIVE else "THREATEN"
            c.rule += "+not_excluded"
            c.negated = False
            return True
    return False


def _intention(c: Candidate, planner: str | None = None, decided: bool = False,
               forecast: bool = False) -> None:
    """PLOVER: intentions to cooperate are AGREE, intentions of hostile acts THREATEN;
    readying an attack is MOBILIZE ('the army prepared to resume shelling'; roles.json
    preparations, ``planner`` the intent word above the act); a sanction decided on is the
    sanction ('decided to impose an embargo'; roles.json decided_sanctions, ``decided``).
    A ``forecast`` denied ('is not likely to sign') keeps the act's forecast root, negated:
    no refusal (roles.json denied_forecasts)."""
    if forecast:
        # the root the forecast gives, as 'is likely to sign' has it, told negated
        _recode_planned(c, planner, decided)
        c.negated, c.rule = True, c.rule + "+forecast"
        return
    if c.negated and not c.subordinate and _ended_restriction(c):
        c.root, c.rule, c.negated = "CONCEDE", c.rule + "+ended", False  # 'no longer bans'
        return
    if c.negated and not c.subordinate and c.entry is not None and c.entry.negated_root:
        c.root, c.rule = c.entry.negated_root, c.rule + "+negated"  # "does not recognize"
        return
    _recode_planned(c, planner, decided and not c.negated)
    if c.negated and c.root == "AGREE" and not c.subordinate:
        # "did not agree", "will not accept"; an intention to cooperate denied, made AGREE
        # above: 'will not join the talks'
        c.root, c.rule = "REJECT", c.rule + "+negated"


def _ended_restriction(c: Candidate) -> bool:
    """'will no longer require permits', 'no longer bans rallies': a restriction verb
    (roles.json ended_restrictions) negated by 'no longer' is the restriction eased."""
    r, tok = lexicon.roles(), c.head
    return (tok.pos_ in ("VERB", "AUX") and lookup_lemma(tok) in r.ended_restriction_verbs
            and any(a.dep_ == "advmod" and a.lower_ in r.negation_adverbs
                    and any(g.lower_ == "no" for g in kids_of(a)) for a in kids_of(tok)))


def _recode_planned(c: Candidate, planner: str | None, decided: bool) -> None:
    """The root of an act a main clause holds out as planned (not subordinate, not a
    controlled verb's): AGREE for a cooperative act, MOBILIZE for an attack readied,
    the sanction itself when ``decided``, THREATEN for a hostile act."""
    if c.subordinate or c.modality != "planned" or c.control:
        return
    if c.root in COOPERATIVE and c.root != "AGREE":
        c.extra["planned_root"] = c.root
        c.root = "AGREE"
        c.rule += "+intent"
    elif c.root == "ASSAULT" and planner in lexicon.roles().preparations:
        c.extra["planned_root"] = c.root
        c.root = "MOBILIZE"
        c.rule += "+prepared"
    elif decided and c.root in lexicon.roles().decided_roots:
        c.rule += "+decided"
    elif c.root in HOSTILE_MATERIAL:
        c.extra["planned_root"] = c.root
        c.root = "THREATEN"
        c.rule += "+intent"


_PRESENT = frozenset({"VBZ", "VBP", "VB"})
_PRESENT_OR_PARTICIPLE = _PRESENT | {"VBN"}


#: Clauses that carry their own truth: what a relative clause or a complement says is not
#: made a condition by an 'if' above it ('to see if it holds evidence of why he died').
_OWN_TRUTH = frozenset({"relcl", "acl", "ccomp"})


def _condition_clause(clause: Token, words: frozenset[str]) -> bool:
    """An adverbial clause opened by 'if'/'unless' ('if necessary'), not 'as if'/'even if'."""
    for m in kids_of(clause):
        if m.dep_ == "mark" and m.lower_ in words:
            before = m.nbor(-1).lower_ if m.i > 0 else ""
            return before not in ("as", "even")
    return False


def _deliberated(t: Token) -> bool:
    """'is weighing whether to revoke X', 'a decision on whether to press charges': a
    whether-clause with a to-infinitive and no subject of its own that a word of deliberation
    governs, directly or through a preposition, is a question over the deliberating party's
    own act, no condition (roles.json deliberations)."""
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in kids_of(t)) or any(
            a.dep_ in ("nsubj", "nsubjpass") for a in kids_of(t)):
        return False
    gov = t.head.head if t.dep_ == "pcomp" and t.head.dep_ == "prep" else t.head
    return lookup_lemma(gov) in lexicon.roles().deliberation_words or (
        gov.lemma_.lower() in lexicon.roles().deliberation_words)


def conditional(c: Candidate) -> Literal["condition", "hanging"] | None:
    """"condition": the event is a condition or a hypothesis, not something that happened:
    its clause, or one it sits in, is an if/unless clause, or a before/until clause in the
    present tense ('before Hamas is destroyed'); or it is the gerund subject of a would/could
    verb ('Agreeing to a ceasefire would plunge him into a crisis'). "hanging": it is none
    of these but hangs on a condition ('will resume strikes if ...'; events._unrealised keeps
    a threat or a promise made so). One walk answers both.

    An event noun counts only as the object of a verb ('if he restarted the offensive'):
    a noun elsewhere names a happening the clause presupposes ('whether the crew was
    enough when the blast happened', 'if the deaths are the first signs')."""
    r = lexicon.roles()
    t, steps, hangs = c.head, 0, False
    if c.is_noun and not (t.dep_ == "dobj" or (t.dep_ == "conj" and t.head.dep_ == "dobj")):
        return None
    while steps < 40:
        # 'Israel will resume strikes if Hamas refuses': the act itself hangs on the
        # condition (not for a threat or a promise: that was made, whatever it hangs on)
        hangs = hangs or (not c.control and any(_condition_clause(a, r.conditions)
                                                for a in kids_of(t) if a.dep_ == "advcl"))
        for m in kids_of(t):
            if m.dep_ != "mark":
                continue
            word = m.lower_
            if word in r.conditions and not (word == "whether" and _deliberated(t)):
                return "condition"
            if word in r.unrealised_before and t.tag_ in _PRESENT_OR_PARTICIPLE and (
                t.tag_ != "VBN" or any(a.tag_ in _PRESENT for a in kids_of(t)
                                       if a.dep_ in ("aux", "auxpass"))):
                return "condition"
        if t.dep_ in ("csubj", "csubjpass", "nsubj") and t.tag_ == "VBG" and any(
            a.dep_ == "aux" and a.lower_ in r.hypothetical_aux for a in kids_of(t.head)
        ):
            return "condition"
        if t.head.i == t.i or t.dep_ in _OWN_TRUTH:
            break
        t, steps = t.head, steps + 1
    return "hanging" if hangs else None


def settle(ranked: list[Candidate]) -> list[Candidate]:
    """The ranker's order with five rules it may break: an act told as not done ('did not
    return fire, but asked the UN to step in') comes after the acts told done (a refusal or
    denial, REJECT, is itself an act), an act a control verb governs ('appealed to the
    UN to investigate') right after its governor, which PLOVER codes, an act before what
    a verb of consequence tells it did ('the strike closed banks'; consequence.cause_first),
    an act told stopped ('trade ground to a halt') after the acts told done, and a purpose
    to-clause after the noun act it is the aim of ('on strike to demand'; purpose). An act
    praised in the passive ('the release was welcomed by ...') is left after the praise:
    the main clause's reaction is coded over its noun argument (lead ruling, session 41)."""
    out = sorted(ranked, key=lambda c: c.negated and c.root != "REJECT")
    for c in list(out):
        at = {id(x): i for i, x in enumerate(out)}
        gov = at.get(id(c.governor))
        if gov is not None and _decided_sanction(c):
            del out[at[id(c)]]
            out.insert(gov, c)  # 'agreed to impose sanctions': the sanction before the accord
        elif gov is not None and at[id(c)] < gov:
            del out[at[id(c)]]
            out.insert(gov, c)  # gov - 1 after the removal: right after the governor
    return halted_last(cause_first(purpose_after_act(out)))


def _decided_sanction(c: Candidate) -> bool:
    """'Kestria and Marn agreed to impose sanctions on Sella': a sanction the parties agree
    among themselves to impose is decided on, the act the sentence tells (roles.json
    decided_sanctions governors); 'agreed to lift the embargo' stays the agreement."""
    r, gov = lexicon.roles(), c.governor
    return (gov is not None and gov.root == "AGREE" and not gov.negated and not c.negated
            and c.root in r.decided_roots and gov.head.lemma_.lower() in r.decided_governors)


def rank(cands: list[Candidate]) -> list[Candidate]:
    """Most salient first: not subordinate, shallow, verbal, early."""
    return sorted(cands, key=lambda c: (c.subordinate, c.depth, c.is_noun, c.head.i))
