"""Dates carried between the mentions of one article: a back-reference ('the blast') takes
the date of the nearest earlier mention of that event with a date of its own
(:func:`by_antecedent`), and an act of a relative clause on an event noun takes the noun's
(:func:`by_host`)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.anchor.since import SINCE
from dateline.events.anchor.syntax import clause_head, relative_clause_host, tense_of
from dateline.events.kids import kids_of
from dateline.model import Event, EventTime, occurrence_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.detect import Candidate


#: How a date an event's own words give was found (its phrase or clause, its sentence, the
#: entry it heads), and how one taken from an earlier mention of the event is marked.
OWN_DATE = frozenset({"clause", "sentence", "label"})
ANTECEDENT = "antecedent"


def back_reference(c: Candidate) -> bool:
    """Whether a candidate is an event noun with a determiner that refers back ('the
    explosion', 'this outbreak'; roles.json back_reference), not a new one ('an explosion')."""
    noun = c.noun if c.noun is not None else c.head if c.is_noun else None
    if noun is None:
        return False
    if noun.i != c.head.i and (c.rule.startswith("reverse:")
                               or c.head.lemma_.lower() in lexicon.roles().phase_verbs):
        # 'ending the war', 'continuing the war': a new phase of the event, not the event
        # as it began, so the war's first date is not theirs
        return False
    dets = lexicon.roles().back_reference
    return any(ch.dep_ == "det" and ch.lower_ in dets for ch in kids_of(noun))


def new_instance(c: Candidate) -> bool:
    """Whether a candidate is an event noun told as done with a determiner that tells a new
    instance ('there had been a blast below deck', 'another fire broke out'; roles.json
    back_reference new_instance), as its clause's subject or object or an existential's, in a
    clause told as done (no negation, condition, modal or infinitive: 'untold'): a later
    back-reference of its word refers to it (:func:`by_antecedent`)."""
    noun = c.noun if c.noun is not None else c.head if c.is_noun else None
    if noun is None or c.negated or c.hedged or c.modality not in ("asserted", "reported"):
        return False
    roles = lexicon.roles()
    if not any(ch.dep_ == "det" and ch.lower_ in roles.new_instance for ch in kids_of(noun)):
        return False
    verb = noun.head
    if noun.dep_ == "attr":  # 'there had been a blast': existential only
        told = verb.lemma_ == "be" and any(ch.dep_ == "expl" for ch in kids_of(verb))
    else:  # the act its clause tells, not a description ('dealing with a large spill')
        told = noun.dep_ in _TOLD_DEPS and verb.pos_ in ("VERB", "AUX") and not _second_object(noun)
    return told and not any(
        ch.dep_ == "neg" or (ch.dep_ in ("mark", "aux") and ch.lower_ in roles.new_instance_untold)
        for ch in kids_of(verb))


#: A new instance's place in the clause that tells it as an act: its subject or object.
_TOLD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _second_object(noun: Token) -> bool:
    """Whether a noun is a second direct object of its verb: a gloss the parser hangs on
    the verb ('warning of a pandemic, a worldwide outbreak of an illness'), no act."""
    return noun.dep_ == "dobj" and any(
        ch.dep_ == "dobj" and ch.i < noun.i for ch in kids_of(noun.head))


def told_of(c: Candidate) -> Token | None:
    """The party an event noun's clause tells it of: its verb's subject when that names a
    country, people or body (roles.json back_reference elsewhere_entities: 'Corvania
    reports a new case'), or None."""
    noun = c.noun if c.noun is not None else c.head if c.is_noun else None
    if noun is None:
        return None
    kinds = lexicon.roles().elsewhere_entities
    return next((ch for ch in kids_of(noun.head) if ch.dep_ in ("nsubj", "nsubjpass")
                 and ch.i != noun.i and ch.ent_type_.lower() in kinds), None)


def owned_reference(c: Candidate) -> bool:
    """Whether a candidate is an event noun its doer owns ('Obama's visit', 'his visit';
    roles.json back_reference 'possessed'), which refers back to that doer's act of its
    kind when the article has told one (:func:`by_antecedent` asks the same actor)."""
    noun = c.noun if c.noun is not None else c.head if c.is_noun else None
    if noun is None or noun.i != c.head.i:
        return False
    return any(ch.dep_ == "poss" for ch in kids_of(noun))


def event_kinds(c: Candidate) -> tuple[str, ...]:
    """What makes two mentions of an article one event for :func:`by_antecedent`: the word
    ('the explosion' coded ASSAULT / 'the April 20 explosion' an occurrence), and for an
    occurrence its class ('the April 20 explosion' / 'the blast')."""
    noun = c.noun if c.noun is not None else c.head
    occ = occurrence_class(c.root, c.rule)
    word = f"w:{noun.lemma_.lower()}"
    return (word, occ) if occ is not None else (word,)


#: A date to the week or finer: 'the April 20 explosion', 'exploded last week'; not 'the
#: 1989 oil spill' or a month, which name another instance as often as this one.
_FINE = re.compile(r"\d{4}-(?:\d{2}-\d{2}|W\d{2})(?:[-T]|$)")


def by_antecedent(
    events: list[Event], refs: set[str], kinds: dict[str, tuple[str, ...]],
    owned: frozenset[str] = frozenset(), new: frozenset[str] = frozenset(),
    places: Mapping[str, str] = MappingProxyType({}),
) -> list[Event]:
    """Events of one article, each back-reference (``refs``: event ids) dated only by its
    paragraph or the article's date given the date of the nearest earlier mention sharing
    a kind with it (``kinds``: event id -> :func:`event_kinds`) that has a date of its own
    to the week or finer (:data:`_FINE`) or took one
    this way; how: 'antecedent'. An owned one (``owned``: 'Obama's visit',
    :func:`owned_reference`) only from a mention of its own actor whose target, when both
    name one, is its own ('Obama's visit to Tessaly' is not his visit to Varnow). A new
    instance of no such date (``new``: :func:`new_instance`, 'a blast below deck')
    is the nearest mention of its word: a later 'the blast' takes no earlier blast's date,
    unless both name where or by whom they are told (``places``: event id -> its place or
    :func:`told_of` party) and the two differ: 'Corvania reports a new case' is no
    mention of 'the first cases in Tessaly'."""
    if not refs:
        return events
    # kind -> the mentions so far with a date of their own, or of none for a new instance:
    # (where, date, actor, target, place, sentence)
    dated: dict[str, list[tuple[int, EventTime | None, str | None, str | None, str | None,
                                int]]] = {}
    out: dict[str, Event] = {}
    for ev in sorted(events, key=lambda e: (e.start, e.end)):
        ks = kinds.get(ev.id, ())
        t = ev.time
        if ev.id in refs and t.how not in OWN_DATE and t.how not in ("none", SINCE):
            here = places.get(ev.id)
            found = [x for k in ks for x in dated.get(k, ())
                     if (ev.id not in owned or _same_act(ev, x[2], x[3]))
                     and not (x[1] is None and here and x[4] and x[4] != here)
                     and _within_reach(k, ev.sentence - x[5])]
            got = max(found, key=lambda x: x[0])[1] if found else None
            if got is not None:
                t = EventTime(got.value, got.timex, ANTECEDENT, got.end)
                ev = replace(ev, time=t)
        if t.value and _FINE.match(t.value) and (t.how in OWN_DATE or t.how == ANTECEDENT):
            for k in ks:
                dated.setdefault(k, []).append(
                    (ev.start, t, ev.actor, ev.target, None, ev.sentence))
        elif ev.id in new and ks:  # its word's later references are to it: ks[0], 'w:blast'
            dated.setdefault(ks[0], []).append(
                (ev.start, None, ev.actor, ev.target, places.get(ev.id), ev.sentence))
        out[ev.id] = ev
    return [out[e.id] for e in events]


def _within_reach(kind: str, distance: int) -> bool:
    """Whether an earlier mention sharing ``kind`` with a back-reference ``distance``
    sentences on can be its antecedent: by its word at any distance, by a class of one of
    many (roles.json back_reference countable_classes: 'the deaths' after 'killed 11
    workers') only close by (class_reach), as 19 turtles found dead are others' deaths."""
    roles = lexicon.roles()
    return (kind.startswith("w:") or kind.rsplit(".", 1)[-1] not in roles.countable_classes
            or distance <= roles.class_reach)


def _same_act(ev: Event, actor: str | None, target: str | None) -> bool:
    """An owned back-reference's actor is the earlier mention's, and their targets, when
    both name one, are one."""
    return (ev.actor is not None and ev.actor == actor
            and (ev.target is None or target is None or ev.target == target))


def relative_host(c: Candidate, nouns: frozenset[int]) -> int | None:
    """The token of the event noun (of ``nouns``) a verb's relative clause is on ('the
    blast that killed 9 miners': 'blast'), or None."""
    if c.is_noun:
        return None
    return relative_clause_host(clause_head(c.head), set(nouns))


def told_done(c: Candidate) -> bool:
    """Whether a relative clause's act is told in the simple past ('the fire that killed 11'),
    so the act is part of its host event, not of the telling's time (:func:`by_host`)."""
    head = clause_head(c.head)
    return tense_of(head) == "past" and not any(
        ch.dep_ == "aux" and ch.lower_ in ("had", "'d") for ch in kids_of(head))


def by_host(
    events: list[Event], hosts: dict[str, list[str]], done: frozenset[str] = frozenset(),
) -> list[Event]:
    """Events of one article, each act of a relative clause on an event noun ('the blast
    that killed 9 miners'; ``hosts``: event id -> the noun's event ids) that no words of
    its own clause date given the noun's date when words date the noun (its own, or an
    earlier mention's: :func:`by_antecedent`): the killing is the explosion's. A date of
    the sentence outside the clause yields to the noun's only for an act told done
    (``done``: :func:`told_done`): in 'gathered on Monday over the leak, which opened on
    May 3 with a blast that killed nine' the deaths are May 3's; 'the leak that threatens the coast,
    officials said Friday' stays Friday's."""
    if not hosts:
        return events
    by_id = {e.id: e for e in events}
    out = []
    for ev in events:
        # not over a date its words name, even one of no day ('now hitting the coast')
        if ev.id in hosts and ev.time.how not in OWN_DATE and (
                ev.time.timex is None or ev.time.how == "paragraph") or (
                ev.id in done and ev.time.how == "sentence"):
            dated_hosts = [by_id[h].time for h in hosts[ev.id]
                           if h in by_id and (by_id[h].time.how in OWN_DATE
                                              or by_id[h].time.how == ANTECEDENT)]
            if dated_hosts:
                ev = replace(ev, time=dated_hosts[0])
        out.append(ev)
    return out
