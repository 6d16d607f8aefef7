"""make_mention: a :class:`~dateline.merge.mention.Mention` with the fields the pair score
reads worked out once, when it is made, from its date, its sentence and its trigger: the
sentence's tokens and the trigger's context window, stem, head word and classes, the idf
weights, the rare words of its names (a speaker's name left out), its figures, rungs and
the days its sentence names outside its own date."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from typing import Any

from dateline.events.lexicon import planned_root
from dateline.merge.derive import act_key
from dateline.merge.lexicon import lexicon
from dateline.merge.mention import Mention
from dateline.merge.mention_figures import count_figures, old_figures
from dateline.merge.name_words import rare_name_tokens
from dateline.merge.plan_days import plan_start
from dateline.merge.references import back_and_reach
from dateline.merge.rules import Rules, rules
from dateline.merge.trigger_words import (
    offset_in_sentence,
    told_as_advice,
    told_as_reply,
    trigger_at,
)
from dateline.model import OCCURRENCE
from dateline.numbers.designation import rungs
from dateline.store.rows import name_key
from dateline.store.tvalue import event_span


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
    kw["back_reference"], kw["reach"] = back_and_reach(kw, r)
    kw["not_before"] = plan_start(kw, r)
    if not derived:
        return Mention(**kw)
    kw["named_days"] = _other_days(kw.get("named_days", ()), kw["date_start"], kw["date_end"])
    sent, trig = kw.get("sentence") or "", kw.get("trigger") or ""
    kw["tokens"] = _sentence_tokens(sent)  # one set for the events of a sentence
    trig_tokens = r.tokens(trig)
    at = trigger_at(kw, sent, trig)
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
    kw["figures"] = count_figures(kw["tokens"], kw.get("numbers", ())) - old_figures(sent)
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


def _span(
    time_value: str | None,
    time_end: str | None,
    start: date | None = None,
    end: date | None = None,
) -> tuple[date | None, date | None]:
    """First and last day of an event's date: ``start``/``end`` when given (a store row's
    date_start/date_end, which the store computed the same way), else the span of
    ``time_value`` carried to the last day of a range's last point ``time_end`` ('ran from
    Feb. 3 to April 9': 2025-02-03 .. 2025-04-09; store.tvalue.event_span)."""
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


_EMPTY: frozenset[str] = frozenset()
