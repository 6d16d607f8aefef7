"""How alike two event mentions are: a pure function of the two, so merging is order-free.

The score is a logistic model over lexical and structured features -- cosine
of the sentences' content words and of the words around the trigger (a long
sentence reports several events), both weighted by a fixed idf table
(``data/merge/idf.json``), the trigger's sense (one word or one class of
``data/merge/triggers.json``: 'walkout' ~ 'strike'), whether both triggers are
nouns naming a known event ('the strike'), shared figures, a day two reports both name
besides their own date ('closed until 6 May'), named participants (quoted sources left
out; an attack's target one report names, found among the words around the other's
trigger when that one names none), and how each mention was dated -- with weights from
``data/merge/rules.json`` (fitted on the dev half of the labelled pairs by
``bench/eval_merge.py --fit``). A wire copy (near-identical sentence and
trigger context, or one sentence and trigger context inside the other's: a
headline glued to its lead) is one event outright. Vetoes encode what no
wording can overcome: opposite polarity (a denial is not the report it
denies), incompatible PLOVER types, nothing in common, two acts of one sentence
(trigger contexts unlike), dates further apart than the tolerance (wider when
one date is only the article's own), undated against dated, occurrences placed
in two places apart by their own place phrases, two rungs of one scale named
near the triggers ('raised its alert to level 4' / 'to level five'), a hedged mention
against an unhedged one of one trigger class ('discuss whether to raise the alert' /
'raised its alert'). A rung both name counts as a shared figure. Some reasons keep two
mentions apart even through other mentions (:func:`cannot_link`, read by
:mod:`dateline.merge.cluster`): two acts of one sentence on words of no class in common.

This module weighs the features and decides a pair; the tests it reads live beside it, each
concern in a module of its own: :mod:`~dateline.merge.wording` (cosines, containment),
:mod:`~dateline.merge.dates` (gaps, spans, the date veto), :mod:`~dateline.merge.parties`
(actors, targets, names), :mod:`~dateline.merge.triggers` (trigger senses and kinds),
:mod:`~dateline.merge.counts` (figures and rungs), :mod:`~dateline.merge.acts` (two acts of one
article or sentence), :mod:`~dateline.merge.vetoes` (the veto chain) and
:mod:`~dateline.merge.links` (cannot-link); every name this module had is importable from it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from math import fsum
from operator import mul

from dateline.merge.acts import (
    another_one,
    headline_retold,
    one_more_told,
    one_sentence_two_acts,
    those_told,
    told_once,
    two_counts,
    two_triggers,
)
from dateline.merge.counts import numbers_near, rung_conflict, rungs_apart
from dateline.merge.dates import (
    ANCHORED,
    LOOSELY_APART,
    apart_unreached,
    date_gap,
    date_veto,
    date_within,
    defaulted_dating,
    loose_dating,
    plainly_dated,
)
from dateline.merge.lexicon import lexicon
from dateline.merge.links import (
    ARTICLE_LINKS,
    SENTENCE_LINKS,
    CheapLink,
    cannot_link,
    cheap_link_tests,
)
from dateline.merge.mention import Mention
from dateline.merge.parties import (
    occurrence_hit_conflict,
    occurrence_names,
    participants,
    roles_crossed,
    target_near,
)
from dateline.merge.referred_back import referred_back
from dateline.merge.retold import actor_retold, near_roots, one_word_roots, retold
from dateline.merge.rules import Rules, rules
from dateline.merge.triggers import (
    kinds,
    kinds_meet,
    light_either,
    same_trigger,
    sibling_trigger,
)
from dateline.merge.vetoes import (
    act_veto,
    hedge_conflict,
    incidents_apart,
    kind_veto,
    place_of,
    shares_enough,
    veto,
    veto_besides_kind,
)
from dateline.merge.wording import (
    contained_copy,
    containment,
    weighted_similarity,
)
from dateline.model import OCCURRENCE

#: The pair score's names, and every test of a pair it reads, by the names the merger and
#: its callers import them from here.
__all__ = [
    "ANCHORED",
    "ARTICLE_LINKS",
    "FEATURES",
    "LOOSELY_APART",
    "SENTENCE_LINKS",
    "CheapLink",
    "PairScore",
    "act_veto",
    "another_one",
    "cannot_link",
    "cheap_link_tests",
    "containment",
    "contained_copy",
    "date_gap",
    "date_veto",
    "date_within",
    "defaulted_dating",
    "hedge_conflict",
    "incidents_apart",
    "kind_veto",
    "kinds",
    "kinds_meet",
    "loose_dating",
    "numbers_near",
    "occurrence_hit_conflict",
    "occurrence_names",
    "one_more_told",
    "one_sentence_two_acts",
    "pair_features",
    "pair_score",
    "pair_verdict",
    "place_of",
    "plainly_dated",
    "roles_crossed",
    "rung_conflict",
    "rungs_apart",
    "same_event",
    "same_trigger",
    "shares_enough",
    "sibling_trigger",
    "two_counts",
    "two_triggers",
    "veto",
    "weighted_similarity",
]

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
_TEXT, _CONTEXT, _TRIGGER, _EXACT = (
    FEATURES.index(k) for k in ("text", "context", "trigger", "exact_date"))
#: what :func:`~dateline.merge.retold.retold` reads: text, context, trigger, exact_date,
#: names_shared
_RETOLD = tuple(FEATURES.index(k) for k in (
    "text", "context", "trigger", "exact_date", "names_shared"))
#: what :func:`~dateline.merge.retold.actor_retold` reads: context, trigger, exact_date,
#: actor_shared
_ACTOR_RETOLD = tuple(FEATURES.index(k) for k in (
    "context", "trigger", "exact_date", "actor_shared"))


@dataclass(frozen=True, slots=True)
class PairScore:
    """The probability-like score and the reason a pair was vetoed (``None`` when it was not)."""

    score: float
    veto: str | None = None

    def same(self, threshold: float) -> bool:
        return self.veto is None and self.score >= threshold


def pair_features(a: Mention, b: Mention, r: Rules | None = None) -> dict[str, float]:
    """The features the score weighs (each 0..1), by name (see :data:`FEATURES`)."""
    r = r or rules()
    return dict(zip(FEATURES, _features(a, b, r, same_trigger(a, b, r), None)[0], strict=True))


def _features(
    a: Mention, b: Mention, r: Rules, trigger: bool, common: frozenset[str] | None
) -> tuple[tuple[float, ...], float, float]:
    """:func:`pair_features`' values in the order of :data:`FEATURES` (the score reads no
    dict: millions of pairs), with the :meth:`~dateline.merge.lexicon.Lexicon.idf2` of the
    trigger context words and of the sentence words the two share (0 where
    :func:`weighted_similarity` had no norm or no word to sum), which
    :func:`contained_copy` reads again.

    A feature whose inputs one side lacks (no actor, no figures) is 0 without calling its
    function, and the 0/1 features are written as conditionals -- the same values as the
    functions and ``float()`` give; the two cosines are :func:`weighted_shared` written out
    (each a call less: millions of pairs). ``trigger``: their :func:`same_trigger`, which
    :func:`pair_verdict` asks once for the vetoes and the features; ``common``: the words
    their sentences share, when the caller has intersected them."""
    square = lexicon().squares.__getitem__
    na, nb = a.text_norm, b.text_norm
    if common is None:
        common = a.tokens & b.tokens
    if na and nb and common:
        text_w2 = fsum(map(square, common))
        text = text_w2 / (na * nb)
        if not text < 1.0:
            text = 1.0
    else:
        text = text_w2 = 0.0
    na, nb = a.context_norm, b.context_norm
    shared = a.context & b.context if na and nb else None
    if shared:
        context_w2 = fsum(map(square, shared))
        context = context_w2 / (na * nb)
        if not context < 1.0:
            context = 1.0
    else:
        context = context_w2 = 0.0
    sides, placed = _sides(a, b, r)
    exact = a.date_start is not None and a.date_start == b.date_start and a.date_end == b.date_end
    return ((text, context, 1.0 if trigger else 0.0, *sides,  # text, context, trigger
             *_told(a, b, r, text, context, trigger, exact, placed)), text_w2, context_w2)


def _sides(a: Mention, b: Mention, r: Rules) -> tuple[tuple[float, ...], bool]:
    """(the features of who the two name: names, specific names, actor, target each
    shared or in conflict, in :data:`FEATURES`' order; whether two occurrences name one
    place or party). :func:`named_in` is written out (twice a pair)."""
    if a.actor and b.actor:
        actor = participants(a.actor, b.actor, a.name_words, b.name_words)
    else:
        actor = None  # names_overlap: None when either names no one
    if a.target and b.target:
        target = participants(a.target, b.target, a.name_words, b.name_words)
    elif (a.target or b.target) and a.type in r.incident_types and b.type in r.incident_types:
        target = target_near(a, b) if a.target else target_near(b, a)
    else:
        target = None
    wa, wb = a.name_words, b.name_words  # named_in
    names = None if not wa or not wb else 0.0 if (
        wa.isdisjoint(wb) and wa.isdisjoint(b.tokens) and wb.isdisjoint(a.tokens)) else 1.0
    wa, wb = a.specific_words, b.specific_words
    specific = None if not wa or not wb else 0.0 if (
        wa.isdisjoint(wb) and wa.isdisjoint(b.tokens) and wb.isdisjoint(a.tokens)) else 1.0
    # occurrence_names: never of a sentence that names no one (no name offered)
    placed = (a.type == OCCURRENCE and b.type == OCCURRENCE and bool(a.names) and bool(b.names)
              and occurrence_names(a, b))
    if placed or (a.specific and not a.specific.isdisjoint(b.specific)):
        # one person or body named in full by both ('Michael Jackson': words too common to
        # count), or one place or party that two occurrences both name ('the earthquake in
        # Haiti' / 'the quake in Haiti', a reporter or an aid agency named besides): no two
        # different parties
        names = 1.0
        specific = None if specific == 0.0 else specific
    return ((
        1.0 if names == 1.0 else 0.0,  # names_shared
        1.0 if names == 0.0 else 0.0,  # names_conflict
        1.0 if specific == 1.0 else 0.0,  # specific_shared
        1.0 if specific == 0.0 else 0.0,  # specific_conflict
        1.0 if actor == 1.0 else 0.0,  # actor_shared
        1.0 if actor == 0.0 else 0.0,  # actor_conflict
        1.0 if target == 1.0 else 0.0,  # target_shared
        1.0 if target == 0.0 else 0.0,  # target_conflict
    ), placed)


def _told(a: Mention, b: Mention, r: Rules, text: float, context: float, trigger: bool,
          exact: bool, placed: bool) -> tuple[float, ...]:
    """The features of how the two tell the event (figures, dates, type, wording, mode),
    from ``number_shared`` on in :data:`FEATURES`' order. A test of sets one side holds
    empty is not asked (most mentions state no figure, rung or other day)."""
    lim = r.limits
    mid, near = lim["mid_similarity"], lim["near_duplicate"]
    occurrences = a.type == OCCURRENCE and b.type == OCCURRENCE
    near_copy = text >= near
    return (
        1.0 if (a.figures and b.figures and not a.figures.isdisjoint(b.figures))  # number_shared
        or (a.rungs and b.rungs and not a.rungs.isdisjoint(b.rungs)) else 0.0,
        1.0 if exact else 0.0,  # exact_date
        1.0 if a.type == b.type else 0.0,  # same_type
        1.0 if near_copy else 0.0,  # near_duplicate
        # anchored_same_date, of a pair already exact
        1.0 if exact and a.time_how in ANCHORED and b.time_how in ANCHORED else 0.0,
        context if trigger else 0.0,  # trigger_context
        1.0 if text >= mid else 0.0,  # text_mid
        1.0 if context >= mid else 0.0,  # context_mid
        1.0 if a.modality == b.modality and a.hedged == b.hedged else 0.0,  # same_modality
        1.0 if trigger and a.nominal and b.nominal  # nominal_trigger
        and not light_either(a, b, r) else 0.0,
        # one wire sentence, two events in it ('people were ordered ... workers ordering ...')
        1.0 if near_copy and context < mid else 0.0,  # other_trigger
        # the same span, and at least one of them dates it in its own clause ('began on Monday')
        1.0 if exact and (a.time_how in ANCHORED or b.time_how in ANCHORED)  # one_anchored
        else 0.0,
        1.0 if a.numbers and b.numbers  # number_near
        and numbers_near(a, b, lim["number_near_ratio"], r) else 0.0,
        # a day inside the other's week or month, each stated in its own clause or sentence
        1.0 if not exact and a.time_how in ANCHORED and date_within(a, b)  # date_within
        else 0.0,
        # occurrences: one place or party named by both; what each hit shares no word
        1.0 if placed else 0.0,  # occurrence_names
        # occurrence_hit_conflict (names_overlap is None unless both name what was hit)
        1.0 if occurrences and a.target and b.target and occurrence_hit_conflict(a, b)
        else 0.0,
        # two reports name one day that is neither's own date: a bound ('closed until 6 May')
        1.0 if a.named_days and b.named_days and a.article_id != b.article_id  # day_shared
        and not a.named_days.isdisjoint(b.named_days) else 0.0,
    )


def pair_score(
    a: Mention, b: Mention, r: Rules | None = None, shared: int | None = None
) -> PairScore:
    """Score two mentions: a veto, or the logistic of the weighted features (``shared``:
    how many content words they share, when the caller has counted them)."""
    return PairScore(*pair_verdict(a, b, r or rules(), shared))


def pair_verdict(
    a: Mention, b: Mention, r: Rules, shared: int | None = None, same: bool | None = None,
    common: frozenset[str] | None = None, dated: bool = False,
) -> tuple[float, str | None]:
    """:func:`pair_score` as a plain (score, veto) tuple: the merger scores millions of pairs,
    and building a frozen PairScore cost it ~0.6 us a pair. ``same``: their
    :func:`same_trigger` when the caller has asked it; asked here once otherwise, for the
    vetoes and the features alike (each asked it anew: ~3 calls a pair). ``common``: the
    content words they share (``shared`` their count), when the caller has intersected them:
    the text feature reads them rather than intersecting the sentences again. ``dated``: both
    plainly dated (:func:`~dateline.merge.dates.plainly_dated`) within ``date_gap_days`` of
    each other, as the caller found: the date veto is not asked."""
    one_article = a.article_id == b.article_id  # most pairs: none of its tests asked
    if one_article and a.event_id == b.event_id:  # one mention (its key)
        return 1.0, None
    if one_article and told_once(a, b, r):  # the events stage read one act told twice
        return 1.0, None
    if shared is None:  # cheap checks first: most candidate pairs stop here
        if common is None:
            common = a.tokens & b.tokens
        shared = len(common)
    text = shared / (a.norm * b.norm) if shared else 0.0
    if same is None:
        same = same_trigger(a, b, r)
    why = veto(a, b, text, r, shared, same, dated)
    if why == "type" and (r.retold_roots and near_roots(a, b, r) or one_word_roots(a, b, r)):
        # one act coded as two near roots, or one word read two ways: only 'retold' joins it
        why = veto_besides_kind(a, b, text, r, shared, same, dated)
        if why is None:
            f = _features(a, b, r, same, common)[0]
            return (1.0, None) if retold(a, b, r, f, _RETOLD, near=True) else (0.0, "type")
    if why:
        return 0.0, why
    if one_article and those_told(a, b, r):
        return 1.0, None  # 'those detained' refers back to the detention told before
    if one_article and referred_back(a, b, r):
        return 1.0, None  # 'the protests' names the rallies told a sentence before
    f, text_w2, context_w2 = _features(a, b, r, same, common)
    if f[_CONTEXT] >= r.limits["copy_context"] and f[_TEXT] >= r.limits["near_duplicate"]:
        return 1.0, None  # wire copy: the sentence and the words around the trigger agree
    if f[_TRIGGER] and contained_copy(a, b, r, (context_w2, text_w2)):
        return 1.0, None  # a headline glued to its lead: one sentence inside the other
    if one_article and headline_retold(a, b, r):
        return 1.0, None  # the headline's act told again below it, that day
    # the weighted features summed left to right (sum() of floats adds in order, one
    # rounding a term, as a loop would; a 0 feature adds +-0.0, which leaves the sum as it is)
    z = r.weights["bias"] + sum(map(mul, r.derived("feature_weights", _feature_weights), f))
    score = 1.0 / (1.0 + math.exp(-z))
    if score < r.threshold and f[_EXACT] and (f[_TRIGGER] or a.trigger_act == b.trigger_act) and (
            retold(a, b, r, f, _RETOLD)):  # its first gates inline: millions of pairs get here
        # one day's act told again in other words; a pair the weights join keeps its score
        # (1.0 there would only move the group means of the average-link step)
        return 1.0, None
    if score < r.threshold and one_article and actor_retold(a, b, r, f, _ACTOR_RETOLD):
        return 1.0, None  # the article's own act told again by its actor, with more detail
    if (a.reach or b.reach) and score < r.limits.get("reference_score", 0.0) and (
            apart_unreached(a, b, r) is None):
        # met only by the reach: an earlier report of the event must be told much alike
        return 0.0, "dates apart"
    return score, None


def _feature_weights(r: Rules) -> tuple[float, ...]:
    """The weights of :data:`FEATURES` in their order (millions of pairs: no name looked up)."""
    return tuple(r.weights[k] for k in FEATURES)


def same_event(a: Mention, b: Mention, r: Rules | None = None) -> bool:
    """Whether two mentions report one event under the shipped rules."""
    r = r or rules()
    return pair_score(a, b, r).same(r.threshold)
