"""One reading of a sentence's words, shared by the events stage's passes over it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Span, Token


class SentenceWords:
    """A sentence's tokens with what each pass over them tests first: the lower-cased lemma
    (``lookup_lemma`` of any word that is no verb), the part of speech and the lower-cased
    form, read once per sentence. Five passes read every word of every sentence (terms,
    verbs, nouns, judgements, occurrences), and each read of a spaCy token or of its string
    attributes looks it up in the document again (issue 4 speed). Built per sentence and
    dropped with it: nothing is kept between sentences or articles."""

    __slots__ = ("lemmas", "lowers", "pos", "span", "tokens")

    def __init__(self, span: Span) -> None:
        self.span = span
        self.tokens: list[Token] = [t for t in span]
        self.lemmas = [t.lemma_.lower() for t in self.tokens]
        self.pos = [t.pos_ for t in self.tokens]
        self.lowers = [t.lower_ for t in self.tokens]

    def read(self) -> Iterator[tuple[Token, str, str, str]]:
        """(token, lower-cased lemma, part of speech, lower-cased form) of each word in order."""
        return zip(self.tokens, self.lemmas, self.pos, self.lowers, strict=True)
