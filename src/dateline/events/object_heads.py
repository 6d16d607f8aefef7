"""An event noun that only qualifies the thing named after it ('the blowout preventer',
'the relief well', 'the National Hurricane Center'): the parser often reads such a pair
with the event noun as the head (the head word as a verb or an adverb), so the compound
test of the candidate finders misses it; the next word decides (roles.json object_heads)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.kids import kids_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def qualifies_object(tok: Token) -> bool:
    """True when the next word of the sentence is an object_heads noun (not a verb the
    event noun is the subject of: 'the strike funds ...' keeps the strike)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    # whatever its tag: 'preventer' is read as a verb or an adjective, 'well' as an adverb
    if nxt.lower_ not in lexicon.roles().object_heads or nxt.is_sent_start:
        return False
    return not _verb_of(tok, nxt) and not _being_formed(tok)


#: how far back a word setting up the body may stand ('the formation of a joint rescue centre')
_FORMED_WINDOW = 5


def _being_formed(tok: Token) -> bool:
    """'announced the newly formed Joint Coordination Centre', 'the formation of the Joint
    Rescue Coordination Centre': setting up a body named by its act is that act begun (a
    joint centre is cooperation), so the event noun stays (roles.json being_formed)."""
    start = max(tok.sent.start, tok.i - _FORMED_WINDOW)
    formed = lexicon.roles().object_formed
    return any(t.lower_ in formed for t in tok.doc[start:tok.i])


def _verb_of(noun: Token, verb: Token) -> bool:
    """'the strike funds the union': a finite verb agreeing with the noun before it, with an
    object, is that noun's verb; a mistagged head word ('the blowout preventer device')
    does not agree with it."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in kids_of(verb)):
        return False
    plural = noun.tag_ in ("NNS", "NNPS")
    return verb.tag_ == "VBD" or verb.tag_ == ("VBP" if plural else "VBZ")


#: entity kinds that name a thing (a programme, a group, a book): a verb inside one is a word
#: of its title ("NBC's Meet the Press", 'a campaign called Seize BP'), no act
_TITLE_ENTS = frozenset({"ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "FAC"})


def in_title(tok: Token) -> bool:
    """A capitalised verb inside a name of two words or more, not the first word of its
    sentence (a headline's or an order's first verb is capitalised anyway, and the tagger
    often calls such a start a name)."""
    if not tok.is_title or tok.ent_type_ not in _TITLE_ENTS:
        return False
    doc = tok.doc
    nxt_in = tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"
    if tok.ent_iob_ != "I" and not nxt_in:
        return False  # a one-word 'name'
    start = tok.sent.start
    return any(not (t.is_punct or t.is_quote) for t in doc[start:tok.i])
