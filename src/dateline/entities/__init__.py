"""Stage: entities. spaCy NER plus in-document alias merging (see ``document``), a
speaker/mention resolver for other stages, and corpus-level canonical names (``corpus``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.entities import resources
from dateline.entities.corpus import canonicalize_corpus, match_entity, name_key
from dateline.entities.document import entities as document_entities
from dateline.model import Annotation, Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "apply",
    "canonicalize_corpus",
    "entities_starting",
    "match_entity",
    "name_key",
    "organisation_noun",
    "owner_told",
    "resolve_mention",
    "state_modifier",
    "state_of",
]

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "itself", "themselves"})
SINGULAR_GROUP_PRONOUNS = frozenset({"it", "its", "itself"})
OTHER_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your", "this", "that",
                            "these", "those", "who", "which", "what", "one", "someone", "anyone"})
PRONOUN_WINDOW = 3  # sentences back a pronoun may reach


def apply(ann: Annotation, doc: Doc) -> Annotation:
    return replace(ann, entities=document_entities(doc))


def state_of(text: str) -> str | None:
    """The state a name, alias or demonym relates to ("Israeli forces" -> "Israel")."""
    lex = resources.states()
    hit = lex.state_of(text)
    if hit:
        return hit[0]
    for word in _words(text):
        hit = lex.state_of(word)
        if hit:
            return hit[0]
    return None


_NOT_OF = frozenset({"anti", "pro", "non", "ex", "post", "pre"})


def _words(text: str) -> list[str]:
    """Words that may name a state: "Sudan's government" -> Sudan, "Vietnamese-led
    forces" -> Vietnamese, but not the state an "anti-Syria" writer opposes."""
    out: list[str] = []
    for word in text.split():
        parts = word.split("-")
        for i, part in enumerate(parts):
            if i > 0 and parts[i - 1].lower() in _NOT_OF:
                continue
            part = part.strip(".,;:()\"")
            for suffix in ("'s", "\u2019s", "'"):
                if part.endswith(suffix):
                    part = part[: -len(suffix)]
                    break
            if part and part.lower() not in _NOT_OF:
                out.append(part)
    return out


def resolve_mention(ann: Annotation, start: int, end: int) -> str | None:
    """Canonical entity name for the character span ``[start, end)``, or None.

    Entity mentions overlapping the span win (the one with the most overlap); a
    pronoun resolves to the most recent earlier person ("he") or organisation/state
    ("they", "it") within three sentences; otherwise a name matching a known
    entity's surface or canonical form, else a state via alias/demonym.
    """
    if start >= end:
        return None
    index = _index(ann.entities)
    best: Entity | None = None
    best_ov = 0
    overlapping = index.overlapping(start, end)
    if _company_phrase(ann, start, end, overlapping):
        # 'the Norlish carmaker said': a company no name of the text stands for; its state
        # word names no party (the events stage reads such an argument the same way)
        overlapping = [e for e in overlapping if not state_modifier(ann, e)]
        if not overlapping:
            return None
    for e in overlapping:
        ov = min(end, e.end) - max(start, e.start)
        if ov > best_ov:
            best, best_ov = e, ov
    if best is not None:
        return best.canonical
    text = ann.article.text[start:end].strip()
    low = text.lower()
    if low in PERSON_PRONOUNS:
        return _antecedent(ann, start, ("PERSON",))
    if low in GROUP_PRONOUNS:
        # a people ('Palestinians') or its adjective is never 'it'
        return _antecedent(ann, start, ("ORG", "GPE") if low in SINGULAR_GROUP_PRONOUNS
                           else ("ORG", "GPE", "NORP"))
    if low in OTHER_PRONOUNS:
        return None  # "we", "you", "this": no antecedent rule is safe
    found = index.by_key().get(name_key(text))
    if found is not None:
        return found
    return state_of(text) if text else None


def state_modifier(ann: Annotation, e: Entity) -> bool:
    """A state told as a modifier ('Norlish', 'U.S.'), not as an owner ('Norland's')."""
    return not owner_told(ann, e) and resources.states().state_of(e.canonical) is not None


