"""The story's one natural disaster, the killer of a death with no doer in its sentence.

'Thousands of people were killed' names no cause, yet in a story about one earthquake that
earthquake did it: an agentless death (or injury) whose sentence names neither a kind of
happening nor violence is the story's disaster when the article names one kind of disaster
(data 'story_disaster.kinds') at least 'min_mentions' times and more often than it names
violence (a war story that mentions a storm keeps its dead PLOVER's), other kinds (a quake
story recalling a tsunami) and other happenings ('rivals': the deaths of a rig-blast story
told in hurricane season) all together. Violence is
counted by what happened, not by who may do it: the police and troops of a relief effort
('doers') make no war story. A violence word that only names who reports the toll
('according to the local police', 'police said') is no violence (data 'reporters').
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.kids import kids_of
from dateline.events.words import lemmas_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

#: where a document keeps its answer (asked once per death or injury; no module state)
_KEY = "dateline.story_disaster"


@dataclass(frozen=True)
class _Data:
    domain: str  # the occurrence domain the story's disaster gives
    kinds: dict[str, frozenset[str]]
    least: int  # min_mentions
    rivals: frozenset[str]
    doers: frozenset[str]
    reporters: frozenset[str]
    reciprocals: frozenset[str]


@lru_cache(maxsize=1)
def _data() -> _Data:
    whole = lexicon.load_json("occurrences.json")
    d = whole["story_disaster"]
    low = lambda ws: frozenset(w.lower() for w in ws)  # noqa: E731
    rivals = [x for w in d["rivals"] for x in (whole["domains"][w[1:]] if w[0] == "@" else [w])]
    return _Data(str(d["domain"]), {k: low(v) for k, v in d["kinds"].items()},
                 int(d["min_mentions"]), low(rivals), low(d["doers"]), low(d["reporters"]),
                 low(d["reciprocals"]))


def reporters(sent: Span) -> set[int]:
    """Tokens that only name who tells of it: an according-to phrase, a speech verb's
    subject phrase."""
    say = _data().reporters
    out: set[int] = set()
    for tok in sent:
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            out.update(t.i for t in tok.subtree)
        elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() in say:
            out.update(t.i for t in tok.subtree)
    return out


def reciprocal(tok: Token) -> bool:
    """The verb's object is a reciprocal ('killing each other'): people did it to one
    another, named or not, so no disaster did."""
    mutual = _data().reciprocals
    return any(c.dep_ == "dobj" and " ".join(w.lower_ for w in c.subtree) in mutual
               for c in kids_of(tok))


def violent(tok: Token, violence: frozenset[str]) -> bool:
    """A violence word in the token's sentence, reporters aside."""
    told = reporters(tok.sent)
    return bool(lemmas_of(t for t in tok.sent if t.i not in told) & violence)


def disaster(tok: Token, violence: frozenset[str]) -> str | None:
    """The disaster domain when the token's article tells of one natural disaster."""
    doc = tok.doc
    if _KEY not in doc.user_data:
        doc.user_data[_KEY] = _story(doc, violence)
    answer: str | None = doc.user_data[_KEY]
    return answer


def _story(doc: Doc, violence: frozenset[str]) -> str | None:
    d = _data()
    violence = violence - d.doers
    counts = dict.fromkeys(d.kinds, 0)
    others = 0  # violence and rival happenings
    for words, n in _word_counts(doc):
        others += n * (bool(words & violence) + bool(words & d.rivals))
        for kind, kw in d.kinds.items():
            counts[kind] += n * bool(words & kw)
    top = max(counts.values())
    if top < d.least or top <= others + sum(counts.values()) - top:
        return None  # (a tie of two kinds is no story of one)
    return d.domain


def _word_counts(doc: Doc) -> Iterable[tuple[set[str], int]]:
    """Each word of the document, spaces and punctuation aside, as its lemma and lower-cased
    form (what :func:`lemmas_of` reads of one token), with how many tokens are that word:
    the story counts a mention per token, so a word its tokens share is read once, not per
    token, and from the document's arrays, with no token made (issue 4 speed: a story of
    deaths reads every word of a long article)."""
    # (attributes by name: importing spacy.attrs here would load spaCy for merge and timeline)
    rows = doc.to_array(["LEMMA", "LOWER", "IS_SPACE", "IS_PUNCT"]).tolist()
    spelled = Counter((lemma, low) for lemma, low, space, punct in rows if not (space or punct))
    strings = doc.vocab.strings
    for (lemma, low), n in spelled.items():
        yield {strings[lemma].lower(), strings[low].rstrip("'")}, n
