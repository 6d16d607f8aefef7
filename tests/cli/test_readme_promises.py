"""What the README's command table and exit-code paragraph promise, as a new user meets it:
usage errors of every kind are one ``error:`` line with exit code 2, bad input is named with
its file and the rest goes on, and each command reads the inputs the table says it reads.
All inputs are our own sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app, main

runner = CliRunner()


def _main(capsys, args: list[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stop:
        main(args)
    got = capsys.readouterr()
    return int(stop.value.code or 0), got.out, got.err


@pytest.mark.parametrize(("args", "named"), [
    (["timeline", "--bogus"], "--bogus"),                  # an unknown option
    (["timeline", "--limit", "x"], "--limit"),             # not a number
    (["timeline", "--limit", "-1"], "--limit"),            # out of range
    (["disagreements", "--offset", "-1"], "--offset"),
    (["quotes", "--limit", "-2"], "--limit"),
    (["run", "x.txt", "--top", "-1"], "--top"),
    (["export", "--format", "csv"], "--out"),              # a missing required option
    (["entity-timeline", "a.txt"], "--entity"),
    (["serve", "--port", "99999"], "--port"),
])
def test_typer_usage_errors_are_one_line_exit_2(capsys, tmp_path, monkeypatch, args, named):
    monkeypatch.chdir(tmp_path)
    code, out, err = _main(capsys, args)
    assert code == 2 and not out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and named in lines[0]
    assert "-h)" in lines[0]  # says where the help is
    assert not list(tmp_path.iterdir())  # nothing made, no store


def test_help_and_a_good_command_keep_exit_0(capsys, tmp_path):
    code, out, _ = _main(capsys, ["--help"])
    assert code == 0 and "timeline" in out
    f = tmp_path / "a.txt"
    f.write_text("date 2024-03-05\nThe ferry crew walked out on Monday.", encoding="utf-8")
    code, out, _ = _main(capsys, ["check-dates", str(f), "--format", "json"])
    assert code == 0 and json.loads(out)["dct"] == "2024-03-05"


def test_a_library_error_is_still_one_line_through_main(capsys, tmp_path):
    code, _, err = _main(capsys, ["timeline", "--db", str(tmp_path / "none.duckdb")])
    assert code == 2 and err.strip().count("\n") == 0 and "no such store" in err


def _feed(tmp_path: Path) -> Path:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "f1", "text": "The council voted on Friday to shut the old bridge.", '
        '"date": "2024-06-07"}\n'
        '{"id": "f2", "text": "cut in the mid\n'
        '{"id": "f3", "text": "The mayor stepped down on Monday, aides said.", '
        '"date": "2024-06-10"}\n', encoding="utf-8")
    return feed


def test_strict_says_why_it_exits_1(tmp_path):
    db = tmp_path / "s.duckdb"
    res = runner.invoke(app, ["run", str(_feed(tmp_path)), "--db", str(db), "-q", "-p", "1",
                              "--strict"])
    assert res.exit_code == 1
    assert "error: 1 record rejected (--strict)" in res.stderr and "dateline rejects" in res.stderr
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db)]).stdout)
    assert stats["articles"] == 2  # the rest of the corpus went on


def test_check_dates_table_says_unknown_for_an_undated_article(tmp_path):
    f = tmp_path / "nodate.txt"
    f.write_text("The ferry left the harbour after the storm.", encoding="utf-8")
    res = runner.invoke(app, ["check-dates", str(f)], env={"COLUMNS": "200"})
    assert res.exit_code == 0
    row = next(line for line in res.stdout.splitlines() if "nodate.txt" in line)
    assert "unknown" in row and "None" not in row


def test_events_names_a_bad_dct_and_reads_dates_as_run_does(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text(
        '{"text": "Protesters blocked the ring road on Tuesday.", "dct": "2024-13-02"}\n'
        '{"text": "Protesters blocked the ring road on Tuesday.", '
        '"dct": "2024-05-02T09:30:00+02:00"}\n'
        '{"text": "Protesters blocked the ring road on Tuesday.", "dct": "May 2, 2024"}\n',
        encoding="utf-8")
    res = runner.invoke(app, ["events", str(f)])
    assert res.exit_code == 0
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows[0] == {"line": 1, "error": "line 1: \"dct\": impossible date '2024-13-02'"}
    for row in rows[1:]:
        assert [e["time"]["value"] for e in row["events"]] == ["2024-04-30"]
    assert "1 of 3 lines could not be read" in res.stderr


_TML = ('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{id}</DOCID>\n<DCT><TIMEX3 tid="t0" '
        'type="DATE" value="2024-04-02" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">April 2, 2024</TIMEX3></DCT>\n<TEXT>\n{text}\n'
        '</TEXT>\n</TimeML>\n')


def test_timeml_skips_a_broken_file_and_tags_the_rest(tmp_path):
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.tml").write_text(_TML.format(id="a", text="The board met on Monday."),
                               encoding="utf-8")
    (src / "b.tml").write_text("<TimeML><TEXT>cut off", encoding="utf-8")
    (src / "c.tml").write_text(_TML.format(id="c", text="It will vote next week."),
                               encoding="utf-8")
    res = runner.invoke(app, ["timeml", str(src), str(dst)])
    assert res.exit_code == 1
    assert sorted(p.name for p in dst.iterdir()) == ["a.tml", "c.tml"]
    assert 'value="2024-04-01">Monday</TIMEX3>' in (dst / "a.tml").read_text(encoding="utf-8")
    assert "b.tml" in res.stderr and "skipped" in res.stderr and "Traceback" not in res.output


@pytest.mark.parametrize("cmd", [["timeml", "{p}", "{out}"], ["eval", "tempeval", "{p}"]])
def test_timeml_and_tempeval_name_a_missing_or_file_path_as_usage_errors(tmp_path, cmd):
    f = tmp_path / "a.tml"
    f.write_text(_TML.format(id="a", text="The board met on Monday."), encoding="utf-8")
    for path, says in ((tmp_path / "nope", "no such folder"), (f, "not a folder")):
        args = [a.format(p=path, out=tmp_path / "out") for a in cmd]
        res = runner.invoke(app, args)
        assert res.exit_code == 2 and f"{path}: {says}" in res.stderr


def test_tempeval_refuses_an_unknown_format(tmp_path):
    res = runner.invoke(app, ["eval", "tempeval", str(tmp_path), "--format", "xml"])
    assert res.exit_code == 2 and "--format" in res.stderr


def test_check_numbers_names_a_missing_spec_as_a_usage_error(tmp_path):
    spec = tmp_path / "none.json"
    res = runner.invoke(app, ["check-numbers", "--db", str(tmp_path / "s.duckdb"),
                              "--series", str(spec)])
    assert res.exit_code == 2 and f"{spec}: no such file" in res.stderr


def test_annotate_reads_a_one_record_file_as_run_does(tmp_path):
    one = tmp_path / "one.jsonl"
    one.write_text('{"id": "k1", "text": "The council voted on Friday to shut the bridge.", '
                   '"date": "2024-06-07"}\n', encoding="utf-8")
    doc = json.loads(runner.invoke(app, ["annotate", str(one)]).stdout)
    assert doc["document"]["dct"] == "2024-06-07" and doc["document"]["dct_source"] == "field"
    assert doc["sentences"][0]["text"] == "The council voted on Friday to shut the bridge."
    assert [t["value"] for t in doc["timexes"]] == ["2024-06-07"]


def test_annotate_refuses_a_file_of_several_records(tmp_path):
    res = runner.invoke(app, ["annotate", str(_feed(tmp_path))])
    assert res.exit_code == 2 and not res.stdout
    assert "annotate takes one article; this jsonl file holds 2" in res.stderr
    assert "feed.jsonl:2" in res.stderr  # the broken line is named too


def test_annotate_dct_dates_only_an_undated_article(tmp_path):
    dated = tmp_path / "dated.txt"
    dated.write_text("date 2024-03-05\nDockers walked out on Monday.", encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text("Dockers walked out on Monday.", encoding="utf-8")
    a = json.loads(runner.invoke(app, ["annotate", str(dated), "--dct", "2020-01-01"]).stdout)
    assert (a["document"]["dct"], a["document"]["dct_source"]) == ("2024-03-05", "header")
    assert [t["value"] for t in a["timexes"]] == ["2024-03-04"]
    b = json.loads(runner.invoke(app, ["annotate", str(undated), "--dct", "2024-03-05"]).stdout)
    assert (b["document"]["dct"], b["document"]["dct_source"]) == ("2024-03-05", "default")
    bad = runner.invoke(app, ["annotate", str(dated), "--dct", "2024-02-30"])
    assert bad.exit_code == 2 and "2024-02-30" in bad.stderr


def test_export_to_a_file_is_a_usage_error_not_an_errno(tmp_path):
    taken = tmp_path / "notes.txt"
    taken.write_text("my own notes", encoding="utf-8")
    res = runner.invoke(app, ["export", "--db", str(tmp_path / "s.duckdb"), "--format", "csv",
                              "--out", str(taken)])
    assert res.exit_code == 2 and "is a file, not a folder" in res.stderr
    assert "Errno" not in res.output and taken.read_text(encoding="utf-8") == "my own notes"
