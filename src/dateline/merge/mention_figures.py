"""The figures a mention carries: the numbers its event reports (:func:`event_numbers`),
whether a figure of its sentence may count what the event hit (:func:`may_count`), the
figures that can be counts (:func:`count_figures`), and those a sentence gives only as the
earlier value of a change (:func:`old_figures`)."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.merge.mention import Number
from dateline.merge.rules import rules
from dateline.model import OCCURRENCE, Event, Quantity
from dateline.numbers.find import old_value
from dateline.numbers.lexicon import tables


def event_numbers(ev: Event, quantities: tuple[Quantity, ...]) -> tuple[Number, ...]:
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
    share no word with what the figure counts ('Seven miners were killed in the
    explosion ... killing wildlife'). A figure of the trigger's own noun counts the
    occurrence itself ('the count of confirmed measles cases has risen to 18': the
    cases, whose target is the disease), else a tally report had no figure to be told
    apart by. Used for annotations and for store rows alike."""
    if event_type != OCCURRENCE or not target or not counts:
        return True
    r = rules()
    own = set(r.tokens(target)) | set(r.tokens(trigger or ""))
    return bool(own & set(r.tokens(counts)))


def count_figures(tokens: frozenset[str], numbers: tuple[Number, ...]) -> frozenset[str]:
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


_EMPTY: frozenset[str] = frozenset()
