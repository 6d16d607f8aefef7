"""Union-find over mention keys, shared by the merger and the passes over its groups."""

from __future__ import annotations

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
