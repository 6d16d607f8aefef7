"""Timeline entries: events ordered by when they happened, merged across sources.

The store selects event rows in date order; :func:`merge_rows` folds the rows
that report the same event into one :class:`TimelineEntry` carrying every
source. Two mentions are the same event when they share type (a PLOVER root, or
OCCURRENCE of one class: 'occ.disaster.quake') and date span, name no conflicting
actor or target, and either share one or have near-identical sentences (wire copy). Merging
is the connected components of that relation, so the result does not depend
on the order rows arrive in. Formatters for the CLI live here too.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dateline.model import occurrence_class
from dateline.serialize import iso_day

Day = date  # the field ``TimelineEntry.date`` shadows the type inside the class

#: Sentence similarity (rapidfuzz ratio, 0-100) above which two mentions count as one report.
SENTENCE_SIMILARITY = 90.0
#: Past this many mentions of one type and date, only identical participants merge (pairs: n²).
PAIRWISE_LIMIT = 300


@dataclass(frozen=True, slots=True)
class Source:
    """Where one mention of an event was reported."""

    article_id: str
    event_id: str
    title: str | None = None
    source: str | None = None
    dct: date | None = None
    path: str | None = None
    date_verdict: str | None = None
    trigger: str | None = None
    sentence: str | None = None
    # the date the article stated when ``run --reanchor`` re-dated it by its content
    # (``dct`` is then the estimated date); None when it was not re-dated
    redated_from: date | None = None
    # the sentence's (start, end) character offsets in the article text, as stored
    # (``text[start:end]`` is ``sentence``); None when not known
    sentence_span: tuple[int, int] | None = None
    # the date around which the store's other articles tell this article's story, far from
    # the date it states (Store.check_stories); None when they do not
    told_elsewhere: date | None = None
    # the article's date verdict weighed with the store's other articles (date_stories.verdict:
    # what the report and the app show); None when the store has not weighed it
    weighed_verdict: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event on the timeline with every article that reported it."""

    date: str | None  # the TIMEX3 value (2024-02-06, 2023-06, 2023-SU ...)
    date_start: Day | None
    date_end: Day | None
    type: str
    trigger: str
    actor: str | None
    target: str | None
    location: str | None
    sentence: str | None
    negated: bool = False
    hedged: bool = False
    modality: str = "asserted"
    sources: tuple[Source, ...] = field(default=())
    # text: some source's own words date it; article: no source does, so an article's
    # date stands in (qualified by tense); none: undated
    dated_by: str = "text"
    # the canonical event of the cross-article merge (the id ``disagreements`` and the
    # export's ``event_clusters.canonical_id`` show); None for an unmerged entry
    event_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "date_start": iso_day(self.date_start),
            "date_end": iso_day(self.date_end),
            "type": self.type,
            "trigger": self.trigger,
            "actor": self.actor,
            "target": self.target,
            "location": self.location,
            "sentence": self.sentence,
            "negated": self.negated,
            "hedged": self.hedged,
            "modality": self.modality,
            "dated_by": self.dated_by,
            "event_id": self.event_id,
            "sources": [
                {
                    "article_id": s.article_id,
                    "event_id": s.event_id,
                    "title": s.title,
                    "source": s.source,
                    "dct": iso_day(s.dct),
                    "path": s.path,
                    "date_verdict": s.date_verdict,
                    "trigger": s.trigger,
                    "sentence": s.sentence,
                    "sentence_start": s.sentence_span[0] if s.sentence_span else None,
                    "sentence_end": s.sentence_span[1] if s.sentence_span else None,
                    "redated": s.redated_from is not None,
                    "stated_dct": iso_day(s.redated_from or s.dct),
                    "told_elsewhere": iso_day(s.told_elsewhere),
                    "weighed_verdict": s.weighed_verdict,
                }
                for s in self.sources
            ],
        }


# --- merging ---


def _keys(r: dict[str, Any]) -> tuple[str | None, str | None]:
    a, t = r.get("actor"), r.get("target")
    return (a.lower() if a else None, t.lower() if t else None)


#: What the pairwise fold compares of a row, read once per row: negated, actor and target
#: keys (lowercased), occurrence class, and the sentence lowercased with its spaces
#: collapsed (None when the row has none).
_Side = tuple[bool, str | None, str | None, Any, str | None]


