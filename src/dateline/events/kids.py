"""A word's dependents, read once per article by the events stage's many tests of them."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

#: the document being read and its words' dependents read so far, by token index
_READING: ContextVar[tuple[Doc | None, dict[int, tuple[Token, ...]]]] = ContextVar(
    "dateline_events_kids", default=(None, {}))


@contextmanager
def reading(doc: Doc) -> Iterator[None]:
    """Keep the dependents :func:`kids_of` reads of ``doc``'s words while the block runs; they
    are dropped after it (nothing is kept between articles)."""
    token = _READING.set((doc, {}))
    try:
        yield
    finally:
        _READING.reset(token)


def kids_of(tok: Token) -> tuple[Token, ...]:
    """``tok.children`` in order, read once per word while its document is being read
    (:func:`reading`): spaCy walks the word's whole phrase and makes new Tokens at each
    read of ``children``, and the events stage's tests read a verb's or a noun's a dozen
    times (issue 4 speed). Outside :func:`reading`, read afresh."""
    doc, table = _READING.get()
    if doc is not tok.doc:
        return tuple(tok.children)
    i = tok.i
    got = table.get(i)
    if got is None:
        got = table[i] = tuple(tok.children)
    return got
