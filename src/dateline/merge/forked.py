"""The merge's work in forked worker processes: scoring a large batch of new mentions
(:meth:`ForkedWork._add_forked`) and splitting the largest components
(:meth:`ForkedWork._split_all`), each with the same result as one process.
:class:`ForkedWork` is a mixin of :class:`~dateline.merge.cluster.EventMerger`: the
attributes it declares are the merger's."""

from __future__ import annotations

import gc
import multiprocessing
import sys
from array import array
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from dateline.merge.mention import Mention
from dateline.merge.union_find import UnionFind

Key = tuple[str, str]


#: Fewer new mentions than this are scored in one process (a fork and its pool cost more
#: than they save); a run is at most PARALLEL_RUN new mentions, the unit a worker scores.
PARALLEL_MIN_MENTIONS = 2000
PARALLEL_RUN = 256
#: Worker processes are forked (they read the merger as it is, nothing is pickled to them):
#: on Linux only, where fork is the default way to start one (macOS's system libraries may
#: crash in a child forked from a process with threads); elsewhere scoring stays here.
_FORK = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
#: The merger a pool's workers score for, as forked (set only while its pool runs).
_FORKED: ForkedWork | None = None
#: Components of this many mentions or more may be split (average link, _split_component)
#: in forked workers when a merger with workers clusters at least PARALLEL_MIN_MENTIONS;
#: the largest few cost most of it (t17-dev's three largest, 5,168, 1,329 and 882
#: mentions: 4.6 of 5.4 s).
PARALLEL_SPLIT_MIN = 200
#: Each worker's components, each as its sorted keys (set only while a pool splits).
_SPLITTING: list[list[list[Key]]] = []


def _score_run(run: tuple[int, int]) -> tuple[int, int, array[int], array[int], array[float]]:
    """In a worker: score the new mentions numbered ``run`` (first, end) of the forked
    merger, each against the candidates numbered before it; (first, candidates in all,
    each mention's count of hits, the hits' numbers, their scores), as arrays (cheap to
    send back)."""
    merger = _FORKED
    assert merger is not None
    cheap = merger._cheap
    scored = 0
    sizes, nums, got = array("l"), array("l"), array("d")
    for j in range(*run):
        m = cheap[j][4]
        cands = [i for i in merger._candidate_ids(m) if i < j]
        scored += len(cands)
        hit, score = merger._hits(m, cands)
        sizes.append(len(hit))
        nums.extend(hit)
        got.extend(score)
    return run[0], scored, sizes, nums, got


def _split_run(at: int) -> tuple[int, list[list[list[int]]]]:
    """In a worker: the clusters of the components of _SPLITTING[at] in the forked merger,
    each cluster as the places of its keys in its component's (cheap to send back; the
    parent names them with its own key objects)."""
    merger = _FORKED
    assert merger is not None
    out = []
    for keys in _SPLITTING[at]:
        place = {k: i for i, k in enumerate(keys)}
        out.append([[place[k] for k in g] for g in merger._split_component(keys)])
    return at, out


