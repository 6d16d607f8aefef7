"""Anchor each event in time: a date in the event noun's own phrase ("the April 20 rig
blast", also for a relative clause on it: "that killed 11"), else the date heading its
entry in a dated list ("20 April: rig explodes"), else the timex of its clause or of a
clause governing it, else the sentence's nearest, else the last date of its paragraph
before it, else the DCT qualified by the verb's tense. A date from outside the event's own
clause (the sentence's nearest, the paragraph's) dates it only when the event's tense and
modality fit it: no act told as done is dated after the article (:func:`.times.fits_event`), and a
date a span is told from ('since 8 July') carries no narrative on (:func:`since_dates`), nor
does a bare year said in passing or to an act not told in the past (:mod:`.years`).
A date in another event noun's phrase dates no other event, unless that noun is the
clause's subject or its 'in'/'during' object ("died in the April 20 blast"). A date that
only names a thing which is no event ('withdrawal to the 1967 borders') dates no event
but that noun's own. A definite event noun that only its paragraph or the article dates
('the blast') takes the date of the nearest earlier mention of that event with a date of
its own ('the April 20 explosion'): :func:`by_antecedent`. A date before coordinated nouns
dates each ('an April 20 blowout and rig explosion'), and an act of a relative clause on an
event noun that no words of its own date takes the noun's date, also one the noun took from
an earlier mention ('the blast that left 9 crewmen dead'), over a date of its sentence
outside the clause when told done: :func:`by_host`.

Each step has its module: what the parse says of a word's clause (:mod:`.syntax`), which
of the article's timexes can date an event (:mod:`.dated`) and which only name a thing
(:mod:`.names`) or are years said in passing (:mod:`.years`), event nouns whose date is not
their clause's and the dates in an event noun's phrase (:mod:`.nouns`), 'since' dates
(:mod:`.since`), the EventTime a date makes and the fallback without one (:mod:`.times`),
dating one event from its own words (:mod:`.sentence`), and dates carried between the
mentions of an article (:mod:`.mentions`). Their public names are importable from here.
"""

from __future__ import annotations

from dateline.events.anchor.dated import (
    ANCHOR_TYPES,
    Dated,
    anchorable,
    page_stamps,
    scene_dates,
    since_dates,
)
from dateline.events.anchor.mentions import (
    ANTECEDENT,
    OWN_DATE,
    back_reference,
    by_antecedent,
    by_host,
    event_kinds,
    new_instance,
    owned_reference,
    relative_host,
    told_done,
    told_of,
)
from dateline.events.anchor.names import modified_noun, name_dates
from dateline.events.anchor.nouns import is_cause, is_gerund_cause, phrase_dates
from dateline.events.anchor.sentence import anchor
from dateline.events.anchor.since import SINCE
from dateline.events.anchor.syntax import TIME_MARKS, noun_of
from dateline.events.anchor.times import REF_HOW

__all__ = [
    "ANCHOR_TYPES",
    "ANTECEDENT",
    "OWN_DATE",
    "REF_HOW",
    "SINCE",
    "TIME_MARKS",
    "Dated",
    "anchor",
    "anchorable",
    "back_reference",
    "by_antecedent",
    "by_host",
    "event_kinds",
    "is_cause",
    "is_gerund_cause",
    "modified_noun",
    "name_dates",
    "new_instance",
    "noun_of",
    "owned_reference",
    "page_stamps",
    "phrase_dates",
    "relative_host",
    "scene_dates",
    "since_dates",
    "told_done",
    "told_of",
]
