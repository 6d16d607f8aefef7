"""Indirect speech and attributed claims: "X said (that) ...", "according to X, ...",
"X has accused Y of ...", "X believes ...".

A cue verb from the lexicon with a subject and a content dependent (ccomp, xcomp,
object, "of" phrase ... as its lexicon group allows) makes one attribution. Cue
verbs inside a direct quote or inside another attribution's content are left to
the outer one (PolNeAR-style univocal annotation: one attribution per token).
'according to X' is read by ``quotes.according``; where a content ends before a second
report inside it, by ``quotes.parallel`` and ``quotes.participles``.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import numpy as np

from dateline.model import Quote
from dateline.quotes import learned, stance
from dateline.quotes.according import according
from dateline.quotes.context import Context
from dateline.quotes.lexicon import Cue, lexicon
from dateline.quotes.misread import aside_shaped, misread_aside, misread_verb
from dateline.quotes.parallel import before_parallel, speech_conjunct
from dateline.quotes.participles import participles_of
from dateline.quotes.relatives import split_relatives
from dateline.quotes.subjects import inverted_speaker, left_speaker, opening_name, subject
from dateline.quotes.syntax import (
    RELATIVES,
    as_it,
    aside_range,
    before_according,
    clip,
    compared_range,
    content_range,
    duration_only,
    framing_range,
    has_for_is,
    is_aside,
    subtree_range,
    text_of,
)
from dateline.wordlists import ACTOR_ENTS, PERSONAL_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _source_token(tok: Token) -> Token | None:
    """Who holds the view: a verb's subject, a noun's possessor, a predicate
    adjective's subject ("Voters are skeptical of ..."), a participle's after a copula
    ("They are convinced that ...") when it has none of its own and names nothing."""
    if tok.pos_ == "NOUN":
        return next((c for c in tok.children if c.dep_ == "poss"), None)
    if tok.pos_ == "ADJ":
        return subject(tok.head, depth=1) if tok.dep_ == "acomp" else None
    if tok.dep_ == "acomp":  # not 'He is known for ...': a name or a reputation, no view
        lex = lexicon()
        naming = lex.lemma(tok) in lex.naming
        return subject(tok) or (None if naming else subject(tok.head, depth=1))
    return subject(tok)


_WH_ONLY = {"what", "who", "whom", "why", "how", "which", "where", "when"}
_WH_OBJECT = {"what", "who", "whom", "which"}


def _question(ctx: Context, tok: Token, rng: tuple[int, int]) -> bool:
    """Is a one-word content a question word, not what is reported? "What did the
    agreement say?" asks; the relative pronoun of "the plan, which Cruz proposed" and
    the free relative of "she wrote what she believes" stand for what the cue is about
    (PolNeAR marks them as the content). Where/why/how/when are never that."""
    word = ctx.text[rng[0] : rng[1]].lower()
    if word not in _WH_ONLY or _sluiced(tok) is not None:
        return False
    return word not in _WH_OBJECT or _asks(tok)


def _asks(tok: Token) -> bool:
    """Does ``tok``'s sentence end with a question mark (closing quotes aside)?"""
    return tok.sent.text.rstrip(" \n\"'\u201d\u2019").endswith("?")


def _sluiced(tok: Token) -> Token | None:
    """The bare question word that ends a denied telling ("Rudd did not say when", "it
    would not explain why"): what was not told, so the content (PolNeAR marks it), not
    a question the sentence asks."""
    if not any(c.dep_ == "neg" for c in tok.children):
        return None
    kids = [c for c in tok.rights if not c.is_punct]
    last = kids[-1] if kids else None
    if last is None or last.lower_ not in _WH_ONLY or last.left_edge.i != last.right_edge.i:
        return None
    after = tok.doc[last.i + 1] if last.i + 1 < len(tok.doc) else None
    return last if after is None or after.text in (".", ";", "!") else None


def _plausible_source(subj: Token) -> bool:
    """A passive subject is what was spoken about, not the speaker ("he was sentenced").
    Relative-clause subjects ("officials, who argued ...", "a group that backs ...")
    are kept: PolNeAR marks the relative pronoun as the source, and the action verbs
    that made them noisy are kept out of the mined cues by ``not_cues``."""
    return subj.dep_ != "nsubjpass"


