"""Forces told as seen on the move (roles.json sighted_moves): 'troops were seen entering
the town', 'witnesses saw tanks moving into the hills'. What witnesses watched is a
deployment, MOBILIZE, not the fight that 'entered' or 'moved into' tells on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.words import lookup_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def sighted_move(tok: Token) -> bool:
    """A movement verb that is the complement of a verb of sighting ('were seen entering',
    'saw tanks moving into', 'spotted rolling into')."""
    r = lexicon.roles()
    if lookup_lemma(tok) not in r.sighted_moves or tok.dep_ not in ("xcomp", "ccomp"):
        return False
    return lookup_lemma(tok.head) in r.sighting_verbs
