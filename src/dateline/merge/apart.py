"""An index of one group's mentions for the merger's scan of two groups for a pair a hard
rule keeps apart (:meth:`dateline.merge.joins.GroupJoins._kept_apart`).

A scan that reads every mention of one group against every one of the other costs the
product of their sizes, and a large event meets many small groups (the merge's hottest
loop). Each mention is here by its article (or sentence: two mentions of one are always
read) and by the keys of the cheap cannot-link tests (:data:`dateline.merge.links.CheapLink`):
what it is found under and what it looks for. A pair test holds only when what one mention
looks for meets what the other is found under, so the scan looks up each mention of the
smaller group in the larger group's index and reads only the pairs that may hold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from dateline.merge.links import CheapLink, cannot_link
from dateline.merge.mention import Mention
from dateline.merge.rules import Rules

Key = tuple[str, str]
_T = TypeVar("_T")
#: one mention's place in the index: its article (or sentence index) and, for each cheap
#: test that can hold for it, the test's position, the keys it is found under and those it
#: looks for
Profile = tuple[str | int, tuple[tuple[int, frozenset[object], frozenset[object]], ...]]


class GroupLinks:
    """One group's mentions by article (or sentence) and by cheap-test key, found under
    (``own``) and looked for (``wants``); a group joining another adds its lists."""

    __slots__ = ("by_place", "own", "wants")

    def __init__(self) -> None:
        self.by_place: dict[str | int, list[Key]] = {}
        self.own: dict[tuple[int, object], list[Key]] = {}
        self.wants: dict[tuple[int, object], list[Key]] = {}

    def add(self, key: Key, profile: Profile) -> None:
        place, tests = profile
        self.by_place.setdefault(place, []).append(key)
        for i, own, wants in tests:
            for k in own:
                self.own.setdefault((i, k), []).append(key)
            for k in wants:
                self.wants.setdefault((i, k), []).append(key)

    def absorb(self, other: GroupLinks) -> None:
        """Take in the lists of a group that joins this one."""
        _extend(self.by_place, other.by_place)
        _extend(self.own, other.own)
        _extend(self.wants, other.wants)


def _extend(mine: dict[_T, list[Key]], theirs: dict[_T, list[Key]]) -> None:
    for k, keys in theirs.items():
        got = mine.get(k)
        if got is None:
            mine[k] = keys
        else:
            got.extend(keys)


def apart_through(
    small: Iterable[Key], big: GroupLinks, small_first: bool, ms: Mapping[Key, Mention],
    profile: Callable[[Key], Profile], scored_with: Callable[[Key], frozenset[Key]],
    tests: Sequence[CheapLink], r: Rules,
) -> bool:
    """Whether a mention of ``small`` and one of the group ``big`` indexes are a pair a hard
    rule keeps apart (:func:`~dateline.merge.links.cannot_link`, asked with the mention of the
    group given first to the scan first: ``small_first``). Two mentions of one article (or
    sentence) are read whether scored or not; others only when unscored (a scored pair passed
    every veto) and when a cheap test, met through the keys, holds."""
    for x in small:
        mx = ms[x]
        place, links = profile(x)
        for y in big.by_place.get(place, ()):
            my = ms[y]
            if cannot_link(mx, my, r) if small_first else cannot_link(my, mx, r):
                return True
        scored: frozenset[Key] | None = None
        done: set[Key] = set()  # cannot_link asked (a scored pair is never a candidate)
        for i, own, wants in links:
            test = tests[i][0]
            table = big.own if small_first else big.wants
            tried: set[Key] = set()
            for k in wants if small_first else own:
                for y in table.get((i, k), ()):
                    if y in tried or y in done:
                        continue
                    tried.add(y)
                    my = ms[y]
                    ma, mb = (mx, my) if small_first else (my, mx)
                    if profile(y)[0] == place or not test(ma, mb, r):
                        continue  # one article: read above
                    if scored is None:
                        scored = scored_with(x)  # rows hold a pair both ways
                    done.add(y)
                    if y not in scored and cannot_link(ma, mb, r):
                        return True
    return False
