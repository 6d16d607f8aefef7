"""An effect of the story's event told beside the event itself in one article: 'crews
[[affected by the spill]]', 'the [[spill that has affected]] the coast' beside 'the spill'.
A trigger taking in an ``effect_told_words`` word tells what the occurrence did to something,
another event than the occurrence (bench/eval_merge.py's labelling convention: the trigger
decides). A pass over the finished groups takes such a span out of a group that holds its
article's own telling of the occurrence, not a pair veto: a veto while the groups form moves
the average-link groups of the other articles' reports too (rules.json ``effect_leave_about``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from dateline.merge.eject import regroup
from dateline.merge.mention import Mention
from dateline.merge.rules import Rules

Key = tuple[str, str]
Row = Callable[[Key], Iterable[tuple[Key, float]]]


def tells_effect(m: Mention, r: Rules) -> bool:
    """The trigger holds an ``effect_told_words`` word ('affected by the spill', 'spill that
    has affected'): it tells the effect, not the occurrence."""
    return not r.words("effect_told_words").isdisjoint(m.trigger.lower().split())


def _telling(m: Mention) -> tuple[str, str, str]:
    """What an effect span and its article's telling of the occurrence share: the article,
    the type and the occurrence's kind."""
    return m.article_id, m.type, m.occurrence_kind


def effect_leave(groups: list[list[Key]], mentions: Mapping[Key, Mention], r: Rules,
                 row: Row) -> list[list[Key]]:
    """Each finished group less its effect spans (:func:`tells_effect`) whose article tells
    the occurrence in the group too (a mention of that article, type and kind that tells no
    effect). Those that leave one group form groups of their own by their scored pairs at the
    threshold, else stand alone; every other group stays as it was. Each group alone decides
    (the result stays independent of order and batches); ``limits.effect_leave``."""
    if not r.limits.get("effect_leave"):
        return groups
    out: list[list[Key]] = []
    for g in groups:
        effects = [k for k in g if tells_effect(mentions[k], r)]
        if not effects or len(effects) == len(g):
            out.append(g)
            continue
        told = {_telling(mentions[k]) for k in g if k not in effects}
        gone = [k for k in effects if _telling(mentions[k]) in told]
        if not gone:
            out.append(g)
            continue
        out.append([k for k in g if k not in gone])
        out.extend(regroup(gone, r, row))
    return sorted(out)
