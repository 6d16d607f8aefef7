"""A cue verb the tagger read as a noun: '..., the regional paper reports.', 'Audit files
show that ...'. A plural-looking noun heading its sentence, with a subject before it and a
clause complement of its own and none of a noun's dependents (a determiner, a number, a
possessor: cues.json 'misread_verbs'), whose lemma is a listed cue verb taking a clause,
is that verb: the parse gave it a verb's dependents, only its tag is wrong."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.model import Quote
from dateline.quotes.context import Context
from dateline.quotes.lexicon import load_raw
from dateline.quotes.syntax import content_range

if TYPE_CHECKING:
    from spacy.tokens import Token

_CLAUSE = frozenset({"ccomp"})


@lru_cache(maxsize=1)
def _noun_deps() -> frozenset[str]:
    """Dependents only a noun takes: a word governing one is a noun after all."""
    return frozenset(load_raw()["misread_verbs"]["noun_deps"])


def misread_verb(ctx: Context, tok: Token) -> Quote | None:
    """The attribution of a sentence-heading noun that is a misread cue verb, else None."""
    if tok.tag_ != "NNS" or tok.dep_ != "ROOT" or tok.i in ctx.used_cues:
        return None
    cue = ctx.lex.cue(ctx.lemma(tok), "VERB")
    if cue is None or "ccomp" not in cue.content or ctx.in_quote(tok.idx):
        return None
    kids = list(tok.children)
    if any(k.dep_ in _noun_deps() for k in kids):
        return None
    subj = next((k for k in kids if k.dep_ == "nsubj" and k.i < tok.i), None)
    if subj is None or not any(k.dep_ == "ccomp" for k in kids):
        return None
    rng = content_range(tok, _CLAUSE, ctx.lex, ctx.parse)
    found = ctx.source(tok, subj)
    if rng is None or found is None or rng[0] <= subj.idx < rng[1]:
        return None
    _, span, name = found
    ctx.used_cues.add(tok.i)
    return ctx.make_quote(rng, "indirect", (tok.idx, tok.idx + len(tok)), span, name)
