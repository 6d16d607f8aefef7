"""One event mention as merging sees it, built from an Annotation or a store row.

A :class:`Mention` keeps only what comparing and reporting need: the event's
coded fields, its calendar span, its sentence (for wording and display), the
numbers it reports, and where it came from. Tokens are computed once here so
the pair score is cheap.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from dateline.entities.document import CLOSE_BRACKETS, OPEN_BRACKETS
from dateline.events.lexicon import planned_root
from dateline.merge.derive import act_key
from dateline.merge.lexicon import lexicon
from dateline.merge.places import place_path, scoped
from dateline.merge.rules import Rules, rules
from dateline.model import (
    OCCURRENCE,
    Annotation,
    Event,
    Quantity,
    Sentence,
    occurrence_class,
)
from dateline.numbers.designation import rungs
from dateline.numbers.find import old_value
from dateline.numbers.lexicon import tables
from dateline.numbers.parse import value_of
from dateline.store.rows import name_key
from dateline.store.tvalue import event_span


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
    time_end: str | None = None  # a range's last point ('ran from Jan. 19 to March 1')
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
    #: 'dct-past') tells an event of that day or earlier (:func:`reference_days`); 0 else
    reach: int = field(default=0, compare=False)
    #: told in the form of a back-reference to a one-time occurrence, however it is dated
    #: ('the quake', "the singer's death": :func:`back_reference`); the merge's last step
    #: reads it (cluster.EventMerger._attach)
    back_reference: bool = field(default=False, compare=False)
    #: told as the answer to an act of its kind: a ``reply_words`` word opening a trigger of
    #: more words ('returned fire') or a ``reply_after`` word right after it ('fired back');
    #: read by acts.reply_apart for every pair, so set once here (:func:`told_as_reply`)
    replied: bool = field(default=False, compare=False)
    #: told as advice or duty: an ``advice_words`` modal among the three words before the
    #: trigger ('should ask', 'must be closed'); one pair member advised and the other not is
    #: vetoed 'advice' (vetoes.act_veto: what someone should do is no report of it done, the
    #: labelling guideline), asked for every pair the cheap vetoes pass, so set once here
    #: (:func:`told_as_advice`)
    advised: bool = field(default=False, compare=False)

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
    #: them (:func:`name_sides`): what it offers and what it seeks; empty for other types
    name_sides: tuple[frozenset[str], frozenset[str]] = field(
        default=(frozenset(), frozenset()), init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        put = object.__setattr__
        if self.date_start is not None:
            # a back-reference's span reaches back to the days it may refer to; its stored
            # date (date_start, date_end: the article's) stays as the events stage chose it
            first = self.date_start - timedelta(days=self.reach) if self.reach else self.date_start
            put(self, "span", (first, self.date_end or self.date_start))
        rule = self.rule or ""
        put(self, "nominal", rule.startswith("n.")
            or (rule.startswith(("light:", "reverse:")) and "+n." in rule)
            or (rule.startswith("occ.") and rule.endswith("+noun")))  # 'the spill'
        put(self, "occurrence_class", occurrence_class(self.type, self.rule))
        put(self, "polarity", "neg" if self.negated or self.modality == "denied" else "pos")
        put(self, "norm", math.sqrt(len(self.tokens)))
        put(self, "place", scoped(place_path(self.location) or _possessive_state(self),
                                  self.occurrence_class))
        if self.type == OCCURRENCE and self.names:  # asked of every pair of two occurrences
            put(self, "name_sides", name_sides(self.names))

    @property
    def key(self) -> tuple[str, str]:
        return (self.article_id, self.event_id)

    @property
    def act(self) -> str:
        """The type of the act itself: an intention's planned root ('will close' is coded
        THREATEN, its act COERCE: one closure, announced and then done), else the type."""
        return self.planned or self.type

    def sort_key(self) -> tuple[Any, ...]:
        """Canonical order (earliest report first); makes every output order-independent."""
        return (self.dct is None, self.dct or date.min, self.article_id, self.start, self.event_id)


#: marks a single word among the names of :func:`name_sides` (no name key holds it)
_WORD = "\x00"


@lru_cache(maxsize=4096)
def name_sides(names: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """What a sentence's names offer and seek, so that two occurrences name one place or party
    (:func:`~dateline.merge.parties.occurrence_names`) when either offers what the other seeks.
    Offered: the names, and each one-word name as a word. Sought: the names, the names of
    three words or more less their last word ('vila do sal' of 'vila do sal residents': the
    recogniser took in the next word), and the last word of each longer name as a word
    ('jackson' of 'michael jackson': a surname against the full name). Worked out once per
    mention (cached: the mentions of one sentence share their names)."""
    offer = set(names)
    seek = set(names)
    for n in names:
        if " " not in n:
            offer.add(_WORD + n)
            continue
        head, last = n.rsplit(" ", 1)
        seek.add(_WORD + last)
        if " " in head:
            seek.add(head)
    return frozenset(offer), frozenset(seek)


_UNSET = object()
_T = TypeVar("_T")


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
#: trigger ('China 's first confirmed swine flu case', "France's first cases")
_POSSESSIVE = re.compile(
    r"((?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)\s?['’]s\s+((?:[\w-]+\s+){0,4})$")


def _possessive_state(m: Mention) -> str | None:
    """The place a possessive just before the trigger names, when no place phrase does
    ('China 's first confirmed swine flu case' / "France's first confirmed cases": two
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


def _breaks_phrase(between: str) -> bool:
    """A word between the possessive and the trigger opens another phrase
    (``possessive_place_breaks``: 'given Norway 's aid role the earthquake'), so the
    possessive names no part of the event's own noun phrase."""
    breaks = rules().words("possessive_place_breaks")
    return any(w in breaks for w in between.lower().split())


def _numbers(ev: Event, quantities: tuple[Quantity, ...]) -> tuple[Number, ...]:
    """The numbers the event reports; when the events stage attached none, those of its sentence
    ("Thirty-eight people were treated after the clashes" states the clash's toll)."""
    picked = [quantities[i] for i in ev.quantities if 0 <= i < len(quantities)]
    if not picked:
        picked = [q for q in quantities
                  if q.sentence == ev.sentence
                  and may_count(ev.type, ev.target, q.counts, ev.trigger)]
    return tuple(Number(q.value, q.text, q.low, q.high, q.approx, q.counts) for q in picked)


def may_count(
    event_type: str, target: str | None, counts: str | None, trigger: str | None = None
) -> bool:
    """Whether a figure of an event's sentence (counting ``counts``) may count what the
    event hit: not when the event is an occurrence whose victims ('killing wildlife')
    share no word with what the figure counts ('Eleven workers were killed in the
    explosion ... killing wildlife'). A figure of the trigger's own noun counts the
    occurrence itself ('the number of confirmed cases of measles has risen to 18': the
    cases, whose target is the disease), else a tally report had no figure to be told
    apart by. Used for annotations and for store rows alike."""
    if event_type != OCCURRENCE or not target or not counts:
        return True
    r = rules()
    own = set(r.tokens(target)) | set(r.tokens(trigger or ""))
    return bool(own & set(r.tokens(counts)))


def _figures(tokens: frozenset[str], numbers: tuple[Number, ...]) -> frozenset[str]:
    """Figures that can be counts ("81 people"): not years, not days of a month. Compared
    by length before value: a 20,000-digit token must not reach int() (Python refuses
    it), nor a digit int() cannot read ('²' is a digit, not a decimal)."""
    out = {
        t
        for t in tokens
        if t.isdecimal() and not (len(t) == 4 and t[:2] in ("19", "20"))
        and (len(t.lstrip("0")) > 2 or int(t) > 31)
    }
    out.update(f"{n.value:g}" for n in numbers if n.value is not None)
    return frozenset(out)


_DIGITS = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,])\d+(?![\w,])")


