"""Acts a sentence mentions without telling them done (issue 4, precision; roles.json
mentioned_acts): an act talked about, an act conjectured ('any chance that X was shot
down'), a meeting whose date is set with no party named, a game's play told in act words
or a sport body's discipline, a party's ability ('the care that X can offer'), what a deal
is hoped to bring, and an act noun a deal does ('the merger would give X access to Y').
Real wire copy puts act words in such frames far more often than our invented sentences
did."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.candidate import ACTOR_ENTS
from dateline.events.dependents import by_objects, to_infinitive
from dateline.events.kids import kids_of
from dateline.events.no_act import deal_subject
from dateline.events.words import lookup_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.candidate import Candidate

# a verb's own phrase: what it does to whom and where, not who does it nor other clauses
_NOT_PHRASE = frozenset({"nsubj", "nsubjpass", "csubj", "ccomp", "advcl", "relcl", "acl",
                         "conj", "parataxis", "xcomp", "mark", "cc", "punct", "aux",
                         "auxpass", "neg"})
# 'arrested after the match', 'according to the league': when or who tells, not what was done
_TIME_OR_SOURCE = frozenset({"after", "before", "during", "since", "until", "following",
                             "ahead", "according"})


def _talked_about(tok: Token) -> bool:
    """'heard X talk about killing the premier', 'joked of an attack': the about/of-object
    of a verb of talk is its topic, not an act done; so is the on/about/over-object of a
    noun of talks or debate, a conjunct of it ('talks on future ties and economic aid have
    bogged down': no aid given; roles.json mentioned_acts talk_nouns), and an act in its
    of-phrases or in a clause on one of its nouns ('a debate on the planned command of a
    force to protect aid convoys': no aid given), or in its own to-clause ('talks to free
    the hostages')."""
    r = lexicon.roles()
    p = tok.head
    if (tok.dep_ in ("pcomp", "pobj") and p.dep_ == "prep" and p.lower_ in r.talk_preps
            and lookup_lemma(p.head) in r.talk_verbs):
        return True
    x = tok
    for _ in range(4):  # up through conjuncts, of-phrases and noun clauses only
        while x.dep_ == "conj" and x.head.i != x.i:
            x = x.head
        p = x.head
        if (x.dep_ in ("pobj", "pcomp") and p.dep_ == "prep" and p.lower_ in r.talk_noun_preps
                and p.head.pos_ == "NOUN" and p.head.lemma_.lower() in r.talk_nouns):
            return True
        if (x.dep_ == "acl" and p.pos_ == "NOUN" and p.lemma_.lower() in r.talk_nouns
                and to_infinitive(x)):
            return True  # 'talks to free the hostages': what the talks are for
        if x.dep_ in ("acl", "relcl") and p.pos_ == "NOUN":
            x = p
        elif x.dep_ == "pobj" and p.dep_ == "prep" and p.lower_ == "of":
            x = p.head
        else:
            return False
    return False


def _possibility(noun: Token) -> bool:
    """A possibility noun a verb of ruling out takes as object ('ruled out any chance that',
    'dismissed the possibility of'); 'there is a chance X will help' stays an intent and
    'no chance that X will help' a refusal (events.context)."""
    r = lexicon.roles()
    return (noun.lemma_.lower() in r.possibilities and noun.dep_ in ("dobj", "nsubjpass")
            and lookup_lemma(noun.head) in r.ruling_out)


def _conjectured(tok: Token) -> bool:
    """'ruled out any chance that the helicopter was shot down', 'dismissed the possibility of
    sending troops', 'any chance of a plot to kill X': an act in the clause or of-phrase of a
    possibility ruled out, or in a noun's clause within it, is a conjecture."""
    x = tok
    for _ in range(6):  # up through conjuncts, noun clauses and of-phrases only
        if x.dep_ in ("acl", "ccomp", "relcl") and _possibility(x.head):
            return True
        p = x.head
        if (x.dep_ in ("pcomp", "pobj") and p.dep_ == "prep" and p.lower_ == "of"
                and _possibility(p.head)):
            return True
        if x.dep_ in ("conj", "acl", "relcl", "xcomp") and p.i != x.i:
            x = p
        elif x.dep_ in ("pcomp", "pobj") and p.dep_ == "prep" and p.lower_ == "of":
            x = p.head
        else:
            return False
    return False


def _partyless_session(tok: Token, cand: Candidate) -> bool:
    """'the summit will be held in Osk next month': a meeting noun as the passive subject
    of a session verb told ahead, with no party in its phrase nor in a by/between/with/among
    phrase of the verb, tells a date set; a planned meeting of named parties stays AGREE."""
    r = lexicon.roles()
    if cand.root != "CONSULT" or cand.noun is None or lookup_lemma(tok) not in r.session_verbs:
        return False
    subj = next((c for c in kids_of(tok) if c.dep_ == "nsubjpass"), None)
    if subj is None or cand.noun not in list(subj.subtree):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in r.future_aux for c in kids_of(tok)):
        return False
    if any(t.ent_type_ in ACTOR_ENTS or t.dep_ == "poss" for t in subj.subtree):
        return False
    return not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in (
        "by", "between", "with", "among")) for c in kids_of(tok))


