"""An event noun that only qualifies the thing named after it ('the blowout preventer',
'the relief well', 'the National Hurricane Center'): the parser often reads such a pair
with the event noun as the head (the head word as a verb or an adverb), so the compound
test of the candidate finders misses it; the next word decides (roles.json object_heads)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

#: what the tagger calls the head word of such a pair: 'preventer' is often read as a verb
_HEAD_POS = frozenset({"NOUN", "PROPN", "VERB"})


def qualifies_object(tok: Token) -> bool:
    """True when the next word of the sentence is an object_heads noun (not a verb the
    event noun is the subject of: 'the strike funds ...' keeps the strike)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    if nxt.lower_ not in lexicon.roles().object_heads or nxt.pos_ not in _HEAD_POS \
            or nxt.is_sent_start:
        return False
    # a finite verb with an object after its subject is a clause, not a name ('the
    # strike funds the union'); a mistagged head word has no object of its own
    return not (nxt.pos_ == "VERB" and any(c.dep_ == "dobj" for c in nxt.children))
