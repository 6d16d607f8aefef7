"""Second reports the parser hung inside a first report's content ("A said X, while B
said Y", "A said X and warned Y", "A said X, though records show Y"): the first content
ends before them, so each is its own attribution (PolNeAR marks two) instead of being
swallowed by the first and dropped as nested.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.entities import organisation_noun
from dateline.quotes import learned
from dateline.quotes.context import Context
from dateline.quotes.participles import before_participle
from dateline.quotes.syntax import RELATIVES, clip, content_range, subtree_range
from dateline.wordlists import ACTOR_ENTS

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONTRAST = {"while", "whereas", "whilst"}
# a conjunct with one of these has a clause of its own, not its first verb's speaker
_OWN_SUBJECT = ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark")
# subordinators of a clause that stands beside a report, not inside what is reported:
# concession, time and 'as' ("..., though public records indicate ...", "... after
# several of them indicated their support", "... when a nurse reported high readings",
# "even as he understands ..."); not cause ('because he did not want ...' is mostly the
# reporter's or speaker's own reason). The parser hangs 'when' as an adverb, not a mark.
_BESIDE = {"though", "although", "after", "as", "when"}
# what opens a relative clause that can be a report of its own: 'which', 'that', 'who'
_RELATIVE_TAGS = ("WDT", "WP")


def before_parallel(ctx: Context, tok: Token, rng: tuple[int, int]) -> tuple[int, int]:
    """The content up to a second report the parser hung inside it ("71 percent said
    they are set, while 18 percent said they could change"): a speech verb with a
    subject of its own in an unmarked, active conjunct that closes the content reports
    for that subject; so does any listed cue with a subject of its own in a while-,
    though-, after-, when- or as-clause closing the content ("county filings show he
    gave, though tax records indicate he owned no house"), not 'as if'."""
    second = _second_report(ctx, tok, rng)
    if second is not None:
        return second
    # both walks below read verbs alone (speech_conjunct finds none at any other word):
    # the words after the cue are made and sifted once
    verbs = [t for t in ctx.doc[tok.i + 1 : ctx.token_index(rng[1])] if t.pos_ == "VERB"]
    for t in verbs:
        outer = speech_conjunct(ctx, t) if t.idx >= rng[0] else None
        if outer is not None and outer.i == tok.i:
            cut = clip(ctx.text, rng[0], ctx.doc[t.left_edge.i - 1].idx, tok.idx)
            return cut if cut is not None else rng
    for t in verbs:
        if t.idx >= rng[0] and relative_report(ctx, t):
            lo, hi = subtree_range(t)
            if lo > rng[0] and hi >= rng[1]:
                cut = clip(ctx.text, rng[0], lo, tok.idx)
                return cut if cut is not None else rng
    for t in verbs:
        if t.idx < rng[0] or t.dep_ not in ("advcl", "conj"):
            continue
        inner = ctx.lex.cue(ctx.lex.lemma(t))
        who = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if inner is None or who is None or who.lower_ in RELATIVES:
            continue
        marks = {c.lower_ for c in t.children if c.dep_ in ("mark", "auxpass")}
        if t.dep_ == "advcl":
            marks |= {c.lower_ for c in t.children if c.tag_ == "WRB" and c.i < t.i}
            if "if" in marks or not marks & (_CONTRAST | _BESIDE):
                continue
        elif marks or not inner.direct:
            continue  # "said that X and that Y mentioned it": Y's words are still content
        lo, hi = subtree_range(t)
        if hi < rng[1] or lo <= rng[0]:
            continue
        cut = clip(ctx.text, rng[0], lo, tok.idx)
        return cut if cut is not None else rng
    return before_participle(ctx, tok, rng)


def relative_report(ctx: Context, t: Token) -> bool:
    """A relative clause that is a telling of its own ("the new schedule, which she said
    would help commuters", "residents who said they might move away"): a speech
    verb with a subject, opened by a relative pronoun and reporting a clause. PolNeAR
    marks it as its own attribution (source 'she', 'who'; the pronoun is in its
    content); the content it closes ends before it. Not a passive ('customers who were
    told ...'), nor a clause with no relative word ('the sum she says she spent')
    or opened by 'where' ('a summit where X said ...'), which are mostly still content,
    nor one whose 'which' or 'that' is the subject and stands for no teller (`_teller`)."""
    if t.dep_ != "relcl" or t.left_edge.tag_ not in _RELATIVE_TAGS:
        return False
    kids = [c.dep_ for c in t.children]
    if "nsubj" not in kids or "ccomp" not in kids:
        return False
    inner = ctx.lex.cue(ctx.lex.lemma(t))
    if inner is None or not inner.direct:
        return False
    who = next(c for c in t.children if c.dep_ == "nsubj")
    return who.tag_ != "WDT" or _teller(ctx, t.head)


def _teller(ctx: Context, noun: Token) -> bool:
    """Can the noun a 'which' or 'that' stands for tell something: a name of a person,
    organisation, people or place on it or its compound, an organisation noun, or a noun
    of a statement ('the audit, which concluded ...')? Not 'the kind of action ... that
    would indicate he cared': a thing that shows something is no telling."""
    named = (noun, *(c for c in noun.children if c.dep_ == "compound"))
    if any(t.ent_type_ in ACTOR_ENTS for t in named) or organisation_noun(noun):
        return True
    return ctx.lex.lemma(noun) in ctx.lex.statement_nouns


def speech_conjunct(ctx: Context, t: Token) -> Token | None:
    """The cue whose speaker says ``t`` too, when the parser hung that second statement
    inside the first one's content ("The mayor said the ferry would resume and warned
    that fares would rise", 'warned' a conjunct of 'resume'): a listed cue verb with no
    subject or auxiliary of its own after 'and'/'but', a conjunct of the clause that is
    the cue's ccomp, in the cue's tense (past with past, present with present), with
    content of its own. The first content ends before it and it speaks for the first
    cue's source (PolNeAR marks two attributions; the first took the second in)."""
    if t.dep_ != "conj" or t.pos_ != "VERB" or t.left_edge.i == 0:
        return None
    if any(c.dep_ in _OWN_SUBJECT for c in t.children):
        return None
    inner = ctx.lex.cue(ctx.lex.lemma(t))
    clause = t.head
    if inner is None or not inner.curated or clause.dep_ != "ccomp" or clause.i >= t.i:
        return None
    outer = clause.head
    if outer.pos_ != "VERB" or ctx.lex.cue(ctx.lex.lemma(outer)) is None:
        return None
    if ctx.doc[t.left_edge.i - 1].lower_ not in ("and", "but"):
        return None
    past = outer.tag_ == "VBD"
    if past != (t.tag_ == "VBD") or (not past and t.tag_ not in ("VBZ", "VBP", "VB")):
        return None
    # what it says of its own ('added 200 jobs' says nothing: 'add' takes no object)
    roles = inner.content | learned.CONTENT_ROLES
    if ctx.lex.lemma(t) in ctx.lex.no_object:
        roles = roles - {"dobj"}
    return outer if content_range(t, roles, ctx.lex, ctx.parse) is not None else None


def _second_report(ctx: Context, tok: Token, rng: tuple[int, int]) -> tuple[int, int] | None:
    """The content up to a second report the parser made a second clause of the first
    verb ("Six in 10 said she is honest, and two-thirds said the same of him"): a
    speech verb with a subject of its own after 'and', 'but' or ';', closing the content
    and following a clause of the first verb, reports for that subject."""
    for t in tok.children:
        if t.dep_ != "ccomp" or t.i <= tok.i or t.pos_ != "VERB" or t.left_edge.i == 0:
            continue
        inner = ctx.lex.cue(ctx.lex.lemma(t))
        who = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if inner is None or not inner.direct or who is None or who.lower_ in RELATIVES:
            continue
        lo, hi = subtree_range(t)
        joint = ctx.doc[t.left_edge.i - 1]
        if joint.lower_ not in ("and", "but", ";") or lo <= rng[0] or hi < rng[1]:
            continue
        if any(c.dep_ == "ccomp" and tok.i < c.i < t.i for c in tok.children):
            return clip(ctx.text, rng[0], joint.idx, tok.idx)
    return None
