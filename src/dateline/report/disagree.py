"""Where sources disagree, as plain dicts for the report, the web app and the CLI.

A store is asked through the merge package (:func:`dateline.merge.store.store_disagreements`):
mentions are merged into canonical events and each disagreement (a number, a
date, or a report against its denial) lists every claim with its source. The
timeline keeps a report and its denial as two entries, so a disagreement is
attached to every entry holding one of its claims, matched by (article id,
event id): both sides show the same block.

Entries given without a store (a list of entry dicts) have no mention rows to
merge; there only denials are found, by a plain rule: same date, type, actor
and target, one source negated and another not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dateline.report.filters import filter_date

if TYPE_CHECKING:
    from dateline.store import Store

#: Pages compare at most this many event mentions: merging compares pairs of
#: same-type mentions on nearby days, which on a busy store costs seconds per
#: thousand (2,208 mentions of one synthetic week: 12 s), too slow for a request.
MAX_COMPARED = 1000


def store_disagreement_dicts(store: Store, **filters: Any) -> list[dict[str, Any]]:
    """Every disagreement among the matching events, as ``Disagreement.to_dict()`` plus an id;
    weak rows too (``strength``), which :func:`bounded_disagreements` leaves out by default.

    ``filters``: entity, since, until (dates or ISO strings), query, types; others
    (``limit``) are ignored, since a disagreement needs all its claims.
    """
    from dateline.merge.store import store_disagreements

    found = store_disagreements(
        store,
        entity=filters.get("entity") or None,
        since=filter_date(filters.get("since"), "since"),
        until=filter_date(filters.get("until"), "until"),
        query=filters.get("query") or None,
        types=filters.get("types") or None,
    )
    out = [{"id": f"d{i}", **d.to_dict()} for i, d in enumerate(found)]
    _add_paths(store, out)
    return out


def bounded_disagreements(
    store: Store, max_events: int | None = MAX_COMPARED, weak: bool = False, **filters: Any
) -> tuple[list[dict[str, Any]], str | None]:
    """The disagreements ``dateline disagreements``, the web app and the report show: the
    strong ones, and with ``weak`` those a doubt holds against too (each row's ``strength``,
    ``evidence`` and ``doubts``: :func:`dateline.merge.disagree.strength`).

    Among the events matching entity, since, until and types (:func:`store_disagreement_dicts`);
    ``query`` keeps a disagreement one of whose claims' sentences holds every word (either
    side may: a report and its denial are two events, and a claim that does not hold the words
    still belongs to one that does). A store whose kept merge is up to date groups the mentions
    by it, no pairs scored, so every match is compared. Otherwise they are merged here, which
    costs seconds per thousand mentions: with more than ``max_events`` matching (``None``: no
    bound), none are compared and the note says why, so a page can tell "none found" from "not
    compared". Returns (disagreements, note).
    """
    from dateline.merge import persist

    scope = {k: filters.get(k) or None for k in ("entity", "since", "until", "types")}
    if max_events is not None and not persist.fresh(store.con):
        probe = store.events(
            entity=scope["entity"], since=filter_date(scope["since"], "since"),
            until=filter_date(scope["until"], "until"), types=scope["types"], limit=max_events + 1)
        if len(probe) > max_events:
            return [], (f"disagreements not compared: more than {max_events} event mentions "
                        "match and the store's merge is not up to date (dateline merge); "
                        "narrow the dates or filters")
    found = store_disagreement_dicts(store, **scope)
    if not weak:
        found = [d for d in found if d["strength"] == "strong"]
    words = (filters.get("query") or "").lower().split()
    if words:
        found = [d for d in found if any(
            all(w in (c.get("sentence") or "").lower() for w in words) for c in d["claims"])]
    return found, None


def _add_paths(store: Store, found: list[dict[str, Any]]) -> None:
    """Each claim gets its article's path: many articles have no source or title to show."""
    ids = sorted({c["article_id"] for d in found for c in d["claims"]})
    if not ids:
        return
    paths = dict(store.con.execute(
        "SELECT id, path FROM articles WHERE id = any(?)", [ids]).fetchall())
    for d in found:
        for c in d["claims"]:
            c["path"] = paths.get(c["article_id"])


def _participant(v: Any) -> str:
    return " ".join(str(v).lower().split()) if v else ""


def _claim(value: str, s: dict[str, Any]) -> dict[str, Any]:
    return {"value": value, "article_id": s.get("article_id"), "event_id": s.get("event_id"),
            "source": s.get("source"), "title": s.get("title"), "dct": s.get("dct"),
            "sentence": s.get("sentence"), "path": s.get("path")}


def entry_denials(entries: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Denials among payload entries without a store: same date, type, actor, target."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for e in entries:
        if e.get("actor") or e.get("target"):
            key = (e.get("date"), e.get("type"), _participant(e.get("actor")),
                   _participant(e.get("target")))
            groups.setdefault(key, []).append(e)
    out: list[dict[str, Any]] = []
    for group in groups.values():
        srcs = [s for e in group for s in e.get("sources") or ()]
        said = [_claim("asserted", s) for s in srcs if not s.get("negated")]
        denied = [_claim("denied", s) for s in srcs if s.get("negated")]
        if said and denied:
            first = group[0]
            out.append({"id": f"d{len(out)}", "kind": "denial", "event_id": first.get("id"),
                        "type": first.get("type"), "date": first.get("date"),
                        "about": first.get("trigger") or first.get("type"),
                        "claims": said + denied})
    return out


def attach(entries: Sequence[dict[str, Any]], found: Sequence[dict[str, Any]]
           ) -> list[dict[str, Any]]:
    """Put each disagreement on every entry that holds one of its claims.

    Sets ``entry["disagreements"]`` (the full records, so a page can render an
    entry alone) and returns the disagreements that touched a shown entry.
    """
    where: dict[tuple[str, str], list[int]] = {}
    for i, e in enumerate(entries):
        e["disagreements"] = []
        for s in e.get("sources") or ():
            where.setdefault((str(s.get("article_id")), str(s.get("event_id"))), []).append(i)
    kept = []
    for d in found:
        hits = sorted({i for c in d["claims"]
                       for i in where.get((str(c["article_id"]), str(c["event_id"])), ())})
        for i in hits:
            entries[i]["disagreements"].append(d)
        if hits:
            kept.append(d)
    return kept