def _borrowed_passive(tok: Token, subj: Token) -> bool:
    """A passive cue that borrowed the subject of the verb it is joined to ("crates
    drifted ashore but were later confirmed to be unrelated"): that subject is what was
    confirmed, not who confirmed it."""
    return subj.head.i != tok.i and any(c.dep_ == "auxpass" for c in tok.children)


_CLAUSAL = Cue("", frozenset({"ccomp"}), False, False)


def _clausal(ctx: Context, tok: Token) -> Cue | None:
    """A verb outside the lexicon still reports when a person or organisation is its
    subject and a that-clause its complement ("Smith reckoned that ..."): the long
    tail of cue verbs is too long to list. Read from the doc's arrays (``Context.parse``):
    it is asked of nearly every verb no table lists."""
    p, i = ctx.parse, tok.i
    if p.pos[i] != "VERB" or ctx.lemma(tok) in ctx.lex.denied:
        return None
    dep, kids = p.dep, p.kids(i)
    comp = next((c for c in kids if dep[c] == "ccomp"), None)
    subj = next((c for c in kids if dep[c] == "nsubj"), None)
    if comp is None or subj is None or comp < i:
        return None
    if not any(dep[g] == "mark" and p.lowers[g] == "that" for g in p.kids(comp)):
        return None
    if p.lowers[subj] in PERSONAL_PRONOUNS or p.ent[subj] in ACTOR_ENTS:
        return _CLAUSAL
    return None


def _learned(ctx: Context, tok: Token) -> Cue | None:
    """The learned tagger's verdict on a word no table lists (``quotes.learned``)."""
    lemma = ctx.lemma(tok)
    model = learned.model()
    if model is None or not model.is_cue(tok, lemma, lemma in ctx.lex.denied, ctx.parse):
        return None
    return learned.LEARNED_CUE


