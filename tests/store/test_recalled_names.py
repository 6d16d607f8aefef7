"""Table recalled_names (v11): derived from the stored sentences before each merge, and part
of the kept merge's fingerprint (dateline.merge.recalled; invented sentences)."""

from __future__ import annotations

import duckdb
import pytest

from dateline.merge import persist, recalled, recalled_table, rules
from dateline.store import Store
from dateline.store.schema import latest_version, migrate

R = rules()


def _sentences(con: duckdb.DuckDBPyConnection, aid: str, dct: str, texts: list[str]) -> None:
    con.execute("INSERT INTO articles (id, text, dct) VALUES (?, ?, CAST(? AS DATE))",
                [aid, " ".join(texts), dct])
    for i, t in enumerate(texts):
        con.execute("INSERT INTO sentences VALUES (?, ?, 0, ?, ?)", [aid, i, len(t), t])


def test_v10_files_get_an_empty_table(tmp_path):
    con = duckdb.connect(str(tmp_path / "v10.duckdb"))
    assert migrate(con, upto=10) == 10
    assert migrate(con) == latest_version() >= 12
    for table in ("recalled_names", *recalled_table.TABLES):
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
    con.close()


def test_refresh_derives_the_table_from_the_sentences(tmp_path):
    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    migrate(con)
    _sentences(con, "a1", "2025-04-02", ["Crews still recall the 1989 Corvane Meridian spill .",
                                         "The spill reached Pelham on Monday ."])
    _sentences(con, "a2", "2025-04-03", ["Lawyers fought over the Meridian spill for years ."])
    recalled_table.refresh(con, R)
    rows = con.execute("SELECT * FROM recalled_names ORDER BY name").fetchall()
    assert rows == [("corvane", "corvane meridian", 1989, 1, 1),
                    ("corvane meridian", "corvane meridian", 1989, 1, 1),
                    ("meridian", "corvane meridian", 1989, 1, 2)]
    before = recalled.fingerprint(con)
    recalled_table.refresh(con, R)  # rebuilt from the same sentences: the same table
    assert recalled.fingerprint(con) == before
    assert recalled.stored_past_names(con, R)["meridian"] == ("corvane meridian", 1989)
    _sentences(con, "a3", "2025-04-04", ["The 2001 Tessel Bank blowout still hurts ."])
    recalled_table.refresh(con, R)
    assert recalled.fingerprint(con) != before
    con.close()


def test_a_merge_fills_the_table_and_fingerprints_it(tmp_path):
    with Store(tmp_path / "m.duckdb") as st:
        _sentences(st.con, "a1", "2025-04-02",
                   ["Crews still recall the 1989 Corvane Meridian spill ."])
        st.merge()
        assert st.con.execute("SELECT count(*) FROM recalled_names").fetchone() == (3,)
        kept = st.con.execute("SELECT value FROM meta WHERE key = 'merge_rules'").fetchone()
        assert kept == (persist.merge_fingerprint(st.con),)
        assert kept[0].startswith(persist.rules_fingerprint() + ":")
        assert persist.fresh(st.con)
        st.con.execute("DELETE FROM recalled_names")  # another table: the kept merge is stale
        assert not persist.fresh(st.con)


#: every sentence of rules.json recalled_examples' stores, each its own article (some tie a
#: name to a past year, others only name it: 'Marrow cases rose ...')
STORE = [(year, text) for ex in R.raw["recalled_examples"] for year, text in ex["store"]]


def _table(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT * FROM recalled_names ORDER BY name").fetchall()


def _store(tmp_path, name: str) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(tmp_path / name))
    migrate(con)
    return con


