"""`dateline timeline --summary --entity`: the key dates of one entity's part in the story
(articles written for this test)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()

ARTICLES = {
    "a.txt": "date 2024-03-06\nThe storm flooded the harbour district of Velmora on March 5. "
             "Mayor Ilsa Varnek ordered the schools of Velmora shut on March 5.\n",
    "b.txt": "date 2024-03-12\nIlsa Varnek opened a relief fund for the flooded families on "
             "March 11. Volunteers cleared mud from the streets of the old town. Shops along "
             "the quay stayed closed all week. The harbour ferry resumed service on March 9, "
             "the port said.\n",
    "c.txt": "date 2024-03-10\nThe harbour ferry of Velmora resumed service on March 9 after "
             "the storm.\n",
    "d.txt": "date 2024-03-11\nFerry crews in Velmora went back to work on March 9 after the "
             "storm.\n",
}


def test_summary_of_one_entity(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    assert runner.invoke(app, ["run", str(folder), "--db", str(db), "-q", "-p", "1"]).exit_code == 0
    base = ["timeline", "--db", str(db), "--summary", "--dates", "2", "--format", "json"]
    story = json.loads(runner.invoke(app, base).stdout)
    assert "2024-03-09" in [d["date"] for d in story]  # the ferry: the story's, not hers
    res = runner.invoke(app, [*base, "--entity", "Ilsa Varnek"])
    assert res.exit_code == 0, res.output
    days = json.loads(res.stdout)
    assert [d["date"] for d in days] == ["2024-03-05", "2024-03-11"]
    assert all("Varnek" in s["text"] for d in days for s in d["sentences"])
    assert {s["source"] for d in days for s in d["sentences"]} == {"in/a.txt", "in/b.txt"}
    # the surname alone finds the same entity (as `timeline --entity` finds its events)
    short = runner.invoke(app, [*base, "--entity", "varnek"])
    assert json.loads(short.stdout) == days
    table = runner.invoke(app, [*base[:-2], "--entity", "Ilsa Varnek"], env={"COLUMNS": "200"})
    assert "Summary: 2 key dates of Ilsa Varnek" in table.stdout
    none = runner.invoke(app, [*base, "--entity", "Nordhaven Terminals"])
    assert none.exit_code == 0 and json.loads(none.stdout) == []
    assert "no sentence names 'Nordhaven Terminals'" in none.stderr