def owner_told(ann: Annotation, e: Entity) -> bool:
    """A name told as an owner ('Norland's', 'India 's' in text tokenised Penn-Treebank
    style), not as a modifier ('Norlish', 'North Velk shrimpers')."""
    owned = ("'s", "\u2019s")
    return ann.article.text[e.end : e.end + 3].lstrip().startswith(owned) or e.text.endswith(owned)


def organisation_noun(tok: Token) -> bool:
    """An organisation noun no name covers ('the Norlish energy giant', 'Norlish firms'):
    its lemma is one of the heads a state word modifies without making the phrase its
    state (resources.organisation_heads), and no name of the parse covers it. The events
    stage's arguments and the quotes stage's speakers read such a phrase as the company,
    never the state that modifies it; :func:`resolve_mention`, which has the text and no
    parse, asks the same of a span's last word (:func:`_company_phrase`)."""
    return not tok.ent_type_ and _organisation_head(tok.lemma_.lower())


def _organisation_head(word: str) -> bool:
    """``word`` (lower-case) is a head of resources.organisation_heads."""
    return word in resources.organisation_heads()


def _company_phrase(ann: Annotation, start: int, end: int, overlapping: Sequence[Entity]) -> bool:
    """The span ends in an organisation noun no entity covers: :func:`organisation_noun`
    on text, where a plural's dropped 's' stands for the lemma ('Norlish firms')."""
    words = ann.article.text[start:end].rstrip(" ,;:").split()
    if not words:
        return False
    last = words[-1].lower()
    if not _organisation_head(last) and not (last.endswith("s") and _organisation_head(last[:-1])):
        return False
    at = start + ann.article.text[start:end].rstrip(" ,;:").rindex(words[-1])
    return not any(e.start <= at < e.end for e in overlapping)


class _Index:
    """One annotation's entities arranged for :func:`resolve_mention`, which speakers and
    event arguments call for every mention: by start (the entities overlapping a span are
    those starting less than the longest entity before it), last first (antecedents), and
    by name key (the first entity whose surface or canonical name has it)."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.entities = entities
        order = sorted(range(len(entities)), key=lambda i: entities[i].start)
        self.order = order
        self.starts = [entities[i].start for i in order]
        self.longest = max((e.end - e.start for e in entities), default=0)
        self.last_first = sorted(entities, key=lambda e: -e.start)
        self._keys: dict[str, str] | None = None

    def overlapping(self, start: int, end: int) -> list[Entity]:
        """The entities that may overlap ``[start, end)``, in their own order."""
        lo = bisect.bisect_right(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [self.entities[i] for i in sorted(self.order[lo:hi])]

    def by_key(self) -> dict[str, str]:
        if self._keys is None:
            keys: dict[str, str] = {}
            for e in self.entities:
                keys.setdefault(name_key(e.text), e.canonical)
                keys.setdefault(name_key(e.canonical), e.canonical)
            self._keys = keys
        return self._keys


_LAST_INDEX: list[_Index | None] = [None]  # the last annotation's (its entities: one tuple)


def _index(entities: Sequence[Entity]) -> _Index:
    index = _LAST_INDEX[0]
    if index is None or index.entities is not entities or not isinstance(entities, tuple):
        index = _Index(entities)
        _LAST_INDEX[0] = index
    return index


def entities_starting(ann: Annotation, lo: int, hi: int) -> list[Entity]:
    """The entities of ``ann`` that start in ``[lo, hi)``, in their own order, found by the
    index :func:`resolve_mention` keeps instead of a pass over all of them."""
    return [e for e in _index(ann.entities).overlapping(lo, hi) if e.start >= lo]


def _antecedent(ann: Annotation, start: int, labels: tuple[str, ...]) -> str | None:
    sent = ann.sentence_at(start)
    for e in _index(ann.entities).last_first:
        if e.end > start:
            continue
        if sent is not None and e.sentence is not None and sent.index - e.sentence > PRONOUN_WINDOW:
            return None
        if e.label in labels:
            return e.canonical
    return None
