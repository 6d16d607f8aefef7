"""Event candidates of a sentence's nouns that no verb has taken, and what marks
a noun's own actor (possessor, a name modifier, a by-phrase)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.candidate import ACTOR_ENTS, NAMED_NOT_EVENT, NOUN_POS, Candidate
from dateline.events.consequence import consequence_verb
from dateline.events.dependents import planned_session, prep_objects, subject_event_verb
from dateline.events.figurative import effort
from dateline.events.kids import kids_of
from dateline.events.light import ended_phrase, nominal
from dateline.events.mentioned import mentioned_noun
from dateline.events.object_heads import qualifies_object
from dateline.events.senses import nominal_verb, nominal_verb_of, noun_entry
from dateline.events.stance import engaged_in, met_at
from dateline.events.verb_frames import chain_verb, verbless
from dateline.events.words import lookup_lemma, noun_key, noun_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.lexicon import Entry
    from dateline.events.words_read import SentenceWords


NOUN_CONTROL_ROOTS = frozenset({"REJECT", "REQUEST", "THREATEN", "AGREE"})  # "refusal to free"


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
    the possessed head: in "Ostrel's Oct 7, 2021, raid" spaCy hangs 'Ostrel' on 'Oct'."""
    own = next((c for c in kids_of(tok) if c.dep_ == "poss"), None)
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
    kids = kids_of(tok)
    for c in kids:
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") \
                and not _named_setting(c, kids):
            return True
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "between"):
            return True
    return False


def _named_setting(c: Token, kids: tuple[Token, ...]) -> bool:
    """A place's name compounded before a common noun's compound of the event noun ('the Tesk
    climate conference', 'the Osk peace talks'): it names where the event is held or what it
    is on, not a party to it (session 73's leftover: a report issued at a climate conference
    named by its host city read as that city's meeting)."""
    return c.dep_ == "compound" and c.ent_type_ in ("GPE", "PERSON") and any(
        g.dep_ == "compound" and g.i > c.i and not g.ent_type_ and g.pos_ == "NOUN"
        for g in kids)


def _formed_from_verb(tok: Token) -> bool:
    """The first tests of :func:`light.nominal` on a noun the noun lexicon lacks: a common
    noun, no date or name, formed from a lexicon verb (nominal_verb); it finds none else."""
    return (tok.pos_ == "NOUN" and tok.ent_type_ not in NAMED_NOT_EVENT
            and nominal_verb(tok) is not None)


def noun_candidates(sent: SentenceWords, taken: set[int], verb_heads: set[int]
                    ) -> list[Candidate]:
    out: list[Candidate] = []
    nouns = lexicon.nouns()
    for j, pos in enumerate(sent.pos):
        if pos not in NOUN_POS or sent.start + j in taken:
            continue
        # noun_key: only a noun right after a hyphen may be keyed by the whole hyphenated
        # word (words.hyphenated, which reads the tokens before it); any other noun's key is
        # its lemma, read off the sentence's words (most nouns; the first word's neighbour
        # lies outside the sentence)
        key = noun_key(sent.token(j)) if j == 0 or sent.lowers[j - 1] == "-" else sent.lemmas[j]
        listed = key in nouns
        if not listed and (pos != "NOUN" or nominal_verb_of(sent.lemmas[j]) is None):
            continue  # neither an event noun nor one nominal() reads: most nouns
        tok = sent.token(j)  # (a spaCy Token only for the nouns read further)
        if not listed and not _formed_from_verb(tok):
            continue  # (_formed_from_verb's last test: no date nor name)
        if qualifies_object(tok):
            continue  # 'the relief well', 'the Peace Corps': a thing's name
        reacted = reacted_act(tok)
        if not listed:
            nom = (None if tok.dep_ == "compound"
                   or (_absorbed(tok, verb_heads, taken, out) and not reacted)
                   else nominal(tok, taken))
            if nom is not None:
                out.append(nom)
            continue
        if tok.ent_type_ in NAMED_NOT_EVENT:
            continue  # "March" the month, "Strike" in a name
        if mentioned_noun(tok):
            continue  # 'talked about an attack', 'the merger would give X access'
        misread = tok.dep_ == "compound" and _headline_subject(tok)
        if tok.dep_ == "compound" and not misread:
            continue  # "ceasefire agreement": the head noun speaks
        if _absorbed(tok, verb_heads, taken, out) and not reacted:
            continue
        found = _told_entry(tok, misread, reacted)
        if found is not None:
            e, rule = found
            out.append(Candidate(tok, e.root, rule, [tok], e, noun=tok,
                                 control=e.root in NOUN_CONTROL_ROOTS))
    return out


