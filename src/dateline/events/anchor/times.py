"""The EventTime a chosen date makes (the whole range it is one end of; the article's date for
a timex of no day; from the date to the article's for a 'since' date), whether a date from
outside the event's own clause fits the event's tense and modality, and the fallback when the
event's sentence gives none: the paragraph's last date, else the article's with the tense."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.anchor.since import SINCE, since_object, year_not_after
from dateline.events.anchor.syntax import (
    clause_head,
    governing_clauses,
    is_perfect,
    tense_of,
    timex_span,
)
from dateline.events.anchor.years import YEAR
from dateline.events.kids import kids_of
from dateline.model import EventTime
from dateline.store.tvalue import date_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dateline.events.anchor.dated import Dated
    from dateline.events.detect import Candidate
    from dateline.model import Annotation, Timex


#: A timex that names no day ('now', 'recently', 'in the future') places an event at its
#: article's date, qualified as the tense fallback is: it states no date of its own. Left
#: as its value, 'Schools are now closed' was undated, and as the paragraph's last date it
#: undated every later event of the paragraph (a quarter of all events in t17 stories).
REF_HOW = {"PRESENT_REF": "dct", "PAST_REF": "dct-past", "FUTURE_REF": "dct-future"}


def time_on(dated: Dated, t: Timex, how: str) -> EventTime:
    """EventTime on ``t``, or on the whole range ``t`` is one end of ('in its first
    stage, which lasted from Feb. 6 to April 2, the rebels released ...': the releases span it);
    the article's date for a timex of no day (:data:`REF_HOW`)."""
    ref = REF_HOW.get(t.value or "")
    if ref is not None:
        return EventTime(dated.dct, t.tid, ref if dated.dct else "none")
    pair = dated.opens.get(t.tid) or dated.closes.get(t.tid)
    if pair is None:
        return EventTime(t.value, t.tid, how)
    first, last = pair
    return EventTime(first.value, first.tid, how, end=last.value)


def own_time(dated: Dated, t: Timex, how: str, doc: Doc, c: Candidate) -> EventTime:
    """:func:`time_on`, but from ``t`` to the article's date when ``t`` is the object of
    'since' (:func:`.since.since_object`): how :data:`.since.SINCE`."""
    got = time_on(dated, t, how)
    if (got.end is None and got.timex == t.tid and got.how == how and dated.dct is not None
            and year_not_after(t.value, dated.dct) and since_object(doc, t, c)):
        return EventTime(t.value, t.tid, SINCE, end=dated.dct)
    return got


def _past_act(c: Candidate) -> bool:
    """Whether an event is told as having happened by the time of telling: asserted or
    reported (not planned, requested or hedged), its clause in the past tense or the
    perfect ('were detained', 'has agreed'), or a bare past participle on a noun
    ('infrastructure destroyed in the war')."""
    if c.modality not in ("asserted", "reported") or c.hedged:
        return False
    v = clause_head(c.head)
    if v.pos_ not in ("VERB", "AUX"):
        return False
    if tense_of(v) == "past" or is_perfect(v):
        return True
    return (v.tag_ == "VBN" and v.dep_ in ("acl", "amod")
            and not any(ch.dep_ in ("aux", "auxpass") for ch in kids_of(v)))


def _going_on(c: Candidate) -> bool:
    """Whether an event is told as going on at the time of telling: asserted or reported
    (not planned, requested or hedged), its clause in the present progressive or the simple
    present with no modal ('are working on a memorandum', 'is holding talks', 'leads the
    search'), not 'be' with a to-infinitive of a plan. Its day is the day it is told,
    whatever later date its paragraph names for a plan."""
    if c.modality not in ("asserted", "reported") or c.hedged:
        return False
    v = clause_head(c.head)
    if v.pos_ not in ("VERB", "AUX") or tense_of(v) != "present" or is_perfect(v):
        return False
    # 'be' with a to-infinitive tells a plan ('whose hearing is set to open in May', 'is to
    # tour the coast on Friday'), not an act going on
    if v.lemma_ == "be" and any(
            ch.dep_ == "xcomp" or any(g.dep_ == "xcomp" for g in kids_of(ch))
            for ch in kids_of(v) if ch.dep_ in ("xcomp", "acomp", "attr", "oprd")):
        return False
    aux = [ch for ch in kids_of(v) if ch.dep_ in ("aux", "auxpass")]
    if v.tag_ in ("VBZ", "VBP"):
        return not aux
    return v.tag_ == "VBG" and any(ch.lemma_ == "be" and ch.tag_ in ("VBZ", "VBP")
                                   for ch in aux)


def _refused(c: Candidate) -> bool:
    """Whether an act is told as refused: planned and negated ('will not negotiate', 'vowed
    not to negotiate'). A refusal is a stance of the day it is told, not an act a plan's
    later date is of ('a truce due to start on 12 May ... would not talk with the rebels')."""
    return c.modality == "planned" and c.negated


def _told_done_then(c: Candidate, t: Timex) -> bool:
    """Whether the clause of a date is told as done ('lost contact on 8 March at 01:30', in an
    update dated the 7th): the text puts its own telling at or after that date, so an act
    it tells going on may be of it. A date of a plan ('expected to begin in August') is not."""
    span = timex_span(c.head.doc, t)
    if span is None:
        return False
    v = clause_head(span.root)
    return v.pos_ in ("VERB", "AUX") and (tense_of(v) == "past" or is_perfect(v))


def _told_back(c: Candidate) -> bool:
    """Whether an event noun refers back to an event already told or under way (roles.json
    back_reference determiners: 'the protests') in a sentence told in the past: its nearest
    finite clause above it in the past tense or the perfect ('papers went on to give a name
    to the protests'), asserted or reported. A timed noun ('the vote', 'the
    summit': roles.json name_dates timed_nouns) takes place when its date says: not one."""
    noun = c.noun if c.noun is not None else c.head if c.is_noun else None
    roles = lexicon.roles()
    if (noun is None or c.modality not in ("asserted", "reported") or c.hedged
            or noun.lemma_.lower() in roles.timed_nouns or noun.lower_ in roles.timed_nouns
            or not any(ch.dep_ == "det" and ch.lower_ in roles.back_reference
                       for ch in kids_of(noun))):
        return False
    for v in governing_clauses(clause_head(noun)):
        if v.pos_ not in ("VERB", "AUX"):
            return False
        if v.tag_ in ("VBD", "VBZ", "VBP") or any(
                ch.dep_ in ("aux", "auxpass") and ch.lower_ != "to" for ch in kids_of(v)):
            return tense_of(v) == "past" or is_perfect(v)
    return False


def fits_carried(c: Candidate, t: Timex, dct: str | None) -> bool:
    """:func:`fits_event` for the paragraph's last date carried on to a sentence with none:
    nor does a date after the article's, told for a later plan ('brought the vote forward to
    25 April'), date a noun of an earlier event a past sentence refers back to ('papers went
    on to give a name to the protests': :func:`_told_back`; roles.json paragraph_carry)."""
    if not fits_event(c, t, dct):
        return False
    if dct is None:
        return True
    span = date_span(t.value)
    return span is None or span[0] <= date.fromisoformat(dct[:10]) or not _told_back(c)


def fits_event(c: Candidate, t: Timex, dct: str | None) -> bool:
    """Whether a date the event's own clause does not give (its sentence's nearest, its
    paragraph's last) can date it: not one after the article's date for an act told as
    having happened (:func:`_past_act`), as going on (:func:`_going_on`) or as refused
    (:func:`_refused`): in 'The council set a vote for 20 May. Police detained twelve
    activists.' (an article of 10 May) no one was detained on 20 May, and in 'Drilling at the
    new site should start in August. Two states are drafting a pact.' the drafting is of the
    day it is told (unless the date's own clause is told done: :func:`_told_done_then`)."""
    if dct is None:
        return True
    span = date_span(t.value)
    return (span is None or span[0] <= date.fromisoformat(dct[:10])
            or not (_past_act(c) or _refused(c) or _going_on(c) and not _told_done_then(c, t)))


#: DATE values coarser than a year: a millennium, century or decade (TIMEX3 "1", "11", "199").
_COARSE = re.compile(r"\d{1,3}$")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a day-precise value (a time of day may follow)


def _carried(dated: Dated, t: Timex) -> EventTime:
    """The paragraph's last date carried on to a later sentence; of a range that closes on
    the article's day, its close only: the narrative has come to the day of telling, as
    after a 'since' span ('twelve died over 24 hours from the 3rd to 4 May. The
    army agreed to a truce', told on the 4th: the truce is the 4th's, not the range's)."""
    pair = dated.opens.get(t.tid) or dated.closes.get(t.tid)
    if pair is not None and dated.dct is not None:
        last = date_span(pair[1].value)
        if last is not None and last[1].isoformat() == dated.dct[:10]:
            return EventTime(pair[1].value, pair[1].tid, "paragraph")
    return time_on(dated, t, "paragraph")


def _paragraph_start(text: str, offset: int) -> int:
    k = text.rfind("\n\n", 0, offset)
    return 0 if k < 0 else k + 2


def fallback_time(
    ann: Annotation, c: Candidate, dated: Dated, sentence: tuple[int, int], had_dates: bool
) -> EventTime:
    """No date of the event's own sentence: the paragraph's last, else the DCT with the
    tense of its clause."""
    para = _paragraph_start(ann.article.text, c.head.idx)
    # the paragraph's last date carries a narrative on; a sentence whose own dates all
    # belong to what it reports ('warned that winds later this week could ...') has moved
    # off that narrative, so the article's date with the tense serves better
    # ('now' earlier in the paragraph carries no day on: :data:`REF_HOW`)
    # a decade or century ('the 12th century' 11, 'the 1990s' 199) sets a scene, not a
    # narrative's time: carried on, every later event of a paragraph on medieval history
    # was dated to the 1100s
    # a date a span is told from ('since 8 July') is no narrative's time either; and the
    # narrative's time does not carry to an act told as done when it is after the
    # article's date (:func:`fits_event`), nor to a noun of an earlier event a past sentence
    # refers back to (:func:`fits_carried`): nor does an earlier date, which the narrative left
    before: list[Timex] = [] if had_dates else [
        t for t in dated.timexes
        if para <= t.start < sentence[0] and (t.value or "") not in REF_HOW
        and t.tid not in dated.names and t.tid not in dated.since
        and not _COARSE.match(t.value or "")]
    # a date told back from the narrative ('two days earlier', a past perfect's) is an
    # aside: the narrative goes on at the day before it, not at a coarser date ('in
    # April ... had been sealed on Monday' -> not April), else at the article's
    if before and before[-1].tid in dated.flashbacks:
        before = [t for t in before if t.tid not in dated.flashbacks]
        if before and not _DAY.match(before[-1].value or ""):
            before = []
    # the paragraph's last date describing a thing of a sentence told in the present
    # (:func:`.dated.scene_dates`), or in a comparison's standard ('has surpassed the 1989
    # spill': :mod:`.standards`): the narrative has come to the day of the telling
    # a bare year carries on only as its sentence's main event's time, to an act told in
    # the past (:mod:`.years`)
    tense = tense_of(clause_head(c.head))
    if (before and before[-1].tid not in dated.scene and before[-1].tid not in dated.standards
            and fits_carried(c, before[-1], dated.dct)
            and not (YEAR.match(before[-1].value or "")
                     and (before[-1].tid in dated.passing or tense != "past"))):
        return _carried(dated, before[-1])
    dct = ann.article.dct
    if dct is None:
        return EventTime(None, None, "none")
    return EventTime(dct.isoformat(), None, "dct" if tense == "present" else f"dct-{tense}")
