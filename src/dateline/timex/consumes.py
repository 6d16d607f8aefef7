"""Characters a pattern's match can never take.

A match takes a run of characters from where it starts; one it cannot take at an
offset ends the match before it. find_candidates puts a shorter rule aside unmatched
where the longer candidate at the same start ends on such a character ('May' inside
'May 1': date_month takes no digit), as it puts a shorter match aside (candidates.py).
"""

from __future__ import annotations

import re
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_p  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {sre_c.CATEGORY_DIGIT: r"\d", sre_c.CATEGORY_NOT_DIGIT: r"\D",
               sre_c.CATEGORY_SPACE: r"\s", sre_c.CATEGORY_NOT_SPACE: r"\S",
               sre_c.CATEGORY_WORD: r"\w", sre_c.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)}
#: Nodes that take no character (look-arounds, anchors)
_ZERO = {sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT}


class _Unknown(Exception):
    pass


def untaken(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern matching one character exactly where ``regex`` can take none of it:
    the complement of every character class and literal its match can take (outside
    look-arounds), all case-blind (more than it takes, so never one it takes); None
    where unknown (any character, a negated class or literal, a group reference)."""
    items: list[str] = []
    try:
        _walk(list(sre_p.parse(regex.pattern, regex.flags)), items)
    except _Unknown:
        return None
    return re.compile("[^" + "".join(items) + "]", re.IGNORECASE) if items else None


def _walk(nodes: list[tuple[Any, Any]], items: list[str]) -> None:
    for op, av in nodes:
        if op is sre_c.LITERAL:
            items.append(re.escape(chr(av)))
        elif op is sre_c.IN:
            for sub, val in av:
                if sub is sre_c.LITERAL:
                    items.append(re.escape(chr(val)))
                elif sub is sre_c.RANGE:
                    items.append(re.escape(chr(val[0])) + "-" + re.escape(chr(val[1])))
                elif sub is sre_c.CATEGORY and val in _CATEGORIES:
                    items.append(_CATEGORIES[val])
                else:  # a negated class, or a category not mapped
                    raise _Unknown
        elif op is sre_c.SUBPATTERN:
            _walk(list(av[-1]), items)
        elif op is sre_c.BRANCH:
            for alt in av[1]:
                _walk(list(alt), items)
        elif op in _REPEATS:
            _walk(list(av[2]), items)
        elif op is sre_c.ATOMIC_GROUP:
            _walk(list(av), items)
        elif op not in _ZERO:
            raise _Unknown
