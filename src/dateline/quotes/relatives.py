"""A report in a relative clause inside another attribution's content ('Orr attacked
Vane, with whom he clashed over land rights', 'He said Vane had a route to the
ticket, which he called a calamity', 'Lind admired Mayor Okafor, who preaches a
message of fairness'): PolNeAR marks it as an attribution of its own (source 'he', 'who'),
and the outer content ends before the clause where the clause closes it.
``quotes.parallel`` cuts the outer content at a relative telling by a speech verb before
the inner one is found; this pass takes any other cue ``quotes.indirect`` found in such a
clause, which ``indirect._outermost`` would drop as nested (train 1-560: 67 such gold
reports, 1 found)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.quotes.syntax import clip, subtree_range

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Quote
    from dateline.quotes.context import Context

# what a cue word may hang on inside its relative clause ('who preaches a message of',
# 'which they argue', 'whom he dubbed'); a clause of its own (ccomp, conj, advcl) is not
# the relative clause's telling
_WITHIN = frozenset({"xcomp", "dobj", "prep", "pobj", "acomp", "attr"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# what sets a clause off from the noun it is on: a comment on it, not part of its name
_SET_OFF = frozenset({",", "\u2014", "\u2013", "--", "("})


def relative_clause(ctx: Context, q: Quote) -> Token | None:
    """The relative clause verb ``q``'s cue tells in: the cue itself or a word it hangs
    on through words of its own clause, a ``relcl`` opened by a relative word ('which',
    'who', 'with whom'), not a clause with none ('the sum she says she spent'), whose
    source lies in the clause ('who', 'he' of 'which he declared'); set off by a comma or
    dash ('Mayor Okafor, who preaches'): a restrictive clause names what the outer content
    is about ('voters who say ...'), and PolNeAR marks a report there a fifth of the
    time (train 1-560: 66 such, 14 right; 35 set off, 25 right)."""
    if q.cue_start is None or q.speaker_start is None:
        return None
    tok = ctx.doc[ctx.token_index(q.cue_start)]
    for _ in range(3):
        if tok.dep_ == "relcl" or tok.dep_ not in _WITHIN:
            break
        tok = tok.head
    if tok.dep_ != "relcl":
        return None
    opener = ctx.doc[tok.left_edge.i : tok.i]
    if not any(w.tag_ in _RELATIVE_TAGS for w in opener):
        return None
    if tok.left_edge.i == 0 or ctx.doc[tok.left_edge.i - 1].text not in _SET_OFF:
        return None
    lo, hi = subtree_range(tok)
    return tok if lo <= q.speaker_start and q.speaker_start < hi else None


def split_relatives(ctx: Context, found: list[Quote]) -> tuple[list[Quote], set[int]]:
    """``found`` with each content that a relative report closes ending before it, and
    the indices of those relative reports, kept though their cue lies in another content.
    A clause in the middle of a content ('candidates like Carson, who claimed ..., and
    Trump') leaves that content whole: PolNeAR marks the report there too."""
    inner: set[int] = set()
    ends: dict[int, int] = {}
    for qi, q in enumerate(found):
        c = q.cue_start
        if c is None:
            continue
        holders = [oi for oi, o in enumerate(found) if oi != qi and o.start <= c < o.end]
        if not holders:
            continue
        clause = relative_clause(ctx, q)
        if clause is None:
            continue
        lo, hi = subtree_range(clause)
        if any(found[oi].start >= lo for oi in holders):
            continue
        inner.add(qi)
        for oi in holders:
            o = found[oi]
            if hi < o.end:
                continue
            cut = clip(ctx.text, o.start, lo, o.start)
            if cut is not None:
                ends[oi] = min(ends.get(oi, o.end), cut[1])
    out = [
        replace(o, end=ends[i], text=ctx.text[o.start : ends[i]]) if i in ends else o
        for i, o in enumerate(found)
    ]
    return out, inner
