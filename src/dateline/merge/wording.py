"""How alike two mentions' words are: the cosine of their bags of content words weighted by
the fixed idf table (``data/merge/idf.json``), and how much of one bag the other holds (a
headline glued to its lead, a wire sentence another outlet extended)."""

from __future__ import annotations

import math

from dateline.merge.lexicon import lexicon
from dateline.merge.mention import Mention
from dateline.merge.rules import Rules


def weighted_similarity(a: frozenset[str], b: frozenset[str], na: float, nb: float) -> float:
    """Cosine of two bags of content words weighted by a fixed idf table (0 when either is empty).

    ``na``/``nb`` are the bags' weighted norms (computed once per mention). Rare
    words ('leaflet', 'Dulwich') count for more than common ones ('spread',
    'said'); the table is fixed, so the score stays a function of the pair."""
    return weighted_shared(a, b, na, nb)[0]


def weighted_shared(
    a: frozenset[str], b: frozenset[str], na: float, nb: float,
    common: frozenset[str] | None = None,
) -> tuple[float, float]:
    """:func:`weighted_similarity` and the idf2 of the words the two bags share (0 where it
    sums none); ``common``: ``a & b``, when the caller has it (the merger's add loop)."""
    if not na or not nb:
        return 0.0, 0.0
    shared = a & b if common is None else common
    if not shared:
        return 0.0, 0.0
    w2 = lexicon().idf2(shared)
    cos = w2 / (na * nb)
    return (cos if cos < 1.0 else 1.0), w2  # min(1.0, cos) without the call: twice a pair


def containment(
    a: frozenset[str], b: frozenset[str], wa: float | None = None, wb: float | None = None
) -> float:
    """How much of the smaller bag (by idf weight) the other holds: 1 when one is inside
    (``wa``/``wb``: the bags' :meth:`~dateline.merge.lexicon.Lexicon.idf2`, when known)."""
    lex = lexicon()
    wa = lex.idf2(a) if wa is None else wa
    wb = lex.idf2(b) if wb is None else wb
    return _part(lex.idf2(a & b), wa, wb)


def contained_copy(
    a: Mention, b: Mention, r: Rules, shared_w2: tuple[float, float] | None = None
) -> bool:
    """One mention's sentence and trigger context lie inside the other's: a headline the
    sentence splitter glued to its article's lead ('Poster warns of the dangers of
    bird flu' + 'Leaflets giving ...'), or a wire sentence another outlet extended.
    Needs ``limits.copy_min_tokens`` content words in the smaller sentence, so a short
    generic line ('Schools closed.') is no copy of every longer one. ``shared_w2``: the
    :meth:`~dateline.merge.lexicon.Lexicon.idf2` of the trigger context words and of the
    sentence words the two share, when the caller has summed them
    (:func:`~dateline.merge.similarity.pair_score`)."""
    lim = r.limits
    if min(len(a.tokens), len(b.tokens)) < lim.get("copy_min_tokens", math.inf):
        return False
    if shared_w2 is not None:  # the sums the score's features took: the same containment
        return (_part(shared_w2[0], a.context_w2, b.context_w2) >= lim["copy_context"]
                and _part(shared_w2[1], a.text_w2, b.text_w2) >= lim["copy_context"])
    return (
        containment(a.context, b.context, a.context_w2, b.context_w2) >= lim["copy_context"]
        and containment(a.tokens, b.tokens, a.text_w2, b.text_w2) >= lim["copy_context"]
    )


def _part(shared: float, wa: float, wb: float) -> float:
    """:func:`containment` of two bags of weights ``wa``/``wb`` sharing words of ``shared``."""
    norm = wa if wa <= wb else wb
    return shared / norm if norm else 0.0
