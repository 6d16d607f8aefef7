"""An article's events as Mentions: from an Annotation (:func:`mentions_from_annotation`),
from the columns of a store's rows (:func:`article_mentions`, which
``dateline.merge.store.store_mentions`` feeds), or from one store event row
(:func:`mention_from_row`), with the names and days each sentence names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateline.merge.mention import Mention
from dateline.merge.mention_fields import make_mention
from dateline.merge.mention_figures import event_numbers
from dateline.model import Annotation, Event, Quantity, Sentence
from dateline.store.rows import name_key

#: Entity labels whose names tell events apart (a school, a city, a minister), not numbers or dates.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT"})
#: Of those, the ones naming one particular participant (a country is shared by many events).
SPECIFIC_LABELS = frozenset({"PERSON", "ORG", "FAC", "EVENT", "PRODUCT"})


#: a TIMEX3 value naming one calendar day
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def sentence_days(timexes: Iterable[tuple[str, str | None, int | None]]) -> dict[int, list[str]]:
    """The days the DATE timexes ``(type, value, sentence)`` of each sentence name."""
    out: dict[int, list[str]] = {}
    for typ, value, sentence in timexes:
        if typ == "DATE" and sentence is not None and value and _DAY.fullmatch(value):
            out.setdefault(sentence, []).append(value)
    return out


#: an entity as the merge reads it: (canonical, text, label, sentence, attrs as key/value pairs)
EntityRow = tuple[str | None, str, str | None, int | None, Iterable[tuple[str, str]]]


def _sentence_names(
    entities: Iterable[EntityRow], labels: frozenset[str]
) -> dict[int, frozenset[str]]:
    """Name keys by sentence of the entities ``(canonical, text, label, sentence, attrs)``
    whose label is one of ``labels``."""
    out: dict[int, set[str]] = {}
    for canonical, text, label, sentence, _ in entities:
        key = name_key(canonical or text)
        if sentence is not None and label in labels and key:
            out.setdefault(sentence, set()).add(key)
    return {k: frozenset(v) for k, v in out.items()}


def affiliations(entities: Iterable[EntityRow]) -> dict[str, str]:
    """Name key of each person the article ties to an organisation (entities attrs
    'affiliation': 'Velmar chief executive Dana Roth') -> that organisation's name."""
    out: dict[str, str] = {}
    for canonical, text, label, _, attrs in entities:
        if label != "PERSON":
            continue
        org = dict(attrs).get("affiliation")
        key = name_key(canonical or text)
        if org and key:
            out.setdefault(key, org)
    return out


#: The fields an Event gives its Mention under their own name (the rest: :func:`article_mentions`)
_EVENT_FIELDS = ("type", "trigger", "start", "end", "actor", "target", "location", "negated",
                 "hedged", "modality", "links", "rule")
#: The fields a :class:`Source` gives its articles' Mentions under their own name; a store
#: row carries them under the same names (:func:`mention_from_row`).
_ARTICLE_FIELDS = ("dct", "source", "title", "path", "date_verdict")


def _carried(of: object, fields: tuple[str, ...]) -> dict[str, Any]:
    """``of``'s attributes ``fields``, by name: what it gives a Mention as it is."""
    return {f: getattr(of, f) for f in fields}


@dataclass(frozen=True, slots=True)
class Source:
    """What a mention keeps of its article (its id and :data:`_ARTICLE_FIELDS`)."""

    id: str
    dct: date | None = None
    source: str | None = None
    title: str | None = None
    path: str | None = None
    date_verdict: str | None = None


def mentions_from_annotation(ann: Annotation) -> Iterator[Mention]:
    """Every event of an annotated article as a Mention (with its sentence and numbers)."""
    art = ann.article
    verdict = ann.datecheck.verdict if ann.datecheck else None
    ents = [(e.canonical, e.text, e.label, e.sentence, e.attrs) for e in ann.entities]
    return article_mentions(
        Source(art.id, art.dct, art.source, art.title, art.path, verdict),
        ann.events, {s.index: s for s in ann.sentences}, ann.quantities, ents,
        [(t.type, t.value, t.sentence) for t in ann.timexes],
    )


def article_mentions(
    art: Source,
    events: Iterable[Event],
    sents: Mapping[int, Sentence],
    quantities: tuple[Quantity, ...],
    entities: Iterable[EntityRow],
    timexes: Iterable[tuple[str, str | None, int | None]] = (),
) -> Iterator[Mention]:
    """The events of one article as Mentions, given its sentences by index, its quantities
    (in order: an event's ``quantities`` index them) and its entities as ``(canonical,
    text, label, sentence, attrs)``; shared by :func:`mentions_from_annotation` and the
    store's column-wise reader (``dateline.merge.store.store_mentions``)."""
    entities = list(entities)
    names = _sentence_names(entities, NAME_LABELS)
    specific = _sentence_names(entities, SPECIFIC_LABELS)
    employers = affiliations(entities)
    days = sentence_days(timexes)
    of_article = _carried(art, _ARTICLE_FIELDS)
    for ev in events:
        sent = sents.get(ev.sentence)
        yield make_mention(
            article_id=art.id,
            event_id=ev.id,
            sentence_index=ev.sentence,
            sentence=sent.text if sent else None,
            sentence_start=sent.start if sent else None,
            time_value=ev.time.value,
            time_how=ev.time.how,
            time_end=ev.time.end,
            numbers=event_numbers(ev, quantities),
            names=names.get(ev.sentence, _EMPTY),
            specific=specific.get(ev.sentence, _EMPTY),
            named_days=days.get(ev.sentence, ()),
            target_of=employers.get(name_key(ev.target) or "") if employers else None,
            **_carried(ev, _EVENT_FIELDS),
            **of_article,
        )


def mention_from_row(row: Mapping[str, Any], derived: bool = True) -> Mention:
    """A Mention from a store event row (``dateline.store.queries.EVENT_COLUMNS`` + article fields).

    Rows carry no numbers or links unless the caller adds ``numbers`` (a tuple of
    :class:`Number`) and ``links``; the timeline does not need them. ``derived``: as for
    :func:`make_mention`."""
    links = row.get("links") or ()
    links = tuple(
        (d["relation"], d["event"]) if isinstance(d, Mapping) else tuple(d) for d in links
    )
    return make_mention(
        derived,
        article_id=row["article_id"],
        event_id=row["event_id"],
        type=row["type"],
        trigger=row.get("trigger") or "",
        start=row.get("start_char") or 0,
        end=row.get("end_char") or 0,
        sentence_index=row.get("sentence") or 0,
        sentence=row.get("sentence_text"),
        time_value=row.get("time_value"),
        time_how=row.get("time_how") or "none",
        time_end=row.get("time_end"),
        date_start=row.get("date_start"),
        date_end=row.get("date_end"),
        actor=row.get("actor"),
        target=row.get("target"),
        location=row.get("location"),
        negated=bool(row.get("negated")),
        hedged=bool(row.get("hedged")),
        modality=row.get("modality") or "asserted",
        links=links,
        numbers=tuple(row.get("numbers") or ()),
        names=frozenset(row.get("names") or ()) or _EMPTY,
        named_days=row.get("named_days") or (),
        rule=row.get("rule"),
        **{f: row.get(f) for f in _ARTICLE_FIELDS},
    )


_EMPTY: frozenset[str] = frozenset()