def _side(r: dict[str, Any]) -> _Side:
    a, t = _keys(r)
    s = r.get("sentence_text")
    return (bool(r.get("negated")), a, t, occurrence_class(r.get("type"), r.get("rule")),
            " ".join(s.lower().split()) if s else None)


def _same_sides(sa: _Side, sb: _Side, a: dict[str, Any], b: dict[str, Any],
                model: Any) -> bool:
    """Whether rows ``a`` and ``b`` (their :func:`_side` ``sa``, ``sb``) tell one event:
    no conflicting participant, and a shared one, a near-identical sentence, or the
    cross-article merge model (:mod:`dateline.merge`; ``model`` maps a row's ``id`` to
    its Mention) calling them one event: same wording around the trigger, shared
    figures and names.

    A denial never merges with a report that it happened (both stay visible), nor an
    occurrence with one of another class (a quake with the deaths it caused)."""
    neg_a, actor_a, target_a, occ_a, sent_a = sa
    neg_b, actor_b, target_b, occ_b, sent_b = sb
    if neg_a != neg_b:
        return False
    # both know the actor (or the target) and name different ones
    if (actor_a and actor_b and actor_a != actor_b) or (
        target_a and target_b and target_a != target_b
    ):
        return False
    if occ_a != occ_b:
        return False
    if (actor_a and actor_a == actor_b) or (target_a and target_a == target_b):
        return True
    if sent_a is not None and sent_b is not None and _similar(sent_a, sent_b):
        return True
    if model is None:
        return False
    from dateline.merge import same_event

    return same_event(model[id(a)], model[id(b)])


