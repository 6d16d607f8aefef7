"""The corpus check kept in the store (issue #5): each article's date weighed against the
store's other articles (:mod:`dateline.datecheck.stories`), table ``date_stories``.

``dateline run`` calls :func:`update` after storing articles: the new articles are checked
against all stored ones, and the stored articles sharing a story term with them are checked
again (a new witness can make or unmake their finding); the others keep their rows. An
article re-dated by ``run --reanchor`` is weighed, and witnesses, at the date it states, as
``check-dates --db --stories`` does.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date
from typing import TYPE_CHECKING

import pyarrow as pa

from dateline.store.queries import registered
from dateline.store.schema import scalar

if TYPE_CHECKING:
    import duckdb

_META = "stories_rules"


def fingerprint() -> str:
    """A hash of the settings and word list the findings depend on: rows made with other
    ones are all made again."""
    from dateline.datecheck.resources import word_set
    from dateline.datecheck.stories import settings

    spec = {"settings": settings(), "stop": sorted(word_set("story_stop_names"))}
    return hashlib.sha256(json.dumps(spec, sort_keys=True, default=str).encode()).hexdigest()[:16]


def update(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Check the articles not checked yet and those whose neighbours they may change; return
    how many were checked ('checked') and how many stored articles their story's other
    tellings now place far from their date ('told_elsewhere')."""
    from dateline.datecheck import redated_from
    from dateline.datecheck.stories import StoryIndex, fold_finding

    fp = fingerprint()
    fresh = scalar(con, "SELECT value FROM meta WHERE key = ?", [_META]) == fp
    unchecked = {r[0] for r in con.execute(
        "SELECT id FROM articles" + (" ANTI JOIN date_stories d ON d.article_id = id"
                                     if fresh else "")).fetchall()}
    if unchecked:
        rows = con.execute("SELECT id, dct, warnings, text FROM articles ORDER BY id").fetchall()
        stated: dict[str, date | None] = {
            aid: redated_from(warnings) or dct for aid, dct, warnings, _ in rows}
        index = StoryIndex((aid, stated[aid], text or "") for aid, _, _, text in rows)
        again = sorted(unchecked | index.sharing(unchecked))
        found = {aid: fold_finding(index, aid, stated[aid]) for aid in again}
        con.execute("BEGIN TRANSACTION")
        try:
            if not fresh:
                con.execute("DELETE FROM date_stories")
            con.execute("DELETE FROM date_stories WHERE article_id = any(?)", [again])
            tbl = pa.table({
                "article_id": pa.array(list(found), pa.string()),
                "told_on": pa.array([f.told_on if f else None for f in found.values()],
                                    pa.date32()),
                "witnesses": pa.array([[n.key for n in f.neighbours] if f else None
                                       for f in found.values()], pa.list_(pa.string()))})
            with registered(con, f"_stories_{os.getpid()}", tbl) as name:
                con.execute(f"INSERT INTO date_stories SELECT * FROM {name}")
            con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [_META, fp])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    told = scalar(con, "SELECT count(*) FROM date_stories WHERE told_on IS NOT NULL")
    return {"checked": len(again) if unchecked else 0, "told_elsewhere": int(told or 0)}


def told_elsewhere(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[date, list[str]]]:
    """Article id -> (the date around which the store's other articles tell its story, those
    articles), for each article with such a finding."""
    rows = con.execute(
        "SELECT article_id, told_on, witnesses FROM date_stories WHERE told_on IS NOT NULL"
    ).fetchall()
    return {str(aid): (told, list(witnesses or ())) for aid, told, witnesses in rows}
