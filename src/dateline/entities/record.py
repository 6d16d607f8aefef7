"""The working record of one entity mention while ``document`` resolves names, and the
name cleaning it and ``corpus`` share (``clean_name``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_STRIP_CHARS = " \t\n'\u2019\",;:()[]"  # not "." (U.S.)


def clean_name(text: str) -> str:
    """Surface name without a leading article or trailing possessive."""
    t = text.strip(_STRIP_CHARS)
    for suffix in ("'s", "\u2019s"):
        if t.endswith(suffix):
            t = t[: -len(suffix)]
    if t.lower().startswith("the "):
        t = t[4:]
    return t.strip(_STRIP_CHARS)


class EntityMention:
    """A mutable working record turned into a frozen Entity at the end."""

    __slots__ = ("start", "end", "text", "label", "name", "canonical", "sentence", "attrs",
                 "head_i", "modifies")

    def __init__(self, ent: Span, sentence: int | None) -> None:
        self.start, self.end = ent.start_char, ent.end_char
        self.text = ent.text
        self.label = ent.label_
        self.name = clean_name(ent.text)
        self.canonical = self.name
        self.sentence = sentence
        self.attrs: dict[str, str] = {}
        self.head_i = ent.root.i
        #: the noun the name modifies right after it ('rig' of 'the Dana Ridge rig'), or None
        self.modifies = _modified(ent)

    def freeze(self) -> Entity:
        return Entity(self.start, self.end, self.text, self.label, self.canonical,
                      self.sentence, tuple(sorted(self.attrs.items())))


def _modified(ent: Span) -> str | None:
    """The noun right after a name that it modifies: its head ('the Dana Ridge rig'), or a
    word after 'the' + the name, which the parser may read otherwise ('the Kessel well
    leaked': 'well' an adverb)."""
    doc = ent.doc
    if ent.end >= len(doc):
        return None
    after = doc[ent.end]
    if ent.root.head.i == after.i and after.pos_ == "NOUN":
        return after.lemma_.lower()
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the" and after.is_lower and after.is_alpha:
        return after.lower_
    return None


def sentence_index(doc: Doc) -> dict[int, int]:
    """Each sentence's number by the index of its first token."""
    return {s.start: i for i, s in enumerate(doc.sents)}