@lru_cache(maxsize=8192)
def old_figures(sent: str) -> frozenset[str]:
    """Figures a sentence gives only as the earlier value of a change ('rose to 52, up from
    45': numbers.find.old_value), which a report of 45 must not share with it; a figure the
    sentence also gives as new stays."""
    t = tables()
    if not any(map(str.isdigit, sent)):  # a character at a time, in C
        return _EMPTY
    old: set[str] = set()
    new: set[str] = set()
    for m in _DIGITS.finditer(sent):
        bare = m.group().replace(",", "")  # as tokens split it, and as a Number's value prints
        (old if old_value(sent, m.start(), m.end(), t) else new).update(
            (bare, f"{float(bare):g}", *m.group().split(",")))
    return frozenset(old - new) or _EMPTY


def _span(
    time_value: str | None,
    time_end: str | None,
    start: date | None = None,
    end: date | None = None,
) -> tuple[date | None, date | None]:
    """First and last day of an event's date: ``start``/``end`` when given (a store row's
    date_start/date_end, which the store computed the same way), else the span of
    ``time_value`` carried to the last day of a range's last point ``time_end`` ('ran from
    Jan. 19 to March 1': 2025-01-19 .. 2025-03-01; store.tvalue.event_span)."""
    if start is not None:
        return start, end
    return event_span(time_value, time_end) or (None, None)


