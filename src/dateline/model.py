"""Typed records that flow through the pipeline.

Every stage is a plain function that takes an :class:`Annotation` (and the spaCy
``Doc`` when it needs one) and returns a richer :class:`Annotation`; records are
frozen so no stage can change what an earlier one decided. All spans are
character offsets into ``Article.text`` (``text[start:end] == span text``).
"""

from __future__ import annotations

import hashlib
import os
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

DctSource = Literal["header", "field", "default", "timeml", "html", "unknown"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


def content_hash(text: str) -> str:
    """Stable identity of an article's text (whitespace-normalised, sha1, 16 hex)."""
    norm = " ".join(text.split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


#: Formats that hold many articles in one file: the file name alone does not say which.
MANY_PER_FILE = (".jsonl", ".json", ".csv", ".gz")


def record_id(article_id: str, path: str | Path | None) -> str:
    """Which article of a many-article file: its given id (``id:hash``), else the hash's
    first 8 characters; '' for a one-article file. Listings show it as 'file.jsonl #id'."""
    if ":" in article_id:
        return article_id.rsplit(":", 1)[0]
    if path is None:
        return ""
    return article_id[:8] if Path(path).suffix.lower() in MANY_PER_FILE else ""


@dataclass(frozen=True, slots=True)
class Reject:
    """A record that could not be used; stored and listed, never silently dropped."""

    path: str
    line: int | None
    reason: str
    kind: Literal["error", "warning"] = "error"


@dataclass(frozen=True, slots=True)
class Article:
    """One ingested article. ``id`` is the given id (if any) plus the content hash."""

    id: str
    text: str
    dct: date | None = None
    dct_source: DctSource = "unknown"
    title: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    line: int | None = None
    content_hash: str = ""
    truncated_from: int | None = None  # original length in chars when cut at the limit
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 temporal expression with its normalised value.

    ``value`` follows the TIMEX3 grammar (``2024-02-06``, ``2023-06``, ``P3D``,
    ``PRESENT_REF``, ``XXXX-WXX-2`` ...). ``anchor`` says what it was resolved
    against (``dct``, ``narrative``, ``none``) and ``rule`` which rule matched.
    """

    tid: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: str | None = None
    rule: str | None = None
    sentence: int | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity mention; ``canonical`` is the in-document (later corpus) name."""

    start: int
    end: int
    text: str
    label: str
    canonical: str
    sentence: int | None = None
    attrs: tuple[tuple[str, str], ...] = ()  # e.g. (("title", "Prime Minister"),)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A reported number: ``value`` best estimate, ``low``/``high`` bounds for vague ones."""

    start: int
    end: int
    text: str
    value: float | None
    approx: bool = False
    low: float | None = None
    high: float | None = None
    counts: str | None = None  # what is counted: "Palestinians", "hostages"
    sentence: int | None = None


@dataclass(frozen=True, slots=True)
class EventTime:
    value: str | None
    timex: str | None = None  # tid of the anchoring timex
    # clause | sentence | paragraph | antecedent (an earlier mention of the same event's
    # date: 'the blast' after 'the April 20 explosion') | dct | dct-past | dct-future (the
    # DCT qualified by the verb's tense) | since (the object of 'since' in its clause: 'has
    # leaked since April 20', 'killed since the war began in 2014'; it holds from then to
    # the DCT, its end) | none
    how: str = "dct"
    # the value of a range's last point when the anchor is a range ("the first phase,
    # which lasted from Feb. 6 to April 2": value 2025-02-06, end 2025-04-02), the DCT for
    # 'since'
    end: str | None = None


#: The event type of what has no political doer -- disasters, accidents, disease, deaths
#: (dateline.events.occur); its class is the rule up to '+' ('occ.accident.spill+noun').
OCCURRENCE = "OCCURRENCE"


def occurrence_class(etype: str | None, rule: str | None) -> str | None:
    """'occ.disease.death' for an OCCURRENCE, from its rule; None for a PLOVER event.
    Occurrences of two classes are never one event."""
    if etype != OCCURRENCE:
        return None
    return rule_entry(rule)


def rule_entry(rule: str | None) -> str | None:
    """The lexicon entry an event's rule names, its suffixes after '+' dropped
    ('v.close+intent' -> 'v.close'; an occurrence's class); None for no rule."""
    return (rule or "").split("+")[0] or None


@dataclass(frozen=True, slots=True)
class Event:
    """An event mention coded with a PLOVER root."""

    id: str
    type: str  # PLOVER root
    trigger: str
    start: int
    end: int
    sentence: int
    actor: str | None = None
    target: str | None = None
    location: str | None = None
    time: EventTime = field(default_factory=lambda: EventTime(None, None, "none"))
    quantities: tuple[int, ...] = ()  # indexes into Annotation.quantities
    negated: bool = False
    hedged: bool = False
    # asserted | reported | planned | threatened | denied | requested
    modality: str = "asserted"
    rule: str | None = None
    # (relation, other event id): governed_by, denies/denied_by, counters/countered_by
    links: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """Attributed speech: ``kind`` direct (quoted) or indirect (said that, according to)."""

    start: int
    end: int
    text: str
    speaker: str | None
    cue: str | None = None
    kind: Literal["direct", "indirect"] = "direct"
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    time: str | None = None
    sentence: int | None = None


@dataclass(frozen=True, slots=True)
class DateEvidence:
    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class DateCheck:
    verdict: Literal["consistent", "suspicious", "contradicted", "unknown"]
    evidence: tuple[DateEvidence, ...] = ()
    earliest: date | None = None
    latest: date | None = None
    #: For a contradicted date, the writing date the content points to (what ``run
    #: --reanchor`` re-dates the article to); None otherwise or when none does better.
    estimate: date | None = None
    #: A writing date about a year away that the article's weak signs (the prior's, mostly
    #: lone weekdays) fit better, short of a finding: other articles telling the story on
    #: that side make the date suspicious (datecheck.stories.weighed); None otherwise.
    hint: date | None = None
    #: How much better the article's own cues fit a writing date a calendar year before and
    #: a year after the stated one than the stated date (the prior's log-likelihood ratios
    #: as the hint reads them: the parse's tables when the tense came from the parse), the
    #: text's own lean that other articles' tellings a year away are weighed with
    #: (datecheck.stories.year_told); None when not read (no DCT, an older store).
    year_fit: tuple[float, float] | None = None


def _sentence_start(s: Sentence) -> int:
    return s.start


@dataclass(frozen=True, slots=True)
class Annotation:
    """An article with everything the stages found in it."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    timexes: tuple[Timex, ...] = ()
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    datecheck: DateCheck | None = None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset``. Asked once per timex, entity and event, so it
        bisects: the text stage's sentences are in order and apart. An offset between two
        sentences (or a list in another order) gets the scan."""
        ss = self.sentences
        i = bisect_right(ss, offset, key=_sentence_start) - 1
        if i >= 0 and ss[i].start <= offset < ss[i].end:
            return ss[i]
        for s in ss:
            if s.start <= offset < s.end:
                return s
        return None

    def to_dict(self) -> dict[str, Any]:
        """The ``dateline annotate`` JSON contract (see README)."""
        from dateline.serialize import annotation_to_dict

        return annotation_to_dict(self)


def _same_file(a: str, b: str) -> bool:
    """Whether two paths as given name one file: the shorter is the longer's tail, by
    components ('karsholm/01.txt' run from inside examples/ is 'examples/karsholm/01.txt'),
    while 'guardian/articles.jsonl' and 'bbc/articles.jsonl' are two files."""
    pa, pb = Path(os.path.normpath(a)).parts, Path(os.path.normpath(b)).parts
    short, long = sorted((pa, pb), key=len)
    return bool(short) and long[len(long) - len(short):] == short


def duplicate_reject(
    article: Article, first: tuple[str | None, int | None]
) -> Reject | None:
    """A warning naming where an article skipped as a duplicate was first read (``first``:
    its path and line), or None when that is this very file and line (a rerun, also from
    another folder: :func:`_same_file`) -- a copy in another file or line is said."""
    path, line = first
    if path is None or (line == article.line and _same_file(path, article.path or "")):
        return None
    where = f"{path} line {line}" if line is not None else path
    return Reject(article.path or "<text>", article.line,
                  f"same article (id and text) as {where}: stored once", kind="warning")
