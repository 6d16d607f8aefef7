"""The data a report or the web app shows: timeline entries as plain, JSON-ready dicts.

Entries come from a :class:`~dateline.store.Store` (queried with the usual
filters) or are given directly (``TimelineEntry`` objects or their
``to_dict()`` form). Each source gets the span of its trigger inside its
sentence, so the page can mark it; warnings (article date contradicted or
suspicious; an article ``run --reanchor`` re-dated by its content gets a note naming
both dates instead, marked ↻ as in the CLI) and disagreements (numbers, dates, a
report against its denial; :mod:`dateline.report.disagree`) are worked out here,
once, so the HTML, the app and the exports agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from dateline.errors import UsageError
from dateline.model import record_id
from dateline.report.disagree import attach, bounded_disagreements, entry_denials
from dateline.report.filters import filter_date
from dateline.timeline import TimelineEntry

if TYPE_CHECKING:
    from dateline.store import Store

#: Article-date verdicts that earn a warning next to the source.
WARN_VERDICTS = {"contradicted": "article date contradicted by its content",
                 "suspicious": "article date suspicious"}
#: The ↻ note of a contradicted article that ``run --reanchor`` re-dated (instead of ⚠).
REDATED_NOTE = "re-dated by its content: the article states {stated}, its content dates it {dct}"


#: The warning of a date the store's other articles made suspicious (⇄ in the timeline).
TOLD_WARNING = "article date suspicious: other articles tell its story around {told}"


def date_warning(verdict: str | None, told: object = None) -> str | None:
    """The warning for an article-date verdict (the one weighed with the store's other
    articles when there is one): naming when the others tell its story, if they do."""
    if verdict == "suspicious" and told:
        return TOLD_WARNING.format(told=_iso(told))
    return WARN_VERDICTS.get(str(verdict)) if verdict else None


def redated_note(stated: object, dct: object) -> str:
    """The note for a re-dated article: the date it stated and the one it was re-dated to."""
    return REDATED_NOTE.format(stated=_iso(stated) or "?", dct=_iso(dct) or "?")
_SAFE_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)
FILTER_KEYS = ("entity", "since", "until", "query", "types", "limit")


def safe_url(url: object) -> str | None:
    """Only plain http(s) links become clickable (no ``javascript:`` or ``data:``)."""
    return url if isinstance(url, str) and _SAFE_URL.match(url) else None


def _iso(v: object) -> str | None:
    if v is None:
        return None
    return v.isoformat() if isinstance(v, date) else str(v)


def entries_from_store(store: Store, **filters: Any) -> list[TimelineEntry]:
    """``Store.timeline`` with the CLI's filters (since/until may be ISO strings) and its
    default merge."""
    unknown = set(filters) - set(FILTER_KEYS)
    if unknown:
        raise UsageError(f"unknown filter(s): {', '.join(sorted(unknown))}")
    return store.timeline(
        entity=filters.get("entity") or None,
        since=filter_date(filters.get("since"), "since"),
        until=filter_date(filters.get("until"), "until"),
        query=filters.get("query") or None,
        limit=filters.get("limit"),
        types=filters.get("types") or None,
        merged=None,  # the cross-article merge's events where that is cheap, as the CLI
    )


def source_spans(
    store: Store, pairs: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], dict[str, Any]]:
    """(article id, event id) -> trigger span inside its sentence, article url, negation.

    One join over the documented tables: the store's timeline rows carry neither
    sentence-relative offsets, the article URL, nor each mention's own negation
    (an entry merges mentions that report and deny the same event).
    """
    keys = sorted(set(pairs))
    if not keys:
        return {}
    tbl = pa.table({"article_id": [k[0] for k in keys], "event_id": [k[1] for k in keys]})
    name = "_report_pairs"
    cur = store.con.cursor()
    cur.register(name, tbl)
    try:
        rows = cur.execute(
            f"SELECT e.article_id, e.event_id, e.start_char - s.start_char, "
            f"e.end_char - s.start_char, a.url, e.negated, e.modality FROM {name} p "
            "JOIN events e ON e.article_id = p.article_id AND e.event_id = p.event_id "
            "JOIN articles a ON a.id = e.article_id "
            "LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence"
        ).fetchall()
    finally:
        cur.unregister(name)
        cur.close()
    return {(r[0], r[1]): {"highlight": (r[2], r[3]), "url": r[4], "negated": r[5],
                           "modality": r[6]} for r in rows}


def _highlight(sentence: str | None, trigger: str | None, span: Any) -> list[int] | None:
    """Trigger span in the sentence: the stored offsets when they check out, else a search."""
    if not sentence:
        return None
    if span is not None and span[0] is not None and span[1] is not None:
        a, b = int(span[0]), int(span[1])
        if 0 <= a < b <= len(sentence):
            return [a, b]
    if trigger:
        at = sentence.lower().find(trigger.lower())
        if at >= 0:
            return [at, at + len(trigger)]
    return None


def _source(s: dict[str, Any], extra: dict[str, Any] | None) -> dict[str, Any]:
    # the verdict weighed with the store's other articles (date_stories) when it has one
    verdict = s.get("weighed_verdict") or s.get("date_verdict")
    s = {**(extra or {}), **{k: v for k, v in s.items() if v is not None}}
    span = s.get("highlight")
    redated = bool(s.get("redated"))  # then "dct" is the estimated date, "stated_dct" the stated
    stated = s.get("stated_dct") if redated else s.get("dct")
    return {
        "article_id": str(s.get("article_id") or ""),
        "event_id": str(s.get("event_id") or ""),
        "title": s.get("title"),
        "source": s.get("source"),
        "dct": _iso(s.get("dct")),
        "path": s.get("path"),
        # which record of a many-article file ('gaza-5'): a feed's records share a file
        # name and often an outlet, and the page names each source by them
        "record": record_id(str(s.get("article_id") or ""), s.get("path")) or None,
        "url": safe_url(s.get("url")),
        "negated": bool(s.get("negated")),
        "verdict": verdict,
        "own_verdict": s.get("date_verdict"),
        "told_elsewhere": _iso(s.get("told_elsewhere")),
        "warning": None if redated else date_warning(verdict, s.get("told_elsewhere")),
        "redated": redated,
        "stated_dct": _iso(stated),
        "note": redated_note(stated, s.get("dct")) if redated else None,
        "trigger": s.get("trigger"),
        "sentence": s.get("sentence"),
        "highlight": _highlight(s.get("sentence"), s.get("trigger"), span),
    }


def _entry_dict(e: TimelineEntry | dict[str, Any]) -> dict[str, Any]:
    return e.to_dict() if isinstance(e, TimelineEntry) else dict(e)


def build_payload(
    entries: Iterable[TimelineEntry | dict[str, Any]],
    title: str = "dateline timeline",
    spans: dict[tuple[str, str], Any] | None = None,
    article_base: str | None = None,
    truncated: bool = False,
    found: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The JSON the page renders: ``{"title", "article_base", "truncated", "entries",
    "disagreements"}``.

    ``found``: disagreements from the store (:mod:`dateline.report.disagree`);
    without them, denials are looked for among the entries themselves. Each one
    sits on every entry holding one of its claims, and once in ``disagreements``.
    """
    spans = spans or {}
    out: list[dict[str, Any]] = []
    for i, raw in enumerate(entries):
        e = _entry_dict(raw)
        srcs = [
            _source(s, spans.get((str(s.get("article_id")), str(s.get("event_id")))))
            for s in e.get("sources") or ()
        ]
        for src, given in zip(srcs, e.get("sources") or (), strict=True):
            if not spans and "negated" not in given:
                src["negated"] = bool(e.get("negated"))  # no per-mention record: the entry's
        out.append({
            "id": f"ev{i}",
            "event_id": e.get("event_id"),  # the merge's canonical id (disagreements, export)
            "date": e.get("date"),
            "start": _iso(e.get("date_start")),
            "end": _iso(e.get("date_end")),
            "type": e.get("type") or "UNKNOWN",
            "trigger": e.get("trigger"),
            "actor": e.get("actor"),
            "target": e.get("target"),
            "location": e.get("location"),
            "negated": bool(e.get("negated")),
            "hedged": bool(e.get("hedged")),
            "modality": e.get("modality") or "asserted",
            "dated_by": e.get("dated_by") or "text",
            "sources": srcs,
            "warnings": sorted({s["warning"] for s in srcs if s["warning"]}),
            "notes": sorted({s["note"] for s in srcs if s["note"]}),
        })
    shown = attach(out, entry_denials(out) if found is None else found)
    _mark_claims(shown, out, spans)
    return {"title": title, "article_base": article_base, "truncated": truncated,
            "entries": out, "disagreements": shown, "disagreements_note": None}