def _phrasal_class(etype: str, trig: str, after: str, r: Rules) -> frozenset[str]:
    """The class of a verb with the particle right after it when the two name another act
    than the verb alone (rules.json ``phrasal_classes``: 'shot down' intercepts, 'shot' fires)."""
    table = r.raw.get("phrasal_classes", {}).get(etype)
    words = after.split()[:1]
    if not table or not words:
        return frozenset()
    cls = table.get(f"{trig.lower()} {words[0].lower().strip(',.;:')}")
    return frozenset({cls}) if cls else frozenset()


def make_mention(derived: bool = True, **kw: Any) -> Mention:
    """A Mention with its date span and tokens filled in from ``time_value`` (to ``time_end``
    for a range) and ``sentence``; given ``date_start``/``date_end`` (a store row's) are kept.

    ``derived=False`` leaves out what only scoring pairs reads (tokens, classes, weights):
    enough to group mentions already merged (a store's kept clusters), at a fraction of
    the cost."""
    kw["date_start"], kw["date_end"] = _span(
        kw.get("time_value"), kw.get("time_end"), kw.get("date_start"), kw.get("date_end")
    )
    r = rules()
    kind = _back_kind(kw, r)  # the rule's kind, asked once for both
    kw["back_reference"] = bool(kind)
    kw["reach"] = _dated_reach(kw, r) if _one_time(kind, r) else ongoing_days(kw, r)
    if not derived:
        return Mention(**kw)
    kw["named_days"] = _other_days(kw.get("named_days", ()), kw["date_start"], kw["date_end"])
    sent, trig = kw.get("sentence") or "", kw.get("trigger") or ""
    kw["tokens"] = _sentence_tokens(sent)  # one set for the events of a sentence
    trig_tokens = r.tokens(trig)
    at = _trigger_at(kw, sent, trig)
    _trigger_fields(kw, r, sent, trig, trig_tokens, at)
    _class_fields(kw, r, sent, trig, trig_tokens, at)
    _weight_fields(kw, sent)
    for f in ("tokens", "context", "figures"):  # mostly one of a kind: only empty ones shared
        kw[f] = kw.get(f) or _EMPTY
    for f in _SHARED_SETS:
        kw[f] = _share(kw[f])
    return Mention(**kw)


def _trigger_fields(kw: dict[str, Any], r: Rules, sent: str, trig: str,
                    trig_tokens: tuple[str, ...], at: int) -> None:
    """make_mention's step: what the words around the trigger tell (its context window,
    stem and head word, the figures and rungs near it, whether it is planned, a reply or
    advice); ``at``: the trigger's offset in ``sent``, -1 when not found there."""
    if at >= 0:
        k = int(r.limits["context_words"])
        left, right = _sides_of(sent, at, at + len(trig), r)
        kw["context"] = frozenset(left[len(left) - k :] + trig_tokens + right[:k])
    kw["trigger_key"] = r.stem(trig.lower())
    kw["trigger_act"] = act_key(trig, r)
    kw["trigger_head"] = _head(trig_tokens, kw["trigger_key"], r)
    kw["figures"] = _figures(kw["tokens"], kw.get("numbers", ())) - old_figures(sent)
    if at >= 0:  # the rungs named near the trigger ('raised its alert to level 5')
        kw["rungs"] = rungs(sent, at, at + len(trig), int(r.limits["rung_before"]),
                            int(r.limits["rung_after"]))
    kw["planned"] = planned_root(kw.get("rule"))
    kw["replied"] = told_as_reply(kw, sent, trig, r)
    kw["advised"] = told_as_advice(
        sent, offset_in_sentence(kw["start"], kw.get("sentence_start"), sent), r)


def _class_fields(kw: dict[str, Any], r: Rules, sent: str, trig: str,
                  trig_tokens: tuple[str, ...], at: int) -> None:
    """make_mention's step: the lexicon classes of the trigger, its head word and its
    sentence (after :func:`_trigger_fields`, whose stem and head they read)."""
    lex = lexicon()
    kw["trigger_classes"] = lex.trigger_classes(kw["type"], trig_tokens or (kw["trigger_key"],))
    if (kw.get("rule") or "").startswith("reverse:"):  # 'end the strike' ~ 'call off the walkout'
        kw["trigger_classes"] |= lex.reversed_classes(trig_tokens[1:])
    kw["head_classes"] = lex.trigger_classes(kw["type"], (kw["trigger_head"],))
    if kw["type"] == OCCURRENCE and kw["head_classes"] and len(trig_tokens) > 1:
        # 'aftershock hit': the noun says what happened, the verb only that it came
        # ('hit', 'struck' are words of the quake class too); 'quake struck' stays a quake
        kw["trigger_classes"] = kw["head_classes"]
    if at >= 0 and (phrasal := _phrasal_class(kw["type"], trig, sent[at + len(trig):], r)):
        kw["trigger_classes"] = phrasal  # 'shot down' a rocket: no 'shoot', as 'fired' is
    kw["sentence_classes"] = lex.trigger_classes(kw["type"], kw["tokens"])


