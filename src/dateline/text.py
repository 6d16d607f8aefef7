"""Stage: sentences with character offsets, taken from the spaCy parse."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.model import Annotation, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

PARAGRAPHS = "dateline_paragraphs"
_TEXT_KEY = "dateline.text"


def text_of(doc: Doc) -> str:
    """``doc.text`` rebuilds the string from every token on each call; cache it once (the
    stages that read a doc's text share it)."""
    cached = doc.user_data.get(_TEXT_KEY)
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data[_TEXT_KEY] = cached
    return cached


def register_paragraphs() -> None:
    """Register ``paragraph_boundaries`` as the spaCy component PARAGRAPHS, once. Done by the
    loader, not at import: stages that only read stored records (merge, timeline) import
    this package's modules and should not pay for importing spaCy."""
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_boundaries)


def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line (a paragraph break).

    News text puts headlines and paragraphs on their own lines, often without
    final punctuation, and the parser would glue a headline to the first
    sentence. Single line breaks are left to the parser: hard-wrapped text
    breaks lines inside sentences. Runs before the parser, which respects
    preset boundaries.
    """
    for tok in doc[1:]:
        if tok.is_space:
            continue
        prev = doc[tok.i - 1]
        gap = prev.text + prev.whitespace_ if prev.is_space else prev.whitespace_
        if gap.count("\n") >= 2:
            tok.is_sent_start = True
    return doc


def sentences(doc: Doc) -> tuple[Sentence, ...]:
    """Sentence spans, trimmed of surrounding whitespace, offsets into ``doc.text``."""
    out: list[Sentence] = []
    text = text_of(doc)
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Sentence(len(out), start, end, text[start:end]))
    return tuple(out)


def apply(ann: Annotation, doc: Doc) -> Annotation:
    return replace(ann, sentences=sentences(doc))
