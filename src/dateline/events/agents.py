"""Who does a verb's act when the parse hides it: a subject misread as a
preposition's object, the host of a subjectless verb, the antecedent of 'it' / 'they',
the controller of an infinitive; and the non-agents (disease, disaster) PLOVER codes no
actor for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.candidate import NOUN_POS
from dateline.events.dependents import to_infinitive
from dateline.events.kids import kids_of
from dateline.events.words import lookup_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


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
    """A non-agent word (roles.json non_agents), a piece of one ('lightning bolts', 'bolts
    of lightning'; non_agent_units), a blast of an accident's source ('a gas blast';
    accident_blasts), or a name headed by one of roles.json named_non_agents ('Hurricane
    Katrina'; not 'Bill Clinton', nor 'virus researchers')."""
    r = lexicon.roles()
    lemma = lookup_lemma(tok)
    if lemma in r.non_agents or tok.lower_ in r.non_agents:
        return True  # (the form too: 'by lightning bolts' may tag 'lightning' a verb)
    if lemma in r.non_agent_units and any(
            lookup_lemma(g) in r.non_agents for c in kids_of(tok)
            for g in ([c] if c.dep_ == "compound" else kids_of(c) if c.lower_ == "of" else ())):
        return True  # 'struck dead by lightning bolts': the lightning
    if accident_blast(tok):
        return True  # 'a gas blast hit the colliery' (roles.json accident_blasts)
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in r.named_non_agents
                                       for c in kids_of(tok))


def accident_blast(tok: Token) -> bool:
    """A blast, explosion or fire of an accident's source ('a gas blast', 'a boiler
    explosion'; roles.json accident_blasts): no actor's act, as a verb's doer or as an
    attack noun ('another gas blast struck the mine')."""
    r = lexicon.roles()
    return lookup_lemma(tok) in r.accident_nouns and any(
        c.dep_ == "compound" and lookup_lemma(c) in r.accident_sources for c in kids_of(tok))


def _made_carrier(noun: Token) -> bool:
    """A text its maker acts through, as the object of a verb that makes it (roles.json
    carriers: 'signed a bill', 'approved a bill'): a bill so made is no cost that does what
    its clause tells, though 'bill' is a non-agent word ('the bill rose to $2 billion')."""
    r = lexicon.roles()
    return (noun.dep_ == "dobj" and lookup_lemma(noun) in r.carrier_nouns
            and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in r.carrier_verbs)


def subjectless_host(tok: Token) -> Token | None:
    """The disaster, disease or accident word a verb with no subject of its own hangs on,
    which does it: an infinitive relative ('the strongest storm to strike Varnia') or a bare
    participle the parser hung on it ('after a strong earthquake hit west of the port city',
    read as 'the earthquake [that was] hit'), a gerund on it ('the tsunami hitting Aceh'),
    or an infinitive on a superlative that stands for its subject ('the quake was the worst
    to hit Haiti'); None for a passive with its agent, for a host that is no such word
    ('11 workers killed in the blast': the workers are killed) and for every other verb."""
    if tok.dep_ not in ("relcl", "acl"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "agent", "auxpass") for c in kids_of(tok)):
        return None
    to_inf = to_infinitive(tok)
    host = tok.head
    if to_inf and host.tag_ == "JJS" and host.dep_ == "attr":
        # 'the quake was the worst to hit Haiti': the superlative stands for its subject
        host = next((c for c in kids_of(host.head) if c.dep_ == "nsubj"), host)
    if host.pos_ not in NOUN_POS:
        return None
    gerund = tok.dep_ == "acl" and tok.tag_ == "VBG"  # 'footage of the quake hitting a school'
    if _made_carrier(host):
        return None  # 'approved a bill lifting the ban': the bill's maker acts through it
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
            return t if _agrees(it, t) else None
    if it.sent.start == 0:
        return None
    root = doc[it.sent.start - 1].sent.root
    return next((c for c in kids_of(root)
                 if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in NOUN_POS), None)


def _agrees(it: Token, noun: Token) -> bool:
    """'it' stands for no plural noun: in 'BP shares closed up after it agreed to pay', it
    is the company that agreed, not the shares (a market, no actor). 'they' may stand for
    a singular body ('the government said they would'), so it takes any noun."""
    return it.lower_ != "it" or noun.tag_ not in ("NNS", "NNPS")


