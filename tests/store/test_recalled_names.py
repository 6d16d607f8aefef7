"""Table recalled_names (v11): derived from the stored sentences before each merge, and part
of the kept merge's fingerprint (dateline.merge.recalled; invented sentences)."""

from __future__ import annotations

import duckdb

from dateline.merge import persist, recalled, rules
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
    assert migrate(con) == latest_version() >= 11
    assert con.execute("SELECT count(*) FROM recalled_names").fetchone() == (0,)
    con.close()


def test_refresh_derives_the_table_from_the_sentences(tmp_path):
    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    migrate(con)
    _sentences(con, "a1", "2025-04-02", ["Crews still recall the 1989 Corvane Meridian spill .",
                                         "The spill reached Pelham on Monday ."])
    _sentences(con, "a2", "2025-04-03", ["Lawyers fought over the Meridian spill for years ."])
    recalled.refresh(con, R)
    rows = con.execute("SELECT * FROM recalled_names ORDER BY name").fetchall()
    assert rows == [("corvane", "corvane meridian", 1989, 1, 1),
                    ("corvane meridian", "corvane meridian", 1989, 1, 1),
                    ("meridian", "corvane meridian", 1989, 1, 2)]
    before = recalled.fingerprint(con)
    recalled.refresh(con, R)  # rebuilt from the same sentences: the same table
    assert recalled.fingerprint(con) == before
    assert recalled.stored_past_names(con, R)["meridian"] == ("corvane meridian", 1989)
    _sentences(con, "a3", "2025-04-04", ["The 2001 Tessel Bank blowout still hurts ."])
    recalled.refresh(con, R)
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
