"""Migrations: numbered, applied in order, and an old (v1) file upgrades in place."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from dateline.errors import DatelineError
from dateline.store import Store
from dateline.store.schema import TABLES, current_version, latest_version, migrate, migrations


def test_migrations_are_numbered_from_one():
    assert [v for v, _, _ in migrations()] == list(range(1, latest_version() + 1))
    assert latest_version() >= 2


def test_new_store_is_at_latest_version_with_all_tables(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        stats = st.stats()
    assert stats["schema_version"] == latest_version()
    assert set(TABLES) <= set(stats)
    assert all(stats[t] == 0 for t in TABLES)


def _store_at(path, version):
    """A new store file at ``path`` migrated up to schema ``version`` only, left open."""
    con = duckdb.connect(str(path))
    assert migrate(con, upto=version) == version
    return con


def _v1_file(path):
    con = _store_at(path, 1)
    con.execute(
        "INSERT INTO articles (id, text, dct, title) VALUES ('a1', 'BP drilled. More.', "
        "DATE '2024-02-06', 'Old')"
    )
    con.execute("INSERT INTO sentences VALUES ('a1', 0, 0, 11, 'BP drilled.')")
    con.execute(
        "INSERT INTO events (article_id, idx, event_id, type, trigger, start_char, end_char, "
        "sentence, actor, time_value, date_start, date_end) VALUES ('a1', 0, 'e1', 'ASSAULT', "
        "'drilled', 3, 10, 0, 'BP', '2024-02-06', DATE '2024-02-06', DATE '2024-02-06')"
    )
    con.execute(
        "INSERT INTO entities (article_id, idx, canonical, sentence) "
        "VALUES ('a1', 0, 'BP', 0), ('a1', 1, 'North-Sea Oil', 0)"
    )
    con.close()


def test_v1_file_upgrades_and_backfills(tmp_path):
    db = tmp_path / "old.duckdb"
    _v1_file(db)
    with pytest.raises(DatelineError, match="v1"):
        Store(db, read_only=True)  # a reader cannot upgrade; it says how
    with Store(db) as st:
        assert st.stats()["schema_version"] == latest_version()
        entries = st.timeline(entity="bp")
        assert [e.sentence for e in entries] == ["BP drilled."]  # sentence_text backfilled
        assert len(st.timeline(entity="north sea")) == 1  # names_key backfilled from entities
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT actor_key FROM events").fetchall() == [("bp",)]
    ((eid, names),) = con.execute("SELECT eid, names FROM events").fetchall()
    assert eid == 1 and sorted(names) == ["bp", "north sea oil"]
    assert sorted(con.execute("SELECT eid, name FROM event_names").fetchall()) == [
        (1, "bp"), (1, "north sea oil")]
    con.close()
    with Store(db, read_only=True) as st:  # upgraded: readers are fine now
        assert st.stats()["articles"] == 1


def test_v5_events_anchored_on_now_get_their_articles_date(tmp_path):
    """v6: rows written when 'now' left an event undated (PRESENT_REF) are dated like the
    events stage dates them today; the kept merge is redone."""
    con = _store_at(tmp_path / "v5.duckdb", 5)
    con.execute("INSERT INTO articles (id, text, dct) VALUES ('a1', 'x', DATE '2024-02-06'), "
                "('a2', 'y', NULL)")
    rows = [("a1", "e1", "PRESENT_REF", "paragraph"), ("a1", "e2", "PAST_REF", "clause"),
            ("a1", "e3", "2024-01-05", "clause"), ("a2", "e4", "PRESENT_REF", "sentence")]
    for i, (art, ev, value, how) in enumerate(rows):
        con.execute("INSERT INTO events (article_id, idx, event_id, type, time_value, time_how) "
                    "VALUES (?, ?, ?, 'ASSAULT', ?, ?)", [art, i, ev, value, how])
    con.execute("INSERT INTO meta VALUES ('merge_rules', 'old')")
    assert migrate(con) == latest_version()
    got = con.execute("SELECT event_id, time_value, time_how, date_start FROM events "
                      "ORDER BY event_id").fetchall()
    d = date(2024, 2, 6)
    assert got == [("e1", "2024-02-06", "dct", d), ("e2", "2024-02-06", "dct-past", d),
                   ("e3", "2024-01-05", "clause", None), ("e4", None, "none", None)]
    assert con.execute("SELECT count(*) FROM meta WHERE key = 'merge_rules'").fetchone() == (0,)
    con.close()


def test_v6_articles_get_an_empty_date_estimate(tmp_path):
    """v7: the estimated writing date is a new column; rows written before have none
    (it needs the text's readings again) and keep everything else."""
    con = _store_at(tmp_path / "v6.duckdb", 6)
    con.execute("INSERT INTO articles (id, text, dct, date_verdict) "
                "VALUES ('a1', 'x', DATE '2024-02-06', 'contradicted')")
    assert migrate(con) == latest_version() >= 7
    assert con.execute("SELECT id, dct, date_verdict, date_estimate FROM articles").fetchall() == [
        ("a1", date(2024, 2, 6), "contradicted", None)]
    con.close()


def test_v8_articles_get_an_empty_date_hint(tmp_path):
    """v9: the date check's weak sign of a year's shift and the weighed verdict are new
    columns; rows written before have none and keep everything else."""
    con = _store_at(tmp_path / "v8.duckdb", 8)
    con.execute("INSERT INTO articles (id, text, dct, date_verdict) "
                "VALUES ('a1', 'x', DATE '2024-02-06', 'consistent')")
    con.execute("INSERT INTO date_stories VALUES ('a1', DATE '2023-02-01', ['a2'])")
    assert migrate(con) == latest_version() >= 9
    assert con.execute("SELECT id, dct, date_verdict, date_hint FROM articles").fetchall() == [
        ("a1", date(2024, 2, 6), "consistent", None)]
    # and the weighed verdict beside a finding kept from before: none yet
    assert con.execute("SELECT article_id, told_on, verdict FROM date_stories").fetchall() == [
        ("a1", date(2023, 2, 1), None)]
    con.close()


def test_v9_articles_get_no_year_fit(tmp_path):
    """v10: the date check's own fit a year before and after are new columns; rows written
    before have none (the corpus check then reads the text with the word heuristic)."""
    from dateline.store.rows import article_from_row

    con = _store_at(tmp_path / "v9.duckdb", 9)
    con.execute("INSERT INTO articles (id, text, dct, date_verdict, date_hint) "
                "VALUES ('a1', 'x', DATE '2024-02-06', 'consistent', DATE '2025-02-06')")
    assert migrate(con) == latest_version() >= 10
    cur = con.execute("SELECT * FROM articles")
    names = [d[0] for d in cur.description]
    row = dict(zip(names, cur.fetchone(), strict=True))
    assert (row["date_fit_year_before"], row["date_fit_year_after"]) == (None, None)
    _, dc = article_from_row(row)
    assert dc is not None and dc.hint == date(2025, 2, 6) and dc.year_fit is None
    con.close()


def test_a_reader_of_an_old_store_is_told_the_command_that_upgrades_it(tmp_path):
    """The refusal names a command that works: `dateline merge --db STORE` opens the
    store for writing (migrating it) and, with nothing new to merge, changes nothing else."""
    from typer.testing import CliRunner

    from dateline.cli import app

    db = tmp_path / "v6.duckdb"
    con = _store_at(db, 6)
    con.close()
    with pytest.raises(DatelineError, match="v6") as refused:
        Store(db, read_only=True)
    assert f"dateline merge --db {db}" in str(refused.value)
    done = CliRunner().invoke(app, ["merge", "--db", str(db)])
    assert done.exit_code == 0, done.output
    with Store(db, read_only=True) as st:
        assert st.stats()["schema_version"] == latest_version()


def test_newer_file_is_refused(tmp_path):
    db = tmp_path / "new.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    assert current_version(con) == 999
    con.close()
    with pytest.raises(DatelineError, match="newer"):
        Store(db)
