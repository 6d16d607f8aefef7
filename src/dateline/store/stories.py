"""The corpus check kept in the store (issue #5): each article's date weighed against the
store's other articles (:mod:`dateline.datecheck.stories`), table ``date_stories`` (the
finding and the weighed verdict).

``dateline run`` calls :func:`update` after storing articles: the new articles are checked
against all stored ones, and the stored articles sharing a story term with them, or that a new
one names a term of near their date (a witness dated near them), are checked again (a new
witness can make or unmake their finding); the others keep their rows. An
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
from dateline.store.schema import scalar, transaction

if TYPE_CHECKING:
    import duckdb

    from dateline.datecheck.stories import StoryFinding, StoryIndex

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
    tellings now place far from their date ('told_elsewhere'). Each row keeps the article's
    verdict weighed with the others (``verdict``: :func:`.datecheck.stories.weighed`, the
    article's own weak sign of a year's shift, ``articles.date_hint``, included, and a
    telling a year from its date its own cues do not object to, ``year_told``, weighed with
    the check's own fit a year before and after, ``articles.date_fit_year_*``), and as
    its finding also the fewer far tellings that sign (or that telling) made count."""
    from dateline.datecheck import redated_from
    from dateline.datecheck.stories import StoryIndex

    fp = fingerprint()
    fresh = scalar(con, "SELECT value FROM meta WHERE key = ?", [_META]) == fp
    unchecked = {r[0] for r in con.execute(
        "SELECT id FROM articles" + (" ANTI JOIN date_stories d ON d.article_id = id"
                                     if fresh else "")).fetchall()}
    if unchecked:
        rows = con.execute("SELECT id, dct, warnings, text, date_verdict, date_hint, "
                           "date_fit_year_before, date_fit_year_after "
                           "FROM articles ORDER BY id").fetchall()
        stated: dict[str, date | None] = {
            aid: redated_from(warnings) or dct for aid, dct, warnings, *_ in rows}
        own = {aid: (verdict, hint) for aid, _, _, _, verdict, hint, *_ in rows}
        # the check's own fit is of the date it checked: none for a re-dated article (its
        # stored check is of the estimate), whose text is then read with the word heuristic
        fits = {aid: (before, after) for aid, _, warnings, _, _, _, before, after in rows
                if before is not None and after is not None and redated_from(warnings) is None}
        index = StoryIndex((aid, stated[aid], text or "") for aid, _, _, text, *_ in rows)
        # the new articles' neighbours, and the articles dated near a new one naming a term
        # of theirs: their tellings a year away may no longer count (told_elsewhere_only)
        again = sorted(unchecked | index.sharing(unchecked) | index.naming_near(unchecked))
        found, verdicts = _weigh(index, again, stated, own, fits)
        _write(con, found, verdicts, again, keep=fresh, fp=fp)
    told = scalar(con, "SELECT count(*) FROM date_stories WHERE told_on IS NOT NULL")
    return {"checked": len(again) if unchecked else 0, "told_elsewhere": int(told or 0)}


def _weigh(index: StoryIndex, again: list[str], stated: dict[str, date | None],
           own: dict[str, tuple[str | None, date | None]],
           fits: dict[str, tuple[float, float]],
           ) -> tuple[dict[str, StoryFinding | None], dict[str, str | None]]:
    """Each of ``again``'s finding and weighed verdict (``own``: its own verdict and weak
    sign, ``fits``: the check's own fit a year before and after, where kept)."""
    from dateline.datecheck.stories import fold_finding, hint_finding, weighed, year_told

    found: dict[str, StoryFinding | None] = {}
    verdicts: dict[str, str | None] = {}
    for aid in again:
        finding = fold_finding(index, aid, stated[aid])
        hinted = (hint_finding(index, aid, stated[aid], own[aid][1])
                  or year_told(index, aid, stated[aid], own[aid][1], fits.get(aid)))
        verdicts[aid] = weighed(own[aid][0], finding, index.backing(aid, stated[aid]),
                                hinted)
        # a finding too weak alone that the article's own weak sign made count is kept
        # as one: the timeline marks both alike
        moved = verdicts[aid] == "suspicious" and own[aid][0] == "consistent"
        found[aid] = finding or (hinted if moved else None)
    return found, verdicts


def _write(con: duckdb.DuckDBPyConnection, found: dict[str, StoryFinding | None],
           verdicts: dict[str, str | None], again: list[str], *, keep: bool, fp: str) -> None:
    """Replace ``again``'s rows (every row unless ``keep``) with ``found`` and ``verdicts``
    and record the settings' fingerprint ``fp``, in one transaction."""
    with transaction(con):
        if not keep:
            con.execute("DELETE FROM date_stories")
        con.execute("DELETE FROM date_stories WHERE article_id = any(?)", [again])
        tbl = pa.table({
            "article_id": pa.array(list(found), pa.string()),
            "told_on": pa.array([f.told_on if f else None for f in found.values()],
                                pa.date32()),
            "witnesses": pa.array([[n.key for n in f.neighbours] if f else None
                                   for f in found.values()], pa.list_(pa.string())),
            "verdict": pa.array([verdicts[aid] for aid in found], pa.string())})
        with registered(con, f"_stories_{os.getpid()}", tbl) as name:
            con.execute("INSERT INTO date_stories (article_id, told_on, witnesses, verdict) "
                        f"SELECT article_id, told_on, witnesses, verdict FROM {name}")
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [_META, fp])


def weighed_verdicts(con: duckdb.DuckDBPyConnection, ids: list[str] | None = None
                     ) -> dict[str, str]:
    """Article id -> its verdict weighed with the store's other articles, as :func:`update`
    last found it (rows written before schema v9 have none); only ``ids`` when given."""
    sql = "SELECT article_id, verdict FROM date_stories WHERE verdict IS NOT NULL"
    rows = (con.execute(sql + " AND article_id = any(?)", [ids]) if ids is not None
            else con.execute(sql)).fetchall()
    return {str(aid): str(v) for aid, v in rows}


def current(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the stored check covers the store as it is: made with the present settings,
    and every article checked with a weighed verdict kept (an article stored by ``run
    --no-stories``, or rows written before schema v9, make it False: ``check-dates --db``
    then weighs every article on the fly)."""
    if scalar(con, "SELECT value FROM meta WHERE key = ?", [_META]) != fingerprint():
        return False
    missing = scalar(con, "SELECT count(*) FROM articles a LEFT JOIN date_stories d "
                          "ON d.article_id = a.id WHERE d.article_id IS NULL "
                          "OR (d.verdict IS NULL AND a.date_verdict IS NOT NULL)")
    return not missing


def told_elsewhere(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[date, list[str]]]:
    """Article id -> (the date around which the store's other articles tell its story, those
    articles), for each article with such a finding."""
    rows = con.execute(
        "SELECT article_id, told_on, witnesses FROM date_stories WHERE told_on IS NOT NULL"
    ).fetchall()
    return {str(aid): (told, list(witnesses or ())) for aid, told, witnesses in rows}
