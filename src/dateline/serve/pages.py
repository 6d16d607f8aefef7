"""What the app answers: timeline and article data, and the HTML pages around them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dateline.model import Annotation
from dateline.report.disagree import bounded_disagreements
from dateline.report.html import page
from dateline.report.payload import date_warning, payload_for, redated_note, safe_url
from dateline.serialize import iso_day

if TYPE_CHECKING:
    from datetime import date

    from dateline.store import Store

#: The home page and the API stop at this many entries unless ``limit`` says otherwise.
DEFAULT_LIMIT = 2000
#: /api/disagreements answers this many unless ``limit`` says otherwise (all of t17-dev
#: has ~470, 2.4 MB of JSON with every claim's sentence); ``offset`` pages on.
DISAGREEMENT_LIMIT = 100
ARTICLE_BASE = "/article/"


def timeline_data(store: Store, params: dict[str, str]) -> dict[str, Any]:
    """The report payload for the query string (entity, since, until, q, type, limit)."""
    limit = _number(params, "limit", DEFAULT_LIMIT)
    types = [t for t in (params.get("type") or "").split(",") if t]
    title = "dateline timeline" + (f": {params['entity']}" if params.get("entity") else "")
    return payload_for(
        store, title=title, article_base=ARTICLE_BASE, entity=params.get("entity"),
        since=params.get("since"), until=params.get("until"), query=params.get("q"),
        types=types or None, limit=max(1, limit),
    )


def _number(params: dict[str, str], name: str, default: int) -> int:
    """The whole number a query parameter gives, ``default`` when it is absent or empty."""
    from dateline.errors import UsageError

    v = params.get(name) or ""
    try:
        return int(v) if v else default
    except ValueError:
        raise UsageError(f"{name}: {v!r} is not a number") from None


def _count(params: dict[str, str], name: str, default: int, smallest: int) -> int:
    """:func:`_number`, refused below ``smallest``."""
    from dateline.errors import UsageError

    n = _number(params, name, default)
    if n < smallest:
        raise UsageError(f"{name}: {params.get(name) or ''!r} is below {smallest}")
    return n


def disagreement_data(store: Store, params: dict[str, str]) -> dict[str, Any]:
    """Where sources disagree among the matching events (entity, since, until, q, type), a
    page at a time: ``limit`` of them (:data:`DISAGREEMENT_LIMIT` unless given; ``all`` for
    every one) from ``offset`` on. ``total`` counts them all and ``next`` is the offset of
    the next page (None on the last), so a client pages with ``?offset=<next>``. Strong rows
    only unless ``weak=1`` (as ``dateline disagreements --all``)."""
    types = [t for t in (params.get("type") or "").split(",") if t]
    every = (params.get("limit") or "").lower() == "all"
    limit = None if every else _count(params, "limit", DISAGREEMENT_LIMIT, 1)
    offset = _count(params, "offset", 0, 0)
    weak = (params.get("weak") or "").lower() in ("1", "true", "yes")
    found, note = bounded_disagreements(
        store, weak=weak, entity=params.get("entity"), since=params.get("since"),
        until=params.get("until"), query=params.get("q"), types=types or None)
    end = len(found) if limit is None else offset + limit
    return {"article_base": ARTICLE_BASE, "disagreements": found[offset:end], "note": note,
            "total": len(found), "offset": offset, "limit": limit,
            "next": end if end < len(found) else None}


def timeline_page(data: dict[str, Any]) -> str:
    return page("report.html", data["title"], data, "report.js")


def _spans(ann: Annotation) -> list[dict[str, Any]]:
    """Every annotation as (start, end, kind, label[, id]) over the article text."""
    out: list[dict[str, Any]] = []
    for e in ann.events:
        who = " \u2192 ".join(p for p in (e.actor, e.target) if p)
        label = f"{e.type}: {e.trigger}" + (f" ({who})" if who else "")
        label += f" [{e.time.value}]" if e.time.value else ""
        out.append({"start": e.start, "end": e.end, "kind": "event", "label": label,
                    "id": e.id, "negated": e.negated})
    for t in ann.timexes:
        out.append({"start": t.start, "end": t.end, "kind": "timex",
                    "label": f"TIMEX3 {t.type} {t.value}"})
    for ent in ann.entities:
        out.append({"start": ent.start, "end": ent.end, "kind": "entity",
                    "label": f"{ent.label}: {ent.canonical}"})
    for q in ann.quotes:
        out.append({"start": q.start, "end": q.end, "kind": "quote",
                    "label": f"{q.kind} quote, speaker: {q.speaker or 'unknown'}"})
    for m in ann.quantities:
        what = f" {m.counts}" if m.counts else ""
        out.append({"start": m.start, "end": m.end, "kind": "quantity",
                    "label": f"number: {m.value if m.value is not None else '?'}{what}"})
    n = len(ann.article.text)
    return [s for s in out if 0 <= s["start"] < s["end"] <= n]


def article_data(ann: Annotation, weighed: str | None = None, told: date | None = None
                 ) -> dict[str, Any]:
    """One article with its annotations, for /api/article/<id> and its page; its date's
    verdict the one weighed with the store's other articles (``weighed``, ``told``:
    Store.weighed_date) when there is one, as the report shows it."""
    from dateline.datecheck import redated_from

    a, dc = ann.article, ann.datecheck
    own = dc.verdict if dc else None
    verdict = weighed or own
    stated = redated_from(a.warnings)  # run --reanchor re-dated it: a.dct is the estimate
    said = stated or a.dct
    return {
        "id": a.id, "title": a.title, "source": a.source,
        "dct": iso_day(a.dct), "url": safe_url(a.url), "path": a.path,
        "verdict": verdict,
        "own_verdict": own,
        "told_elsewhere": iso_day(told),
        "warning": None if stated else date_warning(verdict, told),
        "redated": stated is not None,
        "stated_dct": iso_day(said),
        "note": redated_note(stated, a.dct) if stated else None,
        "evidence": [{"start": e.start, "end": e.end, "text": e.text, "reason": e.reason}
                     for e in (dc.evidence if dc else ())],
        "text": a.text,
        "spans": _spans(ann),
        "events": [{"id": e.id, "type": e.type, "trigger": e.trigger, "actor": e.actor,
                    "target": e.target, "date": e.time.value, "negated": e.negated}
                   for e in ann.events],
    }


def article_page(data: dict[str, Any]) -> str:
    return page("article.html", data.get("title") or data["id"], data, "article.js")
