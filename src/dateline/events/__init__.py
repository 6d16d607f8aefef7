"""Stage: events, coded with the PLOVER roots.

``apply`` finds event mentions in every sentence (``detect``), reads their flags and
salience (``context``), their actor/target/location/quantities (``args``), anchors them
in time (``anchor``) and links denials to accusations (``links``). ``code_events_jsonl``
is the library side of ``dateline events FILE|-``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.events import (
    anchor,
    args,
    context,
    detect,
    kids,
    lexicon,
    links,
    naming,
    occur,
    ranker,
    terms,
)
from dateline.events.anchor.nouns import is_relative_anchor
from dateline.events.dependents import prep_objects
from dateline.events.jsonl import code_events_jsonl
from dateline.events.kids import kids_of
from dateline.events.lexicon import PLOVER_ROOTS
from dateline.events.words_read import DocWords, SentenceWords
from dateline.model import Annotation, Event, EventTime

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["OCCURRENCE", "PLOVER_ROOTS", "apply", "code_events_jsonl", "events_of"]

OCCURRENCE = occur.OCCURRENCE
#: How the parser hangs a resultative adjective on its verb ('found guilty', 'shot dead')
RESULT_DEPS = frozenset({"oprd", "acomp", "ccomp", "xcomp", "advmod"})


def _trigger(c: detect.Candidate, text: str) -> tuple[str, int, int]:
    """Trigger span from its first to last word ("opened an investigation"), so that
    ``text[start:end] == trigger`` like every other span."""
    toks = sorted([*c.tokens, *_resultative(c)], key=lambda t: t.i)
    start, end = _whole_word(text, toks[0].idx, toks[-1].idx + len(toks[-1]))
    return text[start:end], start, end


def _resultative(c: detect.Candidate) -> list[Token]:
    """The adjective that tells a verb's act with it ('was found guilty', 'pronounced dead':
    roles.json resultatives), so the trigger names the pair and not the bare verb. Only one
    right after the verb, adverbs aside: a trigger is one span, and 'found the minister
    guilty' keeps 'found' rather than take in the object."""
    v = c.head
    words = lexicon.roles().resultatives.get(detect.lookup_lemma(v)) if not c.is_noun else None
    if not words:
        return []
    return [a for a in kids_of(v) if a.dep_ in RESULT_DEPS and a.i > v.i
            and a.lemma_.lower() in words
            and all(t.pos_ in ("ADV", "PART") for t in v.doc[v.i + 1 : a.i])][:1]


def _whole_word(text: str, start: int, end: int) -> tuple[int, int]:
    """A span widened to the whole of a hyphenated word at either edge: the parser splits
    'cease-fire' and may take 'fire' alone as the trigger's noun."""
    while start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum():
        start -= 1
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum():
        end += 1
        while end < len(text) and text[end].isalnum():
            end += 1
    return start, end


def _sentence_index(ann: Annotation, offset: int, fallback: int) -> int:
    s = ann.sentence_at(offset)
    return s.index if s is not None else fallback


def _first_conjunct(n: Token) -> Token:
    """The first of coordinated nouns, whose place in the parse they share."""
    for _ in range(6):  # 'for attacks and bombings': the first conjunct's place
        if n.dep_ != "conj" or n.head.i == n.i:
            break
        n = n.head
    return n


def _prevented(n: Token) -> bool:
    """Whether an event noun is told as thwarted: the object or passive subject of a verb of
    roles.json prevented ('a truck bomb plot was foiled', 'foiled a bomb attack'), that
    is not negated nor failed ('failed to prevent the attack')."""
    n = _first_conjunct(n)
    return n.dep_ in ("dobj", "nsubjpass") and _thwarts(n.head)


def _thwarts(v: Token) -> bool:
    """A verb of roles.json prevented that is not negated nor failed ('failed to prevent')."""
    r = lexicon.roles()
    if v.pos_ != "VERB":
        return False
    lemma = v.lemma_.lower()
    if lemma not in r.prevent_verbs and not any(
            c.dep_ == "prt" and f"{lemma} {c.lower_}" in r.prevent_particle_verbs
            for c in kids_of(v)):
        return False  # 'headed off a strike' prevents it; 'headed the talks' does not
    if any(ch.dep_ == "neg" or ch.lower_ in r.negations for ch in kids_of(v)):
        return False
    return not (v.dep_ == "xcomp" and v.head.lemma_.lower() in r.prevent_failed)


