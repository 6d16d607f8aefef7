"""Senses that tell no act between parties though their words are a root's (issue 4,
precision): business copy -- a deal priced in money, an offer for shares, a price that
closed --, a part taken in a contest, a view shared ('agreed that X was late'), and a
visit to a site that is no party, a deal told as the doer, a company's holders asked for
support, an injury to one's own body, a crowd crush, a gathering that closed, a share of a
vote told as backing (roles.json transactions, contests, opinions, visit_sites,
self_injuries, crowd_crushes, vote_shares), a text a body passes (passed_texts), a job a
hire is taken on for (hired_work)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.agents import controller
from dateline.events.anchor.syntax import top_conjunct
from dateline.events.candidate import ACTOR_ENTS, NOUN_POS
from dateline.events.dependents import (
    by_objects,
    by_phrases,
    modified_lemmas,
    objects,
    prep_objects,
    to_infinitive,
)
from dateline.events.kids import kids_of
from dateline.events.words import lookup_lemma, noun_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.candidate import Candidate

_PASSIVE_OR_OBJECT = frozenset({"dobj", "nsubjpass", "auxpass", "agent", "dative"})


def _deal_verb(x: Token, priced: bool) -> bool:
    """A to-infinitive deal verb ('to sell', 'to acquire'), with a money amount in its
    phrase when ``priced``."""
    return (to_infinitive(x) and lookup_lemma(x) in lexicon.roles().transaction_verbs
            and (not priced or any(t.ent_type_ == "MONEY" for t in x.subtree)))


def _priced_deal(tok: Token) -> bool:
    """'agreed to sell its unit to X for $15 million', 'signed a memo of intent to acquire
    the firm for $3 million': a to-complement of the verb, or one in its object's phrase,
    that is a deal verb with a money amount in its phrase."""
    for x in kids_of(tok):
        if x.dep_ == "xcomp" and _deal_verb(x, priced=True):
            return True
        if x.dep_ == "dobj" and any(t.dep_ in ("acl", "xcomp") and _deal_verb(t, priced=True)
                                    for t in x.subtree):
            return True
    return False


def _deal_phrase(noun: Token) -> bool:
    """'an agreement for the acquisition of X', 'its offer for all the shares', 'its offer
    to acquire X': the for/on object of an agreement or offer noun is a deal or a holding,
    or its to-infinitive a deal verb."""
    r = lexicon.roles()
    if noun.lemma_.lower() not in r.transaction_offers:
        return False  # 'an embargo on arms sales' is no deal of its own
    for c in kids_of(noun):
        if c.dep_ == "acl" and _deal_verb(c, priced=False):
            return True
        if c.dep_ == "prep" and c.lower_ in ("for", "on") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in r.transaction_nouns for g in kids_of(c)):
            return True
    return False


def _offered_terms(tok: Token) -> bool:
    """'offered its captain a new contract', 'the figure his agent had proposed', 'offered
    $12 a share for X': an offer verb whose object (or the noun its relative clause tells
    of) is terms of pay or a price, or a money amount with a share or deal word in the
    verb's phrase, is a bid in business or sport copy (roles.json transactions
    offer_terms)."""
    r = lexicon.roles()
    if tok.lemma_.lower() not in r.bid_verbs:
        return False
    objs = [c for c in kids_of(tok) if c.dep_ == "dobj"]
    if tok.dep_ == "relcl" and not objs:
        objs = [tok.head]
    if any(o.lemma_.lower() in r.offer_terms for o in objs):
        return True
    return any(o.ent_type_ == "MONEY" for o in objs) and any(
        w.lemma_.lower() in r.transaction_nouns for w in tok.subtree)


def _amount(g: Token) -> bool:
    """A figure, a sum of money or a percentage, or a unit counted by a figure ('2,411.6
    points', '142 dorns'; a clock time or a date is none: 'closed at 5 p.m.')."""
    return g.like_num or g.ent_type_ in ("MONEY", "PERCENT") or (
        g.ent_type_ not in ("TIME", "DATE")
        and any(n.dep_ == "nummod" and n.like_num for n in kids_of(g)))


def _price_move(tok: Token, verbs: frozenset[str] | None = None) -> bool:
    """'shares ended at $17.25, off 30 cents', 'the purchase is expected to close next
    month': a closing verb with no object, of a price (an at-amount or a price word on the
    verb) or of a deal (its subject, or its controller's); with ``verbs``, one of those
    ('cocoa last traded at 142 US cents': roles.json transactions price_quotes)."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in (r.price_moves if verbs is None else verbs):
        return False
    kids = list(kids_of(tok))
    if any(c.dep_ in _PASSIVE_OR_OBJECT for c in kids):
        return False
    if any(c.dep_ in ("advmod", "acomp", "npadvmod") and c.lower_ in r.price_words for c in kids):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "at" and any(
            g.dep_ == "pobj" and _amount(g) for g in kids_of(c)) for c in kids):
        return True
    subj = next((c for c in kids if c.dep_ in ("nsubj", "csubj")), None) or controller(tok)
    return subj is not None and subj.lemma_.lower() in r.transaction_nouns


def _site_visit(tok: Token) -> bool:
    """'visited the temple and cemetery of the poet': every direct object is a site;
    'family and friends visited him': the subject is kin (roles.json visit_sites)."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.visit_verbs:
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in r.visit_kin for c in kids_of(tok)):
        return True
    objs = [c for c in kids_of(tok) if c.dep_ == "dobj"]
    objs += [g for o in objs for g in o.conjuncts]
    return bool(objs) and all(o.lemma_.lower() in r.visit_sites for o in objs)


