"""A quoted fragment whose cue sits inside another speaker's reported claim ('Ms. Varga
says she was "still on the fence" until Mayor Okafor said he backed the levy', '"Keep the
protest off the floor," Lindqvist said, according to the Gazette'): the claim that holds
the cue is the statement, and the fragment is part of its content, not a second one.
PolNeAR marks the holder alone (on train 1-560 these fragments' sources were right a
quarter of the time), and a timeline that kept both would tell the words twice.
``quotes.indirect`` drops such nested reports among the claims it finds; the quotes found
before it are tested here.

A claim with no source holds nothing ('Odell appeared to dodge it, stating "..."': the
fragment is the only statement there). A fragment stays where the holder's content only
ran over it: told by the holder's own speaker ('Brandt said the vote could be "rough,"
adding, "Voting is rough."'); its teller right after it with the holder's cue before it
('Brill cannot claim that "on his own reading," Halvorsen added', a parse that took the
quote's frame into the claim); or the holder's cue in a clause under the fragment's own
cue ('"...," said Lund, half joking', '..., Lund noted, as reported by the Post')."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.model import Quote
    from dateline.quotes.context import Context

# Dependencies that open a clause of its own under a verb: a holder's cue reached
# through one of them reports inside the fragment's sentence, not around it.
_CLAUSES = frozenset({"ccomp", "advcl", "parataxis", "conj", "xcomp", "csubj"})


def drop_nested(ctx: Context, quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` less each direct quote whose cue lies inside the content of an indirect
    one with another speaker, unless a fragment that stays has its speaker's mention
    ('"...," Lee added, saying it was "up to the court"': the participle goes with
    'added')."""
    claims = [q for q in quotes if q.kind == "indirect"]
    held = {
        i for i, q in enumerate(quotes)
        if q.kind == "direct" and any(_holds(ctx, o, q) for o in claims)
    }
    staying = {
        (q.speaker_start, q.speaker_end) for i, q in enumerate(quotes)
        if q.kind == "direct" and i not in held and q.speaker_start is not None
    }
    return [
        q for i, q in enumerate(quotes)
        if i not in held or (q.speaker_start, q.speaker_end) in staying
    ]


def _holds(ctx: Context, claim: Quote, q: Quote) -> bool:
    if q.cue_start is None or not claim.start <= q.cue_start < claim.end:
        return False
    if claim.speaker_start is None:
        return False  # a claim with no source ('X appeared to duck it, stating "..."')
    if (claim.speaker_start, claim.speaker_end) == (q.speaker_start, q.speaker_end):
        return False
    if claim.speaker is not None and claim.speaker == q.speaker:
        return False
    return not (_framed(ctx.text, claim, q) or _under(ctx, claim, q))


def _framed(text: str, claim: Quote, q: Quote) -> bool:
    """The fragment's teller follows it at once ('"...," Lee added') and the claim's cue
    comes before the fragment."""
    if q.speaker_start is None or q.cue_start is None or claim.cue_start is None:
        return False
    told = min(q.speaker_start, q.cue_start)
    return claim.cue_start < q.start and q.end <= told and not text[q.end : told].strip(" ,")


def _under(ctx: Context, claim: Quote, q: Quote) -> bool:
    """The claim's cue sits in a clause under the fragment's cue verb."""
    if claim.cue_start is None or q.cue_start is None:
        return False
    cue = ctx.doc[ctx.token_index(q.cue_start)]
    tok = ctx.doc[ctx.token_index(claim.cue_start)]
    while tok.head.i != tok.i and tok.head.i != cue.i:
        tok = tok.head
    return tok.head.i == cue.i and tok.i != cue.i and tok.dep_ in _CLAUSES
