"""spaCy parsing with memory that does not grow with article length.

spaCy's parser and NER need roughly 1 GB of scratch memory per 100,000 characters
of a single Doc, so one long article (t17-dev has several over 100,000 characters)
set a run's peak memory. Here a long text is parsed in pieces of at most
``Settings.parse_chars`` characters, cut where a sentence surely ends (a blank
line, else a line end, else a full stop, else any space), and the pieces are
joined back with ``Doc.from_docs``: the joined Doc has exactly the article's text,
so every character offset downstream is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Cut points, best first; each match's end is where the next piece starts, so a
# piece keeps its trailing whitespace and the pieces concatenate to the text.
_CUTS = (
    re.compile(r"\n[ \t\r\f\v]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+"),
    re.compile(r"\s+"),
)


def pieces(text: str, limit: int) -> list[str]:
    """Split ``text`` into pieces of about ``limit`` characters that join back to it.

    No piece is longer than ``limit``; a cut is searched in the second half of
    each window so pieces stay large.
    With no whitespace at all (a hostile megabyte token) the cut is hard.
    """
    if limit <= 0 or len(text) <= limit:
        return [text]
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        cut = _cut(text, start + limit // 2, start + limit)
        out.append(text[start:cut])
        start = cut
    if start < len(text):
        out.append(text[start:])
    return out


def _cut(text: str, lo: int, hi: int) -> int:
    for pattern in _CUTS:
        ends = [m.end() for m in pattern.finditer(text, lo, hi)]
        if ends and ends[-1] > lo:
            return ends[-1]
    return hi


def parse(
    nlp: Language,
    items: Iterable[tuple[str, Any]],
    *,
    limit: int,
    batch_size: int,
    batch_chars: int = 0,
    n_process: int = 1,
) -> Iterator[tuple[Doc, Any]]:
    """Like ``nlp.pipe(items, as_tuples=True)``, with long texts parsed in pieces.

    A batch holds at most ``batch_size`` texts and, when ``batch_chars`` is set,
    about that many characters (spaCy's scratch memory follows the batch's
    length). Order is kept (spaCy keeps it, also with several processes), so the
    pieces of one text arrive one after the other and are joined when the last
    comes.
    """
    from spacy.tokens import Doc

    split = _split(items, limit)
    if n_process == 1 and batch_chars > 0:
        parsed = _pipe_by_chars(nlp, split, batch_size, batch_chars)
    else:
        # Several processes share one nlp.pipe stream, whose batches are counted in
        # texts: size them from the first texts' mean length.
        head = list(islice(split, batch_size))
        if batch_chars > 0 and head:
            mean = sum(len(t) for t, _ in head) / len(head)
            batch_size = max(1, min(batch_size, int(batch_chars // max(mean, 1.0))))
        parsed = nlp.pipe(
            chain(head, split), as_tuples=True, batch_size=batch_size, n_process=n_process
        )
    done: list[Doc] = []
    for doc, (context, i, n) in parsed:
        if n == 1:
            yield doc, context
            continue
        done.append(doc)
        if i == n - 1:
            joined = Doc.from_docs(done, ensure_whitespace=False)
            done = []
            yield joined, context


def _split(items: Iterable[tuple[str, Any]], limit: int) -> Iterator[tuple[str, Any]]:
    for text, context in items:
        parts = pieces(text, limit)
        for i, part in enumerate(parts):
            yield part, (context, i, len(parts))


def _pipe_by_chars(
    nlp: Language, split: Iterator[tuple[str, Any]], batch_size: int, batch_chars: int
) -> Iterator[tuple[Doc, Any]]:
    batch: list[tuple[str, Any]] = []
    size = 0
    for item in split:
        if batch and (len(batch) >= batch_size or size + len(item[0]) > batch_chars):
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
            batch, size = [], 0
        batch.append(item)
        size += len(item[0])
    if batch:
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
