"""Word starts of a text that repeats itself, whose matches are those found before.

A word start reads a bounded stretch of the text around it (:mod:`.reach`): the rules
tried there, what they read ahead (look-aheads, the rules that follow a match and
their gaps) and before (look-behinds, ``not_after`` and its 40 characters, the two
characters of "1,800"). Where that stretch at ``pos`` equals the one at an earlier
start ``pos - d`` (a run of dates: every date), the stretch from ``pos - d`` on has
period ``d``; if the period holds a character outside every class a tried rule
repeats without bound, no run of such a class is longer than ``d - 1``, the bound
the stretch was measured with, so both starts read the same characters and find
the same candidates, ``d`` apart. Anything the bound cannot be proved for (a
repeat of more than one character, a look-behind of unknown reach) is matched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from dateline.timex.lookback import behind_reach
from dateline.timex.reach import ahead, breaks, width

#: Periods looked for (characters): a longer one would measure a longer stretch
#: than its reuse saves.
PERIOD_MAX = 32
#: Characters before a word start read outside the rules ("1,800": two).
_BEFORE = 2
#: How far before a match its ``not_after`` is searched (candidates._NOT_AFTER_REACH).
_NOT_AFTER_REACH = 40

#: (before, after, classes) a word start reads, or None: unknown
Stretch = tuple[int, int, tuple[re.Pattern[str], ...]] | None


class Periods:
    """Per (rules tried, period): the stretch a word start reads (memoised)."""

    __slots__ = ("_regexes", "_rules", "_followers", "_head", "_starts", "_scans",
                 "_scan_classes", "_stretch")

    def __init__(self, regexes: Sequence[re.Pattern[str]], rules: Sequence[Any],
                 followers: Sequence[Sequence[tuple[Any, Any, Any, Any]]], head: int,
                 starts: re.Pattern[str]) -> None:
        self._regexes = regexes
        self._rules = rules
        self._followers = followers
        self._head = head
        self._starts = starts
        #: per period, what the word-start scanner reads after a place it tries
        self._scans: dict[int, int | None] = {}
        self._scan_classes: list[re.Pattern[str]] | None = None  # parsed on first use
        self._stretch: dict[tuple[tuple[int, ...], int], Stretch] = {}

    def repeats(self, text: str, padded: str, here: dict[str, tuple[int, ...]], j: int,
                pos: int) -> int:
        """How many times over the word starts of ``text[j:pos]`` (one period, each
        start's tried rules in ``here``) recur from ``pos`` on, finding what they found
        there, shifted; 0 where that is not proved."""
        d = pos - j
        if not text.startswith(text[j:pos], pos):
            return 0
        got = self._period(text, padded, here, j, pos)
        if got is None or j < got[0]:
            return 0
        before, reach = got
        end = periodic_until(text, j - before, d)
        return (end - reach - j) // d + 1 if end >= reach + j else 0

    def _period(self, text: str, padded: str, here: dict[str, tuple[int, ...]], j: int,
                pos: int) -> tuple[int, int] | None:
        """(before, reach): the characters before ``j`` and after it that the word starts
        of ``text[j:pos]`` and the scanner between them read; None: not bounded."""
        d = pos - j
        if d not in self._scans:
            self._scans[d] = ahead(self._starts, d - 1)
        scan = self._scans[d]
        if scan is None:
            return None
        # the scanner tries every place of the period (its character before included)
        before, reach = _BEFORE, d + scan
        if self._scan_classes is None:
            found = breaks(self._starts)
            if found is None:
                return None
            self._scan_classes = list(found.values())
        classes = list(self._scan_classes)
        for m in self._starts.finditer(padded, j):
            p = m.start()
            if p >= pos:
                break
            tried = here.get(text[p:p + self._head])
            if tried is None:  # none but a start find_candidates skips ("1,800") is new
                if not (text[p].isdigit() and p >= 2 and text[p - 1] in ".,:/"
                        and text[p - 2].isdigit()):
                    return None
                continue
            key = (tried, d)
            if key not in self._stretch:
                if len(self._stretch) > 4096:
                    self._stretch.clear()
                self._stretch[key] = self._measure(tried, d - 1)
            got = self._stretch[key]
            if got is None:
                return None
            before = max(before, got[0] - (p - j))
            reach = max(reach, p - j + got[1])
            classes.extend(got[2])
        period = text[j:pos]
        if not all(any(c.match(ch) is None for ch in period) for c in classes):
            return None
        return before, reach

    def _measure(self, tried: tuple[int, ...], k: int) -> Stretch:
        before, after = _BEFORE, self._head
        classes: dict[str, re.Pattern[str]] = {}
        for i in tried:
            got = self._one(i, k, classes)
            if got is None:
                return None
            before, after = max(before, got[0]), max(after, got[1])
        return before, after, tuple(classes.values())

    def _one(self, i: int, k: int, classes: dict[str, re.Pattern[str]]) -> tuple[int, int] | None:
        """(before, after) rule i reads at a word start, its classes added to ``classes``."""
        regex = self._regexes[i]
        reads, wide = ahead(regex, k), width(regex, k)
        back = _behind(regex, self._rules[i].not_after)
        if reads is None or wide is None or back is None or not _add(classes, regex):
            return None
        for follower, gap, _, _ in self._followers[i]:
            g_reads, g_wide = ahead(gap, k), width(gap, k)
            f_reads = ahead(follower.regex, k)
            f_back = _behind(follower.regex, follower.not_after)
            if g_reads is None or g_wide is None or f_reads is None or f_back is None or (
                    not _add(classes, gap) or not _add(classes, follower.regex)):
                return None
            # the follower starts after the match and the gap (no earlier: its look-backs
            # reach no further back than from the word start)
            reads = max(reads, wide + max(g_reads, g_wide + max(f_reads, 1), 1))
            back = max(back, f_back)
        return back, max(reads, wide + 1)


def _behind(regex: re.Pattern[str], not_after: re.Pattern[str] | None) -> int | None:
    back = behind_reach(regex)
    if back is None or not_after is None:
        return back
    b = behind_reach(not_after)
    return None if b is None else max(back, _NOT_AFTER_REACH + b)


def _add(classes: dict[str, re.Pattern[str]], regex: re.Pattern[str]) -> bool:
    found = breaks(regex)
    if found is None:
        return False
    classes.update(found)
    return True


def periodic_until(text: str, at: int, d: int) -> int:
    """The first offset from ``at`` on whose character is not the one ``d`` after it
    (``len(text) - d`` where none is): ``text[at:end + d]`` has period ``d``."""
    last = len(text) - d
    lo, step = at, 64
    while lo < last:
        hi = min(lo + step, last)
        if not text.startswith(text[lo:hi], lo + d):
            while hi - lo > 1:  # the first difference is in [lo, hi)
                mid = (lo + hi) // 2
                if text.startswith(text[lo:mid], lo + d):
                    lo = mid
                else:
                    hi = mid
            return lo
        lo, step = hi, step * 2
    return max(at, last)