def _noun_clause(tok: Token) -> tuple[int, int] | None:
    """The infinitive or that-clause of a cue noun ("his call to ban ...", "the judges'
    statement that ..."); a participle ("his remarks made in Iowa") is no content."""
    clause = next(
        (
            c
            for c in tok.children
            if c.dep_ == "acl"
            and c.i > tok.i
            and any(g.lower_ in ("to", "that") and g.dep_ in ("aux", "mark") for g in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    lo, hi = subtree_range(clause)
    return clip(text_of(tok.doc), lo, hi, tok.idx)


_WHEN_NOUNS = {"time", "day", "way", "moment", "reason", "place", "year", "week", "night"}


def _antecedent(ctx: Context, tok: Token) -> tuple[int, int] | None:
    """What a cue in an object relative clause is about: the noun phrase it modifies
    ("the coronation many pundits forecast", "a town he doesn't recall"), when the
    clause has a subject of its own and no object; never a time or manner noun."""
    kids = {c.dep_ for c in tok.children}
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in RELATIVES or kids & {"dobj", "ccomp", "xcomp", "nsubjpass"}:
        return None  # "who backed Rubio": the noun is the source, not the content
    if any(c.dep_ == "prep" and not list(c.children) for c in tok.children):
        return None  # "the event Trump spoke at"
    noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME"):
        return None
    if noun.lemma_.lower() in _WHEN_NOUNS or noun.i > tok.i:
        return None
    return clip(ctx.text, subtree_range(noun)[0], tok.left_edge.idx, tok.idx)


def _vetoed(ctx: Context, tok: Token) -> bool:
    """Listed cues that cannot frame a direct quote (mined ones, "know", "find") are
    often plain verbs ("found the keys"); the learned tagger drops the uses whose
    context scores far below PolNeAR's cues. Speech verbs ("say") are never vetoed."""
    model = learned.model()
    return model is not None and model.vetoes(tok, ctx.lemma(tok), ctx.parse)


def _deed(ctx: Context, tok: Token) -> bool:
    """A verb of physical action whose object is a thing or a person ('Hamas released 25
    hostages', 'The senator signed the bill'): a deed, never a claim. An object that
    carries words ('released a statement', 'released a batch of the emails') is content
    (cues.json ``deeds``)."""
    if ctx.parse.pos[tok.i] != "VERB" or ctx.lemma(tok) not in ctx.lex.deeds:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        # 'signed [the Harbor Shield Act providing ...]': the parser made the object the
        # subject of a clause; such verbs take no clause of their own
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if clause is None or any(c.dep_ == "mark" for c in clause.children):
            return False  # 'shot back that ...': a clause of its own, spoken
        obj = subject(clause)
        if obj is None or obj.i < tok.i:
            return False
    of = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    words = {obj.lemma_.lower()} | {g.lemma_.lower() for g in of if g.dep_ == "pobj"}
    compounds = [c for c in obj.children if c.dep_ in ("compound", "nmod")]
    if any(c.tag_ == "VBG" for c in compounds):
        # 'released a video showing fire ...', parsed as 'video' and 'showing' modifying
        # 'fire': the noun before the participle is the object
        words |= {c.lemma_.lower() for c in compounds}
    info = ctx.lex.information
    return not any(w in info or ctx.lex.cue(w, "NOUN") is not None for w in words)


# What stands right before a participle that modifies the noun after it: a count, a
# possessor's 's, a possessive pronoun, a determiner ('271 pledged delegates')
_MODIFIER_OPENERS = ("CD", "POS", "PRP$", "DT")


def _noun_modifier(tok: Token) -> bool:
    """A past form set between a count, possessor or determiner and the noun it modifies
    ("leads by 271 pledged delegates", "the convention's pledged delegates"), which the
    parser read as a verb taking that noun as its object: an adjective, no telling."""
    if tok.tag_ not in ("VBD", "VBN") or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    before, noun = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    if before.tag_ not in _MODIFIER_OPENERS:
        return False
    if before.ent_type_ in ("DATE", "TIME") and before.dep_ == "pobj":
        return False  # 'in 2016 promised voters a wall': the year ends a phrase of the clause
    if before.tag_ == "DT" and before.dep_ != "det":
        return False  # 'have both supported the plan', 'they each paid': the subject's
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    return noun.head.i == tok.i and noun.dep_ == "dobj" and noun.pos_ == "NOUN"


def _ensuring(ctx: Context, tok: Token) -> bool:
    """An adjective of certainty under 'make' ('make sure they comply'): what the subject
    sees to, not a view it holds (cues.json ``ensuring``)."""
    if tok.pos_ != "ADJ" or tok.head.i == tok.i:
        return False
    return (ctx.lemma(tok.head), ctx.lemma(tok)) in ctx.lex.ensuring


def _as_put(ctx: Context, tok: Token) -> Quote | None:
    """'As the senator put it, the plan is dead': the subject's view is the clause the
    as-clause hangs on; the cue is the verb with its 'it' (cues.json ``as_it``)."""
    it = as_it(tok, ctx.lex.as_it)
    if it is None or tok.i in ctx.used_cues or ctx.in_quote(tok.idx):
        return None
    rng = aside_range(tok)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    found = ctx.source(tok, subj) if rng is not None and subj is not None else None
    if found is None or rng is None:
        return None
    ctx.used_cues.add(tok.i)
    _, span, name = found
    return ctx.make_quote(rng, "indirect", (tok.idx, it.idx + len(it)), span, name)


def _from_verb(ctx: Context, tok: Token) -> Quote | None:
    if ctx.parse.pos[tok.i] not in _VERB_POS or _deed(ctx, tok) or _noun_modifier(tok):
        return None
    if _ensuring(ctx, tok) or duration_only(tok, ctx.lex):
        return None
    if ctx.lex.as_it and tok.lemma_.lower() in ctx.lex.as_it:
        put = _as_put(ctx, tok)
        if put is not None:
            return put
    if tok.i in ctx.used_cues or ctx.in_quote(tok.idx):
        return None  # before the tests below (the learned tagger's above all): none keeps it
    chosen = _verb_cue(ctx, tok)
    if chosen is None:
        return None
    cue, listed = chosen
    agent = _agent(tok)
    if agent is not None:
        return _passive(ctx, tok, cue, agent)
    rng = _verb_content(ctx, tok, cue, listed)
    if rng is None or _question(ctx, tok, rng):
        return None  # "What did the agreement say?": a question, not a claim
    rng = before_according(tok, before_parallel(ctx, tok, rng), ctx.lex.according)
    held = _view_holder(ctx, tok, cue, rng)
    if held is None:
        return None
    return _attributed(ctx, tok, cue, *held)


def _verb_cue(ctx: Context, tok: Token) -> tuple[Cue, bool] | None:
    """The cue a word is: its lexicon entry unless vetoed, else a clausal or a learned
    one; with whether the lexicon lists it (an aside needs a listed cue)."""
    cue = ctx.lex.cue(ctx.lemma(tok), tok.pos_)
    if cue is not None and not cue.direct and _vetoed(ctx, tok):
        return None
    listed = cue is not None
    cue = cue or _clausal(ctx, tok) or _learned(ctx, tok)
    return None if cue is None else (cue, listed)


def _verb_content(ctx: Context, tok: Token, cue: Cue, listed: bool) -> tuple[int, int] | None:
    """What the cue reports: its lexicon complement, else the other forms a content takes
    (a pro-clause, a quoted predicate, a noun's clause, a relative's antecedent, another
    complement, the framing sentence, an aside's host), first found wins."""
    rng = content_range(tok, cue.content, ctx.lex, ctx.parse)
    if "ccomp" in cue.content:
        rng = _pro_clause(tok) or rng
    if rng is None and "oprd" in cue.content:
        rng = _quoted_predicate(ctx, tok)
    if rng is None and tok.pos_ == "NOUN":
        rng = _noun_clause(tok)
    if rng is None and tok.dep_ == "relcl":
        rng = _antecedent(ctx, tok)
    if rng is None and ctx.lemma(tok) in ctx.lex.compared:
        rng = compared_range(tok)  # 'more seats than her aides expected'
    if rng is None and cue.direct and (wh := _sluiced(tok)) is not None:
        rng = (wh.idx, wh.idx + len(wh))  # 'did not say when': before the framing sentence
    if rng is None and cue is not learned.LEARNED_CUE and _learned(ctx, tok) is not None:
        # a listed cue used with another complement ("derided X", "called on Y to ...")
        roles = learned.CONTENT_ROLES
        if ctx.lemma(tok) in ctx.lex.aspectual:
            roles = roles - {"xcomp"}
        if ctx.lemma(tok) in ctx.lex.no_object:
            roles = roles - {"dobj"}  # the lexicon's own verdict holds here too
        rng = content_range(tok, roles, ctx.lex, ctx.parse)
    if rng is None and cue.direct:
        rng = framing_range(tok)
        if rng is not None and len(ctx.text[rng[0] : rng[1]].split()) < 2:
            rng = None  # "Additionally, Clinton said": no claim in one word
    elif rng is None and listed and "ccomp" in cue.content and is_aside(tok):
        # "His leverage, they believe, is intact", "as X pointed out"; not "you know"
        rng = None if _addressed(tok) else aside_range(tok)
    return rng


def _view_holder(
    ctx: Context, tok: Token, cue: Cue, rng: tuple[int, int]
) -> tuple[Token, tuple[int, int]] | None:
    """Who holds the view (the subject of the cue or of the speech verb it is a conjunct
    of, an inverted or a nearby speaker for a curated direct cue), with the content, which
    an inverted speaker may move."""
    outer = speech_conjunct(ctx, tok)
    subj = _source_token(tok if outer is None else outer)
    inverted = inverted_speaker(tok, subj) if cue.curated and cue.direct else None
    if inverted is not None:
        subj = inverted
        rng = _inverted_content(ctx, tok, inverted) or rng
    if subj is None and cue.curated and cue.direct:
        subj = left_speaker(tok) or opening_name(tok)
    return None if subj is None else (subj, rng)


def _attributed(ctx: Context, tok: Token, cue: Cue, subj: Token,
                rng: tuple[int, int]) -> Quote | None:
    """The quote of a cue with its holder: unsourced where the holder is no source (asked
    by no one named, a passive, a reduced passive, a demonstrative), else sourced."""
    cue_span = (tok.idx, tok.idx + len(tok))
    if ctx.lemma(tok) in ctx.lex.asked and _bare_participle(tok):
        # "Asked about the budget, the mayor said ...": she was asked, by no one named
        ctx.used_cues.add(tok.i)
        return ctx.make_quote(rng, "indirect", cue_span, None, None)
    # a passive subject, unless the parser took the "'s" of 'he's said' for 'is'
    passive = not _plausible_source(subj) and not has_for_is(subj.head)
    passive = passive or _borrowed_passive(tok, subj)
    if passive and cue.curated:
        # "X is expected to win": a claim with an unnamed source
        if rng[0] <= subj.idx < rng[1] or ctx.in_quote(subj.idx):
            return None
        ctx.used_cues.add(tok.i)
        return ctx.make_quote(rng, "indirect", cue_span, None, None)
    if passive:
        return None
    if _named_by(tok, subj, cue) or _demonstrative(subj):
        ctx.used_cues.add(tok.i)
        return ctx.make_quote(rng, "indirect", cue_span, None, None)
    reduced = _reduced_passive(tok)
    if reduced is not None:
        ctx.used_cues.add(tok.i)
        believed = clip(ctx.text, *subtree_range(reduced), tok.idx)
        return ctx.make_quote(believed or rng, "indirect", cue_span, None, None)
    return _sourced(ctx, tok, subj, rng)


def _sourced(ctx: Context, tok: Token, subj: Token, rng: tuple[int, int]) -> Quote | None:
    """The quote of a holder that may be its source: none when no source is found there, or
    the content left after a relative clause holding it is empty; unsourced for a hedged
    view or an expletive subject."""
    cue_span = (tok.idx, tok.idx + len(tok))
    found = ctx.source(tok, subj)
    if found is None:
        return None
    subj, span, name = found
    if rng[0] <= subj.idx < rng[1]:
        after = _after_relative(ctx, tok, rng, span) or _after_source(ctx, tok, rng, span)
        if after is None:
            return None
        rng = after
    if ctx.lemma(tok) in ctx.lex.unsourced:
        inner = _hedged(ctx, tok)
        if inner is not None:
            return inner  # "Obama seemed to recognize ...": Obama's view, cue 'recognize'
    ctx.used_cues.add(tok.i)
    if ctx.lemma(tok) in ctx.lex.unsourced or _expletive(tok, subj):
        return ctx.make_quote(rng, "indirect", cue_span, None, None)
    return ctx.make_quote(rng, "indirect", cue_span, span, name)


def _reduced_passive(tok: Token) -> Token | None:
    """'a structure thought to be a clinic collapsed', parsed with 'believed' as the
    sentence's verb, 'a building' its subject and 'collapsed' a clause of it: a participle
    on the noun, believed by no one named. Its infinitive (returned) is what was believed;
    the noun is no source. The sign: a to-infinitive right after the cue, then a finite
    verb with no subject of its own hung on the cue as its clause."""
    if tok.tag_ != "VBD":
        return None
    inf = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
    if inf is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
        return None
    if inf.left_edge.i != tok.i + 1:
        return None  # 'believed him to be', 'told the crowd to'
    for c in tok.children:
        if (
            c.dep_ == "ccomp"
            and c.i > inf.right_edge.i
            and c.tag_ in ("VBD", "VBZ", "VBP")
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
            and c.left_edge.i == inf.right_edge.i + 1
        ):
            return inf
    return None


_PRO_PREPS = ("of", "for", "about", "on")
_BREAKS = set(",;:.!?\u2014\u2013()")


def _quoted_predicate(ctx: Context, tok: Token) -> tuple[int, int] | None:
    """A naming verb's object with a quote right after it ('She called his actions "a
    crucial step"', 'called Olsen "a really sharp fellow"'): the quote is the predicate
    the parser missed (it made the quoted noun a subject or a second object), so the
    content runs from the object through the quote. No other verb or punctuation
    may come between object and quote ('She would call us and tell us when')."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None:
        return None
    lo = obj.left_edge.idx
    q = next(((a, b) for a, b in ctx.quotes if a > lo), None)
    if q is None or ctx.in_quote(tok.idx):
        return None
    sub = {t.i for t in obj.subtree}
    for t in ctx.doc[obj.left_edge.i : ctx.token_index(q[0])]:
        if t.idx >= q[0]:
            break
        if t.text in _BREAKS or "\n" in t.text or (t.pos_ in ("VERB", "AUX") and t.i not in sub):
            return None
    return lo, q[1]


def _pro_clause(tok: Token) -> tuple[int, int] | None:
    """A word standing for the reported clause: 'so' right after the verb ('after half
    said so', 'Cruz thinks so') or 'the same' with what it is said of ('26 percent said
    the same', 'two-thirds said the same of Halvorsen'). The parser files them as an
    adverb, object or even subject, none of them a clause."""
    for c in tok.children:
        if c.i <= tok.i:
            continue
        if c.lower_ == "so" and c.dep_ == "advmod" and c.i == tok.i + 1:
            return c.idx, c.idx + len(c)
        if c.lower_ == "same" and c.dep_ in ("dobj", "nsubj", "npadvmod"):
            if c.left_edge.lower_ != "the":
                return None  # 'all the same': an adverb
            hi = c.idx + len(c)
            after = [p for p in tok.children if p.dep_ == "prep" and p.i == c.right_edge.i + 1]
            for p in [p for p in after if p.lower_ in _PRO_PREPS] + [
                p for p in c.children if p.dep_ == "prep"
            ]:
                hi = max(hi, p.right_edge.idx + len(p.right_edge))
            return c.left_edge.idx, hi
    return None


def _bare_participle(tok: Token) -> bool:
    """A past participle opening an adverbial clause of its own, with no subject or
    auxiliary ('Asked about X, she said', 'when asked whether ...'): passive, so the
    subject it borrows from the main clause is the one it was done to. The tagger often
    calls it a past tense (VBD); with no subject it is still the participle."""
    if tok.tag_ not in ("VBN", "VBD") or tok.dep_ != "advcl":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in tok.children)


def _inverted_content(ctx: Context, tok: Token, speaker: Token) -> tuple[int, int] | None:
    """What a speech verb set inside its reported clause frames ("X, said Ann Lee, an
    expert, would ..."): the clause without the verb and its speaker, its longer side."""
    lo, hi = subtree_range(tok)
    left = clip(ctx.text, lo, tok.idx, tok.idx)
    right = clip(ctx.text, subtree_range(speaker)[1], hi, tok.idx)
    sides = [r for r in (left, right) if r is not None]
    return max(sides, key=lambda r: r[1] - r[0]) if sides else None


def _demonstrative(subj: Token) -> bool:
    """'That threatened to ...', 'That said, ...': a pronoun for a thing or an event
    (not the relative 'that' of 'a group that backs ...'), no one who speaks."""
    return subj.lower_ == "that" and subj.head.dep_ != "relcl"


def _named_by(tok: Token, subj: Token, cue: Cue) -> bool:
    """A reduced passive right after its noun ("a group called ...", "contests known as
    Super Tuesday", "a contractor accused of spying") or set off from it by a comma
    ("HLN, known as CNN Headline News, ..."): the noun is what is named or judged, by
    someone unnamed, not who speaks. A past form the tagger took for a participle keeps
    its noun as source when it has an object or clause of its own ("Multiple outlets
    reported on Wednesday ...") or is a speech verb."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or subj.i != tok.head.i or tok.i <= subj.i:
        return False
    if any(t.text != "," for t in tok.doc[subj.i + 1 : tok.i]):
        return False
    return not cue.direct and not any(c.dep_ in ("dobj", "ccomp") for c in tok.children)


def _hedged(ctx: Context, tok: Token) -> Quote | None:
    """The attribution a hedge verb's to-infinitive makes when that is itself a listed
    cue ("seemed to confirm", "appears to suggest"): the subject holds that view, the
    hedge only softens it."""
    xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if xcomp is None or ctx.lex.cue(ctx.lex.lemma(xcomp)) is None:
        return None
    return _from_verb(ctx, xcomp)


def _addressed(tok: Token) -> bool:
    """'you know', 'as you can see': a filler addressed to the listener, no view reported."""
    return any(c.dep_ == "nsubj" and c.lower_ == "you" for c in tok.children)


def _expletive(tok: Token, subj: Token) -> bool:
    """A cue borrowing a dummy 'it' from the clause it hangs on ("It's plain to see why
    ...", "It is worth noting that ..."): the writer's view, no named source."""
    return subj.lower_ == "it" and subj.head.i != tok.i and tok.dep_ in ("xcomp", "advcl")


def _after_relative(
    ctx: Context, tok: Token, rng: tuple[int, int], source: tuple[int, int]
) -> tuple[int, int] | None:
    """A cue inside a relative clause whose reported clause starts with the relative
    word ("a wave of new voters, which Republicans say could be helping Carver", "what
    engineers think is safe"): the content is the rest after the cue, without the
    relative word and the source before it."""
    first = ctx.doc[ctx.token_index(rng[0])]
    if first.lower_ not in _WH_RELATIVE or first.tag_ not in ("WDT", "WP", "WP$"):
        return None
    between = ctx.text[first.idx + len(first) : source[0]]
    if between.strip(" ,") or not (rng[0] <= tok.idx < rng[1]):
        return None
    return clip(ctx.text, tok.idx + len(tok), rng[1], tok.idx)


_WH_RELATIVE = {"which", "that", "who", "whom", "what"}


def _after_source(
    ctx: Context, tok: Token, rng: tuple[int, int], source: tuple[int, int]
) -> tuple[int, int] | None:
    """A content that, as parsed, holds its own source right before the cue, with no
    relative word to cut at ('a mood Lindqvist said might pull ...', 'on how the Halvorsen
    brothers choose to act', 'whatever you like to name it'): what the source holds is the
    rest after the cue. A question ('What should the board talk about next?') reports nothing."""
    if ctx.text[source[1] : tok.idx].strip() or not (rng[0] <= tok.idx < rng[1]):
        return None
    if _asks(tok):
        return None
    return clip(ctx.text, tok.idx + len(tok), rng[1], tok.idx)


def _agent(tok: Token) -> Token | None:
    """The by-phrase object of a passive cue ("Rubio was endorsed by Christie")."""
    if tok.pos_ != "VERB":
        return None
    # "the bill opposed by X", "When a reporter asked whether ..."
    reduced = tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBN"
    if not reduced and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return None
    by = next((c for c in tok.children if c.dep_ == "agent"), None)
    return None if by is None else next((c for c in by.children if c.dep_ == "pobj"), None)


def _passive(ctx: Context, tok: Token, cue: Cue, agent: Token) -> Quote | None:
    """A passive cue: the agent is the source, the content its own complement or else
    the passive subject (what was endorsed, rejected, reported)."""
    rng = content_range(tok, cue.content, ctx.lex, ctx.parse)
    if rng is None and tok.dep_ == "acl":
        # a reduced relative: what was opposed is the noun phrase the participle follows
        noun = tok.head
        lo = subtree_range(noun)[0]
        rng = None if noun.lower_ in _WH_ONLY else clip(ctx.text, lo, tok.idx, tok.idx)
    elif rng is None:
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None or ctx.in_quote(subj.idx):
            return None
        lo, hi = subtree_range(subj)
        rng = clip(ctx.text, lo, hi, tok.idx)
        if rng is not None and _question(ctx, tok, rng):
            return None  # "Who was endorsed by the mayor?"
    found = ctx.source(tok, agent)
    if rng is None or found is None:
        return None
    _, span, name = found
    if span[0] < rng[1] and rng[0] < span[1]:
        return None
    ctx.used_cues.add(tok.i)
    return ctx.make_quote(rng, "indirect", (tok.idx, tok.idx + len(tok)), span, name)


_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})  # what stance.find and _from_verb read
_VERB_POS = frozenset({"VERB", "NOUN", "ADJ"})  # what _from_verb reads


def find_indirect(ctx: Context, taken: list[tuple[int, int]]) -> list[Quote]:
    """Indirect attributions whose cue is not inside ``taken`` content spans or earlier ones."""
    out: list[Quote] = []
    spans = sorted(taken)
    firsts = {p[0] for p in ctx.lex.according}
    # a word that opens no 'according to', is listed by no stance frame and is no verb,
    # noun or adjective can be nothing here: skipped before any other work
    frame_words, frame_lemmas = ctx.lex.frame_words, ctx.lex.frame_lemmas
    words = firsts | frame_words
    possessed = _possessed(ctx.doc)
    doc, arrays = ctx.doc, ctx.parse  # the gate reads the token arrays: most words fail it
    poses, starts, lemmas = arrays.pos, arrays.idx, arrays.lemmas
    for i, low in enumerate(arrays.lowers):
        pos = poses[i]
        if pos == "NOUN" and (arrays.dep[i] == "ROOT" or aside_shaped(arrays, i)):
            # '..., the paper reports.', '..., records show.': a verb tagged a noun
            tok = doc[i]
            q = misread_verb(ctx, tok) if arrays.dep[i] == "ROOT" else None
            q = q or misread_aside(ctx, tok)
            if q is not None:
                out.append(q)
                continue
        if low not in words and (
            pos not in _CUE_POS or (pos != "VERB" and not _may_cue(ctx, arrays, i, pos, possessed))
        ):
            continue
        q = according(ctx, doc[i]) if low in firsts else None
        if q is None and (low in frame_words or lemmas[i] in frame_lemmas):
            q = stance.find(ctx, doc[i])  # its own first test: no frame lists other words
        # _from_verb finds nothing at other parts of speech, in a quote or at a cue taken (by
        # stance.find just now too): it tests both itself, after its deed and as-it tests,
        # and a verb in a quote is tested here before its Token is made
        if q is None and pos in _VERB_POS and i not in ctx.used_cues and not ctx.in_quote(
            starts[i]
        ):
            q = _from_verb(ctx, doc[i])
        if q is None:
            continue
        out.append(q)
    found, inner = split_relatives(ctx, participles_of(ctx, out))
    return _outermost(found, spans, inner)


def _may_cue(ctx: Context, arrays: learned.Parse, i: int, pos: str, possessed: set[int]) -> bool:
    """Can an auxiliary, noun or adjective (a word no 'according to' or stance frame starts)
    be a cue here? Only as a stance frame's trigger lemma, an 'as X put it' verb, a cue the
    lexicon lists for its part of speech, or one of the learned tagger's shapes
    (``learned.candidate``): a noun with a possessor, a predicate adjective. Every other
    such word, most nouns and adjectives and every other auxiliary, finds none in
    ``stance.find`` or ``_from_verb``, so this gate (set and dict lookups, no walk of the
    parse) leaves the result as it was. Word ``i`` is read from the doc's arrays (``arrays``),
    no Token made."""
    lemma = arrays.lemmas[i]
    if lemma in ctx.lex.frame_lemmas:
        return True
    if pos == "AUX":
        return False  # _from_verb reads no auxiliary
    cue_lemma = ctx.lex.fixes.get(arrays.lower(i)) or lemma  # as Lexicon.lemma reads it
    if lemma in ctx.lex.as_it or ctx.lex.cue(cue_lemma, pos) is not None:
        return True
    return i in possessed if pos == "NOUN" else arrays.dep[i] == "acomp"


def _possessed(doc: Doc) -> set[int]:
    """Indices of the tokens that govern a possessor ('his call', 'the judges' statement'),
    read off the parse's arrays with no Token made."""
    deps = doc.to_array("DEP")
    at = np.flatnonzero(deps == doc.vocab.strings["poss"])
    return set((doc.to_array("HEAD").astype(np.int64)[at] + at).tolist())


def _outermost(
    found: list[Quote], taken: list[tuple[int, int]], inner: set[int] | frozenset[int] = frozenset()
) -> list[Quote]:
    """Drop attributions whose cue sits inside another one's content (nested reports),
    except the relative reports ``inner`` indexes (``quotes.relatives``) outside ``taken``.

    Contents sorted by start with a running maximum of their ends answer "is this
    offset inside any content?" by bisection (no pairwise scan). A content never
    holds its own cue, so the attribution itself cannot trigger the test.
    """
    contents = sorted(taken + [(q.start, q.end) for q in found])
    starts = [s for s, _ in contents]
    reach: list[int] = []
    for _, e in contents:
        reach.append(max(e, reach[-1]) if reach else e)
    kept = []
    for k, q in enumerate(found):
        c = q.cue_start if q.cue_start is not None else q.start
        i = bisect.bisect_right(starts, c) - 1
        if k in inner and not any(a <= c < b for a, b in taken):
            kept.append(q)
        elif i < 0 or reach[i] <= c or _first_of_pair(q, c, found, taken):
            kept.append(q)
    return kept


def _first_of_pair(q: Quote, c: int, found: list[Quote], taken: list[tuple[int, int]]) -> bool:
    """Two attributions that hold each other's cue ("Halvorsen later said he was kidding":
    'said' reports 'he was joking', and 'joking' took the rest of the sentence): the one
    whose cue comes first is kept, not both dropped."""
    if any(a <= c < b for a, b in taken):
        return False
    holders = [o for o in found if o is not q and o.start <= c < o.end]
    return all(
        o.cue_start is not None and c < o.cue_start and q.start <= o.cue_start < q.end
        for o in holders
    )