def _weight_fields(kw: dict[str, Any], sent: str) -> None:
    """make_mention's step: the idf weights of the sentence's and the context's words, and
    the rare words of the names and specific entities (a speaker's name left out)."""
    lex = lexicon()
    kw["text_w2"] = lex.idf2(kw["tokens"])
    kw["context_w2"] = lex.idf2(kw.get("context", ()))
    kw["text_norm"] = math.sqrt(kw["text_w2"])  # lex.weight, from the sum kept above
    kw["context_norm"] = math.sqrt(kw["context_w2"])
    speakers = _speakers(sent, kw.get("names", frozenset()))
    kw["name_words"] = _rare_words(kw.get("names", frozenset()) - speakers)
    kw["specific_words"] = _rare_words(kw.get("specific", frozenset()) - speakers)


_EMPTY: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _reference_before(words: tuple[str, ...], new: tuple[str, ...],
                      joins: tuple[str, ...] = ()) -> re.Pattern[str]:
    alt = "|".join(rf"\b{re.escape(w)}" if w[:1].isalpha() else re.escape(w) for w in words)
    # the determiner or possessive, then at most two words naming it ('the Haiti earthquake',
    # "the singer's sudden death") right before the trigger, none a determiner of a new
    # instance (``reference_new_instance``: 'warned that an earthquake'); the determiner
    # also covers the second noun of a coordination it opens ('the rig blast and oil
    # spill': one phrase naming the story's events, ``reference_coordinators``)
    fresh = "|".join(re.escape(w) for w in new)
    word = rf"(?!(?:{fresh})\s)[\w-]+\s+" if fresh else r"[\w-]+\s+"
    conj = "|".join(rf"{re.escape(w)}\s+" for w in joins)
    first = rf"(?:(?:{word}){{1,2}}(?:{conj}))?" if conj else ""
    return re.compile(rf"(?:{alt})\s+{first}(?:{word}){{0,2}}$", re.IGNORECASE)


def _plural(trigger: str, r: Rules) -> bool:
    """A one-word trigger read as a plural by its ending (``reference_plural_endings``, not
    ``reference_singular_endings``: 'earthquakes' but not 'the crash' or 'the collapse')."""
    t = trigger.lower()
    return t.endswith(tuple(r.raw.get("reference_plural_endings", ()))) and not t.endswith(
        tuple(r.raw.get("reference_singular_endings", ()))
    )


#: how a mention dated only by its article's own date was dated (``time_how``)
DCT_DATED = frozenset({"dct", "dct-past"})


def reference_days(kw: dict[str, Any], r: Rules) -> int:
    """How many days before its own date a mention may tell its event (``reach``): a noun
    of an occurrence that happens once (``reference_kinds``: a quake, an explosion, a death;
    'occ.disaster.quake+noun'), in the singular, after a determiner or a
    possessive that refers back (``reference_words``: 'the earthquake', "Jackson's death")
    and dated by nothing but its article's date ('dct', 'dct-past': no date in its clause,
    sentence or paragraph, no earlier mention in the article) is the event the story already
    told, which happened on that day or any of the ``reference_days`` before it. 0 for the
    rest: a verb reports a new instance, an indefinite noun ('an explosion') or a plural
    ('earthquakes') another one."""
    return _dated_reach(kw, r) if _one_time(_back_kind(kw, r), r) else 0


def _one_time(kind: str, r: Rules) -> bool:
    """Whether a back-reference's kind (:func:`_back_kind`) happens once and so reaches back
    (``reference_kinds``); a lasting one ('the spill') goes on its article's day."""
    return bool(kind) and kind in r.raw.get("reference_kinds", ())


def _dated_reach(kw: dict[str, Any], r: Rules) -> int:
    """:func:`reference_days` of a mention known to be a back-reference: its dating test."""
    if (kw.get("time_how") or "") not in DCT_DATED:
        return 0
    return int(r.limits.get("reference_days", 0))


