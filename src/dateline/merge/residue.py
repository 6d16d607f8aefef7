"""What an occurrence leaves behind, told as its own event: the oil slick a spill leaves is
reported drifting, burning, reaching a shore, and is no one event with the spill itself
(rules.json ``residue_nouns``: for a class, the nouns of the thing it leaves; ``residue_about``).
A pass over the finished groups, as :func:`~dateline.merge.vetoes.going_split` is: the slick's
mentions leave a group that also holds the spill, together; each group alone decides (the
result stays independent of order and batches)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from dateline.merge.mention import Mention, Number
from dateline.merge.rules import Rules
from dateline.model import OCCURRENCE

Key = tuple[str, str]
BRACKET = re.compile(r"-[lr][rcs]b-")  # the tokeniser's brackets: '-LRB-', '-RRB-'


def told_as_residue(m: Mention, r: Rules) -> bool:
    """An occurrence whose trigger's first word is a ``residue_nouns`` noun of its class
    ('the slick', 'the slick hit land', 'slicks'), whatever class the events stage gave the
    noun's mention, told bare: a slick told with a figure in one of ``residue_measures``
    ('the slick, now 130 miles long', 'the slick off four states') is told as the spill's
    measure and stays where the scores put it; a figure of other things in its sentence
    ('three hurricanes', '60,000 ducks') measures no slick (rules.json ``residue_about``)."""
    nouns = r.raw.get("residue_nouns", {}).get(m.occurrence_class or "")
    if not nouns or m.type != OCCURRENCE or any(measures(n, m, r) for n in m.numbers):
        return False
    head = m.trigger.lower().split(maxsplit=1)
    return bool(head) and head[0] in nouns


def measures(n: Number, m: Mention, r: Rules) -> bool:
    """``n`` is a measure of ``m``'s residue: a bare figure, or one whose counted thing ends
    in a ``residue_measures`` word of the class (miles, gallons, states)."""
    words = [w for w in (n.counts or "").lower().split() if not BRACKET.fullmatch(w)]
    units = r.raw.get("residue_measures", {}).get(m.occurrence_class or "", ())
    return not words or words[-1] in units


def split_off(groups: list[list[Key]], mentions: Mapping[Key, Mention],
              leaves: Callable[[Mention], bool]) -> list[list[Key]]:
    """Each group less its mentions ``leaves`` holds for, when it also holds a mention of
    their occurrence class it does not: those leave, together, as one group of their own.
    Each group alone decides, so the result stays independent of order and batches."""
    out: list[list[Key]] = []
    for g in groups:
        gone = {k for k in g if leaves(mentions[k])}
        kinds = {mentions[k].occurrence_class for k in gone}
        if gone and any(mentions[k].occurrence_class in kinds for k in g if k not in gone):
            out.append([k for k in g if k not in gone])
            out.append(sorted(gone))
        else:
            out.append(g)
    return out


def residue_split(groups: list[list[Key]], mentions: Mapping[Key, Mention],
                  r: Rules) -> list[list[Key]]:
    """Each group less its mentions told as what their class leaves (:func:`told_as_residue`)
    when it also holds a mention of their class not so told: those leave, together, as one
    group of their own (the slick beside the spill)."""
    return split_off(groups, mentions, lambda m: told_as_residue(m, r))
