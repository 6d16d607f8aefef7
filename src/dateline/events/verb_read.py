"""One reading of a verb, shared by the frames that read it in turn."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.events.kids import kids_of
from dateline.events.words import lookup_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class Verb:
    """A verb as the frames of ``verb_candidates._verb_event`` read it, read once per verb:
    the token, the lemma the lexicon looks it up by (:func:`lookup_lemma`), its dependents
    in order (``tok.children``, which walks the verb's whole phrase and makes new Tokens on
    each pass; a verb's frames read them a dozen times) and their dependency labels (for the
    many 'has it an object, a subject, a complement' tests). Built per verb within one call
    of the events stage and dropped with it: nothing is kept between verbs or articles
    (issue 4 speed)."""

    tok: Token
    lemma: str
    kids: tuple[Token, ...]
    deps: frozenset[str]

    def has(self, *deps: str) -> bool:
        """Whether a dependent of one of ``deps`` hangs on the verb."""
        return not self.deps.isdisjoint(deps)

    def first(self, dep: str) -> Token | None:
        """The verb's first dependent labelled ``dep`` (its subject, 'nsubj'), else None."""
        return next((c for c in self.kids if c.dep_ == dep), None)


def read_verb(tok: Token, lemma: str | None = None) -> Verb:
    """The :class:`Verb` reading of ``tok`` (``lemma``: its :func:`lookup_lemma` when the
    caller has it)."""
    kids = tuple(kids_of(tok))
    return Verb(tok, lookup_lemma(tok) if lemma is None else lemma, kids,
                frozenset(c.dep_ for c in kids))