def _nominal_part(tok: Token) -> list[Token]:
    """``tok`` and its dependents down to, not into, any verb ('jailed X for playing in a
    tournament': the reason's own clause is another act's)."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in kids_of(t) if c.pos_ not in ("VERB", "AUX")]
    return out


def _names_sport(verb: Token) -> bool:
    words = lexicon.roles().sport_words
    phrase = [t for c in kids_of(verb) if c.dep_ not in _NOT_PHRASE
              and not (c.dep_ == "prep" and c.lower_ in _TIME_OR_SOURCE)
              for t in _nominal_part(c)]
    nots = lexicon.roles().sport_not_modifiers
    return any(t.pos_ == "NOUN" and t.ent_type_ not in ACTOR_ENTS and t.lemma_.lower() in words
               and not any(m.dep_ in ("amod", "compound") and m.lemma_.lower() in nots
                           for m in kids_of(t))
               for t in phrase)


def _sport_play(tok: Token) -> bool:
    """'denied him on two match points', 'blocked a shot to deny Velka a win', 'took the
    title after beating Marn': the verb's own phrase, or that of the verb it is a clause
    of, names a game (roles.json mentioned_acts sport_words): sport, no act."""
    if _names_sport(tok):
        return True
    up = (tok.head if tok.dep_ in ("advcl", "xcomp", "conj")
          else tok.head.head if tok.dep_ == "pcomp" else None)
    return up is not None and up.pos_ in ("VERB", "AUX") and _names_sport(up)


def _sport_body(doer: Token) -> bool:
    """'the Lirn Football Association', 'the national rugby union', 'the referee': a body
    whose name words name a sport, or a game's official (roles.json sport_bodies)."""
    words = lexicon.roles().sport_bodies
    return any(t.lower_ in words for t in doer.doc[doer.left_edge.i:doer.i + 1])


def _by_doers(verbs: list[Token]) -> list[Token]:
    """The by-objects of ``verbs``, also one the parser hung on a verb's prepositional object
    ('charged with misconduct by X')."""
    hosts = [*verbs, *(g for v in verbs for p in kids_of(v) if p.dep_ == "prep"
                       for g in kids_of(p) if g.dep_ == "pobj")]
    return [g for v in hosts for g in by_objects(v)]


