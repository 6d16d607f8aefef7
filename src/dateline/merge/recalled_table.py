"""The table ``recalled_names`` (:mod:`dateline.merge.recalled`) kept up to date article by
article: the refresh before each merge reads the sentences of the articles added since, not
every sentence of the store (a large store took a pass over all its text on every small run).

What each article gives the table is kept per article (migration v12): ``recalled_ties``, the
names its sentences tie to a past year, and ``recalled_naming``, how many of its sentences
name each key of the table; ``recalled_scanned``, the articles read, each with the year of
its date then. The table's rows are their sums (:func:`dateline.merge.recalled.rows_of`), row
for row what a pass over every sentence gives (:func:`dateline.merge.recalled.table_rows`).
A key new to the table (a name no stored sentence tied before, or its alias) is counted in
the articles read before once: their sentences that may name it, picked in SQL, then
:func:`dateline.merge.recalled.named_in` on those alone. An article gone from the store,
or re-dated to another year, takes its rows with it (and is read again when re-dated); other
rules or code (``meta.recalled_rules``) read every article again."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from dateline.merge.recalled import (
    key_holders,
    named_in,
    past_names,
    rows_of,
    stored_past_names,
    table_rows,
    ties,
    whole_words,
)
from dateline.merge.rules import Rules
from dateline.store.queries import insert_columns, registered, stream_rows
from dateline.store.schema import scalar, transaction

if TYPE_CHECKING:
    import duckdb

#: the kept tables, per article
TABLES = ("recalled_scanned", "recalled_ties", "recalled_naming")
#: meta key of the rules and code the kept tables were made under
RULES_KEY = "recalled_rules"
#: the sentences of articles not read yet, with their article's year
_NEW = ("FROM sentences s JOIN articles a ON a.id = s.article_id "
        "WHERE a.id NOT IN (SELECT article_id FROM recalled_scanned)")
#: the characters whose lower case (Python's) holds a letter of ASCII without being one: a
#: sentence holding one is always offered to the exact test (:func:`_may_name`)
_LOWERS_TO_ASCII = ("\u0130", "\u212a")


def made_by(r: Rules) -> str:
    """A hash of what the kept tables derive from besides the text: the code reading the
    sentences and the ``recalled_*`` word lists it reads."""
    h = hashlib.sha1()
    for module in ("recalled.py", "recalled_table.py"):
        h.update(files("dateline.merge").joinpath(module).read_bytes())
    for key in ("recalled_nouns", "recalled_sites", "recalled_not"):
        h.update(repr((key, sorted(r.words(key)))).encode())
    return h.hexdigest()[:16]


def past_names_now(con: duckdb.DuckDBPyConnection, r: Rules) -> dict[str, tuple[str, int]]:
    """:func:`~dateline.merge.recalled.past_names` of the table as this code and these rules
    make it: the stored table when they made it (``meta.recalled_rules``), else its rows made
    afresh from the stored sentences, in memory. A reader that cannot refresh the table (a
    read-only connection: bench/eval_merge.py scoring a store another checkout built, or the
    merge on the fly of a store whose kept merge is stale) would otherwise merge under the
    table of the code that built the store (or, in a file older than v11, none)."""
    if scalar(con, "SELECT value FROM meta WHERE key = ?", [RULES_KEY]) == made_by(r):
        return stored_past_names(con, r)
    if not r.limits.get("recalled_veto"):
        return {}
    sentences = con.execute("SELECT s.text, year(a.dct) FROM sentences s "
                            "JOIN articles a ON a.id = s.article_id").fetchall()
    return past_names(table_rows(sentences, r), r)


def refresh(con: duckdb.DuckDBPyConnection, r: Rules) -> None:
    """Bring ``recalled_names`` and the kept tables up to date with the stored articles (a
    merge calls it first); one transaction, so a crash leaves the last state whole."""
    with transaction(con):
        _refresh(con, r)


def _refresh(con: duckdb.DuckDBPyConnection, r: Rules) -> None:
    made = made_by(r)
    if scalar(con, "SELECT value FROM meta WHERE key = ?", [RULES_KEY]) != made:
        for table in (*TABLES, "recalled_names"):
            con.execute(f"DELETE FROM {table}")
    _drop_gone(con)
    _insert(con, "recalled_ties", ("article_id", "name", "year", "ties"), [
        (*at, latest, n) for at, (n, latest) in sorted(_new_ties(con, r).items())])
    tied: dict[str, int] = {}
    latest: dict[str, int] = {}
    for name, n, year in con.execute(
            "SELECT name, sum(ties), max(year) FROM recalled_ties GROUP BY name").fetchall():
        tied[name], latest[name] = int(n), year
    keys = key_holders(tied, r)
    counted = {k for (k,) in con.execute("SELECT name FROM recalled_names").fetchall()} & set(keys)
    kept = pa.table({"key": pa.array(sorted(counted), pa.string())})
    with registered(con, "_dl_counted", kept) as view:
        con.execute(f"DELETE FROM recalled_naming WHERE key NOT IN (SELECT key FROM {view})")
    named: Counter[tuple[str, str]] = Counter()
    fresh = sorted(set(keys) - counted)
    if fresh:  # the articles read before, for the keys new to the table
        where, params = _may_name(fresh)
        named += _naming(con.execute(
            "SELECT s.article_id, s.text FROM sentences s "
            f"JOIN recalled_scanned k ON k.article_id = s.article_id{where}", params), fresh)
    if keys:
        named += _naming(con.execute(f"SELECT s.article_id, s.text {_NEW}"), list(keys))
    _insert(con, "recalled_naming", ("article_id", "key", "sentences"),
            [(*at, n) for at, n in sorted(named.items())])
    con.execute("INSERT INTO recalled_scanned SELECT id, year(dct) FROM articles "
                "WHERE id NOT IN (SELECT article_id FROM recalled_scanned)")
    naming = dict(con.execute(
        "SELECT key, sum(sentences) FROM recalled_naming GROUP BY key").fetchall())
    con.execute("DELETE FROM recalled_names")
    rows = rows_of(keys, tied, latest, {k: int(n) for k, n in naming.items()}) if keys else []
    if rows:
        con.executemany("INSERT INTO recalled_names VALUES (?, ?, ?, ?, ?)", rows)
    con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [RULES_KEY, made])


def _drop_gone(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the kept rows of articles gone from the store or re-dated to another year."""
    gone = [a for (a,) in con.execute(
        "SELECT k.article_id FROM recalled_scanned k LEFT JOIN articles a ON a.id = k.article_id "
        "WHERE a.id IS NULL OR k.year IS DISTINCT FROM year(a.dct)").fetchall()]
    if gone:
        for table in TABLES:
            con.execute(f"DELETE FROM {table} WHERE article_id = any(?)", [gone])


