"""Comma-set participles that report on their own (", calling him ignorant", ", adding
that ..."): a second attribution of the speaker whose report the parser hung them in.

PolNeAR marks two attributions there; left alone, the first content swallows the
participle and the nested-report filter drops it. Used by the indirect finder (its
contents and claims), the quote finder's partial quotes and direct quotes' speakers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Quote
from dateline.quotes.context import Context
from dateline.quotes.subjects import speaks_itself
from dateline.quotes.syntax import clip

if TYPE_CHECKING:
    from spacy.tokens import Token

_CLOSING = " \t\n.,;:!?\"'\u201d\u2019)"


def before_participle(ctx: Context, tok: Token, rng: tuple[int, int]) -> tuple[int, int]:
    """The content up to a comma-set participle that reports on its own ("Trump launched
    an attack on Obama, calling him ignorant", "She extolled the town, applauding its
    halls"): a listed cue with no subject of its own after a comma, when content comes
    before that comma. It is a second attribution of the same speaker (PolNeAR marks
    two), which the outer content would otherwise swallow and drop as nested."""
    for c in tok.children:
        comma = comma_participle(ctx, c) if c.i > tok.i else None
        if comma is None or not (rng[0] < comma.idx < rng[1]):
            continue
        cut = clip(ctx.text, rng[0], comma.idx, tok.idx)
        if cut is not None:
            return cut
    return rng


def comma_participle(ctx: Context, tok: Token) -> Token | None:
    """The comma before a listed cue that is a present participle with no subject of its
    own, set off by that comma as an adverbial clause (", calling him ignorant")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.left_edge.i == 0:
        return None
    comma = ctx.doc[tok.left_edge.i - 1]
    if comma.text != "," or any(g.dep_ in ("nsubj", "nsubjpass") for g in tok.children):
        return None
    return comma if ctx.lex.cue(ctx.lex.lemma(tok)) is not None else None


def _own_teller(ctx: Context, tok: Token, outer_cue: int | None) -> bool:
    """Whether a comma-set participle hangs on a speech verb with a subject of its own
    other than the outer attribution's cue ('X cannot say that "...," Lee added, saying
    ...', 'X said ..., the aide recalled, adding ...'): that subject reports it, not the
    outer source whose content the parser let run over both."""
    head = tok.head
    return head.i != tok.i and head.idx != outer_cue and speaks_itself(head, ctx.lex)


def _lead_spans(q: Quote) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Cue and source spans of an attribution whose named source speaks before its
    content ('X said ...'), the outer report a comma-set participle can close; None
    for any other."""
    if q.cue_start is None or q.speaker_start is None or q.cue_start >= q.start:
        return None
    cue = (q.cue_start, q.cue_end or q.cue_start)
    return cue, (q.speaker_start, q.speaker_end or q.speaker_start)


def participles_of(ctx: Context, found: list[Quote]) -> list[Quote]:
    """A comma-set participle closing another attribution's content reports for that
    attribution's source, also where the parser hung it on a verb inside the content
    ("he says he would release them Friday, calling them 'boring'", "Halvorsen argued that a
    register would keep people out, saying ..."): PolNeAR marks it as a second report of
    the outer speaker, not part of the first one's content. The outer content ends at
    the comma and the participle takes the outer source (the subject the parser lends it
    is the inner clause's: 'he', 'a database'). ``before_participle`` does the same for a
    participle hung on the cue itself."""
    by_cue = {q.cue_start: q for q in found if q.cue_start is not None}
    out = list(found)
    for k, outer in enumerate(out):
        spans = _lead_spans(outer)
        if spans is None:
            continue
        cue, src = spans
        for tok in ctx.doc[ctx.token_index(outer.start) : ctx.token_index(outer.end)]:
            inner = by_cue.get(tok.idx)
            comma = comma_participle(ctx, tok) if inner is not None else None
            if inner is None or comma is None or not (outer.start < comma.idx < outer.end):
                continue
            if ctx.text[inner.end : outer.end].strip(_CLOSING):
                continue  # ", citing X, and that ...": the outer content goes on after it
            cut = clip(ctx.text, outer.start, comma.idx, cue[0])
            if cut is None:
                continue
            out[k] = ctx.make_quote(cut, "indirect", cue, src, outer.speaker)
            if _own_teller(ctx, tok, cue[0]):
                break  # the participle keeps the source it has
            i = next(j for j, q in enumerate(out) if q.cue_start == tok.idx)
            out[i] = ctx.make_quote(
                (inner.start, inner.end),
                "indirect",
                (tok.idx, inner.cue_end or tok.idx + len(tok)),
                src,
                outer.speaker,
            )
            break
    return out


def split_participles(ctx: Context, partial: list[Quote]) -> list[Quote]:
    """A claim holding a quoted fragment ('he says he would release them Friday,
    calling them "deeply dull filings"') ends at a comma-set participle inside it,
    which is a second report of the same source, as ``participles_of`` has it for the
    indirect finder's claims (the quote finder makes these, so that step never sees
    them). The participle's content is the rest of the claim."""
    out: list[Quote] = []
    for q in partial:
        spans = _lead_spans(q)
        toks = ctx.doc[ctx.token_index(q.start) : ctx.token_index(q.end)] if spans else ()
        tok, comma = next(
            ((t, c) for t in toks if q.start < t.idx and (c := comma_participle(ctx, t))),
            (None, None),
        )
        if spans is None or tok is None or comma is None:
            out.append(q)
            continue
        cue, src = spans
        cut = clip(ctx.text, q.start, comma.idx, cue[0])
        rest = clip(ctx.text, tok.idx + len(tok), q.end, cue[0])
        if cut is None or rest is None or tok.i in ctx.used_cues:
            out.append(q)
            continue
        ctx.used_cues.add(tok.i)
        out.append(ctx.make_quote(cut, "indirect", cue, src, q.speaker))
        out.append(ctx.make_quote(rest, "indirect", (tok.idx, tok.idx + len(tok)), src, q.speaker))
    return out


def participle_speakers(ctx: Context, direct: list[Quote], indirect: list[Quote]) -> list[Quote]:
    """A direct quote framed by a comma-set participle inside another attribution's
    content ('denied the notion, explaining that he was "having a rest day"', 'said the
    city was "messy," adding, "..."') is a second report of that attribution's source,
    as ``participles_of`` has it for clauses; the subject the participle borrowed is
    the inner clause's ('he', 'the city')."""
    outers = [(o, spans[1]) for o in indirect if (spans := _lead_spans(o)) is not None]
    out = []
    for q in direct:
        tok = ctx.doc[ctx.token_index(q.cue_start)] if q.cue_start is not None else None
        comma = comma_participle(ctx, tok) if tok is not None and tok.idx == q.cue_start else None
        outer = next(
            ((o, src) for o, src in outers if comma is not None and o.start < comma.idx < o.end),
            None,
        )
        if (
            outer is not None and tok is not None and outer[0].speaker_start != q.speaker_start
            and not _own_teller(ctx, tok, outer[0].cue_start)
        ):
            cue = (tok.idx, q.cue_end or tok.idx + len(tok))
            q = ctx.make_quote((q.start, q.end), "direct", cue, outer[1], outer[0].speaker)
        out.append(q)
    return out