def _sport_discipline(tok: Token) -> bool:
    """'were charged with misconduct by the Lirn Football Association', 'the rugby union
    fined the club': an act whose doer is a sport body is a game's discipline, no political
    act. The doer: the active subject, or the passive's by-agent, also one the parser hung
    on a clause of the verb's conjunct ('were charged ... and given a day to reply by X'); a
    conjunct with no subject of its own shares its first conjunct's passive ('given'))."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids_of(tok)) or _shared_passive(tok):
        doers = _by_doers([tok])
        if not doers:
            near = [tok, *tok.conjuncts]
            doers = _by_doers(near + [c for v in near for c in kids_of(v)
                                      if c.dep_ in ("advcl", "xcomp")])
    else:
        doers = [c for c in kids_of(tok) if c.dep_ == "nsubj"]
    return any(_sport_body(d) for d in doers)


def _shared_passive(tok: Token) -> bool:
    """'were charged ... and given until noon to reply': a participle conjunct with no subject
    of its own is passive as the verb it joins is."""
    return (tok.dep_ == "conj" and tok.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(tok))
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in kids_of(tok.head)))


def _capability(tok: Token) -> bool:
    """'hospitals of the quality that Velka can offer', 'the damage the army can inflict': a
    relative clause with 'can' tells what a party is able to do, no act done or offered."""
    return tok.dep_ == "relcl" and any(
        a.dep_ == "aux" and a.lower_ in lexicon.roles().abilities for a in kids_of(tok))


def _judged_ease(tok: Token) -> bool:
    """'the Velkan side would be hard to beat', 'the rebels proved impossible to defeat': an
    act verb as the to-infinitive of an adjective of ease (mentioned_acts ease_words), whose
    object is the clause's subject (the verb has none of its own), judges how hard the act
    would be, no act told; 'it was hard to reach the town' (an object of its own) stays."""
    if tok.dep_ != "xcomp" or any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in kids_of(tok)):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(tok)):
        return False
    words = lexicon.roles().ease_words
    head = tok.head
    if head.pos_ == "ADJ":
        return head.lemma_.lower() in words
    return any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in words for c in kids_of(head))


def _hoped_effect(tok: Token) -> bool:
    """'the king hoped the long-awaited deal could help the Lirnians travel freely': a text
    (roles.json documents) as subject of an act under a hypothetical modal, in the clause of
    a verb of hoping (mentioned_acts hopes), tells what the text may bring, no party's act;
    nor is an act in a clause under it ('help the Lirnians trade')."""
    r = lexicon.roles()
    x = tok
    for _ in range(3):
        if x.dep_ not in ("ccomp", "xcomp", "conj") or x.head.i == x.i:
            return False
        # word forms: the tagger's lemma of 'hoped' may be 'hop'
        if x.dep_ == "ccomp" and x.head.lower_ in r.hopes:
            kids = list(kids_of(x))
            return (any(a.dep_ == "aux" and a.lower_ in r.hypothetical_aux for a in kids)
                    and any(c.dep_ == "nsubj" and c.lemma_.lower() in r.documents
                            for c in kids))
        x = x.head
    return False


def mentioned_verb(tok: Token, cand: Candidate) -> bool:
    """Whether the verb ``tok``'s candidate is only mentioned: talked about, conjectured,
    a meeting's date set with no party, a game's play or discipline, a party's ability or
    how hard an act would be ('hard to beat'), a topic on an agenda,
    what a text is hoped to bring, a gerund an opening is seen for ('room for forging
    ties') or a course its backers argue ('backers of sending troops')."""
    return (_talked_about(tok) or _conjectured(tok) or _partyless_session(tok, cand)
            or _sport_play(tok) or _sport_discipline(tok) or _capability(tok)
            or _hoped_effect(tok) or _opening(tok) or _advocated(tok) or _judged_ease(tok)
            or _on_agenda(tok))


def _advocated(tok: Token) -> bool:
    """'backers of sending more troops face opposition', 'critics of bombing the dams': a
    gerund in the of-phrase of a noun of those who argue a course (roles.json mentioned_acts
    advocates) is the course argued, no act told."""
    p = tok.head
    return (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and p.lower_ == "of"
            and p.head.lemma_.lower() in lexicon.roles().advocates)


def _opening(tok: Token) -> bool:
    """'room exists for building close cooperation', 'sees scope for talks', 'the potential
    for cooperation': an act noun or gerund (or the object of a gerund, or an of-object) in
    the for/of/in-phrase of an opening (roles.json mentioned_acts openings), or of a verb
    whose subject, object or attribute is one, is a possibility, no act told."""
    r = lexicon.roles()
    x = tok
    for _ in range(4):
        p = x.head
        if x.dep_ == "dobj" and p.tag_ == "VBG":
            x = p  # 'building close cooperation': the gerund's phrase
            continue
        if x.dep_ not in ("pobj", "pcomp") or p.dep_ != "prep" or p.lower_ not in (
                "for", "of", "in"):
            return False
        host = p.head
        if host.lemma_.lower() in r.openings:
            # 'took the opportunity of the summit to ...': an opening used, the act was there
            return not (host.dep_ == "dobj" and host.head.lemma_.lower() in r.openings_taken)
        if host.lemma_.lower() not in r.openings_taken and any(
                c.dep_ in ("nsubj", "dobj", "attr") and c.lemma_.lower() in r.openings
                for c in kids_of(host)):
            return True
        if p.lower_ != "of":
            return False
        x = host  # 'room for building ties of cooperation': up through the of-phrase
    return False


def _measured(tok: Token) -> bool:
    """'trade between X and Y rose 12 percent', 'is expected to top $2 billion', 'closer
    cooperation with X is vital': a cooperation noun as the subject of a figure verb (also as
    the to-complement of the verb it is subject of) or of a copula with a predicate tells an
    amount or a judgement, no act (roles.json measured_acts)."""
    r = lexicon.roles()
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lemma_.lower() not in r.measured_nouns:
        return False
    verb = tok.head
    verbs = [verb, *(x for x in kids_of(verb) if x.dep_ == "xcomp")]
    if any(lookup_lemma(v) in r.measured_verbs for v in verbs):
        return True
    return verb.lemma_ == "be" and tok.dep_ == "nsubj" and any(
        c.dep_ in ("acomp", "attr", "prep") for c in kids_of(verb))


def _on_agenda(tok: Token) -> bool:
    """'aid for the vote was on the agenda when X met Y', 'border security topped the
    agenda', 'trade is high on the agenda': an act noun or verb (or a conjunct of one) that is
    the subject of a verb whose on-phrase (or its predicate's) or object is an agenda (roles.json
    mentioned_acts agendas) is a topic of talks, no act done."""
    x = tok
    while x.dep_ == "conj" and x.head.i != x.i:
        x = x.head
    if x.dep_ not in ("nsubj", "csubj"):  # 'Aid for the vote was ...': the parser may
        return False  # read a bare act noun opening the sentence as a clausal subject
    agendas = lexicon.roles().agendas
    verb = x.head
    if any(c.dep_ == "dobj" and c.lemma_.lower() in agendas for c in kids_of(verb)):
        return True
    hosts = [verb, *(c for c in kids_of(verb) if c.dep_ in ("acomp", "advmod"))]
    return any(p.dep_ == "prep" and p.lower_ == "on" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in agendas for g in kids_of(p))
        for h in hosts for p in kids_of(h))


def _any_subject(tok: Token) -> bool:
    """'any unrest seems to be fairly limited', 'any unrest will be met with
    force': an act noun that 'any' determines as a clause's subject is one that may or may
    not happen, a condition or a measure, no act told done (blind batch Random(79),
    plover_probes_silverwire22.txt: a comment on a vote's calm read as violence)."""
    return tok.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "det" and c.lower_ == "any" for c in kids_of(tok))


def mentioned_noun(tok: Token) -> bool:
    """Whether the act noun ``tok`` is only mentioned: talked about, conjectured, an opening
    for it seen, measured ('trade rose 12 percent'), a subject 'any' determines ('any
    violence appears low'), a topic on an agenda, or what a deal it is the object of does
    ('the merger would give X access to Y')."""
    if (_talked_about(tok) or _conjectured(tok) or _opening(tok) or _measured(tok)
            or _any_subject(tok) or _on_agenda(tok)):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and _conjectured(tok.head):
        return True  # 'any chance that the talks would resume'
    return tok.dep_ in ("dobj", "attr") and deal_subject(tok.head)