@pytest.mark.parametrize("order", ["listed", "reversed"])
@pytest.mark.parametrize("part", [1, len(STORE) // 2, len(STORE) - 1])
def test_two_runs_give_the_table_of_one(tmp_path, order, part):
    """The second refresh reads the articles added since, and counts a name new to the table
    in the articles read before: the table is that of one pass over every sentence."""
    store = [*enumerate(STORE)][:: 1 if order == "listed" else -1]
    whole = recalled.table_rows([(text, year) for year, text in STORE], R)
    assert any(row[4] > row[3] for row in whole)  # some sentence names a key it does not tie
    con = _store(tmp_path, "two.duckdb")
    for run in (store[:part], store[part:]):
        for i, (year, text) in run:
            _sentences(con, f"x{i}", f"{year}-06-01", [text])
        recalled_table.refresh(con, R)
    assert _table(con) == whole
    assert con.execute("SELECT count(*) FROM recalled_scanned").fetchone() == (len(STORE),)
    con.close()


def test_a_name_new_to_the_table_is_counted_in_articles_read_before(tmp_path):
    con = _store(tmp_path, "older.duckdb")
    _sentences(con, "a1", "2025-04-02", ["Meridian crews went out at dawn .",
                                         "Nobody sailed near Pelham ."])
    _sentences(con, "a2", None, ["The MERIDIAN yard closed ."])  # undated: names, ties none
    _sentences(con, "a3", "2025-04-02", ["The \u212aessel ferry docked ."])  # lower(): 'kessel'
    # lower(): 'pelli' and a combining dot, which ends a whole word; no case-blind 'i' matches it
    _sentences(con, "a5", "2025-04-02", ["The PELL\u0130 yard closed ."])
    recalled_table.refresh(con, R)
    assert _table(con) == []
    _sentences(con, "a4", "2025-04-03", ["Crews still recall the 1989 Corvane Meridian spill .",
                                         "The 1994 Kessel Bank spill came later .",
                                         "The 1978 Pelli Gorse spill was the first ."])
    recalled_table.refresh(con, R)
    assert dict((row[0], row[4]) for row in _table(con)) == {
        "corvane": 1, "corvane meridian": 1, "meridian": 3, "kessel": 2, "kessel bank": 1,
        "pelli": 2, "pelli gorse": 1, "gorse": 1}
    con.close()


def test_a_deleted_or_redated_article_takes_its_rows_with_it(tmp_path):
    texts = {"a1": ["Crews still recall the 1989 Corvane Meridian spill ."],
             "a2": ["Lawyers fought over the Meridian spill for years ."],
             "a3": ["The 2001 Tessel Bank blowout still hurts Tessel towns ."]}
    con = _store(tmp_path, "gone.duckdb")
    for aid, sents in texts.items():
        _sentences(con, aid, "2025-04-02", sents)
    recalled_table.refresh(con, R)
    assert {row[0] for row in _table(con)} >= {"corvane meridian", "tessel bank"}
    for table in ("articles", "sentences"):  # a3 goes
        con.execute(f"DELETE FROM {table} WHERE {'id' if table == 'articles' else 'article_id'} "
                    "= 'a3'")
    recalled_table.refresh(con, R)
    assert _table(con) == recalled.table_rows(
        [(t, 2025) for aid in ("a1", "a2") for t in texts[aid]], R)
    assert con.execute("SELECT count(*) FROM recalled_ties WHERE article_id = 'a3'").fetchone() \
        == (0,)
    con.execute("UPDATE articles SET dct = DATE '1988-04-02' WHERE id = 'a1'")  # before 1989
    recalled_table.refresh(con, R)
    assert _table(con) == []  # no sentence ties a name to a year before its article's
    assert con.execute("SELECT year FROM recalled_scanned WHERE article_id = 'a1'").fetchone() \
        == (1988,)
    con.close()


def test_other_rules_read_every_article_again(tmp_path):
    con = _store(tmp_path, "rules.duckdb")
    _sentences(con, "a1", "2025-04-02", ["Crews still recall the 1989 Corvane Meridian spill ."])
    recalled_table.refresh(con, R)
    before = _table(con)
    con.execute("DELETE FROM recalled_ties")  # kept rows lost; the rules they were made by too
    con.execute("UPDATE meta SET value = 'other' WHERE key = ?", [recalled_table.RULES_KEY])
    recalled_table.refresh(con, R)
    assert before and _table(con) == before
    con.close()


def test_a_reader_of_a_table_other_rules_made_reads_the_names_this_code_makes(tmp_path):
    """A connection that cannot refresh the table (read-only: bench/eval_merge.py scoring a
    store another checkout built) merges under the names this code and these rules give the
    stored sentences, not under the table the store was built with."""
    con = _store(tmp_path, "stale.duckdb")
    _sentences(con, "a1", "2025-04-02", ["Crews still recall the 1989 Corvane Meridian spill .",
                                         "The spill reached Pelham on Monday ."])
    _sentences(con, "a2", "2025-04-03", ["Lawyers fought over the Meridian spill for years ."])
    recalled_table.refresh(con, R)
    now = recalled.stored_past_names(con, R)
    assert now["meridian"] == ("corvane meridian", 1989)
    assert recalled_table.past_names_now(con, R) == now  # made by these rules: read as stored
    con.execute("DELETE FROM recalled_names")  # the table older code made: it tied nothing
    assert recalled_table.past_names_now(con, R) == {}
    con.execute("UPDATE meta SET value = 'other' WHERE key = ?", [recalled_table.RULES_KEY])
    assert recalled_table.past_names_now(con, R) == now
    con.close()
