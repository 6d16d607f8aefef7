"""A working event mention (detect.Candidate) and the part-of-speech sets the
finders share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.events.lexicon import Entry

# ACTOR_ENTS, the entity labels of a party that can act (an actor, a doer named, a
# regretter), is dateline.wordlists' one set for every stage; the events modules read it here
from dateline.wordlists import ACTOR_ENTS as ACTOR_ENTS

if TYPE_CHECKING:
    from spacy.tokens import Token


NAMED_NOT_EVENT = frozenset({"DATE", "TIME", "PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
VERB_POS = frozenset({"VERB"})


@dataclass
class Candidate:
    """A working event mention (frozen into model.Event later)."""

    head: Token  # the word whose clause the event lives in (verb, or the noun)
    root: str
    rule: str
    tokens: list[Token]
    entry: Entry | None = None
    noun: Token | None = None  # event noun behind a light/ending verb, or the noun trigger
    control: bool = False
    modality: str = "asserted"
    negated: bool = False
    hedged: bool = False
    subordinate: bool = False
    depth: int = 0
    governor: Candidate | None = None
    extra: dict[str, str] = field(default_factory=dict)
    #: (who judges, the act judged) of a judgement (events.judged), kept for args
    judged: tuple[Token | None, Token] | None = None

    @property
    def is_noun(self) -> bool:
        return self.head.pos_ in NOUN_POS
