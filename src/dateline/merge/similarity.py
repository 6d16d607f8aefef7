"""How alike two event mentions are: a pure function of the two, so merging is order-free.

The score is a logistic model over lexical and structured features -- cosine
of the sentences' content words and of the words around the trigger (a long
sentence reports several events), both weighted by a fixed idf table
(``data/merge/idf.json``), the trigger's sense (one word or one class of
``data/merge/triggers.json``: 'walkout' ~ 'strike'), whether both triggers are
nouns naming a known event ('the strike'), shared figures, a day two reports both name
besides their own date ('closed until 6 May'), named participants (quoted sources left
out), and how each mention was dated -- with weights from
``data/merge/rules.json`` (fitted on the dev half of the labelled pairs by
``bench/eval_merge.py --fit``). A wire copy (near-identical sentence and
trigger context, or one sentence and trigger context inside the other's: a
headline glued to its lead) is one event outright. Vetoes encode what no
wording can overcome: opposite polarity (a denial is not the report it
denies), incompatible PLOVER types, nothing in common, two acts of one sentence
(trigger contexts unlike), dates further apart than the tolerance (wider when
one date is only the article's own), undated against dated, occurrences placed
in two different countries by their own place phrases, two rungs of one scale named
near the triggers ('raised its alert to level 4' / 'to level five'), a hedged mention
against an unhedged one of one trigger class ('discuss whether to raise the alert' /
'raised its alert'). A rung both name counts as a shared figure. Some reasons keep two
mentions apart even through other mentions (:func:`cannot_link`, read by
:mod:`dateline.merge.cluster`): two acts of one sentence on words of no class in common.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache, partial
from typing import Any, NamedTuple

from dateline.merge.lexicon import lexicon
from dateline.merge.mention import Mention, Number, name_tokens
from dateline.merge.rules import Rules, rules
from dateline.model import OCCURRENCE

#: Feature names, in the order ``rules.json`` lists their weights.
FEATURES = (
    "text",
    "context",
    "trigger",
    "names_shared",
    "names_conflict",
    "specific_shared",
    "specific_conflict",
    "actor_shared",
    "actor_conflict",
    "target_shared",
    "target_conflict",
    "number_shared",
    "exact_date",
    "same_type",
    "near_duplicate",
    "anchored_date",
    "trigger_context",
    "text_mid",
    "context_mid",
    "same_modality",
    "nominal_trigger",
    "other_trigger",
    "one_anchored",
    "number_near",
    "date_within",
    "occurrence_names",
    "occurrence_hit_conflict",
    "day_shared",
)
#: positions in :data:`FEATURES` of the features :func:`pair_score` reads by name (the
#: features stay a plain tuple: millions of pairs)
_TEXT, _CONTEXT, _TRIGGER = (FEATURES.index(k) for k in ("text", "context", "trigger"))

#: Dates read from the event's own clause or sentence ("began on Monday") or heading its
#: entry in a dated list ("20 April: rig explodes"), not defaulted.
ANCHORED = frozenset({"clause", "sentence", "label"})


@dataclass(frozen=True, slots=True)
class PairScore:
    """The probability-like score and the reason a pair was vetoed (``None`` when it was not)."""

    score: float
    veto: str | None = None

    def same(self, threshold: float) -> bool:
        return self.veto is None and self.score >= threshold


def text_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Cosine of two binary bags of content words (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def weighted_similarity(a: frozenset[str], b: frozenset[str], na: float, nb: float) -> float:
    """Cosine of two bags of content words weighted by a fixed idf table (0 when either is empty).

    ``na``/``nb`` are the bags' weighted norms (computed once per mention). Rare
    words ('leaflet', 'Dulwich') count for more than common ones ('spread',
    'said'); the table is fixed, so the score stays a function of the pair."""
    return _weighted(a, b, na, nb)[0]


def _weighted(a: frozenset[str], b: frozenset[str], na: float, nb: float) -> tuple[float, float]:
    """:func:`weighted_similarity` and the idf2 of the words the two bags share (0 where it
    sums none)."""
    if not na or not nb:
        return 0.0, 0.0
    shared = a & b
    if not shared:
        return 0.0, 0.0
    w2 = lexicon().idf2(shared)
    return min(1.0, w2 / (na * nb)), w2


def _span_days(m: Mention) -> int | None:
    if m.date_start is None or m.date_end is None:
        return None
    return (m.date_end - m.date_start).days + 1


def date_gap(a: Mention, b: Mention) -> int | None:
    """Days between two date spans (0 when they overlap), ``None`` if either is undated."""
    sa, sb = a.span, b.span
    if sa is None or sb is None:
        return None
    return _days_apart(sa, sb)


def _days_apart(sa: tuple[date, date], sb: tuple[date, date]) -> int:
    """Days between two (first, last) date spans, 0 when they overlap."""
    if sa[1] < sb[0]:
        return (sb[0] - sa[1]).days
    if sb[1] < sa[0]:
        return (sa[0] - sb[1]).days
    return 0


def date_within(a: Mention, b: Mention) -> bool:
    """Both dated in their own clause or sentence, one date's interval strictly inside the
    other's: a day of a week ('2010-04-20' in '2010-W16'), a day or week of a month. The two
    agree at the coarser one's grain; a week or month only defaulted from a paragraph or the
    article is too loose a guess to count. (A TIME of a day has that day's span: the same
    span, :func:`pair_features`' ``exact_date``.)"""
    sa, sb = a.span, b.span
    if sa is None or sb is None or sa == sb:
        return False
    if a.time_how not in ANCHORED or b.time_how not in ANCHORED:
        return False
    return (sa[0] <= sb[0] and sb[1] <= sa[1]) or (sb[0] <= sa[0] and sa[1] <= sb[1])


def _names(a: str | None, b: str | None) -> float | None:
    """1 when two names share a word, 0 when both are known and share none, None otherwise."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return None
    return 1.0 if ta & tb else 0.0


def _participants(
    a: str | None, b: str | None, wa: frozenset[str], wb: frozenset[str]
) -> float | None:
    """Like :func:`_names`, but a conflict needs both to be proper names of their sentences.

    Extracted actors are often descriptions ('the virus', 'same strain', 'Swine
    flu cases') that two reports of one event word differently; only two
    different named participants ('Alleyn' vs 'Dolphin School') tell events apart."""
    rel = _names(a, b)
    if rel == 0.0 and not (name_tokens(a) & wa and name_tokens(b) & wb):
        return None
    return rel


def _named_in(wa: frozenset[str], wb: frozenset[str], a: Mention, b: Mention) -> float | None:
    """1 when a name of either mention is in the other's sentence, 0 when both name someone
    and neither's names appear in the other's sentence, None when either names no one.

    Looking in the other's words, not only its recognised names, keeps a name
    the entity recogniser missed in one sentence ('Nordhaven Terminals') from
    reading as a conflict."""
    if not wa or not wb:
        return None
    return 1.0 if wa & (wb | b.tokens) or wb & a.tokens else 0.0


def _date_veto(a: Mention, b: Mention, text: float, r: Rules) -> str | None:
    """Undated mentions merge only with undated ones on close wording; dated ones within the gap."""
    gap = date_gap(a, b)
    if gap is None:
        if (a.date_start is None) != (b.date_start is None):
            return "one undated"
        return "undated" if text < r.limits["wide_text"] else None
    if _gap_apart(gap, a, b, r):
        return "dates apart"
    if (a.reach or b.reach) and _apart_unreached(a, b, r) is True:
        return "dates apart"
    coarse, da, db = r.limits["coarse_span_days"], _span_days(a) or 0, _span_days(b) or 0
    if (da > coarse) != (db > coarse):
        return "vague date"  # a year-level date never merges with a day-level one
    wide = max(da, db) > r.limits["wide_span_days"]
    if wide and text < r.limits["wide_text"]:
        return "vague date"
    return None


def _gap_apart(gap: int, a: Mention, b: Mention, r: Rules) -> bool:
    """Whether ``gap`` days between two mentions' dates keeps them apart: more than
    ``date_gap_days``, unless within ``dct_gap_days`` and one date is only its article's
    while the other is stated (:func:`_defaulted_vs_anchored`)."""
    return gap > r.limits["date_gap_days"] and not (
        gap <= r.limits.get("dct_gap_days", 0) and _defaulted_vs_anchored(a, b, r)
    )


def _apart_unreached(a: Mention, b: Mention, r: Rules) -> bool | None:
    """For two mentions one of which is a back-reference (``Mention.reach``: 'the
    earthquake' in an article days after it, dated only by that article): True when their
    own dates are apart by the test :func:`_date_veto` puts to every pair (:func:`_gap_apart`)
    and the reach does not bridge it (the back-reference is the earlier one); None when only
    the reach brings them together (the earlier mention lies in the days the later one
    reaches back to), which :func:`pair_score` accepts only on a score of
    ``reference_score`` or more; False when their own dates are not apart."""
    if a.date_start is None or b.date_start is None:
        return False
    sa = (a.date_start, a.date_end or a.date_start)  # their own dates, not the reach's span
    sb = (b.date_start, b.date_end or b.date_start)
    if not _gap_apart(_days_apart(sa, sb), a, b, r):
        return False
    later = a if sa[0] > sb[1] else b
    return True if not later.reach else None


def loose_dating(m: Mention, r: Rules) -> int:
    """How the merger's cheapest test reads a mention's date (:data:`LOOSELY_APART`): 0 dated
    finer than ``wide_span_days``, 1 dated no finer, 2 undated."""
    if m.date_start is None:
        return 2
    return 1 if (_span_days(m) or 0) > r.limits["wide_span_days"] else 0


#: Two mentions' :func:`loose_dating` -> loosely dated apart: a pair that, with wording
#: below ``wide_text`` (the plain cosine :func:`pair_score` computes), :func:`veto` refuses
#: (:func:`_date_veto`, for whichever reason the chain finds first): both undated, or both
#: dated and either no finer than ``wide_span_days``. Most candidate pairs of a large corpus
#: end here: the merger (cluster.EventMerger.add) reads each mention's loose_dating once and asks
#: this table before it scores a pair.
LOOSELY_APART = ((False, True, False), (True, True, False), (False, False, True))


def _defaulted_vs_anchored(a: Mention, b: Mention, r: Rules) -> bool:
    """One dated only by its article's date ('dct', 'dct-past': no date in its own words)
    or by another default ``dct_gap_dating`` names, the other by its own clause or
    sentence. The default is a guess (a report of 'schools closed' is often a day or two
    late), so a wider gap is tolerated."""
    loose = defaulted_dating(r)
    return (a.time_how.startswith(loose) and b.time_how in ANCHORED) or (
        b.time_how.startswith(loose) and a.time_how in ANCHORED
    )


def defaulted_dating(r: Rules) -> tuple[str, ...]:
    """The ``time_how`` beginnings of dates no words of the mention's own state
    (``dct_gap_dating``; the article's date, 'dct', when the rules name none)."""
    return r.prefixes("dct_gap_dating") or ("dct",)


def _anchored_same_date(a: Mention, b: Mention) -> bool:
    """Both dated by their own clause or sentence, to the same span ("on Wednesday")."""
    return (
        a.date_start is not None
        and (a.date_start, a.date_end) == (b.date_start, b.date_end)
        and a.time_how in ANCHORED
        and b.time_how in ANCHORED
    )


def kinds(m: Mention) -> frozenset[str]:
    """What kind of happening a mention tells, as ``compatible_kinds`` names them: an
    occurrence's class ('occ.accident.explosion'), else its root and each class of its
    trigger ('ASSAULT.bomb' for 'explosion' coded as an attack)."""
    if m.type == OCCURRENCE:
        return frozenset((m.occurrence_class,)) if m.occurrence_class else frozenset()
    return frozenset(f"{m.type}.{c}" for c in m.trigger_classes)


def kinds_meet(a: Mention, b: Mention, r: Rules) -> bool:
    """An occurrence and a PLOVER event whose kinds the rules list as one happening told
    two ways: one report's accidental 'explosion' on the rig is another's attack
    (``compatible_kinds``). Never two occurrences, never two PLOVER events."""
    if not r.kinds or (a.type == OCCURRENCE) == (b.type == OCCURRENCE):
        return False
    ka, kb = kinds(a), kinds(b)
    return any(frozenset((x, y)) in r.kinds for x in ka for y in kb)


def same_trigger(a: Mention, b: Mention, r: Rules | None = None) -> bool:
    """One trigger word, or triggers of one class under the PLOVER root ('walkout', 'strike'),
    or (with ``r``) an occurrence and an event of kinds that meet (:func:`kinds_meet`)."""
    return (
        a.trigger_key == b.trigger_key
        or bool(a.trigger_classes & b.trigger_classes)
        or (r is not None and a.type != b.type and kinds_meet(a, b, r))
    )


def shares_enough(a: Mention, b: Mention, shared: int, r: Rules) -> bool:
    """Enough in common to be worth scoring: words, the trigger's sense, or an own date.

    Two content words, or one trigger sense ('walkout' ~ 'strike'), or the same
    type dated to the same span by each mention's own clause."""
    return (
        shared >= r.limits["min_shared_tokens"]
        or same_trigger(a, b, r)
        or (a.type == b.type and _anchored_same_date(a, b))
    )


def veto(a: Mention, b: Mention, text: float, r: Rules, shared: int | None = None) -> str | None:
    """Why two mentions can never be one event, or ``None``."""
    why = _kind_veto(a, b, r)
    if why:
        return why
    if shared is None:
        shared = len(a.tokens & b.tokens)
    if not shares_enough(a, b, shared, r):
        return "nothing shared"
    return _act_veto(a, b, r) or _date_veto(a, b, text, r)


#: Reasons of :func:`cannot_link` that only two mentions of one sentence can have.
SENTENCE_LINKS = frozenset({"two triggers", "two counts"})
#: Reasons of :func:`cannot_link` that only two mentions of one article can have.
ARTICLE_LINKS = frozenset({"another one"})


def cannot_link(a: Mention, b: Mention, r: Rules) -> str | None:
    """The hard rule that keeps two mentions out of one event even through other mentions
    (``cannot_link_vetoes``: a denial and the report it denies, two acts of one sentence,
    two countries, ...), or ``None``. Only reasons that say the two are different acts
    count, not those that say too little is shared to tell ('nothing shared', wording too
    unlike for undated or vaguely dated mentions): a mention unlike another may still be
    linked to it by a third report. :mod:`dateline.merge.cluster` reads it when two groups
    would join."""
    hard = r.cannot_link
    if not hard:
        return None
    if "two triggers" in hard and two_triggers(a, b, r):
        return "two triggers"
    if "two counts" in hard and two_counts(a, b):
        return "two counts"
    if "another one" in hard and another_one(a, b, r):
        return "another one"
    rest = hard - SENTENCE_LINKS - ARTICLE_LINKS
    if not rest:
        return None
    if rest <= _CHEAP_LINKS.keys() and not any(_CHEAP_LINKS[w][0](a, b, r) for w in rest):
        # The veto chain below can only answer one of these when its own test holds, so a
        # pair none of them holds for needs no chain (the merge scores ~10^6 such pairs).
        return None
    why = _kind_veto(a, b, r) or _act_veto(a, b, r) or _date_veto(a, b, 1.0, r)
    return why if why in hard else None


def _roles_crossed_on(a: Mention, b: Mention, r: Rules) -> bool:
    return bool(r.limits.get("roles_crossed_veto")) and roles_crossed(a, b)


def _has_actor(m: Mention) -> bool:
    return bool(m.actor)


# Cannot-link reasons of the veto chain with a cheap test of their own (the chain returns
# the reason only when that test holds) and a test each of the two mentions must pass.
CheapLink = tuple[Callable[[Mention, Mention, Rules], bool], Callable[[Mention], bool]]
_CHEAP_LINKS: dict[str, CheapLink] = {
    "roles crossed": (_roles_crossed_on, _has_actor),
}


def cheap_link_tests(hard: frozenset[str] | set[str]) -> list[CheapLink] | None:
    """The cheap tests of the cannot-link reasons ``hard`` names beyond two mentions of one
    sentence, when every such reason has one (else None): for two mentions of different
    sentences, :func:`cannot_link` answers None unless one of the pair tests holds, and a
    pair test holds only for two mentions that each pass its mention test."""
    rest = set(hard) - SENTENCE_LINKS - ARTICLE_LINKS
    if not rest <= _CHEAP_LINKS.keys():
        return None
    return [_CHEAP_LINKS[w] for w in sorted(rest)]


def another_one(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article of one trigger sense, the later one told as one more
    ('another type of spill' after 'one type of spill', 'accepted another six-hour
    extension' after 'accepted a ten-hour truce'): ``another_words`` among the
    ``another_before`` words before its trigger, or, for a trigger that is no noun, among
    the ``another_after`` words after it. An article that tells a second act of a kind has
    told the first; another article's 'another' may be the first's own report."""
    if a.article_id != b.article_id or a.key == b.key:
        return False
    later, earlier = (a, b) if a.start > b.start else (b, a)
    if not one_more_told(later, r):
        return False
    if later.sentence_index != earlier.sentence_index and later.date_start != earlier.date_start:
        return False  # one more act of that day, or of that sentence
    return later.trigger_head == earlier.trigger_head or same_trigger(later, earlier, r)


_ANOTHER_TOKEN = re.compile(r"[\w'’,.-]*\w")  # a word, a figure ('4,000', '1.5')


def one_more_told(m: Mention, r: Rules) -> bool:
    """An ``another_words`` word just before ``m``'s trigger (or just after a verb's): the
    mention test of :func:`another_one` (the merger scans two groups of one article for it
    only when one holds such a mention)."""
    s = m.sentence or ""
    at = m.start - m.sentence_start if m.sentence_start is not None else -1
    if at < 0 or at > len(s):
        return False
    words = r.words("another_words")
    low = s.lower()
    if not any(w in low for w in words):  # most sentences: no word to read
        return False
    n_before = int(r.limits.get("another_before", 0))
    head = ["", *_ANOTHER_TOKEN.findall(low[:at])]  # '' before the sentence's first word
    rest = _ANOTHER_TOKEN.findall(low[at:])
    if n_before and _one_more(head[-n_before - 1:], rest, words, r):
        return True
    n_after = int(r.limits.get("another_after", 0))
    if m.nominal or not n_after:
        return False
    tail = _ANOTHER_TOKEN.findall(low[at + (m.end - m.start):])
    return _one_more(head[-1:] + tail[:n_after], tail[n_after:], words, r)


def _one_more(window: list[str], rest: list[str], words: frozenset[str], r: Rules) -> bool:
    """An ``another_words`` word in ``window`` (its first word only as the word before),
    not reciprocal ('blamed one another': ``another_not_after``), not comparing with the act
    its clause tells ('a second tremor shook the island, five days after another quake'),
    and not a stretch of time ('closed for another day', 'shut for another 24 hours':
    ``another_not_before``, after a figure in digits if one comes first)."""
    not_after = r.words("another_not_after")
    not_before = r.words("another_not_before")
    seq = window + rest[:2]
    for i in range(1, len(window)):
        if seq[i] not in words or seq[i - 1] in not_after:
            continue
        nxt = seq[i + 1:i + 3]
        if nxt and any(c.isdigit() for c in nxt[0]):
            nxt = nxt[1:]
        if not nxt or nxt[0] not in not_before:
            return True
    return False


def two_triggers(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one sentence of one article coded on two different words, of no
    trigger class in common ('returning fire after being shot at', 'killed by air strikes
    and artillery fire'): two acts the sentence tells side by side. Their copies in other
    reports each follow their own trigger, so the two never end in one event."""
    return (
        a.article_id == b.article_id
        and a.sentence_index == b.sentence_index
        and a.key != b.key
        and a.trigger_head != b.trigger_head
        and not same_trigger(a, b, r)
        and not _word_classes(a, r) & _word_classes(b, r)
    )


def two_counts(a: Mention, b: Mention) -> bool:
    """Two mentions of one sentence of one article on one word, each right after a figure of
    its own, the two figures different ('$41 million in aid ..., $47 million in aid')."""
    if (a.article_id != b.article_id or a.sentence_index != b.sentence_index
            or a.key == b.key or a.trigger_head != b.trigger_head):
        return False
    fa, fb = _figure_before(a), _figure_before(b)
    return bool(fa and fb and fa != fb)


def _figure_before(m: Mention) -> str | None:
    s = m.sentence or ""
    at = m.start - m.sentence_start if m.sentence_start is not None else -1
    if at < 0:
        return None
    window = " ".join(s[:at].split()[-4:])
    hits = [n.text for n in m.numbers if n.text and n.text in window]
    return max(hits, key=len) if hits else None


def _word_classes(m: Mention, r: Rules) -> frozenset[str]:
    """The classes of a trigger's words under any PLOVER root: 'make his fourth trip' coded
    AGREE still names a visit ('visiting' in the same sentence is that act)."""
    return lexicon().any_root_classes(r.tokens(m.trigger))


def _kind_veto(a: Mention, b: Mention, r: Rules) -> str | None:
    """Opposite polarity, or PLOVER types (occurrence classes) that never tell one event."""
    if a.negated != b.negated or (a.modality == "denied") != (b.modality == "denied"):
        if a.polarity != b.polarity:
            return "polarity"
    if a.type != b.type and not r.types_compatible(a.type, b.type) and a.act != b.act:
        if not kinds_meet(a, b, r):
            return "type"  # an intention meets the act it names ('will close' / 'closed')
    elif a.type == OCCURRENCE and a.occurrence_class != b.occurrence_class:
        return "type"  # a quake is no flu death, the deaths no explosion
    return None


def _act_veto(a: Mention, b: Mention, r: Rules) -> str | None:
    """Two different acts told: named actors, another trigger, one sentence, places, rungs,
    a hedge, separate incidents."""
    if r.limits["actor_conflict_veto"] and _names(a.actor, b.actor) == 0.0:
        return "actors differ"  # both name who acted, and no word in common
    if _roles_crossed_on(a, b, r):  # the same test cannot_link's cheap gate reads
        return "roles crossed"
    if r.limits.get("sibling_veto") and sibling_trigger(a, b, r):
        return "another act"  # the other sentence names this act by its own word
    if one_sentence_two_acts(a, b, r):
        return "one sentence"
    if place_conflict(a, b, r):
        return "places apart"
    if rung_conflict(a, b):
        return "rungs apart"
    if hedge_conflict(a, b, r):
        return "hedged"
    if incidents_apart(a, b, r):
        return "incidents apart"
    if another_one(a, b, r):
        return "another one"
    return None


def roles_crossed(a: Mention, b: Mention) -> bool:
    """Two named actors, sharing no word, one of them the other's target: 'Israel killed
    three Hamas commanders' / 'Hamas killed 3 Palestinians' are two acts, the one hit in one
    acting in the other. Each crossing name must be one of the sentences' recognised names
    (Mention.names) in both mentions, so a description read as an actor ('the tunnel') or a
    dateline does not count."""
    if not (a.actor and b.actor and (a.target or b.target)):
        return False
    aa, ab = name_tokens(a.actor), name_tokens(b.actor)
    if not aa or not ab or aa & ab:
        return False
    return _crossing(aa, b, a) or _crossing(ab, a, b)


def _crossing(actor: frozenset[str], other: Mention, own: Mention) -> bool:
    """``actor`` (words of ``own``'s actor) shares a word with ``other``'s target, the word
    a word of a name each sentence recognises."""
    hit = actor & name_tokens(other.target)
    return bool(hit) and bool(hit & _name_words(own)) and bool(hit & _name_words(other))


def _name_words(m: Mention) -> frozenset[str]:
    return frozenset().union(*(name_tokens(n) for n in m.names)) if m.names else frozenset()


def place_of(m: Mention, r: Rules) -> str | None:
    """The country a mention's own place phrase names (:attr:`Mention.place`), when its type
    is one ``place_conflict_types`` lists; else None (no conflict can be read from it)."""
    return m.place if m.type in r.place_types else None


def place_conflict(a: Mention, b: Mention, r: Rules) -> bool:
    """Both mentions place the event, in their own words, in two different countries ('1
    confirmed case in Denmark' / '403 cases in the United States'): two happenings, however
    alike the wording. Only countries the entities stage knows count, so one place never
    contains the other; a city, region or sea ('Mexico City', 'the Gulf') is no conflict
    with anything, since what contains it is unknown."""
    pa = place_of(a, r)
    if pa is None:
        return False
    pb = place_of(b, r)
    return pb is not None and pa != pb


def rung_conflict(a: Mention, b: Mention) -> bool:
    """Both sentences name a rung of one kind of scale, and no rung of that kind is in both
    ('raised its alert to level 4' / 'raised the alert to level 5': two raises; 'phase five'
    / 'phase 5' is one). Rungs an event leaves ('from level 4') are not read
    (:func:`dateline.numbers.designation.rungs`)."""
    return rungs_apart(a.rungs, b.rungs)


def hedge_conflict(a: Mention, b: Mention, r: Rules) -> bool:
    """One mention hedged or conditional ('discuss whether to raise the alert', 'could
    raise'), the other not, both of one trigger class, and no rung or figure of one in the
    other: an act that may come and the act itself. A hedge over a perfect ('appear to have
    had any contact', 'may have died': ``hedge_perfect_words`` just before the trigger)
    doubts an act that is past, which the plain report may tell: no conflict."""
    if a.hedged == b.hedged or not (a.trigger_classes & b.trigger_classes):
        return False
    if a.rungs & b.rungs or a.figures & b.figures:
        return False
    return not _perfect(a if a.hedged else b, r)


def incidents_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of the types ``incident_types`` lists (attacks, fighting, protests: a
    conflict day holds many of one type) whose sentences tie them to separate incidents, as
    :mod:`dateline.merge.disagree` reads them for its rows (``data/merge/disagree.json``
    ``incidents``): places after a place word, none of one's among the other's ('in Tessel' /
    'in Varnow'); for weapon, vehicle or site, one named by both and none in common ('a
    tunnel' / 'an anti-tank missile'); 'in a separate incident' with no place or means
    shared; or figures of one counted thing ``far_apart`` times apart, one sentence naming a
    place or means the other does not ('killing at least 32 soldiers' / 'two soldiers killed
    when a militant came through a tunnel')."""
    if a.type not in r.incident_types or b.type not in r.incident_types:
        return False
    counted, far_apart, separate_incidents, marks = _incident_functions()
    if separate_incidents(a.sentence, b.sentence) and not (
            _place_in_other(a.sentence, b.sentence, marks)
            or _place_in_other(b.sentence, a.sentence, marks)):
        return True  # not: 'at Gate 4 of Karsholm port' / 'the Gate 4 picket at Karsholm port'
    return any(
        (thing := counted(x, r)) and thing == counted(y, r)
        and far_apart(x, a.sentence, y, b.sentence)
        for x in a.numbers for y in b.numbers)


def _place_in_other(a: str | None, b: str | None, marks: Callable[[str | None], Any]) -> bool:
    """A place ``a`` names after a place word stands, all its words, anywhere in ``b``."""
    places = marks(a)[0]
    if not places:
        return False
    words = frozenset(_WORD.findall((b or "").lower()))
    return any(p <= words for p in places)


_WORD = re.compile(r"[a-z]+")


class _Incidents(NamedTuple):
    """The disagree package's readers of incidents (merge/disagree/), by name."""

    counted: Callable[[Number, Rules], str]  # counted_thing
    far_apart: Callable[[Number, str | None, Number, str | None], bool]
    separate_incidents: Callable[[str | None, str | None], bool]
    marks: Callable[[str | None], Any]  # incident_marks


@cache
def _incident_functions() -> _Incidents:
    """The disagree package's readers of incidents (imported on first use: disagree imports the
    merger, which imports this module)."""
    from dateline.merge.disagree import counted_thing, far_apart, incident_marks, separate_incidents
    return _Incidents(counted_thing, far_apart, separate_incidents, incident_marks)


def _perfect(m: Mention, r: Rules) -> bool:
    """The two words before the trigger hold a perfect's auxiliary ('to have had')."""
    words = r.words("hedge_perfect_words")
    s = m.sentence or ""
    at = m.start - m.sentence_start if m.sentence_start is not None else s.find(m.trigger)
    before = s[: max(at, 0)].lower().split()[-2:]
    return any(w in words for w in before)


def rungs_apart(ra: frozenset[tuple[str, int]], rb: frozenset[tuple[str, int]]) -> bool:
    """Two sets of ``(kind, value)`` rungs name one kind and share no rung of it (the rungs
    of two mentions, or of two groups of mentions: :mod:`dateline.merge.cluster`)."""
    if not ra or not rb:
        return False
    kinds_b = {k for k, _ in rb}
    return any(k in kinds_b and not _shared_kind(ra, rb, k) for k, _ in ra)


def _shared_kind(ra: frozenset[tuple[str, int]], rb: frozenset[tuple[str, int]], k: str) -> bool:
    return any(x[0] == k for x in ra & rb)


def one_sentence_two_acts(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one sentence of one article whose trigger contexts are less alike
    than ``limits.mid_similarity``: they share every word, name, figure and date of the
    sentence trivially, so only the words around each trigger tell one act ('hold a
    meeting ... to discuss') from two ('Five schools shut ... Governors at Dolphin school
    decided to shut its doors', a headline glued to another report)."""
    if a.article_id != b.article_id or a.sentence_index != b.sentence_index or a.key == b.key:
        return False
    context = weighted_similarity(a.context, b.context, a.context_norm, b.context_norm)
    return context < r.limits["mid_similarity"]


def _size(n: Number) -> tuple[float, float] | None:
    """The size a figure names: its range ('dozens'), else its point ('at least 40' is ~40)."""
    if n.low is not None and n.high is not None:
        return (n.low, n.high)
    v = next((x for x in (n.value, n.low, n.high) if x is not None), None)
    return None if v is None else (v, v)


def numbers_near(a: Mention, b: Mention, ratio: float, r: Rules | None = None) -> bool:
    """Whether the two report a figure of the same thing and size: "at least 40 people" and
    "thirty-eight people" (sizes within ``ratio`` of each other, or overlapping ranges), or
    rival claims of one toll: figures of one counted thing in two articles ('10 IDF
    soldiers', 'five soldiers') less than ``limits.rival_claim_ratio`` times apart, each
    in a sentence that attributes it (``claim_words``: 'Hamas claimed ...', 'According to
    the IDF, ...').

    Rival counts of one incident are the disagreements a user most needs to see, so a
    near figure is evidence for one event, not against it. Counted things are compared by
    their head word (:func:`dateline.merge.disagree.counted_thing`: 'IDF soldiers' is
    'soldiers'); figures of different things neither join nor part two mentions."""
    r = r or rules()
    thing = _shipped_thing if r is rules() else partial(_thing, r=r)
    rival = r.limits.get("rival_claim_ratio", 0.0) if a.article_id != b.article_id else 0.0
    claimed: bool | None = None
    for na in a.numbers:
        sa = _size(na)
        if sa is None:
            continue
        for nb in b.numbers:
            sb = _size(nb)
            if sb is None:
                continue
            same = bool(na.counts and nb.counts)
            if same and na.counts != nb.counts and (
                    thing(na.counts or "") != thing(nb.counts or "")):
                continue
            lo, hi = max(sa[0], sb[0]), min(sa[1], sb[1])
            if lo <= hi or (hi > 0 and lo <= hi * ratio):
                return True
            if same and hi > 0 and lo < hi * rival:
                if claimed is None:  # read once per pair, only when a rival figure needs it
                    claimed = _claimed(a.sentence, r) and _claimed(b.sentence, r)
                if claimed:
                    return True
    return False


def _thing(counts: str, r: Rules) -> str:
    """What a counted phrase counts, its head word's stem (disagree.counted_thing)."""
    return _incident_functions().counted(Number(None, "", counts=counts), r)


@lru_cache(maxsize=4096)
def _shipped_thing(counts: str) -> str:
    """:func:`_thing` under the shipped rules, read once per counted phrase."""
    return _thing(counts, rules())


def _claimed(sentence: str | None, r: Rules) -> bool:
    """The sentence attributes what it says to someone (a ``claim_words`` word in it)."""
    words = r.words("claim_words")
    return bool(words) and not words.isdisjoint(_WORD.findall((sentence or "").lower()))


def containment(
    a: frozenset[str], b: frozenset[str], wa: float | None = None, wb: float | None = None
) -> float:
    """How much of the smaller bag (by idf weight) the other holds: 1 when one is inside
    (``wa``/``wb``: the bags' :meth:`~dateline.merge.lexicon.Lexicon.idf2`, when known)."""
    lex = lexicon()
    wa = lex.idf2(a) if wa is None else wa
    wb = lex.idf2(b) if wb is None else wb
    return _part(lex.idf2(a & b), wa, wb)


def contained_copy(
    a: Mention, b: Mention, r: Rules, shared_w2: tuple[float, float] | None = None
) -> bool:
    """One mention's sentence and trigger context lie inside the other's: a headline the
    sentence splitter glued to its article's lead ('Advert warns about the dangers of
    swine flu' + 'Leaflets giving ...'), or a wire sentence another outlet extended.
    Needs ``limits.copy_min_tokens`` content words in the smaller sentence, so a short
    generic line ('Schools closed.') is no copy of every longer one. ``shared_w2``: the
    :meth:`~dateline.merge.lexicon.Lexicon.idf2` of the trigger context words and of the
    sentence words the two share, when the caller has summed them (:func:`pair_score`)."""
    lim = r.limits
    if min(len(a.tokens), len(b.tokens)) < lim.get("copy_min_tokens", math.inf):
        return False
    if shared_w2 is not None:  # the sums the score's features took: the same containment
        return (_part(shared_w2[0], a.context_w2, b.context_w2) >= lim["copy_context"]
                and _part(shared_w2[1], a.text_w2, b.text_w2) >= lim["copy_context"])
    return (
        containment(a.context, b.context, a.context_w2, b.context_w2) >= lim["copy_context"]
        and containment(a.tokens, b.tokens, a.text_w2, b.text_w2) >= lim["copy_context"]
    )


def _part(shared: float, wa: float, wb: float) -> float:
    """:func:`containment` of two bags of weights ``wa``/``wb`` sharing words of ``shared``."""
    norm = wa if wa <= wb else wb
    return shared / norm if norm else 0.0


def sibling_trigger(a: Mention, b: Mention, r: Rules) -> bool:
    """Another trigger, whose word stands elsewhere in the other sentence: the other sentence
    reports this act too, beside the one it was coded for ('the April 20 explosion [[killed]]
    11 workers' / 'the [[explosion]] ... killed 11 workers': a blast and the deaths it caused
    are two acts of one sentence, each matching its own word there)."""
    if same_trigger(a, b, r):
        return False
    ha, hb = a.trigger_head, b.trigger_head
    if ha != hb and (ha in b.tokens or hb in a.tokens):
        return True
    return bool(
        a.head_classes & (b.sentence_classes - b.trigger_classes)
        or b.head_classes & (a.sentence_classes - a.trigger_classes)
    )


def occurrence_names(a: Mention, b: Mention) -> bool:
    """Two occurrences (of one class: :func:`veto` sees to that) whose sentences name one
    place or party, however common the name ('Mexico'): for a disaster, accident or disease
    the place is what tells one from another ('the virus has killed at least 60 people in
    Mexico' / 'the strain that has killed people in Mexico'). A one-word name counts as a
    longer name that ends in it: a surname against the full name ('Jackson's death' / 'the
    death of Michael Jackson')."""
    if a.type != OCCURRENCE or b.type != OCCURRENCE or not a.names or not b.names:
        return False
    if a.names & b.names:
        return True
    one_a, last_a = _name_parts(a.names)
    one_b, last_b = _name_parts(b.names)
    return bool(one_a & last_b or one_b & last_a)


@lru_cache(maxsize=65536)
def _name_parts(names: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The one-word names, and the last words of the longer ones ('jackson' of 'michael
    jackson'): a one-word name of one set among the other's last words is a surname against
    its full name. Cached: the merge asks it of the same sentences' names ~10^6 times."""
    return (
        frozenset(n for n in names if " " not in n),
        frozenset(n.rsplit(" ", 1)[1] for n in names if " " in n),
    )


def occurrence_hit_conflict(a: Mention, b: Mention) -> bool:
    """Two occurrences whose 'what was hit' (the target: victims, the place or thing struck)
    share no word ('killing wildlife' / 'killing 11 workers'). A PLOVER event's target
    conflicts only between proper names (:func:`_participants`); an occurrence's victims are
    descriptions, and two different ones are two different harms."""
    return (
        a.type == OCCURRENCE and b.type == OCCURRENCE and _names(a.target, b.target) == 0.0
    )


def _light(m: Mention, r: Rules) -> bool:
    """The noun is the object of a light verb ('carrying aid', 'launched an appeal': the
    events stage's rule starts with one of ``nominal_not_rules``): a new act, told as a verb
    tells one, not a noun naming an event the story already knows ('the strike'), so it earns
    no ``nominal_trigger``."""
    prefixes = r.prefixes("nominal_not_rules")
    return bool(prefixes) and (m.rule or "").startswith(prefixes)


def pair_features(a: Mention, b: Mention, r: Rules | None = None) -> dict[str, float]:
    """The features the score weighs (each 0..1), by name (see :data:`FEATURES`)."""
    return dict(zip(FEATURES, _features(a, b, r or rules())[0], strict=True))


def _features(a: Mention, b: Mention, r: Rules) -> tuple[tuple[float, ...], float, float]:
    """:func:`pair_features`' values in the order of :data:`FEATURES` (the score reads no
    dict: millions of pairs), with the :meth:`~dateline.merge.lexicon.Lexicon.idf2` of the
    trigger context words and of the sentence words the two share (0 where
    :func:`weighted_similarity` had no norm or no word to sum), which
    :func:`contained_copy` reads again.

    A feature whose inputs one side lacks (no actor, no figures) is 0 without calling its
    function, and the 0/1 features are written as conditionals -- the same values as the
    functions and ``float()`` give."""
    lim = r.limits
    text, text_w2 = _weighted(a.tokens, b.tokens, a.text_norm, b.text_norm)
    if a.actor and b.actor:
        actor = _participants(a.actor, b.actor, a.name_words, b.name_words)
    else:
        actor = None  # _names: None when either names no one
    if a.target and b.target:
        target = _participants(a.target, b.target, a.name_words, b.name_words)
    else:
        target = None
    names = _named_in(a.name_words, b.name_words, a, b)
    specific = _named_in(a.specific_words, b.specific_words, a, b)
    if a.specific & b.specific:  # one person or body named in full by both ('Michael
        # Jackson': words too common to count), so no two different parties
        names = 1.0
        specific = None if specific == 0.0 else specific
    exact = a.date_start is not None and (a.date_start, a.date_end) == (b.date_start, b.date_end)
    context, context_w2 = _weighted(a.context, b.context, a.context_norm, b.context_norm)
    trigger = same_trigger(a, b, r)
    mid, near = lim["mid_similarity"], lim["near_duplicate"]
    occurrences = a.type == OCCURRENCE and b.type == OCCURRENCE
    return ((
        text,  # text
        context,  # context
        1.0 if trigger else 0.0,  # trigger
        1.0 if names == 1.0 else 0.0,  # names_shared
        1.0 if names == 0.0 else 0.0,  # names_conflict
        1.0 if specific == 1.0 else 0.0,  # specific_shared
        1.0 if specific == 0.0 else 0.0,  # specific_conflict
        1.0 if actor == 1.0 else 0.0,  # actor_shared
        1.0 if actor == 0.0 else 0.0,  # actor_conflict
        1.0 if target == 1.0 else 0.0,  # target_shared
        1.0 if target == 0.0 else 0.0,  # target_conflict
        1.0 if a.figures & b.figures or a.rungs & b.rungs else 0.0,  # number_shared
        1.0 if exact else 0.0,  # exact_date
        1.0 if a.type == b.type else 0.0,  # same_type
        1.0 if text >= near else 0.0,  # near_duplicate
        1.0 if exact and _anchored_same_date(a, b) else 0.0,  # anchored_date
        context if trigger else 0.0,  # trigger_context
        1.0 if text >= mid else 0.0,  # text_mid
        1.0 if context >= mid else 0.0,  # context_mid
        1.0 if a.modality == b.modality and a.hedged == b.hedged else 0.0,  # same_modality
        1.0 if trigger and a.nominal and b.nominal  # nominal_trigger
        and not _light(a, r) and not _light(b, r) else 0.0,
        # one wire sentence, two events in it ('people were ordered ... workers ordering ...')
        1.0 if text >= near and context < mid else 0.0,  # other_trigger
        # the same span, and at least one of them dates it in its own clause ('began on Monday')
        1.0 if exact and (a.time_how in ANCHORED or b.time_how in ANCHORED)  # one_anchored
        else 0.0,
        1.0 if a.numbers and b.numbers  # number_near
        and numbers_near(a, b, lim["number_near_ratio"], r) else 0.0,
        # a day inside the other's week or month, each stated in its own clause or sentence
        1.0 if not exact and date_within(a, b) else 0.0,  # date_within
        # occurrences: one place or party named by both; what each hit shares no word
        1.0 if occurrences and occurrence_names(a, b) else 0.0,  # occurrence_names
        1.0 if occurrences and occurrence_hit_conflict(a, b)  # occurrence_hit_conflict
        else 0.0,
        # two reports name one day that is neither's own date: a bound ('closed until 6 May')
        1.0 if a.article_id != b.article_id and a.named_days & b.named_days  # day_shared
        else 0.0,
    ), text_w2, context_w2)


def pair_score(
    a: Mention, b: Mention, r: Rules | None = None, shared: int | None = None
) -> PairScore:
    """Score two mentions: a veto, or the logistic of the weighted features (``shared``:
    how many content words they share, when the caller has counted them)."""
    r = r or rules()
    if a.article_id == b.article_id and a.event_id == b.event_id:  # one mention (its key)
        return PairScore(1.0)
    if shared is None:
        shared = len(a.tokens & b.tokens)  # cheap checks first: most candidate pairs stop here
    text = shared / (a.norm * b.norm) if shared else 0.0
    why = veto(a, b, text, r, shared)
    if why:
        return PairScore(0.0, why)
    f, text_w2, context_w2 = _features(a, b, r)
    if f[_CONTEXT] >= r.limits["copy_context"] and f[_TEXT] >= r.limits["near_duplicate"]:
        return PairScore(1.0)  # wire copy: the sentence and the words around the trigger agree
    if f[_TRIGGER] and contained_copy(a, b, r, (context_w2, text_w2)):
        return PairScore(1.0)  # a headline glued to its lead: one sentence inside the other
    w, z = r.weights, 0.0
    for k, v in zip(FEATURES, f, strict=True):
        if v:  # a 0 feature adds +0.0, which leaves z as it is: skipped
            z += w[k] * v  # the order and rounding of sum(): scores identical bit for bit
    z = w["bias"] + z
    score = 1.0 / (1.0 + math.exp(-z))
    if (a.reach or b.reach) and score < r.limits.get("reference_score", 0.0) and (
            _apart_unreached(a, b, r) is None):
        # met only by the reach: an earlier report of the event must be told much alike
        return PairScore(0.0, "dates apart")
    return PairScore(score)


def same_event(a: Mention, b: Mention, r: Rules | None = None) -> bool:
    """Whether two mentions report one event under the shipped rules."""
    r = r or rules()
    return pair_score(a, b, r).same(r.threshold)
