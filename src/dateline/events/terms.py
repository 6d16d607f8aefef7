"""Terms of an agreement told as a list (roles.json terms): 'the terms of the truce are as
follows: the army will cease operations ...', '... highlighted the terms of the deal,
including that both sides cease fire'. What a term says is what the deal would have its
parties do, not an act of the day; the list may run on in the paragraph's next sentences
('The militias will halt all attacks.'), each told in the future."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.dependents import prep_objects
from dateline.events.kids import kids_of
from dateline.events.words_read import SentenceWords

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _term_noun(words: SentenceWords) -> Token | None:
    """The first terms noun of the sentence whose of-object is an agreement ('the terms of
    the ceasefire')."""
    r = lexicon.roles()
    if r.term_nouns.isdisjoint(words.lemmas):
        return None  # (one test for the sentence: most name no terms noun)
    for j, (lemma, pos) in enumerate(zip(words.lemmas, words.pos, strict=True)):
        if lemma not in r.term_nouns or pos != "NOUN":
            continue
        tok = words.token(j)
        if any(g.lemma_.lower() in r.term_deals for g in prep_objects(tok, ("of",))):
            return tok
    return None


def _told_future(sent: Span) -> bool:
    """The sentence's main verb is told with 'will' or 'would'."""
    r = lexicon.roles()
    return any(c.dep_ == "aux" and c.lower_ in r.future_aux | r.hypothetical_aux
               for c in kids_of(sent.root))


def term_tokens(sent: Span, listing: bool, words: SentenceWords | None = None
                ) -> tuple[frozenset[int], bool]:
    """(indices of the tokens of ``sent`` told as terms, whether a list of terms runs on
    after it). ``listing``: the paragraph's sentence before opened a list that ran on;
    ``words``: the sentence's reading when the caller has it."""
    if listing and _told_future(sent):
        return frozenset(t.i for t in sent), True
    noun = _term_noun(SentenceWords(sent) if words is None else words)
    if noun is None:
        return frozenset(), False
    colon = next((t for t in sent if t.i > noun.i and t.lower_ == ":"), None)
    if colon is not None:  # 'the terms ... are as follows: X will ...'
        return frozenset(t.i for t in sent if t.i > colon.i), True
    inside = {t.i for t in noun.subtree}  # '..., including that X cease ...'
    nxt = next((t for t in sent if t.i > noun.right_edge.i and not t.is_punct), None)
    if nxt is not None and nxt.lower_ in lexicon.roles().term_openers:
        inside |= {t.i for t in nxt.subtree}  # the parser may hang 'including' elsewhere
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # 'the terms are that X will ...'
        inside |= {t.i for t in noun.head.subtree if t.i > noun.i}
    return frozenset(inside), False
