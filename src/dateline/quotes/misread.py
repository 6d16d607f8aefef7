"""A cue verb the tagger read as a noun: '..., the regional paper reports.', '..., port
records show.'. A plural-looking noun heading its sentence, with a subject before it and a
clause complement of its own and none of a noun's dependents (a determiner, a number, a
possessor: cues.json 'misread_verbs'), whose lemma is a listed cue verb taking a clause,
is that verb: the parse gave it a verb's dependents, only its tag is wrong. A cue verb's
bare form tagged a singular noun right after a plural noun, closing a phrase set off by a
comma after a clause, is the verb of an aside ('..., records show.', '..., records show,
and ...'): there the parse is lost too, so the spans are read off the words."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.model import Quote
from dateline.quotes.context import Context
from dateline.quotes.lexicon import load_raw
from dateline.quotes.speakers import speaker_name
from dateline.quotes.syntax import content_range, trim

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.quotes.learned import Parse

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


# finite verbs and modals: a phrase holding one is a clause, not an aside's subject
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_ASIDE_ENDS = frozenset({".", ",", ";"})


def aside_shaped(p: Parse, i: int) -> bool:
    """Is word ``i`` a bare form tagged a singular noun right after a plural noun ('records
    show')? Read from the doc's arrays: the indirect finder asks it of every noun."""
    return (
        p.tag[i] == "NN" and i > 0 and p.tag[i - 1] in ("NNS", "NNPS")
        and p.lowers[i] == p.lemmas[i]
    )  # fmt: skip


def misread_aside(ctx: Context, tok: Token) -> Quote | None:
    """'The ferry was sold in 2014, port records show.': the words between the comma and
    the cue are the source, the clause before the comma the content, else None."""
    doc = tok.doc
    if not aside_shaped(ctx.parse, tok.i):
        return None  # a bare verb form agreeing with a plural subject right before it
    if tok.lower_ != ctx.lemma(tok) or tok.i in ctx.used_cues or ctx.in_quote(tok.idx):
        return None
    cue = ctx.lex.cue(tok.lower_, "VERB")
    if cue is None or "ccomp" not in cue.content:
        return None
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text not in _ASIDE_ENDS:
        return None
    start = tok.sent.start
    comma = tok.i - 1
    while comma > start and doc[comma].text != ",":
        if doc[comma].tag_ in _FINITE:
            return None
        comma -= 1
    if comma <= start or doc[comma].text != ",":
        return None
    src = trim(ctx.text, doc[comma + 1].idx, doc[tok.i - 1].idx + len(doc[tok.i - 1]))
    rng = trim(ctx.text, tok.sent.start_char, doc[comma].idx)
    if src[0] >= src[1] or len(ctx.text[rng[0] : rng[1]].split()) < 2:
        return None
    name = speaker_name(doc[tok.i - 1], src, ctx.mentions, ctx.in_quote,
                        ctx.lex.max_speaker_distance, ctx.ann)
    ctx.used_cues.add(tok.i)
    return ctx.make_quote(rng, "indirect", (tok.idx, tok.idx + len(tok)), src, name)
