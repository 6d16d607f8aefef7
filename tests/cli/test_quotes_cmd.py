"""``dateline quotes`` and Store.quotes: who said what, ordered by when it was said."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import dateline
from dateline.cli import app
from dateline.store import Store

runner = CliRunner()

TEXTS = [
    ('"We will not stop the strikes," Defense Minister Maria Santos said on Tuesday. '
     'In a radio interview last June, Santos said the army was ready.', "2025-03-18"),
    ('"The port is closed," harbour master Ann Lee told reporters. '
     'Lee said the cranes stood idle.', "2025-03-20"),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("quotes") / "q.duckdb"
    with Store(path) as st:
        st.write([dateline.annotate(t, d) for t, d in TEXTS])
    return path


def test_store_quotes_by_speaker_date_and_words(db):
    with Store(db, read_only=True) as st:
        everyone = st.quotes()
        santos = st.quotes(speaker="santos")
        assert {r["speaker"] for r in santos} == {"Maria Santos"}
        assert len(santos) == 2 and len(everyone) >= 4
        # the interview's own date orders it first and the month-long date filters it
        assert santos[0]["said_on"] == "2024-06" and santos[1]["said_on"] == "2025-03-18"
        early = st.quotes(speaker="Santos", until="2024-12-31")
        assert [r["said_on"] for r in early] == ["2024-06"]
        assert st.quotes(speaker="maria santos", since="2025-03-19") == []
        assert [r["speaker"] for r in st.quotes(query="cranes")] == ["Ann Lee"]
        assert st.quotes(speaker="anto") == []  # whole words only


def test_quotes_command_formats(db):
    res = runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "Lee", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert [r["kind"] for r in rows] == ["direct", "indirect"]
    assert all(r["said_on"] == "2025-03-20" and r["source"] for r in rows)
    res = runner.invoke(app, ["quotes", "--db", str(db), "--format", "csv", "--limit", "1"])
    assert res.exit_code == 0 and res.stdout.splitlines()[0].startswith("said_on,speaker")
    assert len(res.stdout.splitlines()) == 2
    res = runner.invoke(app, ["quotes", "--db", str(db), "--since", "March"])
    assert res.exit_code == 2 and "--since" in res.output


def test_reported_speech_is_marked_once():
    from dateline.cli.quotes import _reported

    assert _reported("the cranes would stay idle") == "(that) the cranes would stay idle"
    assert _reported("that the cranes would stay idle") == "that the cranes would stay idle"
    assert _reported("thatched roofs burned") == "(that) thatched roofs burned"
