"""'according to X, ...': the source is the phrase's object, the content the rest of the
clause it stands in (or the 'that' of "That's according to X")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Quote
from dateline.quotes import stance
from dateline.quotes.context import Context
from dateline.quotes.speakers import speaker_name
from dateline.quotes.syntax import source_range, subtree_range

if TYPE_CHECKING:
    from spacy.tokens import Token


def according(ctx: Context, tok: Token) -> Quote | None:
    """'according to X': X is the source, the rest of the clause the content."""
    doc = ctx.doc
    words = tuple(t.lower_ for t in doc[tok.i : tok.i + 3])
    phrase = next((p for p in ctx.lex.according if words[: len(p)] == p), None)
    if phrase is None or ctx.in_quote(tok.idx):
        return None
    last = doc[tok.i + len(phrase) - 1]
    objs = [c for c in last.children if c.dep_ == "pobj"] or [
        c for c in tok.children if c.dep_ in ("pobj", "dobj")
    ]
    if not objs:
        return None
    src = source_range(objs[0])
    cue = (tok.idx, last.idx + len(last))
    phrase_start, phrase_end = min(tok.idx, subtree_range(tok)[0]), subtree_range(tok)[1]
    rng = stance.rest_of_clause(ctx, tok, phrase_start, max(phrase_end, src[1])) or _that_is(tok)
    if rng is None:
        return None
    name = _name(ctx, objs[0], src)
    return ctx.make_quote(rng, "indirect", cue, src, name)


def _that_is(tok: Token) -> tuple[int, int] | None:
    """'That's according to X': the pronoun for what the sentence before told is the
    content (PolNeAR marks it so), the one word the clause has besides the copula."""
    head = tok.head
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    # the tagger takes the curly "That\u2019s" for a verb of its own, lemma "\u2019s"
    copula = head.lemma_ == "be" or head.lower_ in ("'s", "\u2019s")
    if not copula or subj is None or subj.lower_ not in ("that", "this"):
        return None
    return (subj.idx, subj.idx + len(subj))


def _name(ctx: Context, head: Token, span: tuple[int, int]) -> str | None:
    return speaker_name(
        head, span, ctx.mentions, ctx.in_quote, ctx.lex.max_speaker_distance, ctx.ann
    )