def _kept_from(tok: Token) -> bool:
    """An act someone is kept from ('will use its influence to prevent the militia from
    rearming'): the gerund after 'from' of a verb of roles.json prevented, which is not
    negated nor failed, did not happen."""
    p = tok.head
    if (tok.pos_ != "VERB" or tok.dep_ not in ("pcomp", "pobj") or p.lower_ != "from"
            or p.head.i == p.i):
        return False
    return _thwarts(p.head)


def _inherit_targets(events: list[Event], governor_of: dict[str, str]) -> list[Event]:
    """A threat with no target of its own is aimed where the act it holds out is
    ('threatened to fire rockets at the airport'; roles.json target_inheritors)."""
    roots = lexicon.roles().target_inheritors
    by_id = {e.id: e for e in events}
    taken: dict[str, str] = {}
    for eid, gid in governor_of.items():
        gov, act = by_id[gid], by_id[eid]
        if (gid not in taken and gov.target is None and gov.type in roots
                and act.target is not None and act.target != gov.actor):
            taken[gid] = act.target
    return [replace(e, target=taken[e.id]) if e.id in taken else e for e in events]


def _time_boundary(c: detect.Candidate) -> bool:
    """A known truce or deal named as the time of another act ('fired last shots before the
    truce began', 'hours before the truce was announced'; roles.json time_boundaries):
    the definite subject of a verb of beginning or ending, or the passive subject of one of
    its making, in a clause opened by a subordinator of time."""
    r = lexicon.roles()
    if c.root not in r.boundary_roots:
        return False
    n: Token | None
    if c.is_noun:
        n, v, dep, verbs = c.head, c.head.head, "nsubj", r.boundary_verbs
    else:  # 'the truce was announced' (a light verb), 'the truce was agreed'
        v, dep, verbs = c.head, "nsubjpass", r.boundary_made
        n = c.noun or next((x for x in kids_of(v) if x.dep_ == dep
                            and x.lemma_.lower() in r.term_deals), None)
    if n is None or n.dep_ != dep or v.dep_ != "advcl" or v.lemma_.lower() not in verbs:
        return False
    return _time_marked(v, r.boundary_marks) and any(
        d.dep_ == "det" and d.lower_ in r.boundary_determiners for d in kids_of(n))


def _time_marked(v: Token, marks: frozenset[str]) -> bool:
    """A clause opened by a subordinator of time ('before the truce began'), also one after a
    measure the parser made its head ('hours before ...': 'before' a preposition on 'hours')."""
    return any((m.dep_ == "mark" and m.lower_ in marks) or (
        m.dep_ in ("dep", "npadvmod") and m.i < v.i
        and any(p.dep_ == "prep" and p.lower_ in marks for p in kids_of(m)))
        for m in kids_of(v))


def _told_of_prevented(tok: Token) -> bool:
    """Whether an act is told in a relative clause on a thwarted thing ('averted a plot in
    which gunmen would have stormed the town, as others seized hostages'): what the
    prevented plot or event was to hold did not happen either. Not an infinitive on it: the
    gold codes 'an attempt to assassinate the governor was thwarted' as the attack tried."""
    t = tok
    for _ in range(40):
        if t.head.i == t.i:
            return False
        if t.dep_ == "relcl" and _prevented(t.head):
            return True
        t = t.head
    return False


def _topic(n: Token) -> bool:
    """An event noun named as a topic, not told as an act: 'the anniversary of the massacre',
    'the inquiry concluded that ...', 'the raid is the subject of a book' (roles.json
    topics)."""
    r = lexicon.roles()
    if n.dep_ == "dobj" and n.head.lemma_.lower() in r.topic_feared:
        return True  # 'feared an attack on the town': it has not happened
    if _in_source(n, r.topic_sources):
        return True  # 'according to the chief of the envoys at the talks'
    if n.dep_ == "pobj" and n.head.lower_ in ("of", "from"):
        head = n.head.head  # 'remains' is lemmatised 'remain'
        return head.lemma_.lower() in r.topic_heads or head.lower_ in r.topic_heads
    if n.dep_ != "nsubj":
        return False
    if n.head.lemma_.lower() in r.topic_finding:
        # 'the inquiry concluded that ...': a finding has what it found; 'the meeting
        # concluded in Osk' tells the session ended (held), no finding
        return any(c.dep_ in ("ccomp", "dobj") for c in kids_of(n.head))
    return n.head.lemma_ == "be" and any(a.dep_ == "attr" and a.lemma_.lower() in r.topic_attributes
                                         for a in kids_of(n.head))