#: a stated time into the event just before its noun: 'five days into the walkout', 'a
#: week into their strike' (the count, the unit, then the determiner and two words at most)
_INTO = re.compile(r"\b([\w-]+)\s+(\w+)\s+into\s+(?:the|its|their|this)\s+(?:[\w-]+\s+){0,2}$",
                   re.IGNORECASE)


def ongoing_days(kw: dict[str, Any], r: Rules) -> int:
    """How many days before its own date a noun told as going on for a stated time began
    ('five days into the walkout': the walkout began five days before the mention's date),
    so that it meets the reports of its first days; at most ``ongoing_max_days``. Units are
    ``ongoing_units`` (days per unit); 0 for anything else."""
    sent, trig = kw.get("sentence") or "", kw.get("trigger") or ""
    if not trig or (at := _trigger_at(kw, sent, trig)) < 0:
        return 0
    hit = _INTO.search(sent[max(0, at - 60):at])
    unit = r.raw.get("ongoing_units", {}).get(hit.group(2).lower()) if hit else None
    if not hit or not unit:
        return 0
    count = value_of(hit.group(1), tables())
    if count is None or count < 1:
        return 0
    return min(int(count * unit), int(r.limits.get("ongoing_max_days", 0)))


def back_reference(kw: dict[str, Any], r: Rules) -> bool:
    """Whether a mention is told as a back-reference to a one-time occurrence, whatever dates
    it: a noun of ``reference_kinds`` ('the earthquake', "Jackson's death"), one word, in the
    singular, after a ``reference_words`` word (:func:`reference_days` adds the dating test);
    or, the same way, to the story's lasting one (``lasting_reference_kinds``: 'the spill',
    'the outbreak'), which reaches no day back (it goes on its article's day) but joins the
    event by its count of alike reports in the attach step (joins._attach)."""
    return bool(_back_kind(kw, r))


def _back_kind(kw: dict[str, Any], r: Rules) -> str:
    """The occurrence kind of a :func:`back_reference` ('quake'), '' for any other mention:
    make_mention reads both whether it is one and whether its kind happens once."""
    rule = kw.get("rule") or ""
    if kw.get("type") != OCCURRENCE or not (rule.startswith("occ.") and rule.endswith("+noun")):
        return ""
    kind = _kind(kw)
    if kind not in r.raw.get("reference_kinds", ()) and kind not in r.raw.get(
            "lasting_reference_kinds", ()):
        return ""
    sent, trig = kw.get("sentence") or "", kw.get("trigger") or ""
    if not trig or " " in trig or _plural(trig, r):
        return ""
    if (at := _trigger_at(kw, sent, trig)) < 0:
        return ""
    words = tuple(r.raw.get("reference_words", ()))
    new = tuple(r.raw.get("reference_new_instance", ()))
    joins = tuple(r.raw.get("reference_coordinators", ()))
    return kind if words and _reference_before(words, new, joins).search(sent[:at]) else ""


def _kind(kw: dict[str, Any]) -> str:
    """The kind of an occurrence noun's rule ('occ.disaster.quake+noun': 'quake'), else ''."""
    cls = (occurrence_class(OCCURRENCE, kw.get("rule") or "") or "").split(".")
    return cls[2] if len(cls) >= 3 else ""


def _trigger_at(kw: dict[str, Any], sent: str, trig: str) -> int:
    """Where the trigger stands in its sentence (-1 when it does not): its offset when the
    row carries one and it holds the trigger, else the trigger's first place in the text
    (rows read back from a store carry no sentence offset)."""
    at = kw["start"] - kw["sentence_start"] if kw.get("sentence_start") is not None else -1
    if not 0 <= at <= len(sent) or sent[at : at + len(trig)] != trig:
        at = sent.find(trig) if trig else -1
    return at


#: a word or a figure ('4,000', '1.5'), as the merge's trigger-side word tests read them
WORD_TOKEN = re.compile(r"[\w'’,.-]*\w")


def offset_in_sentence(start: int, sentence_start: int | None, sent: str) -> int:
    """Where a trigger at ``start`` starts in its sentence: -1 when the row carries no
    sentence offset or the offset falls outside the sentence."""
    if sentence_start is None:
        return -1
    at = start - sentence_start
    return at if 0 <= at <= len(sent) else -1


def words_before(m: Mention, n: int, chars: int | None = None) -> list[str]:
    """The last ``n`` lower-cased words before ``m``'s trigger in its sentence, of its last
    ``chars`` characters when given ([] for a mention placed in no sentence)."""
    at = offset_in_sentence(m.start, m.sentence_start, m.sentence or "")
    if at < 0 or not m.sentence:
        return []
    return m.sentence[0 if chars is None else max(0, at - chars):at].lower().split()[-n:]


