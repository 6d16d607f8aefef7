"""Two mentions of one article that a pair veto keeps apart but other reports put in one
finished group: the article itself tells two events ('the confirmed toll' beside 'suspected
in 300 deaths', a rally in one city beside a march in another), and the mention less tied to
the group leaves it. A pass over the finished groups, not a cannot-link: a cannot-link keeps
two whole groups apart while they form, and the other articles' reports then regroup around
it (the tallies of one day split into two day groups); this moves only the mentions the
article sets apart, and each group alone decides (the result stays independent of order and
batches). rules.json ``eject_vetoes`` names the reasons read (``eject_about``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from dateline.merge.mention import Mention
from dateline.merge.rules import Rules
from dateline.merge.similarity import pair_verdict
from dateline.merge.union_find import joined

Key = tuple[str, str]
Row = Callable[[Key], Iterable[tuple[Key, float]]]


def vetoed_in_article(a: Mention, b: Mention, r: Rules) -> str | None:
    """The ``eject_vetoes`` reason that keeps two mentions of one article apart, or None."""
    if a.article_id != b.article_id or a.key == b.key:
        return None
    _score, why = pair_verdict(a, b, r)
    return why if why in r.words("eject_vetoes") else None


def eject_vetoed(groups: list[list[Key]], mentions: Mapping[Key, Mention], r: Rules,
                 row: Row) -> list[list[Key]]:
    """Each group less the mentions that one of its article's other mentions in the group
    keeps apart by an ``eject_vetoes`` reason (:func:`vetoed_in_article`): of such a pair,
    the mention with the lower mean score over the rest of the group leaves (unscored pairs
    count 0; on a tie the larger key), until no such pair is left. The mentions that left
    one group form groups of their own by their scored pairs at the threshold with one
    another (each such group passed again), else stand alone."""
    if not r.words("eject_vetoes"):
        return groups
    out: list[list[Key]] = []
    todo = list(groups)
    while todo:
        g = todo.pop()
        if len(g) < 3:  # two mentions share a group only by their own pair: never vetoed
            out.append(g)
            continue
        kept, gone = _eject(g, mentions, r, row)
        out.append(kept)
        if gone:
            todo.extend(regroup(gone, r, row))
    return sorted(out)


def _eject(g: list[Key], mentions: Mapping[Key, Mention], r: Rules,
           row: Row) -> tuple[list[Key], list[Key]]:
    by_article: dict[str, list[Key]] = {}
    for k in g:
        by_article.setdefault(k[0], []).append(k)
    clashes = [(a, b) for ks in by_article.values() if len(ks) > 1
               for i, a in enumerate(ks) for b in ks[i + 1:]
               if vetoed_in_article(mentions[a], mentions[b], r)]
    if not clashes:
        return g, []
    members = set(g)
    links = {k: sum(s for o, s in row(k) if o in members) for k in
             {k for pair in clashes for k in pair}}
    gone: set[Key] = set()
    for a, b in sorted(clashes):
        if a in gone or b in gone:
            continue
        # the one less tied to the group leaves (the sums share a divisor: the group's size)
        la, lb = links[a], links[b]
        gone.add(a if la < lb or (la == lb and a > b) else b)
    return [k for k in g if k not in gone], sorted(gone)


def regroup(gone: list[Key], r: Rules, row: Row) -> list[list[Key]]:
    """``gone`` split into the components of its scored pairs at the threshold (mentions
    that leave a group regroup among themselves: here and in :mod:`dateline.merge.recalled`)."""
    uf = joined(gone, row, lambda _k, _o, s: s >= r.threshold)
    parts: dict[Key, list[Key]] = {}
    for k in gone:
        parts.setdefault(uf.find(k), []).append(k)
    return [sorted(p) for p in parts.values()]