def controller(tok: Token) -> Token | None:
    """The subject of the verb a subjectless infinitive completes, when that verb has no
    object to do it instead ('hurricanes will continue to strike', 'if a typhoon were
    to hit', 'a quake was about to hit'; not 'forced residents to flee'); else None."""
    while tok.dep_ == "xcomp" and tok.head.i != tok.i:
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids_of(tok)):
            return None
        head = tok.head
        if head.dep_ in ("acomp", "oprd") and head.head.i != head.i:
            head = head.head  # 'a quake was about to hit': the copula's subject; 'the
            # economy appeared likely to resist': the subject of the verb the adjective
            # completes
        if any(c.dep_ in ("dobj", "obj", "dative") for c in kids_of(head)):
            return None
        subj = next((c for c in kids_of(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and (first := _shared_subject_head(head)) is not None:
            # 'the storm crossed the strait and is threatening to hit the ports'
            subj = next((c for c in kids_of(first) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        tok = head
    return None


def non_agent_doer(tok: Token) -> bool:
    """The verb's doer (subject, or by-agent of a passive) is a disease, disaster,
    accident or market, which PLOVER does not code as an actor."""
    if (misread := misread_subject(tok)) is not None and _non_agent_word(misread):
        return True  # '... as Peru quake hits': the quake does it
    if subjectless_host(tok) is not None:
        return True  # 'the strongest storm to strike Varnia'
    if (tail := _tail_governor(tok)) is not None and non_agent_doer(tail):
        return True  # 'rains swept the north, flooding roads and cutting power'
    if (first := _shared_subject_head(tok)) is not None and any(
            _non_agent_word(antecedent(c) or c) for c in kids_of(first) if c.dep_ == "nsubj"):
        return True  # 'shares surged, twice halting trade, and closed up 9 percent'
    for c in kids_of(tok):
        if c.dep_ not in ("nsubj", "csubj"):
            continue
        if c.lower_ in ("that", "which") and tok.dep_ == "relcl":
            c = tok.head  # 'the strain that has killed 81': the relative's noun does it
        c = antecedent(c) or c  # 'Hurricane Alex ... when it hit Mexico'
        if _non_agent_word(c):
            return True
    if (ctl := controller(tok)) is not None and _non_agent_word(antecedent(ctl) or ctl):
        return True  # 'if a cyclone were to strike the bay'
    for c in kids_of(tok):
        if c.dep_ == "agent" and any(g.dep_ == "pobj" and _non_agent_word(g)
                                     for g in kids_of(c)):
            return True
    return False


def non_agent_owner(noun: Token) -> bool:
    """The noun's possessor is a disease, disaster, accident or market ('the typhoon's
    threat to the coast'), or is 'its' or 'their' on the object of a verb such a thing does
    ('Typhoon Lira has grown stronger and increased its threat to Rell'): whose the act is."""
    for c in kids_of(noun):
        if c.dep_ != "poss":
            continue
        if _non_agent_word(c):
            return True
        if (c.lower_ in ("its", "their") and noun.dep_ == "dobj"
                and noun.head.pos_ in ("VERB", "AUX") and non_agent_doer(noun.head)):
            return True
    return False


def _shared_subject_head(tok: Token) -> Token | None:
    """The verb a coordinated verb with no subject of its own shares its subject with
    ('shares surged and closed up 9 percent': 'closed' is the shares' doing too)."""
    if tok.dep_ != "conj" or tok.head.i == tok.i or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids_of(tok)):
        return None
    if tok.head.lemma_ == "be" or any(c.dep_ == "ccomp" for c in kids_of(tok)) or (
            any(c.dep_ == "xcomp" for c in kids_of(tok))
            and (any(c.dep_ in ("dobj", "dative") for c in kids_of(tok))
                 or lookup_lemma(tok) in lexicon.roles().speaker_control)):
        # 'X said the quake was a tragedy and urged the public to give': the parser may hang
        # a speaker's second verb on the clause he spoke; a copula's subject does nothing,
        # and a verb with a that-clause, with an object its complement is asked of ('urged X
        # to') or of a speaker's will ('vowed to') is a speaker's. 'Is threatening to reach'
        # and 'continued to pound' have their subject's doer: a storm's, a quake's
        return None
    return tok.head


def _tail_governor(tok: Token) -> Token | None:
    """The verb a subjectless participial tail hangs on ('..., flooding roads and cutting
    power': 'cutting' a conjunct of 'flooding', an adverbial clause of the main verb)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head.i == tok.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids_of(tok)):
        return None
    return tok.head
