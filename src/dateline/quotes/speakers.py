"""Who is speaking: named sources, and pronouns resolved to the nearest compatible mention.

Entity mentions come from ``ann.entities`` when the entity stage has run, else
from spaCy's ``doc.ents``. With an annotation, :func:`dateline.entities.resolve_mention` (the
alias-merging helper the events stage asks too) is asked first.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from dateline.entities import organisation_noun, resolve_mention, state_modifier
from dateline.entities.resources import titles
from dateline.quotes.syntax import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.model import Annotation, Quote

SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Which mention labels a pronoun may refer to.
PRONOUNS: dict[str, frozenset[str]] = {
    "he": frozenset({"PERSON"}),
    "she": frozenset({"PERSON"}),
    "him": frozenset({"PERSON"}),
    "her": frozenset({"PERSON"}),
    "it": frozenset({"ORG", "GPE"}),
    "they": frozenset({"ORG", "GPE", "NORP", "PERSON"}),
}
_RELATIVE = {"who", "that", "which", "whom"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str
    name: str


class Mentions:
    """Speaker-capable mentions sorted by start, for nearest-preceding look-ups."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.items]
        self._longest: dict[tuple[str, str], str] | None = None

    @classmethod
    def from_doc(cls, doc: Doc, ann: Annotation | None = None) -> Mentions:
        if ann is not None and ann.entities:
            ms = [Mention(e.start, e.end, e.label, e.canonical or e.text) for e in ann.entities]
        else:
            ms = [Mention(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]
        return cls([m for m in ms if m.label in SPEAKER_LABELS])

    def inside(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.items) and self.items[i].start < end:
            if self.items[i].end <= end:
                out.append(self.items[i])
            i += 1
        return out

    def before(
        self, offset: int, labels: frozenset[str], skip: Callable[[int], bool], limit: int
    ) -> Mention | None:
        """Nearest mention ending before ``offset`` with a compatible label."""
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            m = self.items[i]
            if offset - m.end > limit:
                return None
            if m.end <= offset and m.label in labels and not skip(m.start):
                return m
            i -= 1
        return None

    def fullest(self, m: Mention) -> str:
        """The longest name in the text of the same kind ending in the same word
        ("Lopez" -> "Maria Lopez"); the entity stage's canonical names make this moot."""
        if self._longest is None:
            self._longest = {}
            for o in self.items:
                key = (o.label, _last_word(o.name))
                if len(o.name) > len(self._longest.get(key, "")):
                    self._longest[key] = o.name
        return self._longest.get((m.label, _last_word(m.name)), m.name)


def _last_word(name: str) -> str:
    words = name.split()
    return words[-1] if words else name


def _without_clauses(head: Token, span: tuple[int, int]) -> tuple[int, int]:
    """The source span up to a clause on its head: in 'The accord reached in January
    under prodding from the Varnian government called for ...' the source is 'The
    accord', not the government, whose name only the clause on it holds."""
    cut = [c.left_edge.idx for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i]
    end = min([span[1], *(c for c in cut if c > span[0])])
    return (span[0], end) if end > span[0] else span


def speaker_name(
    head: Token,
    span: tuple[int, int],
    mentions: Mentions,
    in_quote: Callable[[int], bool],
    limit: int,
    ann: Annotation | None = None,
) -> str | None:
    """A name for the source whose head token is ``head`` and text span is ``span``."""
    span = _without_clauses(head, span)
    if ann is not None:
        # the head's own entity first: in 'Ostrel -- which has not yet replied to the
        # Israeli strikes -- has called for talks' the aside's longer 'Israeli' is not it
        named = [e for e in ann.entities if e.start <= head.idx < e.end]
        if not named:
            # 'Ruritania's envoy to the United Nations, Anna Berg, denied': the person
            # the head is set beside speaks, not the body of its 'to' phrase. Beside a
            # person's title ('director of sales for Norair, Jon Vale, said') the name
            # speaks whatever label the entity stage gave it, and a person's name the
            # parser hung on the organisation of the title's phrase is the title's
            titled = head.lemma_.lower() in titles().titles
            named = [
                e for c in (head.subtree if titled else head.children)
                if c.dep_ == "appos" and span[0] <= c.idx < span[1]
                for e in ann.entities if e.start <= c.idx < e.end
                and (e.label == "PERSON" or titled and c.head == head
                     and e.label in SPEAKER_LABELS)
            ]
        got = named[0].canonical if named else resolve_mention(ann, span[0], span[1])
        if got:
            return got
    low = head.lower_
    if low in _RELATIVE and head.head.i != head.i:
        noun = head.head.head if head.head.dep_ == "relcl" else head.head
        return speaker_name(noun, (noun.idx, noun.idx + len(noun)), mentions, in_quote, limit)
    if low in PRONOUNS:
        found = mentions.before(head.idx, PRONOUNS[low], in_quote, limit)
        return mentions.fullest(found) if found else None
    if head.pos_ == "PRON":
        return None  # I, we, you: the writer or an unnamed party
    phrase = text_of(head.doc)[span[0] : span[1]].rstrip(" ,;:\u2014\u2013-") or None
    if ann is not None and _unnamed_company(ann, head, span):
        return phrase  # 'the Norlish carmaker said': a company, never the state Norland
    inside = mentions.inside(*span)
    if inside:
        own = [m for m in inside if m.start <= head.idx < m.end]
        persons = [m for m in inside if m.label == "PERSON"]
        return mentions.fullest((own or persons[-1:] or inside[:1])[0])
    return phrase


def _unnamed_company(ann: Annotation, head: Token, span: tuple[int, int]) -> bool:
    """The source is an organisation noun ('the Norlish energy giant', entities.
    organisation_noun) that no name of the span stands for: its only names are states
    told as modifiers ('Norlish', not the owner in 'Norland's state oil company')."""
    if not organisation_noun(head):
        return False
    return all(state_modifier(ann, e) for e in ann.entities
               if e.start >= span[0] and e.end <= span[1])


# pronouns that, as a cue's subject, carry on the last speaker ('They also said ...')
CARRIED = frozenset({"they", "it"})
_POINTING = frozenset({"the", "this", "that"})
_OWNED = frozenset({"its", "their"})  # 'According to their warning, ...'


def carry_speakers(
    text: str,
    quotes: Sequence[Quote],
    sentence_of: Callable[[int], int | None],
    issued: frozenset[str] = frozenset(),
) -> list[Quote]:
    """A 'they' or 'it' that speaks right after a named speaker spoke is that speaker:
    in 'Hamas's military sources said soldiers were hurt. They also claimed they had seized
    one', 'They' is Hamas, not the nearest organisation or state before it, which is
    often one the first statement names ('Israeli'). So is 'the statement' (a determiner
    and a noun of ``issued``, the lexicon's issuer nouns), whose own words name nobody:
    'The council put out a statement urging a truce. The statement also asked Egypt to
    mediate.', and 'their warning', 'its report' (a group's possessive and any noun),
    which were given the noun phrase as the name. Only when the last
    speaker's cue is in the same or the sentence just before; otherwise the name stays as
    resolved."""
    out: list[Quote] = []
    last: Quote | None = None
    for q in sorted(quotes, key=lambda q: (q.cue_start if q.cue_start is not None else q.start)):
        if q.speaker_start is not None and q.speaker_end is not None:
            said = text[q.speaker_start : q.speaker_end].strip().lower()
            words = said.split()
            if (
                (said in CARRIED or (
                    len(words) == 2
                    and (words[0] in _OWNED or (words[0] in _POINTING and words[1] in issued))
                ))
                and last is not None
                and last.speaker
                and last.cue_start is not None
                # before this one's subject, or sharing it ('The statement did not mention
                # X, instead referencing Y and requesting Z')
                and (last.cue_start < q.speaker_start or last.speaker_start == q.speaker_start)
            ):
                here, there = sentence_of(q.speaker_start), sentence_of(last.cue_start)
                if here is not None and there is not None and 0 <= here - there <= 1:
                    q = replace(q, speaker=last.speaker)
            if q.speaker:
                last = q
        out.append(q)
    return out