def told_as_reply(kw: Mapping[str, Any], sent: str, trig: str, r: Rules) -> bool:
    """The trigger opens with a ``reply_words`` word before the act's own word ('returned
    fire', 'returning fire'), or ``reply_after`` follows it ('fired back')."""
    words = trig.lower().split()
    if len(words) > 1 and words[0] in r.words("reply_words"):
        return True
    at = offset_in_sentence(kw["start"], kw.get("sentence_start"), sent)
    if at < 0:
        return False
    first = WORD_TOKEN.search(sent[at + (kw["end"] - kw["start"]):].lower())
    return first is not None and first.group() in r.words("reply_after")


def told_as_advice(sent: str, at: int, r: Rules) -> bool:
    """An ``advice_words`` modal among the three words before the trigger, which starts at
    ``at`` in ``sent`` (:func:`offset_in_sentence`; -1: not known, no advice)."""
    if at < 0:
        return False
    words = r.words("advice_words")
    return any(w in words for w in WORD_TOKEN.findall(sent[:at].lower())[-3:])


def _head(trig_tokens: tuple[str, ...], key: str, r: Rules) -> str:
    """The trigger's head word: its first content stem, or the word after an aspectual verb
    (``aspectual_verbs``: 'continued the demolition' is a demolition, 'resumed shelling' a
    shelling), which only says the act goes on, starts or resumes."""
    if not trig_tokens:
        return key
    if len(trig_tokens) > 1 and trig_tokens[0] in _aspectual(r):
        return trig_tokens[1]
    return trig_tokens[0]


def _aspectual(r: Rules) -> frozenset[str]:
    return frozenset(r.stem(w) for w in r.raw.get("aspectual_verbs", ()))


def _other_days(days: Iterable[str], start: date | None, end: date | None) -> frozenset[str]:
    """The days (``YYYY-MM-DD``) not inside the span ``start``..``end`` (all when undated)."""
    out = set()
    for d in days:
        try:
            day = date.fromisoformat(d)
        except ValueError:
            continue
        if start is None or not start <= day <= (end or start):
            out.add(d)
    return frozenset(out) or _EMPTY


@lru_cache(maxsize=256)
def _sentence_tokens(sentence: str) -> frozenset[str]:
    """Content stems of a sentence (the events of one sentence are built one after another),
    from its one tokenising (:func:`_sentence_spans`, which the trigger context reads too)."""
    spans = _sentence_spans(sentence)
    return frozenset(spans[3] if spans is not None else rules().tokens(sentence)) or _EMPTY


@lru_cache(maxsize=256)
def _sentence_spans(
    sentence: str,
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[str, ...]] | None:
    """Rules.token_spans of a sentence (the events of one sentence are built one after
    another)."""
    return rules().token_spans(sentence)


def _sides_of(sent: str, at: int, end: int, r: Rules) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The content tokens of ``sent`` before ``at`` and from ``end`` on, sliced from the
    sentence's tokens (:func:`_sentence_spans`) when neither offset cuts a word; the slices
    tokenised anew otherwise (a trigger inside a word: 'break' of 'outbreak'), which is
    what a cut word gives."""
    spans = _sentence_spans(sent)  # under the shipped rules, as make_mention's r
    if spans is not None:
        starts, ends, before, toks = spans
        i, j = bisect_right(ends, at), bisect_left(starts, end)
        if (i == len(starts) or starts[i] >= at) and (j == 0 or ends[j - 1] <= end):
            return toks[: before[i]], toks[before[j]:]
    return r.tokens(sent[:at]), r.tokens(sent[end:])


@lru_cache(maxsize=256)
def _sentence_words(sentence: str) -> tuple[str, ...]:
    """A sentence's words as names are keyed (:func:`_speakers`)."""
    return tuple((name_key(sentence) or "").split())


#: Set fields many mentions hold equal copies of (a trigger's classes, a name's words):
#: each is kept once. A store's 42,500 mentions hold ~400,000 such sets (~216 bytes each)
_SHARED_SETS = ("trigger_classes", "head_classes", "sentence_classes", "name_words",
                "specific_words")
_SETS: dict[frozenset[str], frozenset[str]] = {}


def _share(s: frozenset[str]) -> frozenset[str]:
    """The one kept copy of a set equal to ``s`` (bounded: the table restarts when full)."""
    if not s:
        return _EMPTY
    got = _SETS.get(s)
    if got is None:
        if len(_SETS) >= 65_536:
            _SETS.clear()
        got = _SETS[s] = s
    return got


