"""How far before the offset a search starts at a pattern can read.

A rule's ``not_after`` is searched in the 40 characters before a match (anchored at
their end); what it finds depends only on those characters and the few before them
that its look-behinds and word boundaries read. The engine keys a memo on that
stretch (a run of dates asks the same question at every date).
"""

from __future__ import annotations

import re
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_p  # type: ignore[attr-defined]
from typing import Any

#: Parse-tree nodes that read nothing before the position they are tried at.
_PLAIN = {sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.IN, sre_c.ANY, sre_c.GROUPREF,
          sre_c.CATEGORY}
_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)}
#: Anchors that read the character before (a word boundary) or none at all (ends)
_AT_READS = {sre_c.AT_BOUNDARY: 1, sre_c.AT_NON_BOUNDARY: 1, sre_c.AT_END: 0,
             sre_c.AT_END_STRING: 0}


def behind_reach(regex: re.Pattern[str]) -> int | None:
    """Characters before a search's start that ``regex`` may read (its look-behinds'
    widths, nested ones added; 1 for a word boundary); None where unknown (``^``, a
    conditional group, a node not handled here)."""
    try:
        return _seq(list(sre_p.parse(regex.pattern, regex.flags)))
    except _Unknown:
        return None


class _Unknown(Exception):
    pass


def _seq(items: list[tuple[Any, Any]]) -> int:
    return max((_node(op, av) for op, av in items), default=0)


def _node(op: Any, av: Any) -> int:
    if op in _PLAIN:
        return 0
    if op is sre_c.AT:
        if av not in _AT_READS:
            raise _Unknown  # "^", "\\A": tied to the string's start, not the search's
        return _AT_READS[av]
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        direction, sub = av
        inner = _seq(list(sub))
        # a look-behind reads its width before where it is tried (a start or later)
        return sub.getwidth()[1] + inner if direction < 0 else inner
    if op is sre_c.SUBPATTERN:
        return _seq(list(av[-1]))
    if op is sre_c.BRANCH:
        return max(_seq(list(alt)) for alt in av[1])
    if op in _REPEATS:
        return _seq(list(av[2]))
    if op is getattr(sre_c, "ATOMIC_GROUP", None):
        return _seq(list(av))
    raise _Unknown