#: Links inside a noun phrase: a source phrase is walked up through these only.
_PHRASE_DEPS = frozenset({"pobj", "prep", "compound", "amod", "nmod", "appos", "conj", "poss"})


def _in_source(n: Token, sources: frozenset[str]) -> bool:
    """Whether a noun sits in the object of a source preposition ('according to'), within
    the noun phrase, so it describes who speaks."""
    t = n
    for _ in range(12):
        if t.dep_ not in _PHRASE_DEPS or t.head.i == t.i:
            return False
        p = t.head
        if t.dep_ == "pobj" and f"{p.head.lower_} {p.lower_}" in sources:
            return True
        t = p
    return False


_RELATIVE = frozenset({"which", "that"})


def _proposed(tok: Token) -> bool:
    """An act told only as what a proposal would do (roles.json proposals): its clause, or
    one it is the complement of (an event noun: the clause of the verb it hangs on), has
    'would'/'could'/'might' and a proposal noun (or a relative pronoun on one, or a part of
    one) as subject or in a phrase ('the bill would allow police to detain suspects', 'the
    proposal, which would call for a truce', 'under the plan, the army would free 40
    detainees', 'phase one of the scheme would ...'); or it is the to-infinitive of a proposal
    noun under deliberation ('debated a proposal to expel the envoys', 'will vote on a plan
    to ban rallies')."""
    r = lexicon.roles()
    t = tok
    for _ in range(6):  # an event noun: from the verb whose object or phrase it is
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i or t.dep_ not in _NOUN_UP:
            break
        t = t.head
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and any(
                a.dep_ == "aux" and a.lower_ in r.hypothetical_aux for a in kids_of(t)):
            for s in kids_of(t):
                if s.dep_ == "prep" and any(_of_proposal(g, t, r.proposal_nouns)
                                            for g in kids_of(s) if g.dep_ == "pobj"):
                    return True  # 'under the plan, the army would release 50 prisoners'
                if s.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                if _of_proposal(s, t, r.proposal_nouns):
                    return True  # 'the opening phase of the scheme would involve ...'
        if t.dep_ == "acl" and t.head.lemma_.lower() in r.proposal_nouns and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in kids_of(t)):
            n = t.head
            gov = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "on" else (
                n.head if n.dep_ == "dobj" else None)
            return gov is not None and gov.lemma_.lower() in r.proposal_deliberation
        if t.dep_ not in ("xcomp", "ccomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


#: what an event noun may be to the word above it on the way to its verb
_NOUN_UP = frozenset({"dobj", "pobj", "prep", "nsubjpass", "attr", "conj", "compound"})


def _of_proposal(n: Token, verb: Token, nouns: frozenset[str]) -> bool:
    """A proposal noun, one whose of-object is one ('the opening phase of the scheme'), or a
    relative pronoun on one, itself or as that of-object ('the proposal, which would ...',
    'the scheme, the opening phase of which would ...')."""
    on_proposal = verb.dep_ == "relcl" and verb.head.lemma_.lower() in nouns
    for m in [n, *prep_objects(n, ("of",))]:
        if m.lemma_.lower() in nouns or (m.lower_ in _RELATIVE and on_proposal):
            return True
    return False


def _unrealised(c: detect.Candidate, kind: str) -> bool:
    """A conditional act (``kind`` from context.conditional) that tells nothing done: the
    condition itself ('if Oran accepts the truce', 'even if no deal is reached'), or an act
    hanging on one that no side holds out ('if true, it should be condemned', 'if the talks
    fail, the rebels could resume shelling, diplomats said'). A threat or a promise made on
    a condition stays ('will bomb the port if ...', planned; 'threatened to expel ... if'), as
    does an offer ('offered the rebels an amnesty if they lay down their arms', light.py's
    '+intent'): the offer was made, whatever it hangs on.
    """
    if kind == "condition":
        return True
    return c.modality != "planned" and not c.subordinate and "+intent" not in c.rule


def _reference(c: detect.Candidate, time: EventTime) -> bool:
    """An event noun that only names an earlier act as the cause of what the sentence tells
    ('responsible for the explosion', 'blamed Hamas for the attack', 'in retaliation for the
    rocket fire'; roles.json causes) and that no words of its own phrase date: a reference,
    not a new event. The timeline would show it on the article's day as past ('dct-past'), a
    false entry; it is left out. One dated in its own phrase ('in retaliation for the March
    19 raid') stays: it tells when that act was; so does one after a 'told' governor
    ('claimed responsibility for the bombing', roles.json causes told_governors). An act
    told as thwarted never happened (:func:`_prevented`) and is left out too, as is one someone
    is said to have taken part in ('involved in every attack', roles.json involvement) that no
    words of its own phrase date."""
    if (c.is_noun and _prevented(c.head)) or _told_of_prevented(c.head) or _kept_from(c.head):
        return True
    if (c.is_noun and _topic(_first_conjunct(c.head))) or _time_boundary(c):
        return True
    if _proposed(c.head):
        return True  # 'the bill would allow police to detain suspects'
    if c.is_noun and time.how not in ("clause", "label"):
        n = _first_conjunct(c.head)
        if (n.dep_ == "pobj" and n.head.lower_ == "in"
                and n.head.head.lemma_.lower() in lexicon.roles().involvement):
            return True  # 'involved in every attack on the town'
    if not c.is_noun and anchor.is_gerund_cause(c.head) and time.how not in anchor.OWN_DATE:
        return True  # 'arrested two students for protesting': the reason, an earlier act
    if not c.is_noun or not anchor.is_cause(c.head) or time.how in anchor.OWN_DATE:
        return False
    # 'claimed responsibility for the bombing': the sentence tells the act with its doer
    return _first_conjunct(c.head).head.head.lemma_.lower() not in lexicon.roles().cause_told


def _untold_anchor(c: detect.Candidate, time: EventTime, found: _Found, sent: Span) -> bool:
    """A definite event noun of roles.json relative_to untold_roots that the clause's time is
    only told relative to ('was driven off after the shooting', 'in a note before the
    offensive'), with no doer of its own (:func:`detect.actor_marked`), no date in its own
    words, and nothing of its kind told earlier in the text (an act of its root, or an
    occurrence: 'the rig exploded ... since the blast'): a reference to an act the text does
    not report, left out. After one it stays, a back-reference dated by it
    (anchor.by_antecedent)."""
    if (c.root.lower() not in lexicon.roles().untold_roots or not is_relative_anchor(c)
            or time.how in anchor.OWN_DATE or not anchor.back_reference(c)):
        return False  # 'after a firebomb attack on a bank': an indefinite noun tells a new act
    if detect.actor_marked(c.head):
        return False  # 'after their talks', 'before Hamas' raid': that act is told
    return not any(e.type in (c.root, occur.OCCURRENCE) and e.start < sent.start_char
                   for e in found.out)


def _event_subject(c: detect.Candidate, nouns: frozenset[int]) -> int | None:
    """The event noun (of ``nouns``) that is a verb's active subject ('clashes killed
    two'), or None."""
    if c.is_noun:
        return None
    return next((ch.i for ch in kids_of(c.head) if ch.dep_ == "nsubj" and ch.i in nouns), None)


def _first_char(sent: Span) -> int:
    return next((t.idx for t in sent if not t.is_space), sent.end_char)


def _last_char(sent: Span, before: int) -> int:
    """Where the sentence's last word ends (a paragraph break may trail it as a space token)."""
    return next((t.idx + len(t) for t in reversed(sent) if not t.is_space), before)


class _Found:
    """The events of one document as the sentences give them, and what later steps need
    of them: ids by candidate (a governed act links to its governor's event), governors,
    back-references and their kinds, event nouns' events, the nouns a verb's event is told
    on (relative clause, subject). Kept across sentences: an antecedent or a host is in
    an earlier one."""

    __slots__ = ("out", "governed", "ids", "kept", "refs", "owned", "new", "kinds", "noun_eids",
                 "hosts", "done", "told_on", "n_occ", "places")

    def __init__(self) -> None:
        self.out: list[Event] = []
        self.governed: dict[str, detect.Candidate] = {}
        self.ids: dict[int, str] = {}
        #: the candidates ``ids`` is keyed by, kept alive: a freed candidate's id() is reused,
        #: and a governor never coded could then take an earlier event's id (a spurious
        #: governed_by link that changes from build to build)
        self.kept: list[detect.Candidate] = []
        self.refs: set[str] = set()  # back-references ('the blast', 'Obama's visit')
        self.owned: set[str] = set()  # those an actor owns ('Obama's visit')
        self.new: set[str] = set()  # new instances ('a blast'): anchor.new_instance
        self.places: dict[str, str] = {}  # of refs and new instances: where or by whom told
        self.kinds: dict[str, tuple[str, ...]] = {}
        self.noun_eids: dict[int, list[str]] = {}  # an event noun's token -> its events
        self.hosts: dict[str, int] = {}  # event id -> the event noun its relative clause is on
        self.done: set[str] = set()  # those of hosts told in the simple past ('that killed 11')
        self.told_on: dict[str, int] = {}  # event id -> that noun, or the event noun its subject is
        self.n_occ = 0

    def add(self, ann: Annotation, c: detect.Candidate, si: int, time: EventTime,
            nouns: frozenset[int]) -> None:
        """The Event of candidate ``c`` of sentence ``si``: its parties, trigger and id
        (occurrences 'o1', 'o2' ..., PLOVER events 'e1', 'e2' ...)."""
        is_occ = c.root == occur.OCCURRENCE
        actor_tok, target_tok = args.arguments(c)
        if is_occ:  # its doer is a disease or a disaster, no actor ('swine flu has killed')
            actor_tok = None
            self.n_occ += 1
        actor, target = naming.names(ann, actor_tok, target_tok)
        trig, start, end = _trigger(c, ann.article.text)
        eid = f"o{self.n_occ}" if is_occ else f"e{len(self.out) + 1 - self.n_occ}"
        self.ids[id(c)] = eid
        self.kept.append(c)
        self.kinds[eid] = anchor.event_kinds(c)
        place = naming.location(ann, c)
        if anchor.back_reference(c):
            self.refs.add(eid)
        elif anchor.owned_reference(c):
            self.refs.add(eid)
            self.owned.add(eid)
        elif anchor.new_instance(c):
            self.new.add(eid)
        if eid in self.refs or eid in self.new:  # a new instance stops only a like reference
            told = place or naming.name(ann, anchor.told_of(c))
            if told:
                self.places[eid] = told
        self._ties(c, eid, nouns)
        if c.governor is not None:
            self.governed[eid] = c.governor
        self.out.append(Event(
            id=eid, type=c.root, trigger=trig, start=start, end=end,
            sentence=_sentence_index(ann, start, si), actor=actor, target=target,
            location=place,
            time=time,
            quantities=args.quantities(ann, c), negated=c.negated, hedged=c.hedged,
            modality=c.modality, rule=c.rule,
        ))

    def _ties(self, c: detect.Candidate, eid: str, nouns: frozenset[int]) -> None:
        """An event noun's token, or the noun a verb's event is told on: its relative
        clause's head ('strikes that killed hundreds'; the verb's time comes from it) or
        its subject ('clashes killed two'), so links.same_acts makes them one act."""
        if c.noun is not None or c.is_noun:
            self.noun_eids.setdefault((c.noun or c.head).i, []).append(eid)
            return
        host = anchor.relative_host(c, nouns)
        if host is not None:
            self.hosts[eid] = self.told_on[eid] = host
            if anchor.told_done(c):
                self.done.add(eid)
        subject = _event_subject(c, nouns)
        if subject is not None:
            self.told_on.setdefault(eid, subject)

    def linked(self) -> tuple[Event, ...]:
        """The events after the steps that read other events: a threat's target from the
        act it holds out, a back-reference's and a relative clause's time from their
        antecedent or host, and the relations (denials, same acts, governed acts)."""
        ids, governed = self.ids, self.governed
        out = _inherit_targets(self.out, {e: ids[id(g)] for e, g in governed.items()
                                          if id(g) in ids})
        out = anchor.by_antecedent(out, self.refs, self.kinds, frozenset(self.owned),
                                   frozenset(self.new), self.places)
        out = anchor.by_host(out, {e: self.noun_eids.get(h, []) for e, h in self.hosts.items()},
                             frozenset(self.done))
        rel = links.link(out)
        for eid, same in links.same_acts(out, self.told_on, self.noun_eids).items():
            rel[eid] += same
        for eid, gov in governed.items():
            if id(gov) in ids:  # "threatened to ban": the ban is governed by the threat
                rel[eid].insert(0, ("governed_by", ids[id(gov)]))
        return tuple(replace(e, links=e.links + tuple(rel[e.id])) for e in out)


def _ranked(sent: Span, words: SentenceWords, quote_spans: list[tuple[int, int]]
            ) -> tuple[list[detect.Candidate], list[detect.Candidate], list[detect.Candidate]]:
    """(PLOVER candidates, occurrences, both ranked) of a sentence: its PLOVER acts by
    salience first (context.settle), then its occurrences, which leave them as they were."""
    cands, occs = occur.find(sent, detect.find(sent, words), words)
    ranked: list[detect.Candidate] = []
    if cands:
        context.analyse(cands, quote_spans)
        ranked = context.settle(ranker.rank(cands, context.rank))
    if occs:
        context.analyse(occs, quote_spans, governors=cands)
        ranked += context.rank(occs)
    return cands, occs, ranked


def _sentence_events(ann: Annotation, doc: Doc, si: int, sent: Span, words: SentenceWords,
        quote_spans: list[tuple[int, int]], dated: anchor.Dated, term_toks: frozenset[int],
        found: _Found) -> None:
    """The events of sentence ``si`` into ``found``, most salient first; a condition
    ('if Oran accepts the truce'), a back-reference to an earlier act and a term of an
    agreement's list tell no event of their own."""
    cands, occs, ranked = _ranked(sent, words, quote_spans)
    if not cands and not occs:
        return
    plover_heads = frozenset(c.head.i for c in cands)
    all_heads = plover_heads | {c.head.i for c in occs}
    nouns = frozenset(
        c.noun.i if c.noun is not None else c.head.i
        for c in (*cands, *occs) if c.noun is not None or c.is_noun
    )
    span = (sent.start_char, sent.end_char)
    phrase = anchor.phrase_dates(doc, span, dated, nouns)
    for c in ranked:
        # after ranking, so a condition ('if ... restarted the offensive') is flagged
        # without changing which act the sentence reports
        conditional = context.conditional(c)
        c.hedged = c.hedged or conditional is not None
        is_occ = c.root == occur.OCCURRENCE
        if conditional and not is_occ and _unrealised(c, conditional):
            continue  # 'if Oran accepts the truce': a condition tells no act
        time = anchor.anchor(ann, doc, c, span, dated, all_heads if is_occ else plover_heads,
                             phrase)
        if _reference(c, time) or c.head.i in term_toks or _untold_anchor(c, time, found, sent):
            continue
        found.add(ann, c, si, time, nouns)


def events_of(ann: Annotation, doc: Doc) -> tuple[Event, ...]:
    """Events of a document, each sentence's most salient first; a sentence's occurrences
    (type OCCURRENCE, ids 'o1', 'o2' ...) after its PLOVER events, which they leave as they
    were (except an act an occurrence entry overrides)."""
    with kids.reading(doc):  # each word's dependents read once for the article's tests
        return _events_of(ann, doc)


def _events_of(ann: Annotation, doc: Doc) -> tuple[Event, ...]:
    """The events of a document (see :func:`events_of`)."""
    quote_spans = [(q.start, q.end) for q in ann.quotes]
    dated = anchor.anchorable(ann, doc)
    found = _Found()
    listing, last_end = False, 0  # a list of an agreement's terms running on (events.terms)
    doc_words = DocWords(doc)  # the words' columns, read at once for the whole article
    for si, sent in enumerate(doc.sents):
        listing = listing and "\n" not in ann.article.text[last_end:_first_char(sent)]
        words = SentenceWords(sent, doc_words)  # one reading of its words for every pass
        term_toks, listing = terms.term_tokens(sent, listing, words)
        last_end = _last_char(sent, last_end)
        _sentence_events(ann, doc, si, sent, words, quote_spans, dated, term_toks, found)
    return found.linked()


def apply(ann: Annotation, doc: Doc) -> Annotation:
    return replace(ann, events=events_of(ann, doc))