def _mark_claims(found: list[dict[str, Any]], entries: list[dict[str, Any]],
                 spans: dict[tuple[str, str], Any]) -> None:
    """Each claim gets its trigger span (from its source entry, else the store's spans)."""
    known = {(s["article_id"], s["event_id"]): s["highlight"]
             for e in entries for s in e["sources"]}
    for d in found:
        for c in d["claims"]:
            c["record"] = record_id(str(c.get("article_id") or ""), c.get("path")) or None
            key = (str(c.get("article_id")), str(c.get("event_id")))
            if key in known:
                c["highlight"] = known[key]
            else:
                span = (spans.get(key) or {}).get("highlight")
                c["highlight"] = _highlight(c.get("sentence"), None, span)


def payload_for(
    store_or_entries: Store | Iterable[TimelineEntry | dict[str, Any]],
    title: str = "dateline timeline",
    article_base: str | None = None,
    **filters: Any,
) -> dict[str, Any]:
    """Payload from a store (filters applied there) or from given entries (no filters)."""
    from dateline.store import Store

    if isinstance(store_or_entries, Store):
        limit = filters.get("limit")
        entries = entries_from_store(store_or_entries, **filters)
        truncated = limit is not None and len(entries) >= limit
        found, note = bounded_disagreements(store_or_entries, **_window(filters, entries,
                                                                         truncated))
        pairs = [(s.article_id, s.event_id) for e in entries for s in e.sources]
        pairs += [(c["article_id"], c["event_id"]) for d in found for c in d["claims"]]
        spans = source_spans(store_or_entries, pairs)
        data = build_payload(entries, title, spans, article_base, truncated, found)
        data["disagreements_note"] = note
        return data
    unknown = set(filters) - set(FILTER_KEYS)
    if unknown:
        raise UsageError(f"unknown filter(s): {', '.join(sorted(unknown))}")
    dicts = [_entry_dict(e) for e in store_or_entries]
    kept = filter_entries(dicts, **filters)
    limit = filters.get("limit")
    truncated = limit is not None and len(kept) > limit
    return build_payload(kept[:limit] if limit is not None else kept, title, None, article_base,
                         truncated)


