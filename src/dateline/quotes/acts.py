"""Acts told with a verb PolNeAR counts as a cue: 'Hamas rejected the ceasefire', 'Egypt
agreed to open the crossing', 'the agency found rockets stored in a school', 'Netanyahu ordered
the army to respond', 'a soldier named Ari Talmon', 'a tower known as the Blue Spire'.

PolNeAR annotates many of these as attributions (on its train 1-560 'reject' + object was a
gold cue 13 of 30 times, 'agree' + infinitive 12 of 23, 'known as' 17 of 31), so
``quotes.find`` keeps them for the benchmark. They are no statements: nothing was said that a
timeline of claims could show (the events stage codes the acts: AGREE, REJECT, ...). The
pipeline stage (``quotes.apply``, with ``quotes.unmade``) drops an indirect attribution whose
cue verb the lexicon lists as reporting an act (cues.json ``acts.lemmas``: agreeing to,
accepting or rejecting, finding, ordering, attacking, protesting ...) when its content holds
no clause or quote -- 'agreed that the talks would resume', 'protested that the vote was
rigged' stay -- and its object is no claim ('rejected the allegations', 'accepted the
findings', cues.json ``acts.claims``, or a cue noun of the lexicon); a naming participle
with no source ('a commander named X', 'known as X'; ``acts.naming``); and a picture showing
something ('television showed crowds dancing'; ``acts.depicting``), not 'footage showed that
the bridge had collapsed' nor 'the figures show a rise'. Also left out: a decision or a goal
('has decided that ...', 'seeking a deal', 'will aim to ...'; ``acts.resolving``, whatever its
content), a published thing that says nothing ('posted the questions', 'released a
recording'; ``acts.publishing``), backing a plan ('embraces the bill'; ``acts.adopting``, not
'endorsed the senator'), and a cue verb in a to-infinitive of purpose with no clause
('arrives ... to measure the currents to predict the drift'; ``_purpose``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Quote

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.quotes.context import Context

_CLAUSES = ("ccomp", "csubj", "oprd", "acomp")
_RELATIVE = {"which", "that", "who", "whom"}


def _object(tok: Token) -> Token | None:
    """What the act is done to: the direct object, or the noun of a 'to'/'on' phrase
    ('agreed to a truce'); a relative pronoun stands for the noun its clause is on."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        prep = next(
            (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "on")), None
        )
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is not None and obj.lower_ in _RELATIVE and tok.dep_ == "relcl":
        return tok.head
    if obj is None and tok.dep_ == "relcl":
        return tok.head  # 'the offer, which Hamas rejected'
    return obj


def _finite(clause: Token) -> bool:
    """A clause that states something ('that the bridge fell', 'the bridge fell'), not a
    participle of what a picture shows ('crowds dancing')."""
    if clause.tag_ in ("VBG", "VBN"):
        return any(c.dep_ == "mark" for c in clause.children)
    return True


def _pictured(ctx: Context, tok: Token) -> bool:
    """'Television showed crowds in the streets': a picture shows what it shows, no claim;
    'the figures show a rise' stays one. The subject, or the noun a participle is on
    ('footage showing ...'), is a medium of pictures (``acts.depicting.media``). A verb the
    parser joined to an earlier clause with no subject of its own ('the area has shrunk,
    as satellite images, captured in May, show floating objects') takes the nearest
    subject before it."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "acl":
        subj = tok.head
    if subj is None and tok.dep_ == "conj":
        subj = next((t for t in reversed(tok.doc[tok.head.i + 1 : tok.i])
                     if t.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lemma_.lower() in ctx.lex.media


def _purpose(ctx: Context, tok: Token) -> bool:
    """'arrives to measure the currents to predict the drift': a cue verb in a
    to-infinitive of purpose hung on a verb that is no cue (nor a verb of making someone
    speak, ``control.object_control``) tells what someone means to do, not what was said
    (``act`` keeps one whose object carries words: 'held a session to issue a statement')."""
    if tok.dep_ not in ("advcl", "xcomp") or tok.head.pos_ != "VERB":
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return False
    head = ctx.lex.lemma(tok.head)
    if ctx.lex.cue(head) is not None or head in ctx.lex.object_control:
        return False
    return tok.dep_ == "advcl" or any(c.dep_ == "dobj" for c in tok.head.children)


def act(ctx: Context, q: Quote) -> bool:
    """Is ``q`` an act told with a cue verb, not a statement?"""
    if q.kind != "indirect" or q.cue_start is None:
        return False
    tok = ctx.doc[ctx.token_index(q.cue_start)]
    if tok.pos_ != "VERB":
        return False
    lem = ctx.lex.lemma(tok)
    if lem in ctx.lex.naming and tok.dep_ == "acl" and q.speaker_start is None:
        return True
    if ctx.in_quote(q.start) or ctx.in_quote(q.end - 1):
        return False
    clauses = [c for c in tok.children if c.dep_ in _CLAUSES and q.start <= c.idx < q.end]
    if lem in ctx.lex.resolving:
        return True
    if lem in ctx.lex.depicting:
        return _pictured(ctx, tok) and not any(_finite(c) for c in clauses)
    if clauses:
        return False
    obj = _object(tok)
    word = obj.lemma_.lower() if obj is not None else ""
    # an object that is a claim or a cue noun ('the allegations', 'a statement') is said
    claim = word in ctx.lex.claims or ctx.lex.cue(word, "NOUN") is not None
    if _purpose(ctx, tok):
        # 'held a session to issue a statement' stays
        return not (claim or word in ctx.lex.information)
    if lem in ctx.lex.publishing:
        return word in ctx.lex.wordless or word in ctx.lex.media
    if lem in ctx.lex.adopting:
        return word in ctx.lex.policies
    if lem not in ctx.lex.acts:
        return False
    return obj is None or not claim