class ForkedWork:
    """Scoring and splitting in forked workers, for a merger with ``workers`` above 1."""

    workers: int
    mentions: dict[Key, Mention]
    pairs_scored: int
    _known: list[Key]
    _uf: UnionFind
    _scores: dict[Key, tuple[list[Key], array[float]]]
    _split: dict[Key, list[list[Key]]]
    _cheap: list[tuple[Any, ...]]
    # the merger's methods the forked work calls (declared, not defined: the merger's own
    # and GroupJoins' definitions serve)
    _know_new: Callable[[Iterable[Mention]], None]
    _take: Callable[[Key, Sequence[int], Sequence[float]], None]
    _candidate_ids: Callable[[Mention], set[int]]
    _hits: Callable[[Mention, Iterable[int]], tuple[list[int], list[float]]]
    _split_component: Callable[[list[Key]], list[list[Key]]]

    def _add_in_workers(self, mentions: Iterable[Mention]) -> Iterable[Mention] | None:
        """:meth:`~dateline.merge.cluster.EventMerger.add`'s first step: with ``workers``
        above 1 (and fork), a batch of at least PARALLEL_MIN_MENTIONS new mentions is
        scored in forked workers (:meth:`_add_forked`) and None says it is done; else the
        mentions for add to score here (listed when they were counted)."""
        if self.workers > 1 and _FORK is not None:
            batch = list(mentions)
            if len(batch) >= PARALLEL_MIN_MENTIONS:
                self._add_forked(batch)
                return None
            return batch
        return mentions

    def _add_forked(self, mentions: list[Mention]) -> None:
        """:meth:`~dateline.merge.cluster.EventMerger.add` with the scoring in ``workers``
        forked processes. Every new mention
        is indexed first; a worker scores a run of them, each against the candidates
        numbered before it (those it was known after, as :meth:`add` finds them one by
        one), and sends back numbers and scores; they are taken in here run by run, in
        order, as one process takes them. The workers read this merger as forked (nothing
        is sent to them but the runs' bounds) and end with the pool, on errors too."""
        global _FORKED
        first = len(self._known)
        self._know_new(mentions)
        last = len(self._known)
        if last == first:  # every one known before: nothing to score
            return
        n = self.workers
        # runs small enough to share out evenly (a later mention has more candidates)
        step = max(1, min(PARALLEL_RUN, -(-(last - first) // (4 * n))))
        runs = [(lo, min(lo + step, last)) for lo in range(first, last, step)]
        _FORKED = self
        try:
            assert _FORK is not None
            with _FORK.Pool(min(n, len(runs)), initializer=gc.disable) as pool:
                for lo, scored, sizes, nums, got in pool.imap(_score_run, runs):
                    self.pairs_scored += scored
                    at = 0
                    for j, size in enumerate(sizes, lo):
                        self._take(self._known[j], nums[at:at + size], got[at:at + size])
                        at += size
        finally:
            _FORKED = None

    def _split_all(self, todo: dict[Key, list[Key]]) -> None:
        """Split the components ``todo`` (root -> sorted keys) into the cache, shared out
        (:meth:`_split_plan`) between this process and forked workers, which read the
        merger as forked: the clusters are those of one process."""
        plan = self._split_plan(todo)
        if not plan:
            for root, keys in todo.items():
                self._split[root] = self._split_component(keys)
            return
        global _FORKED, _SPLITTING
        _FORKED, _SPLITTING = self, [[todo[r] for r in roots] for roots in plan]
        try:
            assert _FORK is not None
            with _FORK.Pool(len(plan), initializer=gc.disable) as pool:
                done = pool.imap_unordered(_split_run, range(len(plan)))  # started now
                forked = {r for roots in plan for r in roots}
                for root, keys in todo.items():
                    if root not in forked:
                        self._split[root] = self._split_component(keys)
                for at, splits in done:
                    for root, groups in zip(plan[at], splits, strict=True):
                        keys = todo[root]
                        self._split[root] = [[keys[i] for i in g] for g in groups]
        finally:
            _FORKED, _SPLITTING = None, []

    def _split_plan(self, todo: dict[Key, list[Key]]) -> list[list[Key]]:
        """The roots each forked worker splits (none: all here). Only with workers, at least
        PARALLEL_MIN_MENTIONS mentions to cluster and components of PARALLEL_SPLIT_MIN or
        more; those go, the costliest first, to whichever of this process and ``workers - 1``
        workers has the least work yet, this one starting with the smaller components. A
        split's cost is about its mentions' scored pairs (the sums it folds)."""
        if (self.workers < 2 or _FORK is None
                or sum(map(len, todo.values())) < PARALLEL_MIN_MENTIONS):
            return []
        scores = self._scores

        def cost(keys: list[Key]) -> int:
            return len(keys) + sum(len(scores[k][0]) for k in keys if k in scores)

        big = [(cost(ks), r) for r, ks in todo.items() if len(ks) >= PARALLEL_SPLIT_MIN]
        if not big:
            return []
        here = sum(cost(ks) for ks in todo.values() if len(ks) < PARALLEL_SPLIT_MIN)
        plan: list[list[Key]] = [[] for _ in range(self.workers - 1)]
        work = [0] * len(plan)
        for c, root in sorted(big, key=lambda x: -x[0]):
            i = min(range(len(work)), key=work.__getitem__)
            if here <= work[i]:
                here += c
            else:
                plan[i].append(root)
                work[i] += c
        return [roots for roots in plan if roots]
