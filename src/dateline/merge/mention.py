"""One event mention as merging sees it: :class:`Mention` and the numbers it reports.

A :class:`Mention` keeps only what comparing and reporting need: the event's
coded fields, its calendar span, its sentence (for wording and display), the
numbers it reports, and where it came from. Its tokens and the other fields the pair
score reads are worked out once when it is made (:mod:`dateline.merge.mention_fields`),
from an Annotation or a store row (:mod:`dateline.merge.articles`), so the pair score is
cheap.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from dateline.merge.name_words import name_sides
from dateline.merge.places import place_path, scoped
from dateline.merge.rules import Rules, rules
from dateline.model import OCCURRENCE, occurrence_class


@dataclass(frozen=True, slots=True)
class Number:
    """A number a mention reports (a copy of the Quantity fields that matter)."""

    value: float | None
    text: str
    low: float | None = None
    high: float | None = None
    approx: bool = False
    counts: str | None = None

    def bounds(self) -> tuple[float, float] | None:
        """The interval the number claims, as the numbers stage marks it.

        "at least 40" (low only) is [40, inf), "nearly 7" (high only) (6.3, 7],
        "about 35" (approximate, no bounds) 35 +- 10%, "38" exactly 38."""
        if self.value is None and self.low is None and self.high is None:
            return None
        lo, hi = self.low, self.high
        if lo is not None and hi is not None:
            return (lo, hi)
        if lo is not None:
            return (lo, math.inf)
        if hi is not None:
            return (hi * 0.9, hi) if hi >= 0 else (hi * 1.1, hi)
        v = float(self.value)  # type: ignore[arg-type]
        if self.approx:
            return (v * 0.9, v * 1.1) if v >= 0 else (v * 1.1, v * 0.9)
        return (v, v)


@dataclass(frozen=True, slots=True)
class Mention:
    """One event mention from one article. ``key`` = (article_id, event_id) is its identity."""

    article_id: str
    event_id: str
    type: str
    trigger: str
    start: int
    end: int
    sentence_index: int
    sentence: str | None
    time_value: str | None = None
    time_how: str = "none"  # how the date was found: clause, sentence, paragraph, dct ...
    time_end: str | None = None  # a range's last point ('ran from Feb. 3 to April 9')
    date_start: date | None = None
    date_end: date | None = None
    actor: str | None = None
    target: str | None = None
    location: str | None = None
    negated: bool = False
    hedged: bool = False
    modality: str = "asserted"
    links: tuple[tuple[str, str], ...] = ()
    numbers: tuple[Number, ...] = ()
    dct: date | None = None
    source: str | None = None
    title: str | None = None
    path: str | None = None
    date_verdict: str | None = None
    names: frozenset[str] = frozenset()  # name keys of the entities in its sentence
    specific: frozenset[str] = frozenset()  # those naming a person, organisation or facility
    sentence_start: int | None = None  # offset of the sentence in the article, when known
    rule: str | None = None  # the events lexicon entry that coded it ('n.strike...', 'v.agree')
    tokens: frozenset[str] = field(default=frozenset(), compare=False)
    context: frozenset[str] = field(default=frozenset(), compare=False)
    trigger_key: str = field(default="", compare=False)  # stemmed trigger, computed once
    trigger_act: str = field(default="", compare=False)  # verb and noun of one act: derive
    figures: frozenset[str] = field(default=frozenset(), compare=False)  # counts it states
    trigger_classes: frozenset[str] = field(default=frozenset(), compare=False)  # 'strike' ...
    text_norm: float = field(default=0.0, compare=False)  # idf-weighted norm of ``tokens``
    name_words: frozenset[str] = field(default=frozenset(), compare=False)  # rare words of names
    specific_words: frozenset[str] = field(default=frozenset(), compare=False)  # same, specific
    context_norm: float = field(default=0.0, compare=False)  # the same of ``context``
    text_w2: float = field(default=0.0, compare=False)  # text_norm squared, as summed
    context_w2: float = field(default=0.0, compare=False)  # context_norm squared, as summed
    trigger_head: str = field(default="", compare=False)  # first content stem of the trigger
    head_classes: frozenset[str] = field(default=frozenset(), compare=False)  # of trigger_head
    sentence_classes: frozenset[str] = field(default=frozenset(), compare=False)  # its words'
    planned: str | None = field(default=None, compare=False)  # the root an intention names
    #: days its sentence names outside the mention's own date ('closed until 6 May' dated
    #: 25 April: {'2009-05-06'}), as the timex stage resolved them
    named_days: frozenset[str] = field(default=frozenset(), compare=False)
    #: the rungs of graded scales its sentence names near its trigger (``limits.rung_before``
    #: / ``rung_after`` words at most) as where something is or goes ('raised the alert
    #: from level 4 to level 5': {('level', 5)}; dateline.numbers.designation)
    rungs: frozenset[tuple[str, int]] = field(default=frozenset(), compare=False)
    #: days before its own date the event may lie: a back-reference to an occurrence ('the
    #: earthquake', "Jackson's death") that only its article's date dates (time_how 'dct',
    #: 'dct-past') tells an event of that day or earlier (references.reference_days); 0 else
    reach: int = field(default=0, compare=False)
    #: the first day its span may hold: its article's date for a verb told as planned whose
    #: date comes from no words of its own ('she would consult experts' under a paragraph
    #: dated to the week: what is still to come on the day it is told; plan_days.plan_start),
    #: None else
    not_before: date | None = field(default=None, compare=False)
    #: told in the form of a back-reference to a one-time occurrence, however it is dated
    #: ('the quake', "the singer's death": references.back_reference); the merge's last step
    #: reads it (joins.GroupJoins._attach)
    back_reference: bool = field(default=False, compare=False)
    #: the organisation the target person belongs to, as the article ties them ('Velmar
    #: chief executive Dana Roth': entities attrs 'affiliation'), else None: one party with
    #: that organisation for the targets' compare (vetoes.targets_differ)
    target_of: str | None = field(default=None, compare=False)
    #: told as the answer to an act of its kind: a ``reply_words`` word opening a trigger of
    #: more words ('returned fire') or a ``reply_after`` word right after it ('fired back');
    #: read by acts.reply_apart for every pair, so set once when made (trigger_words.told_as_reply)
    replied: bool = field(default=False, compare=False)
    #: told as advice or duty: an ``advice_words`` modal among the three words before the
    #: trigger ('should ask', 'must be closed'); one pair member advised and the other not is
    #: vetoed 'advice' (vetoes.act_veto: what someone should do is no report of it done, the
    #: labelling guideline), asked for every pair the cheap vetoes pass, so set once when made
    #: (trigger_words.told_as_advice)
    advised: bool = field(default=False, compare=False)
    #: the past occurrence an occurrence's own phrase recalls by a name its store ties to a
    #: year long before ('the Corvane Star spill' where the store tells 'the 1989 Corvane Star
    #: spill'; merge.recalled.recalled_name), '' for none; None when no store table was read
    #: (a mention from an Annotation, a store naming no past occurrence, or no occurrence)
    recalled: str | None = field(default=None, compare=False)

    # derived from the fields above once, when built (and again by dataclasses.replace):
    # the pair score reads them millions of times
    #: first and last day of the mention's date (one day when it has no end), if dated; an
    #: event dated by a range spans it, to the last day of its last point
    span: tuple[date, date] | None = field(default=None, init=False, compare=False)
    #: coded from a noun ('the strike', 'clashes', 'a truce'), alone or after a light verb.
    #: A noun usually names an event the story already knows (it is referred back to), a
    #: verb usually reports a new instance ('schools closed'). An occurrence noun's rule
    #: ends in '+noun' ('occ.accident.spill+noun')
    nominal: bool = field(default=False, init=False, compare=False)
    #: the class of an OCCURRENCE ('occ.disease.death', 'occ.disaster.quake'), from its
    #: rule; None for a PLOVER event. Occurrences of two classes are never one event
    occurrence_class: str | None = field(default=None, init=False, compare=False)
    #: 'neg' for a negated or denied mention, else 'pos' (denials never merge with reports)
    polarity: str = field(default="pos", init=False, compare=False)
    #: sqrt(len(tokens)), the denominator half of the cosine
    norm: float = field(default=0.0, init=False, compare=False)
    #: where the event's own place phrase puts it ('cases in Denmark', 'the spill in the
    #: US': ``location``, read off the trigger's in/at/near phrase), as a path from its
    #: country down (merge.places: 'U.S.' -> 'United States'; 'Glasgow' -> 'United
    #: Kingdom/Scotland/Glasgow'); else a place named in the possessive just before the
    #: trigger ('China 's first case'); None for no place or one it does not place (a sea, a
    #: continent): what contains what is then unknown (similarity.place_of)
    place: str | None = field(default=None, init=False, compare=False)
    #: answers of one-mention tests the veto chain asks for every pair (a generic plural),
    #: kept on first use with the rules they were worked out under (:func:`once`)
    memo: tuple[Rules, dict[str, Any]] | None = field(
        default=None, init=False, compare=False, repr=False)
    #: an occurrence's names as :func:`~dateline.merge.parties.occurrence_names` matches
    #: them (name_words.name_sides): what it offers and what it seeks; empty for other types
    name_sides: tuple[frozenset[str], frozenset[str]] = field(
        default=(frozenset(), frozenset()), init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        put = object.__setattr__
        if self.date_start is not None:
            # a back-reference's span reaches back to the days it may refer to; its stored
            # date (date_start, date_end: the article's) stays as the events stage chose it
            first = self.date_start - timedelta(days=self.reach) if self.reach else self.date_start
            last = self.date_end or self.date_start
            if self.not_before is not None and first < self.not_before <= last:
                first = self.not_before  # a plan lies on or after the day it is told
            put(self, "span", (first, last))
        put(self, "nominal", nominal_rule(self.rule))
        put(self, "occurrence_class", occurrence_class(self.type, self.rule))
        put(self, "polarity", "neg" if self.negated or self.modality == "denied" else "pos")
        put(self, "norm", math.sqrt(len(self.tokens)))
        located = None if _told_outside(self) or _one_of_listed(self) else self.location
        put(self, "place", scoped(place_path(located) or _possessive_state(self),
                                  self.occurrence_class))
        if self.type == OCCURRENCE and self.names:  # asked of every pair of two occurrences
            put(self, "name_sides", name_sides(self.names))

    @property
    def key(self) -> tuple[str, str]:
        return (self.article_id, self.event_id)

    @property
    def occurrence_kind(self) -> str:
        """The last part of an occurrence's class ('spill' of 'occ.accident.spill'), the
        word the merge rules list kinds by; '' for a PLOVER event."""
        return (self.occurrence_class or "").rsplit(".", 1)[-1]

    @property
    def act(self) -> str:
        """The type of the act itself: an intention's planned root ('will close' is coded
        THREATEN, its act COERCE: one closure, announced and then done), else the type."""
        return self.planned or self.type

    def sort_key(self) -> tuple[Any, ...]:
        """Canonical order (earliest report first); makes every output order-independent."""
        return (self.dct is None, self.dct or date.min, self.article_id, self.start, self.event_id)


_UNSET = object()
_T = TypeVar("_T")


def nominal_rule(rule: str | None) -> bool:
    """Whether an events-lexicon rule codes a noun ('n.strike', 'light:hold+n.talks',
    'occ.accident.spill+noun': 'the spill'): :attr:`Mention.nominal`."""
    rule = rule or ""
    return (rule.startswith("n.")
            or (rule.startswith(("light:", "reverse:")) and "+n." in rule)
            or (rule.startswith("occ.") and rule.endswith("+noun")))


def once(m: Mention, name: str, r: Rules, make: Callable[[Mention, Rules], _T]) -> _T:
    """``make(m, r)``, worked out once per mention and rules object and kept on the mention
    (``memo``): a test of one mention that the veto chain asks for each of its pairs (tens
    of pairs a mention) costs one lookup after the first. ``name`` names ``make``."""
    memo = m.memo
    if memo is None or memo[0] is not r:
        memo = (r, {})
        object.__setattr__(m, "memo", memo)
    got = memo[1].get(name, _UNSET)
    if got is _UNSET:
        got = memo[1][name] = make(m, r)
    return got


#: a capitalised name of up to three words in the possessive, then up to four words and the
#: trigger ('Varnia 's first confirmed bird flu case', "Ostrel's first cases")
_POSSESSIVE = re.compile(
    r"((?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)\s?['’]s\s+((?:[\w-]+\s+){0,4})$")


def _possessive_state(m: Mention) -> str | None:
    """The place a possessive just before the trigger names, when no place phrase does
    ('Varnia 's first confirmed bird flu case' / "Ostrel's first confirmed cases": two
    countries' first cases). The name's last words are tried as a place, longest first."""
    s = m.sentence or ""
    at = m.start - m.sentence_start if m.sentence_start is not None else -1
    if at <= 0 or "'" not in s[:at] and "’" not in s[:at]:
        return None
    hit = _POSSESSIVE.search(s[max(0, at - 80):at])
    if not hit or _breaks_phrase(hit.group(2)):
        return None
    name = hit.group(1).split()
    for i in range(len(name)):
        got = place_path(" ".join(name[i:]))
        if got:
            return got
    return None


#: a name as a list of places writes it: capitalised words, up to three ('New Zealand')
_NAME = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}"


@lru_cache(maxsize=4)
def _list_patterns(joiners: tuple[str, ...], ends: tuple[str, ...]
                   ) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The place listed right after a location ('in Alberta and Manitoba', 'in Peru , Chile
    and Bolivia'), its phrase ended there (a mark, the sentence's end or an ``ends`` word:
    not 'in Gaza and the army struck', a clause of its own), and the one right before it
    ('in Peru and the US'), as the two patterns' first group; None for no joiners."""
    if not joiners:
        return None
    j = "|".join(re.escape(w) for w in joiners)
    end = "|".join(re.escape(w) for w in ends) or "$"
    return (re.compile(r"(?:\s*,\s*(?:the\s+)?" + _NAME + r")*\s*,?\s*(?:" + j
                       + r")\s+(?:the\s+)?(" + _NAME + r")(?=\s*(?:[^\w\s]|$|(?:" + end
                       + r")\b))"),
            re.compile("(" + _NAME + r")\s*(?:,|" + j + r")\s+(?:the\s+)?$"))


def _one_of_listed(m: Mention) -> bool:
    """The event's place phrase lists two or more places ('fever cases in Peru and Chile',
    'in Peru , Chile and Bolivia'): the events stage keeps one of them as the location, but the
    event is in no single one of them, so it has no place the merge can read (rules.json
    ``place_list_about``). The listed name must be a place (:func:`place_path`): 'in the US
    and Reyes said' is one place. Of several namings of the location, the one nearest the
    trigger is read."""
    loc, s = m.location, m.sentence
    if not loc or not s:
        return False
    r = rules()
    patterns = _list_patterns(r.prefixes("place_list_joiners"), r.prefixes("place_list_ends"))
    if patterns is None:
        return False
    after, before = patterns
    at = m.start - m.sentence_start if m.sentence_start is not None else s.find(m.trigger)
    hits = list(re.finditer(re.escape(loc), s))
    if not hits:
        return False
    hit = min(hits, key=lambda h: abs(h.start() - at))  # the naming nearest the trigger
    for got in (after.match(s, hit.end(), hit.end() + 80),
                before.search(s[max(0, hit.start() - 40):hit.start()])):
        if got and place_path(got.group(1)):
            return True
    return False


def _told_outside(m: Mention) -> bool:
    """The event's place phrase names where it is not: every time its sentence names the
    location, one of ``place_outside_words`` stands just before it, 'of' or 'the' between
    ('the first death outside Mexico', 'cases beyond the capital'): the event is elsewhere,
    so it has no place the merge can read (rules.json ``place_outside_about``)."""
    loc, s = m.location, m.sentence
    if not loc or not s:
        return False
    r = rules()
    outside, skip = r.words("place_outside_words"), r.words("place_outside_between")
    found = False
    for hit in re.finditer(re.escape(loc), s):
        before = s[max(0, hit.start() - 40):hit.start()].lower().split()
        while before and before[-1] in skip:
            before.pop()
        if not before or before[-1] not in outside:
            return False
        found = True
    return found


def _breaks_phrase(between: str) -> bool:
    """A word between the possessive and the trigger opens another phrase
    (``possessive_place_breaks``: 'given Norway 's aid role the earthquake'), so the
    possessive names no part of the event's own noun phrase."""
    breaks = rules().words("possessive_place_breaks")
    return any(w in breaks for w in between.lower().split())
