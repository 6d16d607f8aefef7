"""`dateline entity-timeline`: one entity's events in date order, in the SemEval format."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()


def test_entity_timeline_semeval_and_json(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(
        "date 2024-03-05\nZorvex Motors unveiled its new truck on Monday. "
        "Last year Zorvex Motors sold 4,000 vans.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "date 2024-04-10\nZorvex Motors recalled 300 trucks on Tuesday.\n", encoding="utf-8")
    res = runner.invoke(app, ["entity-timeline", str(tmp_path), "--entity", "Zorvex Motors",
                              "--format", "semeval"])
    assert res.exit_code == 0, res.output
    rows = [ln.split("\t") for ln in res.stdout.splitlines()[1:]]
    assert res.stdout.splitlines()[0] == "Zorvex Motors"
    assert [(r[0], r[1], r[2].rsplit("-", 1)[1]) for r in rows] == [
        ("1", "2023", "sold"), ("2", "2024-03-04", "unveiled"), ("3", "2024-04-09", "recalled")]
    res = runner.invoke(app, ["entity-timeline", str(tmp_path), "--entity", "Zorvex Motors",
                              "--format", "json"])
    assert res.exit_code == 0, res.output
    first = json.loads(res.stdout.splitlines()[0])
    assert first["trigger"] == "sold" and first["role"] == "subject"
    assert first["dated_by"] == "clause" and first["article"].endswith("a.txt")
    assert first["text"] == "Last year Zorvex Motors sold 4,000 vans."


def test_entity_timeline_table_names_bad_input_and_goes_on(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(
        "date 2024-04-10\nZorvex Motors recalled 300 trucks on Tuesday.\n", encoding="utf-8")
    (tmp_path / "wires.jsonl").write_text(
        '{"text": "Zorvex Motors hired 40 engineers.", "dct": "2024-05-02"}\n{"text": "broken\n',
        encoding="utf-8")
    res = runner.invoke(app, ["entity-timeline", str(tmp_path), "--entity", "Zorvex Motors"])
    assert res.exit_code == 0, res.output
    assert "wires.jsonl:2" in res.stderr  # the bad line is named; the good one is kept
    assert "recalled" in res.stdout and "hired" in res.stdout
    assert res.stdout.index("recalled") < res.stdout.index("hired")  # date order


def test_entity_timeline_bad_format(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("date 2024-03-05\nNothing here.\n", encoding="utf-8")
    res = runner.invoke(app, ["entity-timeline", str(tmp_path), "--entity", "X",
                              "--format", "xml"])
    assert res.exit_code == 2