def _similar(sa: str, sb: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(sa, sb) >= SENTENCE_SIMILARITY


class _Mentions(dict[int, Any]):
    """A row's Mention (keyed by the row's ``id``), made when first asked for: most pairs
    are settled by their participants or sentences before the merge model is needed."""

    def __init__(self, rows: Sequence[dict[str, Any]]) -> None:
        super().__init__()
        self.rows = {id(r): r for r in rows}

    def __missing__(self, key: int) -> Any:
        from dateline.merge import mention_from_row

        m = self[key] = mention_from_row(self.rows[key])
        return m


def _order_key(r: dict[str, Any]) -> tuple[Any, ...]:
    dct = r.get("dct")
    return (dct is None, dct or date.min, r["article_id"], r.get("idx") or 0, r["event_id"])


class _Components:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _merge_group(rows: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Split mentions of one (type, date span) into same-event clusters."""
    rows = sorted(rows, key=_order_key)  # canonical order: the result cannot depend on input order
    comp = _Components(len(rows))
    if len(rows) > PAIRWISE_LIMIT:
        first: dict[tuple[str | None, str | None], int] = {}
        for i, r in enumerate(rows):
            k = _keys(r)
            if k != (None, None):
                comp.union(first.setdefault(k, i), i)
    else:
        model = _Mentions(rows)
        sides = [_side(r) for r in rows]
        for i in range(len(rows)):
            for j in range(i + 1, len(rows)):
                # a pair already joined through others cannot change the clusters
                if comp.find(i) != comp.find(j) and _same_sides(
                    sides[i], sides[j], rows[i], rows[j], model
                ):
                    comp.union(i, j)
    clusters: dict[int, list[dict[str, Any]]] = {}
    for i, r in enumerate(rows):
        clusters.setdefault(comp.find(i), []).append(r)
    return [clusters[k] for k in sorted(clusters)]


def dated_by(time_hows: Iterable[str | None]) -> str:
    """'text' when any mention's date comes from its article's words, 'article' when all
    fall back on their article's date ('dct', 'dct-past' ...), 'none' when undated (given
    each mention's ``time_how``)."""
    hows = [str(h or "none") for h in time_hows]
    if any(h not in ("none",) and not h.startswith("dct") for h in hows):
        return "text"
    return "article" if any(h.startswith("dct") for h in hows) else "none"


def _entry(cluster: list[dict[str, Any]]) -> TimelineEntry:
    """The earliest report speaks for the cluster; participants filled from any mention."""
    head = cluster[0]

    def first(key: str) -> Any:
        return next((r[key] for r in cluster if r.get(key)), None)

    return TimelineEntry(
        date=head.get("time_value"),
        date_start=head.get("date_start"),
        date_end=head.get("date_end"),
        type=head["type"],
        trigger=head["trigger"],
        actor=first("actor"),
        target=first("target"),
        location=first("location"),
        sentence=head.get("sentence_text"),
        negated=bool(head.get("negated")),
        hedged=bool(head.get("hedged")),
        modality=head.get("modality") or "asserted",
        sources=tuple(
            Source(
                article_id=r["article_id"], event_id=r["event_id"], title=r.get("title"),
                source=r.get("source"), dct=r.get("dct"), path=r.get("path"),
                date_verdict=r.get("date_verdict"), trigger=r.get("trigger"),
                sentence=r.get("sentence_text"),
            )
            for r in cluster
        ),
        dated_by=dated_by(r.get("time_how") for r in cluster),
    )


def _group_key(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r.get("date_start"), r.get("date_end"), r["type"])


def entry_order(e: TimelineEntry) -> tuple[Any, ...]:
    """Timeline order of entries: by date span, type, then the first source's report."""
    return (e.date_start is None, e.date_start or date.min, e.date_end or date.min, e.type,
            _order_key({"dct": e.sources[0].dct, "article_id": e.sources[0].article_id,
                        "event_id": e.sources[0].event_id}))


def merge_rows(
    rows: Iterable[dict[str, Any]], limit: int | None = None, presorted: bool = False
) -> list[TimelineEntry]:
    """Fold event rows into timeline entries, in date order.

    Any row order gives the same entries. ``presorted=True`` promises rows
    sorted by (date_start, date_end, type), nulls last (as the store's query
    returns them): groups are then folded as they complete and reading stops
    once ``limit`` entries are done, so a short timeline of a big store is cheap.
    """
    groups = _sorted_groups(rows) if presorted else _pooled_groups(rows)
    out: list[TimelineEntry] = []
    for group in groups:
        if limit is not None and len(out) >= limit:
            break
        out.extend(_entry(c) for c in _merge_group(group))
    out.sort(key=entry_order)
    return out if limit is None else out[:limit]


def _pooled_groups(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    pool: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for r in rows:
        pool.setdefault(_group_key(r), []).append(r)
    yield from pool.values()


def _sorted_groups(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    group: list[dict[str, Any]] = []
    for r in rows:
        if group and _group_key(r) != _group_key(group[0]):
            yield group
            group = []
        group.append(r)
    if group:
        yield group


# --- formatters for the CLI ---

CSV_COLUMNS = (
    "date", "date_start", "date_end", "type", "actor", "trigger", "target", "location",
    "sentence", "negated", "modality", "n_sources", "sources", "article_ids", "dcts",
    "dated_by", "date_verdicts", "redated", "stated_dcts", "event_id", "told_elsewhere",
    "weighed_verdicts",
)


def timeline_to_json(entries: Iterable[TimelineEntry], indent: int | None = 2) -> str:
    """A JSON array of entries (see :meth:`TimelineEntry.to_dict`)."""
    return json.dumps([e.to_dict() for e in entries], ensure_ascii=False, indent=indent)


def timeline_to_csv(entries: Iterable[TimelineEntry]) -> str:
    """One row per entry; several sources are joined with ``; `` in the source columns."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for e in entries:
        w.writerow([
            e.date or "", iso_day(e.date_start) or "", iso_day(e.date_end) or "", e.type,
            e.actor or "", e.trigger, e.target or "", e.location or "", e.sentence or "",
            "true" if e.negated else "false", e.modality,
            len({s.article_id for s in e.sources}),  # articles; a list names each mention
            "; ".join(s.source or s.title or s.article_id for s in e.sources),
            "; ".join(s.article_id for s in e.sources),
            "; ".join(iso_day(s.dct) or "" for s in e.sources), e.dated_by,
            "; ".join(s.date_verdict or "" for s in e.sources),
            "; ".join("true" if s.redated_from else "false" for s in e.sources),
            "; ".join(iso_day(s.redated_from or s.dct) or "" for s in e.sources),
            e.event_id or "",
            "; ".join(iso_day(s.told_elsewhere) or "" for s in e.sources),
            "; ".join(s.weighed_verdict or "" for s in e.sources),
        ])
    return buf.getvalue()