def _told_entry(tok: Token, misread: bool, reacted: bool) -> tuple[Entry, str] | None:
    """The lexicon entry an event noun is coded by, and its rule: the noun on its own, told
    going on or done ('Talks resumed', a sentence's verbless root), by a participle or a
    light verb ('standing', 'filled', 'attended'), in 'there were ...' ('existential'), or as
    announced ('headline', 'consequence', 'ongoing'); None when it is told as no event."""
    # "Talks resumed", "the truce held": an event noun as subject of an aspect verb; the
    # root noun of a sentence with no main verb ('Talks between X and Y on Monday, the
    # first since ...', a headline) is told as happening
    caused = consequence_verb(tok) is not None
    going = tok.dep_ == "nsubj" and subject_event_verb(tok.head)
    # 'the next round of talks is to start on Monday': a gathering told ahead (planned)
    going = going or planned_session(tok) is not None
    # a caused act is told done, but not read without the doer its sense needs ('a fire
    # forced a halt' is a blaze, not gunfire): only as announced (headline, below)
    ongoing = (going or tok.dep_ == "ROOT" or misread or reacted or _held_under(tok)
               or joint_host(tok) is not None
               or engaged_in(tok) is not None or met_at(tok) is not None
               or _completed(tok) or _session_over(tok))
    told = told_by_participle(tok)
    compound = None if told is not None else compound_verb(tok)
    told = told or compound
    standing = told is None and standing_light(tok)
    filled = told is None and not standing and filled_light(tok)
    attended = told is None and not standing and not filled and attended_light(tok)
    told = told or standing or filled or attended or None
    e = noun_entry(tok, told, need_standalone=not (actor_marked(tok) or ongoing or told))
    # 'there were protests' needs no light verb; 'there have been calls for X' does
    there = e is None and told is None and existential_light(tok)
    if there:
        e = noun_entry(tok, there, need_standalone=False)
    # 'Tessian sanctions on Calvany steel', 'the blockade has left X without fuel',
    # 'expulsion of migrants begins': a noun named only under a light verb, told as announced
    headline = e is None and (_verbless_root(tok) or caused or (
        going and lookup_lemma(tok.head) in lexicon.roles().subject_announced))
    if headline:
        e = noun_entry(tok, lexicon.roles().headline_light, need_standalone=False)
    if e is None or (e.root == "ASSAULT" and effort(tok)):
        return None  # 'the battle to win his return': an effort, no combat
    how = "consequence" if caused else "ongoing" if going else "headline"
    rule = (f"existential:{e.id}" if there
            else e.id if told is None and not headline else f"{how}:{e.id}" if headline
            else f"standing:{e.id}" if standing else f"filled:{e.id}" if filled
            else f"attended:{e.id}" if attended
            else f"compound:{compound}+{e.id}" if compound
            else f"participle:{told}+{e.id}")
    return e, rule


def _held_under(noun: Token) -> bool:
    """'the mayor is under investigation', 'the town remained under siege': an event noun
    under a roles.json undergo preposition after a verb of state (undergo 'states'), or the
    of-phrase of an attribute noun (undergo 'of_heads'), is told as going on; the subject is
    held in it, never its doer."""
    r = lexicon.roles()
    prep = noun.head
    if noun.dep_ != "pobj":
        return False
    if prep.lower_ in r.undergo_preps and prep.head.lemma_.lower() in r.undergo_states:
        return True
    # 'became the subject of a manhunt', 'was the target of an attack': held in it too
    head = prep.head
    return (prep.lower_ == "of" and head.lemma_.lower() in r.undergo_of_heads
            and head.dep_ in ("attr", "oprd") and head.head.lemma_.lower() in r.undergo_of_states)


def joint_host(noun: Token) -> Token | None:
    """'launched the census in collaboration with the UN agency': a noun of joint work
    (roles.json joint_manners) as object of a manner preposition hung on a verb, with a
    with-phrase naming a party, tells the verb's act done jointly with it: that verb (whose
    subject is the doer), also where the parser hung the phrase on its object or subject;
    on a noun ('projects in cooperation with X') or a participle
    describing one ('work contributing to projects in cooperation with X') the phrase only
    describes it."""
    r = lexicon.roles()
    prep = noun.head
    # the parser often hangs the phrase on the verb's object ('began the census in ...') or
    # on its subject ('the agency in cooperation with X held a course'): the verb's act
    host = prep.head.head if prep.head.dep_ in ("dobj", "nsubj") else prep.head
    if (noun.dep_ != "pobj" or prep.lower_ not in r.joint_manner_preps
            or host.pos_ not in ("VERB", "AUX") or host.dep_ == "acl"
            or noun.lemma_.lower() not in r.joint_manner_nouns):
        return None
    named = any(any(t.ent_type_ in ACTOR_ENTS for t in g.subtree)
                for g in prep_objects(noun, ("with",)))
    return host if named else None