def _rare_words(names: frozenset[str]) -> frozenset[str]:
    """The telling words of a set of names ('alleyn' of "Alleyn's School"; not 'school').

    Names are compared by these words, so "Alleyn" and "Alleyn's School" are one
    name while "Dolphin School" is another."""
    return frozenset(w for n in names for w in rare_name_tokens(n))


@lru_cache(maxsize=256)
def _speakers(sentence: str, names: frozenset[str]) -> frozenset[str]:
    """Names standing next to a speech verb ('said Ilse Marten', 'Karin Dahl, said').

    Whoever is quoted is the outlet's source, not a participant: two reports of
    one clash quote different people, so their names must not read as a conflict.
    Cached: the events of one sentence are built one after another, with its names."""
    if not names or not sentence:
        return frozenset()
    words = _sentence_words(sentence)
    speech, k = rules().speech_words, int(rules().limits["speaker_window"])
    out = set()
    for n in names:
        parts = tuple(n.split())
        for i in _starts(words, parts):
            if words[i : i + len(parts)] == parts:
                near = words[max(0, i - k) : i] + words[i + len(parts) : i + len(parts) + k]
                if speech & set(near):
                    out.add(n)
                    break
    return frozenset(out)


def _starts(words: tuple[str, ...], parts: tuple[str, ...]) -> Iterator[int]:
    """Where ``parts`` may start in ``words``, in order: every place its first word stands
    (found by tuple.index in C; a Python loop over every word for every name of every
    mention was most of _speakers' cost), every place for no part at all."""
    if not parts:
        yield from range(len(words) + 1)
        return
    first, last, i = parts[0], len(words) - len(parts), 0
    while i <= last:
        try:
            i = words.index(first, i, last + 1)
        except ValueError:
            return
        yield i
        i += 1


#: Entity labels whose names tell events apart (a school, a city, a minister), not numbers or dates.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT"})
#: Of those, the ones naming one particular participant (a country is shared by many events).
SPECIFIC_LABELS = frozenset({"PERSON", "ORG", "FAC", "EVENT", "PRODUCT"})


#: a TIMEX3 value naming one calendar day
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def sentence_days(timexes: Iterable[tuple[str, str | None, int | None]]) -> dict[int, list[str]]:
    """The days the DATE timexes ``(type, value, sentence)`` of each sentence name."""
    out: dict[int, list[str]] = {}
    for typ, value, sentence in timexes:
        if typ == "DATE" and sentence is not None and value and _DAY.fullmatch(value):
            out.setdefault(sentence, []).append(value)
    return out


def _sentence_names(
    entities: Iterable[tuple[str | None, str, str | None, int | None]], labels: frozenset[str]
) -> dict[int, frozenset[str]]:
    """Name keys by sentence of the entities ``(canonical, text, label, sentence)`` whose
    label is one of ``labels``."""
    out: dict[int, set[str]] = {}
    for canonical, text, label, sentence in entities:
        key = name_key(canonical or text)
        if sentence is not None and label in labels and key:
            out.setdefault(sentence, set()).add(key)
    return {k: frozenset(v) for k, v in out.items()}


@dataclass(frozen=True, slots=True)
class Source:
    """What a mention keeps of its article."""

    id: str
    dct: date | None = None
    source: str | None = None
    title: str | None = None
    path: str | None = None
    date_verdict: str | None = None


def mentions_from_annotation(ann: Annotation) -> Iterator[Mention]:
    """Every event of an annotated article as a Mention (with its sentence and numbers)."""
    art = ann.article
    verdict = ann.datecheck.verdict if ann.datecheck else None
    ents = [(e.canonical, e.text, e.label, e.sentence) for e in ann.entities]
    return article_mentions(
        Source(art.id, art.dct, art.source, art.title, art.path, verdict),
        ann.events, {s.index: s for s in ann.sentences}, ann.quantities, ents,
        [(t.type, t.value, t.sentence) for t in ann.timexes],
    )


