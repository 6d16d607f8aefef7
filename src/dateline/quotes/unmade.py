"""Statements that were not made: "did not respond to our questions", "has yet to
respond to the strikes", "would not comment on the report".

PolNeAR annotates such refusals as attributions (a cue, a source, and what was not
answered as the content), and ``quotes.find`` keeps them for the benchmark. A timeline
of statements must not list them: there are no words to show and nothing was said. The
pipeline stage (``quotes.apply``) drops an indirect attribution whose cue is a speech
verb (the lexicon's 'direct' cues: respond, comment, say, admit, mention ...) negated
('did not', 'would not', 'never') or unrealised (the infinitive of 'has yet to', or of
a verb the lexicon lists as refusing, cues.json ``unmade.heads``: 'declined to',
'failed to'; or the refusing verb itself, whose infinitive is a speech verb: 'declined
to comment on the audit') when its content is no clause. A clause ('did not say
whether the talks would resume', 'did not deny that ...') still reports something, and
a view held or not ('does not expect a deal', 'did not attack Mrs. Clinton') is still a
view: both stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Quote
from dateline.quotes.syntax import in_than_clause

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.quotes.context import Context

_CLAUSES = ("ccomp", "csubj")


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _unrealised(ctx: Context, tok: Token) -> bool:
    """'did not respond', 'has yet to respond', 'declined to comment', 'would never
    comment': the speech act did not happen."""
    if _negated(tok):
        return True
    if tok.dep_ != "xcomp":
        return False
    head = tok.head
    if ctx.lex.lemma(head) in ctx.lex.unmade or _negated(head):
        return True
    return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def _clausal(tok: Token, q: Quote) -> bool:
    """Does the content hold a clause the cue governs ('... whether the talks resume')?"""
    return any(c.dep_ in _CLAUSES and q.start <= c.idx < q.end for c in tok.children)


def unmade(ctx: Context, q: Quote) -> bool:
    """Is ``q`` an attribution of a statement that was not made, with no clause, or an
    outcome measured against a view, told before the cue ('more votes than her aides
    expected', cues.json ``compared``): no words of the subject's to show?"""
    if q.kind != "indirect" or q.cue_start is None:
        return False
    tok = ctx.doc[ctx.token_index(q.cue_start)]
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if q.end <= tok.idx and ctx.lex.lemma(tok) in ctx.lex.compared and in_than_clause(tok):
        return True  # not 'longer than analysts expected to bring the fields online'
    if ctx.lex.lemma(tok) in ctx.lex.unmade:
        # 'declined to comment on the audit': the refusal is the cue, the speech verb
        # it did not do the content
        inner = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if inner is None:
            return False
        cue = ctx.lex.cue(ctx.lex.lemma(inner))
        return cue is not None and cue.direct and not _clausal(inner, q)
    speech = ctx.lex.cue(ctx.lex.lemma(tok))
    if speech is None or not speech.direct:
        return False  # a view held or not ('does not expect a deal'): still a view
    return _unrealised(ctx, tok) and not _clausal(tok, q)