def _headline_subject(noun: Token) -> bool:
    """A headline's first noun before a verb the tagger read as a plural noun ('Strike
    cripples ports', 'Blast rocks capital', 'Walkout halts production'): the act it names
    is told as happening. Only at the start of a sentence with no verb, the plural
    followed by its object (not 'Protest leaders in the capital')."""
    sent = noun.sent
    if noun.i - sent.start > 1 or noun.i + 2 >= sent.end:
        return False
    verb, obj = noun.nbor(1), noun.nbor(2)
    if chain_verb(verb):  # 'Peace talks resume in Geneva': a verb of going on, a noun chain
        return verb.lower_ in lexicon.roles().subject_event_verbs
    return (verb.tag_ == "NNS" and obj.pos_ in ("ADJ", "PROPN", "NOUN", "DET", "NUM")
            and verbless(sent))


def _verbless_root(noun: Token) -> bool:
    """The root noun of a sentence with no verb but participles before nouns (a headline:
    'New curbs on the press in Tessia')."""
    return noun.dep_ == "ROOT" and verbless(noun.sent)


def _completed(noun: Token) -> bool:
    """'the pull-out of the troops was completed': an event noun as passive subject of a
    verb light only in the active (roles.json light_active) is told done; the light verb
    leaves the act to the noun (light.light_verb_event)."""
    return noun.dep_ == "nsubjpass" and lookup_lemma(noun.head) in lexicon.roles().light_active


def _session_over(noun: Token) -> bool:
    """'early talks with X have already ended', 'the meeting concluded on Friday': a gathering
    (roles.json transactions sessions) as subject of a main clause's verb of ending with no
    object (subject_events session_ends) was held; a relative clause ('the summit, which
    closed with a pact') gives it as background."""
    r = lexicon.roles()
    verb = noun.head
    return (noun.dep_ == "nsubj" and noun.lemma_.lower() in r.sessions
            and (lookup_lemma(verb) in r.session_ends or ended_phrase(verb))
            and verb.dep_ in ("ROOT", "conj", "ccomp")
            and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in kids_of(verb)))


def told_by_participle(noun: Token) -> str | None:
    """The light verb of a past participle before an event noun ('the newly imposed
    embargo', 'the declared truce'), or of one of handing over right after it, bare and
    sent to a party ('proposals sent to the Kado side'; roles.json sent_after): the act is
    told done, as by 'imposed an embargo'."""
    r = lexicon.roles()
    for c in kids_of(noun):
        lemma = c.lemma_.lower()
        if c.tag_ != "VBN":
            continue
        if c.dep_ == "amod" and c.i < noun.i and lemma in r.light:
            return lemma
        if (c.dep_ == "acl" and c.i > noun.i and lemma in r.sent_after_verbs
                and not any(k.dep_ in _OWN_CLAUSE for k in kids_of(c))
                and _to_party(c)):
            return lemma
    return None


#: a participle's own subject or auxiliary: a clause of its own, no bare participle
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})


def _to_party(verb: Token) -> bool:
    """A to-phrase on ``verb`` naming a party ('sent to the Kado side'; the parser may call
    it a dative)."""
    return any(p.lower_ == "to" and p.dep_ in ("prep", "dative")
               and any(w.ent_type_ in ACTOR_ENTS for w in p.subtree) for p in kids_of(verb))


def compound_verb(noun: Token) -> str | None:
    """The lemma of a headline's verb the parser read as a compound of the event noun it
    governs, right after the doers' names ('Osk, Velka sign agreement on climate'; roles.json
    headline_compounds): the act is told done, as by that light verb. None with an article
    or a possessor on the noun ('the Osk sign agreement')."""
    if any(c.dep_ in ("det", "poss") for c in kids_of(noun)):
        return None
    word = _compound_verb_word(noun)
    return word.lemma_.lower() if word is not None and word.nbor(-1).pos_ == "PROPN" else None


