"""A rule pattern's optional opening: the groups ``(...)?`` it begins with.

``(?:around\\s+)?(?:early\\s+)?(?P<month>...)\\s+(?P<day>...)``: at a word where none
of them can begin (``rules.start_prefixes`` says with what each may), the pattern
matches exactly as its tail alone does, with the opening's groups unset. The engine
then runs the tail: a run of dates pays ~30% of date_month_day's match for trying the
opening's alternatives at every "May".
"""

from __future__ import annotations

import re
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_p  # type: ignore[attr-defined]


def _group_end(pattern: str, i: int) -> int:
    """The offset after the parenthesis that closes the one opened at ``i``; -1 if none."""
    depth = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: ")" and "(" inside it are literal
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def split_opening(pattern: str) -> tuple[list[str], str] | None:
    """(the optional groups ``pattern`` begins with, each without its ``?``; the rest),
    or None where it begins with none, the rest could refer to them, or the parse tree
    does not confirm the split (a top-level alternation, a lazy ``??``)."""
    pieces: list[str] = []
    at = 0
    while pattern.startswith("(", at):
        end = _group_end(pattern, at)
        if end < 0 or not pattern.startswith("?", end) or pattern.startswith(("??", "?+"), end):
            break
        pieces.append(pattern[at:end])
        at = end + 1
    tail = pattern[at:]
    if not pieces or not tail or re.search(r"\\[1-9]|\(\?P=|\(\?\(", tail):
        return None
    try:
        items = list(sre_p.parse(pattern, re.IGNORECASE))
        full = re.compile(pattern, re.IGNORECASE)
        rest = re.compile(tail, re.IGNORECASE)
        head_groups = [re.compile(p, re.IGNORECASE).groups for p in pieces]
    except re.error:
        return None
    k = len(pieces)
    if len(items) <= k or len(list(sre_p.parse(tail, re.IGNORECASE))) != len(items) - k:
        return None
    if any(op is not sre_c.MAX_REPEAT or av[:2] != (0, 1) for op, av in items[:k]):
        return None
    # the opening's groups come first, the tail's after them, all named
    names = list(full.groupindex)
    if (full.groups != len(names) or full.groups != sum(head_groups) + rest.groups
            or names[sum(head_groups):] != list(rest.groupindex)):
        return None
    return pieces, tail
