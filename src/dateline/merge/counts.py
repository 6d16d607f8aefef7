"""Figures and rungs two mentions report: near or rival figures of one counted thing (evidence
for one event), and rungs of one scale with none in common (two acts)."""

from __future__ import annotations

from functools import lru_cache, partial

from dateline.merge.mention import Mention, Number, once
from dateline.merge.mention_figures import old_figures
from dateline.merge.readers import WORD, incident_readers
from dateline.merge.rules import Rules, rules


def _size(n: Number) -> tuple[float, float] | None:
    """The size a figure names: its range ('dozens'), else its point ('at least 40' is ~40)."""
    if n.low is not None and n.high is not None:
        return (n.low, n.high)
    v = next((x for x in (n.value, n.low, n.high) if x is not None), None)
    return None if v is None else (v, v)


def numbers_near(a: Mention, b: Mention, ratio: float, r: Rules | None = None) -> bool:
    """Whether the two report a figure of the same thing and size: "at least 40 people" and
    "thirty-eight people" (sizes within ``ratio`` of each other, or overlapping ranges), or
    rival claims of one toll: figures of one counted thing in two articles ('10 IDF
    soldiers', 'five soldiers') less than ``limits.rival_claim_ratio`` times apart, each
    in a sentence that attributes it (``claim_words``: 'Hamas claimed ...', 'According to
    the IDF, ...').

    Rival counts of one incident are the disagreements a user most needs to see, so a
    near figure is evidence for one event, not against it. Counted things are compared by
    their head word (:func:`dateline.merge.disagree.counted_thing`: 'IDF soldiers' is
    'soldiers'); figures of different things neither join nor part two mentions."""
    r = r or rules()
    thing = _shipped_thing if r is rules() else partial(_thing, r=r)
    rival = r.limits.get("rival_claim_ratio", 0.0) if a.article_id != b.article_id else 0.0
    claimed: bool | None = None
    reported_b = once(b, "reported_numbers", r, _reported)
    for na in once(a, "reported_numbers", r, _reported):
        sa = _size(na)
        if sa is None:
            continue
        for nb in reported_b:
            sb = _size(nb)
            if sb is None:
                continue
            same = bool(na.counts and nb.counts)
            if same and na.counts != nb.counts and (
                    thing(na.counts or "") != thing(nb.counts or "")):
                continue
            lo, hi = max(sa[0], sb[0]), min(sa[1], sb[1])
            if lo <= hi or (hi > 0 and lo <= hi * ratio):
                return True
            if same and hi > 0 and lo < hi * rival:
                if claimed is None:  # read once per pair, only when a rival figure needs it
                    claimed = _claimed(a.sentence, r) and _claimed(b.sentence, r)
                if claimed:
                    return True
    return False


def _reported(m: Mention, r: Rules) -> tuple[Number, ...]:
    """``m``'s numbers less a figure its sentence gives only as the earlier value of a change
    ('rose to 52, up from 45': :func:`~dateline.merge.mention_figures.old_figures`), which is no
    report of it. Asked for every pair, so kept on the mention (:func:`once`); a number
    without a value ('dozens') is never such a figure."""
    old = old_figures(m.sentence or "")
    if not old:
        return m.numbers
    return tuple(n for n in m.numbers if n.value is None or f"{n.value:g}" not in old)


def _thing(counts: str, r: Rules) -> str:
    """What a counted phrase counts, its head word's stem (disagree.counted_thing)."""
    return incident_readers().counted(Number(None, "", counts=counts), r)


@lru_cache(maxsize=4096)
def _shipped_thing(counts: str) -> str:
    """:func:`_thing` under the shipped rules, read once per counted phrase."""
    return _thing(counts, rules())


def _claimed(sentence: str | None, r: Rules) -> bool:
    """The sentence attributes what it says to someone (a ``claim_words`` word in it)."""
    words = r.words("claim_words")
    return bool(words) and not words.isdisjoint(WORD.findall((sentence or "").lower()))


def rung_conflict(a: Mention, b: Mention) -> bool:
    """Both sentences name a rung of one kind of scale, and no rung of that kind is in both
    ('raised its alert to level 4' / 'raised the alert to level 5': two raises; 'phase five'
    / 'phase 5' is one). Rungs an event leaves ('from level 4') are not read
    (:func:`dateline.numbers.designation.rungs`)."""
    return rungs_apart(a.rungs, b.rungs)


def rungs_apart(ra: frozenset[tuple[str, int]], rb: frozenset[tuple[str, int]]) -> bool:
    """Two sets of ``(kind, value)`` rungs name one kind and share no rung of it (the rungs
    of two mentions, or of two groups of mentions: :mod:`dateline.merge.cluster`)."""
    if not ra or not rb:
        return False
    kinds_b = {k for k, _ in rb}
    return any(k in kinds_b and not _shared_kind(ra, rb, k) for k, _ in ra)


def _shared_kind(ra: frozenset[tuple[str, int]], rb: frozenset[tuple[str, int]], k: str) -> bool:
    return any(x[0] == k for x in ra & rb)