def _compound_verb_word(noun: Token) -> Token | None:
    """The nearest word of the compounds right before ``noun`` that is one of roles.json
    headline_compounds' verbs (after the sentence's first word), else None."""
    verbs = lexicon.roles().headline_compound_verbs
    j = noun.i - 1
    while j > noun.sent.start and noun.doc[j].dep_ == "compound":
        if noun.doc[j].text in verbs:
            return noun.doc[j]
        j -= 1
    return None


def compound_doers(noun: Token) -> tuple[Token, Token | None] | None:
    """The first name, and the one after it, of the doers a headline's compound verb follows
    ('Osk, Velka sign agreement': Osk and Velka; see compound_verb): the names, commas and
    'and' right before that verb, as a subject 'Osk and Velka signed' gives them; None
    where no name stands there."""
    verb = _compound_verb_word(noun)
    if verb is None:
        return None
    doc, start, j = noun.doc, noun.sent.start, verb.i
    names: list[Token] = []
    k = j - 1
    while k >= start and (doc[k].pos_ == "PROPN" or doc[k].lower_ in (",", "and")):
        if doc[k].pos_ == "PROPN" and (k == j - 1 or doc[k + 1].pos_ != "PROPN"):
            names.insert(0, doc[k])  # the last word of each name
        k -= 1
    if not names:
        return None
    return names[0], names[1] if len(names) > 1 else None


def standing_light(noun: Token) -> str:
    """'the rebels' demand ... is non-negotiable', 'its backing remains unconditional': an
    actor's event noun as subject of a verb of state with an adjective saying the act stands
    is told said again, as by that light verb (roles.json standing); else ''."""
    r = lexicon.roles()
    state = noun.head
    if (noun.dep_ != "nsubj" or state.lemma_.lower() not in r.undergo_states
            or not actor_marked(noun)):
        return ""
    adjs = {c.lemma_.lower() for c in kids_of(state) if c.dep_ == "acomp"}
    return r.standing_light if adjs & r.standing_adjectives else ""


def filled_light(noun: Token) -> str:
    """'the premier was full of praise for the engineers': an event noun under 'of' after an
    adjective of roles.json filled, predicate of a verb of state, is told voiced by the
    subject, as by that section's light verb; else ''."""
    r = lexicon.roles()
    prep = noun.head
    adj = prep.head
    if (noun.dep_ != "pobj" or prep.lower_ != "of" or adj.dep_ != "acomp"
            or adj.lemma_.lower() not in r.filled_adjectives
            or adj.head.lemma_.lower() not in r.undergo_states):
        return ""
    return r.filled_light


def attended_light(noun: Token) -> str:
    """'present at the meeting were X and Y', 'X was present at the talks': a gathering noun
    under 'at' after an adjective of roles.json attended, predicate of a verb of state (the
    'at' on the adjective or, as the parser may hang it, on the verb), is told attended by
    the verb's subject, as by that section's light verb; else ''."""
    r = lexicon.roles()
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
        return ""
    over = prep.head
    if over.dep_ == "acomp" and over.lemma_.lower() in r.attended_adjectives:
        state = over.head
    elif any(c.dep_ == "acomp" and c.lemma_.lower() in r.attended_adjectives
             for c in kids_of(over)):
        state = over
    else:
        return ""
    return r.attended_light if state.lemma_.lower() in r.undergo_states else ""


def existential_light(noun: Token) -> str:
    """'voices have called for the minister to resign': a plural noun of demand or blame
    (roles.json existential nouns) introduced by existential 'there' is told made, as by
    that section's light verb; else ''. Not a singular ('there is a steady demand for grain'
    is the market's) nor one 'no' denies ('there were no calls for ...')."""
    r = lexicon.roles()
    be = noun.head
    if (noun.dep_ not in ("attr", "nsubj") or noun.tag_ != "NNS" or be.lemma_.lower() != "be"
            or noun_lemma(noun) not in r.existential_nouns
            or not any(c.dep_ == "expl" for c in kids_of(be))):
        return ""
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in kids_of(noun)):
        return ""
    return r.existential_light


def reacted_act(tok: Token) -> bool:
    """An event noun that is the passive subject of a verb of praise ('the release of the
    hostages was welcomed'): the act is told done, a mention of its own for the timeline
    (roles.json subject_events reactions), not the reaction's mere theme; the reaction,
    the main clause, is still coded first (context.settle)."""
    return tok.dep_ == "nsubjpass" and lookup_lemma(tok.head) in lexicon.roles().reaction_verbs


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
