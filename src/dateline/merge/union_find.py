"""Union-find over mention keys, shared by the merger and the passes over its groups."""

from __future__ import annotations

from collections.abc import Callable, Iterable

Key = tuple[str, str]


class UnionFind:
    """Groups of keys joined pairwise; a group's root is its smallest key, so the groups and
    their roots do not depend on the order of the joins (the merge's clusters, the mentions
    :mod:`dateline.merge.eject` regroups)."""

    def __init__(self) -> None:
        self.parent: dict[Key, Key] = {}

    def add(self, k: Key) -> None:
        self.parent.setdefault(k, k)

    def find(self, k: Key) -> Key:
        root = k
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[k] != root:  # path compression
            self.parent[k], k = root, self.parent[k]
        return root

    def union(self, a: Key, b: Key) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)  # the smaller key roots: not order-dependent
            self.parent[hi] = lo


def joined(keys: Iterable[Key], row: Callable[[Key], Iterable[tuple[Key, float]]],
           tie: Callable[[Key, Key, float], bool]) -> UnionFind:
    """``keys`` joined by the scored pairs between two of them (``row``: a key's scored
    partners) that ``tie`` accepts: the passes that regroup or gather a few mentions after
    the merge (:mod:`dateline.merge.eject`, ``once``, ``told_again``)."""
    uf = UnionFind()
    for k in keys:
        uf.add(k)
    for k in list(uf.parent):
        for o, s in row(k):
            if o in uf.parent and tie(k, o, s):
                uf.union(k, o)
    return uf