def _window(filters: dict[str, Any], entries: list[TimelineEntry], truncated: bool
            ) -> dict[str, Any]:
    """The filters for the disagreement query: a cut timeline only needs its shown days."""
    out = {k: filters.get(k) for k in ("entity", "since", "until", "query", "types")}
    starts = [e.date_start for e in entries if e.date_start is not None]
    if truncated and starts:
        out["since"], out["until"] = min(starts), max(starts)
    return out


def _words_in(needle: str, hay: str) -> bool:
    """``needle`` as whole words of ``hay`` (case-folded), as the store's entity filter does."""
    words = [re.escape(w) for w in needle.lower().split()]
    return bool(words) and re.search(
        r"(^|\W)" + r"\s+".join(words) + r"(\W|$)", hay.lower()) is not None


def filter_entries(entries: list[dict[str, Any]], **filters: Any) -> list[dict[str, Any]]:
    """The store's filters applied to entry dicts (for entries given without a store)."""
    since = filter_date(filters.get("since"), "since")
    until = filter_date(filters.get("until"), "until")
    entity, query = filters.get("entity") or "", filters.get("query") or ""
    types = set(filters.get("types") or ())
    out = []
    for e in entries:
        start = filter_date(_iso(e.get("date_start")), "date_start")
        if (since or until) and start is None:
            continue
        if (since and start and start < since) or (until and start and start > until):
            continue
        if types and e.get("type") not in types:
            continue
        who = " | ".join(str(e.get(k) or "") for k in ("actor", "target"))
        if entity.strip() and not _words_in(entity, who):
            continue
        text = str(e.get("sentence") or "").lower()
        if any(w.lower() not in text for w in query.split()):
            continue
        out.append(e)
    return out
