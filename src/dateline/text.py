"""Stage: sentences with character offsets, taken from the spaCy parse."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.model import Annotation, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc


def sentences(doc: Doc) -> tuple[Sentence, ...]:
    """Sentence spans, trimmed of surrounding whitespace, offsets into ``doc.text``."""
    out: list[Sentence] = []
    text = doc.text
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
