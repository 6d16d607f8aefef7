"""Near copies of one line dated days apart (``copy_apart`` in rules.json): two mentions of
one trigger word, no occurrence, in one article or in two articles of one date, each dated
by a default ``dct_gap_dating`` names (the article's date, a paragraph's), whose sentences
are near copies (idf-weighted cosine >= ``limits.near_duplicate``). The days between their
dates are the dating stage's guesses for one line, not two reports' own dates, so the date
veto yields to them; every other veto and the score still decide. The candidate index keys
such mentions by their article's date and trigger word (:func:`copy_key`) so that the pair
is scored at all. An occurrence in a copied line ('the spill') recalls a lasting one, which
the reach and ongoing rules date: left out."""

from __future__ import annotations

from datetime import date
from math import fsum

from dateline.merge.lexicon import lexicon
from dateline.merge.mention import Mention
from dateline.merge.rules import Rules
from dateline.model import OCCURRENCE


def copy_key(m: Mention, r: Rules) -> tuple[date, str] | None:
    """(its article's date, its trigger word's stem) of a mention dated by a
    default, no occurrence: the key two near copies share; None for any other mention or
    with the rule off."""
    if (not r.limits.get("copy_apart") or m.date_start is None or m.dct is None
            or not m.time_how.startswith(r.prefixes("dct_gap_dating") or ("dct",))
            or not m.trigger_key or m.type == OCCURRENCE):
        return None
    return m.dct, m.trigger_key


def copies_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Whether ``a`` and ``b`` are one line copied (one article, or two of one date) and
    dated apart only by defaults: the date veto does not part them."""
    if a.article_id != b.article_id and a.dct != b.dct:
        return False
    key = copy_key(a, r)
    if key is None or key[1] != b.trigger_key or copy_key(b, r) is None:
        return False
    common = a.tokens & b.tokens
    na, nb = a.text_norm, b.text_norm
    if not (na and nb and common):
        return False
    square = lexicon().squares.__getitem__
    return fsum(map(square, common)) / (na * nb) >= r.limits["near_duplicate"]