def _new_ties(con: duckdb.DuckDBPyConnection, r: Rules) -> dict[tuple[str, str], tuple[int, int]]:
    """(article, name) -> (ties, latest year) of the articles not read yet (dated ones)."""
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for aid, text, year in stream_rows(con.execute(
            f"SELECT s.article_id, s.text, year(a.dct) {_NEW} AND a.dct IS NOT NULL")):
        for name, told in ties(text, year, r):
            n, latest = out.get((aid, name), (0, told))
            out[aid, name] = (n + 1, max(latest, told))
    return out


def _naming(cur: duckdb.DuckDBPyConnection, keys: list[str]) -> Counter[tuple[str, str]]:
    """(article, key) -> how many of the article's sentences (``cur``'s rows: article, text)
    name the key."""
    whole = whole_words(keys)
    out: Counter[tuple[str, str]] = Counter()
    for aid, text in stream_rows(cur):
        out.update((aid, key) for key in named_in(text, whole))
    return out


def _may_name(keys: list[str]) -> tuple[str, list[Any]]:
    """A SQL condition keeping every sentence that may name one of ``keys`` (and its
    parameters), so the exact test reads those alone: its text holds the longest run of ASCII
    letters and figures of some key in any case (a case-blind match, not a match in the text's
    lower case: no lower case of every stored sentence made first). Python's lower case of a
    text holds such a run only where the text holds it in either case (or holds a character
    of ``_LOWERS_TO_ASCII``, kept too), so no sentence naming a key is left out. No condition
    when a key has no such run."""
    runs = {max(re.findall(r"[a-z0-9]+", key), key=len, default="") for key in keys}
    if not keys or "" in runs:
        return "", []
    held = " OR ".join("contains(s.text, ?)" for _ in _LOWERS_TO_ASCII)
    return (f" WHERE regexp_matches(s.text, ?, 'i') OR {held}",
            ["|".join(sorted(runs)), *_LOWERS_TO_ASCII])


def _insert(con: duckdb.DuckDBPyConnection, table: str, names: tuple[str, ...],
            rows: list[tuple[Any, ...]]) -> None:
    if rows:
        insert_columns(con, table, {name: [row[i] for row in rows] for i, name in enumerate(names)})