def article_mentions(
    art: Source,
    events: Iterable[Event],
    sents: Mapping[int, Sentence],
    quantities: tuple[Quantity, ...],
    entities: Iterable[tuple[str | None, str, str | None, int | None]],
    timexes: Iterable[tuple[str, str | None, int | None]] = (),
) -> Iterator[Mention]:
    """The events of one article as Mentions, given its sentences by index, its quantities
    (in order: an event's ``quantities`` index them) and its entities as ``(canonical,
    text, label, sentence)``; shared by :func:`mentions_from_annotation` and the store's
    column-wise reader (``dateline.merge.store.store_mentions``)."""
    entities = list(entities)
    names = _sentence_names(entities, NAME_LABELS)
    specific = _sentence_names(entities, SPECIFIC_LABELS)
    days = sentence_days(timexes)
    for ev in events:
        sent = sents.get(ev.sentence)
        yield make_mention(
            article_id=art.id,
            event_id=ev.id,
            type=ev.type,
            trigger=ev.trigger,
            start=ev.start,
            end=ev.end,
            sentence_index=ev.sentence,
            sentence=sent.text if sent else None,
            time_value=ev.time.value,
            time_how=ev.time.how,
            time_end=ev.time.end,
            actor=ev.actor,
            target=ev.target,
            location=ev.location,
            negated=ev.negated,
            hedged=ev.hedged,
            modality=ev.modality,
            links=ev.links,
            numbers=_numbers(ev, quantities),
            dct=art.dct,
            source=art.source,
            title=art.title,
            path=art.path,
            date_verdict=art.date_verdict,
            names=names.get(ev.sentence, _EMPTY),
            specific=specific.get(ev.sentence, _EMPTY),
            named_days=days.get(ev.sentence, ()),
            sentence_start=sent.start if sent else None,
            rule=ev.rule,
        )


def mention_from_row(row: Mapping[str, Any], derived: bool = True) -> Mention:
    """A Mention from a store event row (``dateline.store.queries.EVENT_COLUMNS`` + article fields).

    Rows carry no numbers or links unless the caller adds ``numbers`` (a tuple of
    :class:`Number`) and ``links``; the timeline does not need them. ``derived``: as for
    :func:`make_mention`."""
    links = row.get("links") or ()
    links = tuple(
        (d["relation"], d["event"]) if isinstance(d, Mapping) else tuple(d) for d in links
    )
    return make_mention(
        derived,
        article_id=row["article_id"],
        event_id=row["event_id"],
        type=row["type"],
        trigger=row.get("trigger") or "",
        start=row.get("start_char") or 0,
        end=row.get("end_char") or 0,
        sentence_index=row.get("sentence") or 0,
        sentence=row.get("sentence_text"),
        time_value=row.get("time_value"),
        time_how=row.get("time_how") or "none",
        time_end=row.get("time_end"),
        date_start=row.get("date_start"),
        date_end=row.get("date_end"),
        actor=row.get("actor"),
        target=row.get("target"),
        location=row.get("location"),
        negated=bool(row.get("negated")),
        hedged=bool(row.get("hedged")),
        modality=row.get("modality") or "asserted",
        links=links,
        numbers=tuple(row.get("numbers") or ()),
        dct=row.get("dct"),
        source=row.get("source"),
        title=row.get("title"),
        path=row.get("path"),
        date_verdict=row.get("date_verdict"),
        names=frozenset(row.get("names") or ()) or _EMPTY,
        named_days=row.get("named_days") or (),
        rule=row.get("rule"),
    )


@lru_cache(maxsize=65536)
def rare_name_tokens(name: str | None) -> frozenset[str]:
    """Words of a name rare enough in news to identify it (``limits.name_idf``)."""
    lex, floor = lexicon(), rules().limits["name_idf"]
    return frozenset(w for w in name_tokens(name) if lex.idf(w) >= floor)


_CAPS = re.compile(r"[A-Z]{2,}")
#: the tokeniser's bracket words ('-RRB-') as name_key writes them ('rrb'): the entities
#: stage cuts names at the same words (entities.document.bracket_cut)
_BRACKET_KEYS = frozenset(name_key(w) for w in OPEN_BRACKETS | CLOSE_BRACKETS)


@lru_cache(maxsize=65536)
def name_tokens(name: str | None) -> frozenset[str]:
    """Words of a participant name, lower case ('Coastal Dockworkers' Federation').

    The tokeniser's bracket words ('WHO -RRB-': _BRACKET_KEYS) are no words of the name.
    A stopword written in capitals is an acronym and stays ('WHO', 'US'), unless every word
    of the name is in capitals (a shouted headline)."""
    key = name_key(name)
    if not key or name is None:
        return frozenset()
    r = rules()
    raw = [w for w in name.split() if name_key(w) not in _BRACKET_KEYS]
    caps = [w for w in raw if _CAPS.fullmatch(w)]
    kept = (frozenset(w.lower() for w in caps)
            if caps and (len(caps) < len(raw) or len(raw) == 1) else frozenset())
    return frozenset(r.stem(w) for w in key.split()
                     if w not in _BRACKET_KEYS and (w not in r.stopwords or w in kept))