_MEETING_PREPS = ("with", "between", "among", "amongst")


def _own_meeting(tok: Token) -> bool:
    """'the Selm leadership is meeting in Lusk', 'the cabinet met on Sunday': a verb of
    meeting with no object nor with/between/among phrase whose one subject is a singular
    body noun (roles.json own_meetings) is the party's own session, no meeting of parties.
    Told ahead ('will meet', 'is to meet') it is left as it was read (an intent)."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.own_meeting_verbs:
        return False
    kids = list(kids_of(tok))
    if any(c.dep_ in ("dobj", "dative") for c in kids) or any(
            c.dep_ == "prep" and c.lower_ in _MEETING_PREPS for c in kids):
        return False
    if tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in r.future_aux for c in kids):
        return False  # 'the board will meet on Monday': told ahead, read as before
    subj = [c for c in kids if c.dep_ == "nsubj"]
    return (len(subj) == 1 and subj[0].tag_ == "NN" and not subj[0].conjuncts
            and subj[0].lemma_.lower() in r.own_meeting_bodies)


def _in_contest(noun: Token) -> bool:
    """'confirmed their participation in a four-team tournament': a part taken in a
    contest (roles.json contests) is sport or trade, no meeting of parties."""
    words = lexicon.roles().contests
    return any(g.dep_ == "pobj" and g.lemma_.lower() in words
               for p in kids_of(noun) if p.dep_ == "prep" and p.lower_ == "in"
               for g in kids_of(p))


def _shared_view(tok: Token) -> bool:
    """'analysts agreed that its members had closed ranks': a verb of agreeing whose only
    complement is a that-clause with no modal of the future or of duty, a view shared."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.opinion_verbs:
        return False
    kids = list(kids_of(tok))
    if any(c.dep_ in ("xcomp", "dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("on", "to"))
           for c in kids):
        return False
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    modals = r.future_aux | r.modal_demand | r.hypothetical_aux
    # 'agreed that prisoners be exchanged': a bare subjunctive is what is to be done
    return bool(clauses) and not any(
        c.tag_ == "VB" or any(a.dep_ in ("aux", "auxpass")
                              and (a.lower_ in modals or a.tag_ == "VB") for a in kids_of(c))
        for c in clauses)


def _taken_as_fact(tok: Token) -> bool:
    """'are accepting the disease as a reality': an as-phrase (on the verb or its object)
    naming a fact (roles.json opinions facts) tells a view taken, nothing agreed to."""
    facts = lexicon.roles().opinion_facts
    heads = [tok] + [c for c in kids_of(tok) if c.dep_ == "dobj"]
    return any(g.dep_ == "pobj" and g.lemma_.lower() in facts
               for h in heads for p in kids_of(h) if p.dep_ == "prep" and p.lower_ == "as"
               for g in kids_of(p))


def deal_subject(tok: Token) -> bool:
    """'the acquisition raises its presence to 450 stores', 'terms call for X to issue
    shares': the verb's subject is a deal (or terms not of a truce or other 'terms' deal)
    that is no state's, which does nothing to a party."""
    r = lexicon.roles()
    for s in (c for c in kids_of(tok) if c.dep_ == "nsubj"):
        if s.lemma_.lower() not in r.deal_subjects or any(
                p.dep_ == "poss" and p.ent_type_ in ("GPE", "NORP") for p in kids_of(s)):
            continue  # 'Tarvia's purchase of jets alarmed Osk': a state's deal is its act
        if not any(g.dep_ == "pobj" and g.lemma_.lower() in r.term_deals
                   for p in kids_of(s) if p.dep_ == "prep" and p.lower_ == "of"
                   for g in kids_of(p)):
            return True
    return False


def _holders_asked(tok: Token) -> bool:
    """'seeking support from other shareholders', 'needs the backing of stockholders': a
    request whose from-party (on the verb or its object), object's of-party or object is a
    holder of shares or debt asks for a company's votes, no act between parties."""
    holders = lexicon.roles().holders
    heads = [tok] + [c for c in kids_of(tok) if c.dep_ == "dobj"]
    parties = [c for c in kids_of(tok) if c.dep_ in ("dobj", "dative")]
    parties += [g for h in heads for g in prep_objects(h, ("from", "of"))]
    return any(x.lemma_.lower() in holders for x in parties)


def facility_stopped(tok: Token, place: Token, lemma: str | None = None) -> bool:
    """'the refinery was shut down for repairs', 'the recent closing of a bakery': a closing
    verb (roles.json transactions price_moves) or its noun, of a facility, told with no doer
    (no active subject, by-agent or possessor) is a stoppage, no one coerced, and so is
    anything shut with no doer for upkeep ('was shut down for maintenance': transactions
    upkeep); ``lemma``: the verb of a noun ('closing')."""
    r = lexicon.roles()
    if (lemma or lookup_lemma(tok)) not in r.price_moves:
        return False
    if place.lemma_.lower() not in r.facilities and not any(
            g.lemma_.lower() in r.upkeep_words or g.lower_ in r.upkeep_words
            for g in prep_objects(tok, ("for",))):
        return False
    return not any(c.dep_ in ("nsubj", "agent") or (c.dep_ == "prep" and c.lower_ == "by")
                   or (c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME"))
                   for c in kids_of(tok))  # "last month's closing" names no doer


def gathering_closed(place: Token, lemma: str) -> bool:
    """'announced the closing of the fair', 'the closing of the summit': a closing verb's
    noun (roles.json transactions price_moves) whose of-object is a gathering ('sessions')
    tells the gathering ended, no one coerced, whoever declares it."""
    r = lexicon.roles()
    return lemma in r.price_moves and place.lemma_.lower() in r.sessions


def _session_ended(tok: Token) -> bool:
    """'the summit, which closed on Monday with a pact', 'the meeting closed here Thursday',
    'the talks, which opened on Tuesday and are to close on Friday': a closing verb with no
    object whose subject (a relative pronoun's noun, or the one of the verb it is joined to)
    is a gathering (roles.json transactions sessions) tells it ended."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.price_moves:
        return False
    if any(c.dep_ in _PASSIVE_OR_OBJECT for c in kids_of(tok)):
        return False
    head = tok
    subj = next((c for c in kids_of(tok) if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":  # 'which opened on Tuesday and will close'
        head = tok.head
        subj = next((c for c in kids_of(head) if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "WDT" and head.dep_ == "relcl":
        subj = head.head  # 'the summit, which closed'
    return subj is not None and subj.lemma_.lower() in r.sessions


def _facility_closed(tok: Token) -> bool:
    places = [c for c in kids_of(tok) if c.dep_ in ("nsubjpass", "dobj")]
    return bool(places) and all(facility_stopped(tok, p) for p in places)


_OWN = {"his": ("he", "PERSON"), "her": ("she", "PERSON"), "their": ("they",)}


def _self_injury(tok: Token) -> bool:
    """'Ola Brun injured his leg in the final': a body part of the verb's own subject (its
    pronoun: a person's name or he/she with his/her, they with their) hurt is an accident
    or a sports injury (roles.json self_injuries), no attack."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.self_injury_verbs:
        return False
    subj = next((c for c in kids_of(tok) if c.dep_ == "nsubj"), None)
    objs = [c for c in kids_of(tok) if c.dep_ == "dobj"]
    if subj is None or len(objs) != 1 or objs[0].lemma_.lower() not in r.self_injury_parts:
        return False
    poss = next((c.lower_ for c in kids_of(objs[0]) if c.dep_ == "poss"), None)
    own = _OWN.get(poss or "", ())
    return subj.lower_ in own or (subj.ent_type_ in own and subj.pos_ == "PROPN")


def _post_held(tok: Token) -> bool:
    """'seats occupied by deputies who switched sides', 'has occupied the chair since 2003': a
    verb of holding whose object (direct, passive subject, or the noun its participle
    describes) is a post or seat in a body (roles.json held_posts) tells a tenure."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.held_post_verbs:
        return False
    objs = {c.lemma_.lower() for c in kids_of(tok) if c.dep_ in ("dobj", "nsubjpass")}
    return bool((objs | modified_lemmas(tok)) & r.held_posts)


def _crushed(tok: Token) -> bool:
    """'seven pupils were trampled to death in the rush', 'two pilgrims were crushed in the
    throng': a verb of crushing (roles.json crowd_crushes) told in the passive with no doer
    (no by-phrase) of people killed ('to death') or counted ('two pilgrims') is a crowd crush
    or an accident, no attack; 'were trampled by soldiers', 'the revolt was crushed' and
    'troops crushed the revolt' stay."""
    if lookup_lemma(tok) not in lexicon.roles().crush_verbs:
        return False
    kids = list(kids_of(tok))
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subj is None or by_phrases(tok):
        return False
    died = any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.lower_ == "death" for g in kids_of(c)) for c in kids)
    return died or any(c.dep_ == "nummod" for c in kids_of(subj))


def _hired_to_work(tok: Token) -> bool:
    """'has employed a chef to work with its caterers', 'was hired to work with the players':
    joining forces as the to-infinitive of a verb of hiring whose hire is named (its object
    or its passive's subject) is the job taken on, no cooperation (roles.json hired_work).
    So is a conjunct of that to-infinitive ('to draw up, coordinate and provide'), and one the
    parser hangs on the noun of a phrase on the hiring verb ('employed a chef with wide
    experience to work with us')."""
    tok = top_conjunct(tok)
    head = tok.head
    if tok.dep_ not in ("xcomp", "advcl", "acl") or not to_infinitive(tok) or head is tok:
        return False
    if head.pos_ in NOUN_POS and head.dep_ == "pobj":
        head = head.head.head  # 'employed a chef with wide experience | to work with'
    if lookup_lemma(head) not in lexicon.roles().hired_verbs:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") for c in kids_of(head))


def _medical_check(tok: Token) -> bool:
    """'the doctors who examined him', 'was examined by physicians': a verb of inquiry whose
    doer (active subject, a relative pronoun's noun, or the passive's by-agent) is a medical
    worker tells a medical check, no investigation (roles.json medical_checks)."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.medical_verbs:
        return False
    doers = [c for c in kids_of(tok) if c.dep_ == "nsubj"]
    doers = [tok.head if d.tag_ in ("WP", "WDT") and tok.dep_ == "relcl" else d for d in doers]
    doers += by_objects(tok)
    return any(d.lemma_.lower() in r.medical_doers for d in doers)


def _evidence_backing(tok: Token) -> bool:
    """'found too little proof to back charges', 'the records support his account': a verb
    of backing whose subject is evidence, or that is the to-infinitive of an evidence noun,
    tells what evidence shows, no party's support (roles.json evidence_backing)."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.evidence_verbs:
        return False
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in r.evidence_nouns:
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in r.evidence_nouns for c in kids_of(tok))


def _vote_share(tok: Token) -> bool:
    """'Holt was backed by 38.7 percent of voters', '52 percent of voters rejected the plan':
    a doer (subject or by-agent) that is a percentage tells a count of votes (roles.json
    vote_shares), no party's act; so does the verb the parser hung on the share's group
    ('57 percent of Velkans approved of X': a clause of 'percent' or of 'Velkans')."""
    roles = lexicon.roles()
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids_of(tok))
    doers = [c for c in kids_of(tok) if c.dep_ == "nsubj"]
    # a by-phrase is the doer only in the passive: 'approved the contract by 68 percent'
    # gives the margin of the members' own decision
    doers += [g for a in by_phrases(tok) if passive or a.dep_ == "agent"
              for g in kids_of(a) if g.dep_ == "pobj"]
    if tok.dep_ == "acl" and not passive:
        # '57 percent of Velkans approved of X', the verb parsed as a clause of the share
        # or of its group
        group = tok.head
        doers.append(group.head.head if group.dep_ == "pobj" and group.head.lower_ == "of"
                     else group)
    # the doer's head is the share itself ('38.7 percent of voters'), not a noun whose
    # phrase names one ('rejected demands by miners for a 30 percent pay rise'); a share of
    # a body's members ('71 percent of members backed the deal') is that body's decision
    return any((d.ent_type_ == "PERCENT" or d.lower_ in roles.vote_share_words)
               and _of_public(d, roles.vote_publics) for d in doers)


def _text_passed(tok: Token, cand: Candidate) -> bool:
    """'the assembly approved the budget', 'the senate gave its final approval to the bill',
    'parliament voted in favour of a motion calling on X to ...': a verb or a noun of approval
    (or a verb 'in favour of') whose subject is a legislature, a cabinet or a government and
    one of whose objects is a text such a body passes tells its procedure, no party backed;
    what the text does is coded on its own (roles.json passed_texts)."""
    r = lexicon.roles()
    head = tok.head if tok.dep_ == "conj" and not _doers(tok) else tok
    if not any(noun_lemma(d) in r.passed_bodies or lookup_lemma(d) in r.passed_bodies
               for d in _doers(head)):
        return False
    if cand.noun is not None and cand.noun is not tok:
        if cand.noun.lemma_.lower() not in r.passed_nouns:
            return False
        things = prep_objects(cand.noun, ("to", "of", "for"))
        # 'gave its approval to the bill': the parser makes the to-phrase the verb's dative
        things += [g for p in kids_of(tok) if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                   for g in kids_of(p) if g.dep_ == "pobj"]
    else:
        favour = [f for f in prep_objects(tok, ("in",)) if f.lemma_.lower() in ("favour", "favor")]
        if not favour and lookup_lemma(tok) not in r.passed_verbs:
            return False
        things = objects(tok) + [g for f in favour for g in prep_objects(f, ("of",))]
    things += [c for t in things for c in kids_of(t) if c.dep_ == "conj"]
    return any(noun_lemma(t) in r.passed_texts for t in things)


def _firm_doer(tok: Token) -> bool:
    """The verb's doer (subject or by-agent) is a firm: its head word, or the head of a
    phrase in apposition to it, is a business doer ('Telor Motors', 'the carrier X')."""
    firms = lexicon.roles().business_doers
    for d in _doers(tok):
        heads = [d, *(c for c in kids_of(d) if c.dep_ == "appos")]
        if any(h.lemma_.lower() in firms or h.lower_ in firms for h in heads):
            return True
    return False


def _business_deal(tok: Token, cand: Candidate) -> bool:
    """'Kestrel Air is ordering 40 jets', 'the builder X signed a deal to put up offices', 'the
    board of X consented to the sale of its unit': a firm ordering goods (no to-complement, no
    party ordered), agreeing to a deal or signing, business copy (roles.json business_doers)."""
    r = lexicon.roles()
    lemma = lookup_lemma(tok)
    if cand.root == "REQUEST" and lemma in r.business_orders:
        if any(c.dep_ in ("xcomp", "ccomp") for c in kids_of(tok)):
            return False  # 'ordered its staff to stay home': an order, another matter
        if any(o.dep_ in ("dobj", "dative", "nsubjpass") and (
                o.ent_type_ in ACTOR_ENTS or o.pos_ == "PRON") for o in kids_of(tok)):
            return False  # 'ordered the Velkans out': people ordered, not goods
    elif cand.root in ("AGREE", "CONCEDE"):
        if not any(noun_lemma(o) in r.transaction_nouns for o in objects(tok)):
            return False  # 'the board agreed to the sale of its unit': a deal, not a truce
    elif not (cand.root == "SUPPORT" and lemma in r.business_signs):
        return False
    return _firm_doer(tok)


def _doers(tok: Token) -> list[Token]:
    """A verb's subject and a passive's by-agent ('the bill was approved by parliament')."""
    return ([c for c in kids_of(tok) if c.dep_ == "nsubj"]
            + by_objects(tok))


def _of_public(share: Token, publics: frozenset[str]) -> bool:
    """Whether a share counts the electorate ('38 percent of voters', 'of the vote'), a whole
    people ('57 percent of Velkans': a demonym) or names no group at all, rather than a
    body's members."""
    groups = prep_objects(share, ("of",))
    return not groups or any(g.lemma_.lower() in publics or g.lower_ in publics
                             or g.ent_type_ == "NORP" for g in groups)


_OWNER_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my"})


def _own_side_praised(tok: Token, cand: Candidate) -> bool:
    """'paid tribute to his team's spirit', 'to his players' courage': praise whose to/for
    objects are all qualities (roles.json own_praise) owned through a possessive pronoun,
    one's own side's showing, no act between parties."""
    if cand.noun is None:
        return False
    qualities = lexicon.roles().own_qualities
    objs = [g for p in (*kids_of(cand.noun), *kids_of(tok))
            if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for")
            for g in kids_of(p) if g.dep_ == "pobj"]
    return bool(objs) and all(noun_lemma(g) in qualities and _pronoun_owned(g) for g in objs)


def _pronoun_owned(tok: Token) -> bool:
    """The chain of possessors of ``tok`` ends in a possessive pronoun ('his team's')."""
    seen = 0
    owner = next((c for c in kids_of(tok) if c.dep_ == "poss"), None)
    while owner is not None and seen < 4:
        if owner.lower_ in _OWNER_PRONOUNS:
            return True
        owner = next((c for c in kids_of(owner) if c.dep_ == "poss"), None)
        seen += 1
    return False


def no_act(tok: Token, cand: Candidate) -> bool:
    """Whether the verb ``tok``'s candidate tells business, sport, a shared view or
    sightseeing, no act."""
    if _priced_deal(tok) or (cand.noun is not None and _deal_phrase(cand.noun)):
        return True
    if deal_subject(tok) or (cand.root == "REQUEST" and _holders_asked(tok)):
        return True
    if cand.root in ("REQUEST", "SUPPORT", "AGREE", "CONCEDE") and _business_deal(tok, cand):
        return True
    if cand.root == "CONSULT" and cand.noun is not None and _in_contest(cand.noun):
        return True
    if cand.root == "AGREE" and (_shared_view(tok) or _taken_as_fact(tok)
                                 or _offered_terms(tok)):
        return True
    if cand.root == "CONSULT" and (_site_visit(tok) or (cand.noun is None and _own_meeting(tok))):
        return True
    if cand.root in ("ASSAULT", "PROTEST") and _post_held(tok):
        return True
    if cand.root == "ASSAULT" and (_self_injury(tok) or _crushed(tok)):
        return True
    if cand.root == "COOPERATE" and (_price_move(tok, lexicon.roles().price_quotes)
                                     or _hired_to_work(tok)):
        return True
    if cand.root in ("SUPPORT", "REJECT") and _vote_share(tok):
        return True
    if cand.root == "ACCUSE" and _medical_check(tok):
        return True
    if cand.root == "SUPPORT" and (_evidence_backing(tok) or _text_passed(tok, cand)
                                   or _own_side_praised(tok, cand)):
        return True
    return cand.root in ("COERCE", "SANCTION") and (
        _price_move(tok) or _facility_closed(tok) or _session_ended(tok))
