"""How far after the position it is tried at an anchored match can read.

Most rules hold unbounded repeats (``\\s+``), so no fixed bound exists; but a repeat
of one character class stops at the first character outside it. Where every run of
such a class is at most ``k`` characters, a repeat reads at most ``k + 1`` of them,
and the whole match a bounded stretch (:func:`ahead`). Find_candidates uses it on a
text that repeats itself (a run of dates): inside a stretch of period ``d`` whose
period holds a character outside every repeated class (:func:`breaks`), no run is
longer than ``d - 1``, so a word start reads the same characters as the one ``d``
before it and finds the same matches, shifted.
"""

from __future__ import annotations

import re
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_p  # type: ignore[attr-defined]
from typing import Any

#: One character each, read where they are tried
_ONE = {sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.IN, sre_c.ANY, sre_c.CATEGORY}
_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)}


class _Unknown(Exception):
    pass


def ahead(regex: re.Pattern[str], k: int) -> int | None:
    """Characters from the start on that a match of ``regex`` may read (look-aheads
    and word boundaries included) where no run of a repeated class is longer than
    ``k``; None where unknown (a repeat of more than one character, a group reference)."""
    try:
        return _seq(list(sre_p.parse(regex.pattern, regex.flags)), k)[1]
    except _Unknown:
        return None


def width(regex: re.Pattern[str], k: int) -> int | None:
    """The longest match of ``regex`` under :func:`ahead`'s condition (None: unknown)."""
    try:
        return _seq(list(sre_p.parse(regex.pattern, regex.flags)), k)[0]
    except _Unknown:
        return None


def _seq(items: list[tuple[Any, Any]], k: int) -> tuple[int, int]:
    """(longest width, furthest read) of a sequence."""
    at = reads = 0
    for op, av in items:
        w, r = _node(op, av, k)
        reads = max(reads, at + r)
        at += w
    return at, max(reads, at)


def _node(op: Any, av: Any, k: int) -> tuple[int, int]:
    if op in _ONE:
        return 1, 1
    if op is sre_c.AT:
        return 0, 1  # a boundary or an end reads the character there (or its absence)
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        direction, sub = av
        w, r = _seq(list(sub), k)
        # a look-behind starts its width before: what it reads past the position
        return 0, (r - w if direction < 0 else r)
    if op is sre_c.SUBPATTERN:
        return _seq(list(av[-1]), k)
    if op is getattr(sre_c, "ATOMIC_GROUP", None):
        return _seq(list(av), k)
    if op is sre_c.BRANCH:
        alts = [_seq(list(alt), k) for alt in av[1]]
        return max(a[0] for a in alts), max(a[1] for a in alts)
    if op in _REPEATS:
        lo, hi, body = av
        if hi == sre_c.MAXREPEAT:
            if _single(body) is None:
                raise _Unknown
            return k, k + 1
        w, r = _seq(list(body), k)
        return hi * w, max(hi - 1, 0) * w + r if hi else 0
    raise _Unknown


def _single(body: Any) -> Any:
    """The one-character item an unbounded repeat repeats, or None."""
    items = list(body)
    if len(items) == 1 and items[0][0] in _ONE:
        return items[0]
    return None


def breaks(regex: re.Pattern[str]) -> dict[str, re.Pattern[str]] | None:
    """The classes ``regex`` repeats without bound, each compiled to match one of its
    characters (with the flags in force; keyed by item and flags), or None where a
    repeat is not of one class."""
    found: dict[str, re.Pattern[str]] = {}
    parsed = sre_p.parse(regex.pattern, regex.flags)
    try:
        _collect(list(parsed), parsed.state, found)
    except _Unknown:
        return None
    return found


def _collect(items: list[tuple[Any, Any]], state: Any,
             found: dict[str, re.Pattern[str]]) -> None:
    for op, av in items:
        if op in _REPEATS:
            if av[1] == sre_c.MAXREPEAT:
                one = _single(av[2])
                if one is None:
                    raise _Unknown
                key = f"{one!r} {state.flags}"
                if key not in found:
                    found[key] = sre_compile.compile(sre_p.SubPattern(state, [one]), state.flags)
            else:
                _collect(list(av[2]), state, found)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            _collect(list(av[1]), state, found)
        elif op is sre_c.SUBPATTERN:
            _collect(list(av[-1]), state, found)
        elif op is getattr(sre_c, "ATOMIC_GROUP", None):
            _collect(list(av), state, found)
        elif op is sre_c.BRANCH:
            for alt in av[1]:
                _collect(list(alt), state, found)
        elif op not in _ONE and op is not sre_c.AT:
            raise _Unknown
