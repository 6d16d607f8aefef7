"""What a newcomer runs in the first hour: shared options that behave the same, outputs that
agree with each other, and hints that are true when followed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    """The bundled sample corpus in a store, as the README's quick start makes it."""
    db = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    res = runner.invoke(app, ["run", str(EXAMPLES), "--db", str(db), "-q", "-p", "1"])
    assert res.exit_code == 0, res.output
    return db


def test_exported_timelines_are_the_timeline_command_s(sample_db, tmp_path):
    """timelinejs and tilse exports hold the entries `dateline timeline` shows (the kept
    cross-article merge), not the plain fold of one type and exact date."""
    shown = json.loads(runner.invoke(app, ["timeline", "--db", str(sample_db), "--format",
                                           "json"]).stdout)
    plain = json.loads(runner.invoke(app, ["timeline", "--db", str(sample_db), "--format",
                                           "json", "--unmerged"]).stdout)
    assert len(shown) < len(plain)  # the sample corpus has reports the merge joins
    for fmt in ("timelinejs", "tilse"):
        res = runner.invoke(app, ["export", "--db", str(sample_db), "--format", fmt,
                                  "--out", str(tmp_path / fmt)])
        assert res.exit_code == 0, res.output
    tjs = json.loads((tmp_path / "timelinejs" / "timeline.json").read_text(encoding="utf-8"))
    assert len(tjs["events"]) == len(shown)
    days = {e["date_start"] for e in shown if e["date_start"] == e["date_end"]}
    tilse = (tmp_path / "tilse" / "timeline.txt").read_text(encoding="utf-8").splitlines()
    assert {line for line in tilse if line[:4].isdigit() and len(line) == 10} == days


@pytest.mark.parametrize(("extra", "named"), [
    (["--limit", "3"], "--limit"),
    (["--unmerged"], "--merged/--unmerged"),
    (["--format", "csv"], "--format csv"),
])
def test_summary_refuses_the_options_it_would_drop(sample_db, extra, named):
    res = runner.invoke(app, ["timeline", "--db", str(sample_db), "--summary", *extra])
    assert res.exit_code == 2
    assert f"--summary does not take {named}" in res.stderr and not res.stdout


def test_the_reanchor_hint_is_true_when_followed(tmp_path):
    art = tmp_path / "in" / "c.txt"
    art.parent.mkdir()
    art.write_text("date 2024-02-06\nIn its first stage, which ran from Jan. 22 to March 4, "
                   "the two sides exchanged prisoners in Harbortown.", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    first = runner.invoke(app, ["run", str(art), "--db", str(db), "-p", "1", "--top", "0"])
    assert first.exit_code == 0, first.output
    assert "1 article contradicted" in first.stderr
    assert "dateline run --reanchor PATH --db NEW.duckdb" in first.stderr
    # following it on the same store re-annotates nothing, and says so
    again = runner.invoke(app, ["run", str(art), "--db", str(db), "-p", "1", "--top", "0",
                                "--reanchor"])
    assert "1 not re-dated" in again.stderr and "re-dated by --reanchor" not in again.stderr
    fresh = runner.invoke(app, ["run", str(art), "--db", str(tmp_path / "new.duckdb"), "-p",
                                "1", "--top", "0", "--reanchor"])
    assert fresh.exit_code == 0, fresh.output
    assert "1 of them re-dated by --reanchor" in fresh.stderr
    assert "re-date them" not in fresh.stderr and "not re-dated" not in fresh.stderr
    # which article, from which date to which: its relative dates now read against that day
    assert "↻ in/c.txt: stated 2024-02-06, re-dated 2024-03-0" in fresh.stderr


def test_a_redated_article_is_marked_redated_not_contradicted(tmp_path):
    art = tmp_path / "in" / "c.txt"
    art.parent.mkdir()
    art.write_text("date 2024-02-06\nIn its first stage, which ran from Jan. 22 to March 4, "
                   "the two sides exchanged prisoners in Harbortown, officials said.",
                   encoding="utf-8")
    wide = {"COLUMNS": "300"}
    for db, extra, mark in (("plain.duckdb", [], "⚠"), ("new.duckdb", ["--reanchor"], "↻")):
        ran = runner.invoke(app, ["run", str(art), "--db", str(tmp_path / db), "-p", "1",
                                  "--top", "0", *extra])
        assert ran.exit_code == 0, ran.output
        res = runner.invoke(app, ["timeline", "--db", str(tmp_path / db)], env=wide)
        assert res.exit_code == 0, res.output
        rows = [line for line in res.stdout.splitlines() if "exchanged" in line]
        assert rows and all(mark in r for r in rows), res.stdout
        other = "⚠" if mark == "↻" else "↻"
        assert not any(other in r for r in rows), res.stdout
        assert "↻ it did, and the article was re-dated" in res.stdout  # the legend says which
        said = runner.invoke(app, ["quotes", "--db", str(tmp_path / db)], env=wide)
        rows = [line for line in said.stdout.splitlines() if "officials" in line]
        assert rows and all(mark in r and other not in r for r in rows), said.stdout
        assert "↻ it did, and the article was re-dated" in said.stdout
        # JSON keeps date_verdict as stored and says whether (and from what) it was re-dated
        got = runner.invoke(app, ["timeline", "--db", str(tmp_path / db), "--format", "json"])
        srcs = [s for e in json.loads(got.stdout) for s in e["sources"]]
        assert srcs and {s["date_verdict"] for s in srcs} == {"contradicted"}
        assert {(s["redated"], s["stated_dct"]) for s in srcs} == {(mark == "↻", "2024-02-06")}
        assert {s["dct"] != "2024-02-06" for s in srcs} == {mark == "↻"}


def test_events_on_a_plain_text_file_says_once_what_it_expects(tmp_path):
    plain = tmp_path / "notes.txt"
    plain.write_text("Dockworkers in Harbortown walked out on Monday.\nThe port closed.\n",
                     encoding="utf-8")
    res = runner.invoke(app, ["events", str(plain)])
    assert res.exit_code == 2 and not res.stdout
    assert len(res.stderr.strip().splitlines()) == 1
    assert f"{plain} line 1: not JSON" in res.stderr and "JSON Lines" in res.stderr
    assert '{"text": ...}' in res.stderr


def test_events_keeps_one_line_out_per_line_in_when_some_lines_are_bad(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("not json\n" + json.dumps({"text": "Harbortown police arrested three "
                                                 "protesters."}) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["events", str(feed)])
    assert res.exit_code == 0, res.output
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["line"] for r in out] == [1, 2] and "error" in out[0] and "events" in out[1]
    assert f"{feed}: 1 of 2 lines could not be read" in res.stderr


def test_summary_sentences_name_their_article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.txt").write_text(
        "date 2024-03-06\nDockworkers in Harbortown walked out on Monday over pay. The strike "
        "closed the whole port of Harbortown on Monday.\n", encoding="utf-8")
    (folder / "gazette.txt").write_text(
        "date 2024-03-08\nHarbortown police cleared a picket line at the port gate on Wednesday, "
        "and twelve dockworkers were hurt.\n", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    assert runner.invoke(app, ["run", str(folder), "--db", str(db), "-q", "-p", "1"]).exit_code == 0
    base = ["timeline", "--db", str(db), "--summary", "--dates", "2"]
    res = runner.invoke(app, [*base, "--format", "json"])
    assert res.exit_code == 0, res.output
    days = json.loads(res.stdout)
    got = {s["source"] for day in days for s in day["sentences"]}
    assert got == {"in/wire.txt", "in/gazette.txt"}
    assert all(s["text"] and s["article_id"] and s["dct"] for d in days for s in d["sentences"])
    table = runner.invoke(app, base, env={"COLUMNS": "300"})
    assert "in/wire.txt, 2024-03-06" in table.stdout
    assert "in/gazette.txt, 2024-03-08" in table.stdout
    # the tilse-readable formats stay sentences only
    jsonl = runner.invoke(app, [*base, "--format", "jsonl"])
    assert all(isinstance(s, str) for line in jsonl.stdout.splitlines()
               for s in json.loads(line)[1])


@pytest.mark.parametrize("argv", [
    ["run", "{missing}", "--db", "{db}"],
    ["check-dates", "{missing}"],
    ["entity-timeline", "{missing}", "--entity", "Harbortown"],
    ["events", "{missing}"],
])
def test_a_mistyped_input_path_is_a_usage_error(tmp_path, argv):
    missing, db = tmp_path / "no_such_folder", tmp_path / "t.duckdb"
    res = runner.invoke(app, [a.format(missing=missing, db=db) for a in argv])
    assert res.exit_code == 2
    assert f"{missing}: no such file" in res.stderr and "Traceback" not in res.output
    assert not db.exists()  # no empty store left behind


def test_a_record_of_a_many_article_file_is_named_by_its_id(tmp_path):
    feed = tmp_path / "feed" / "articles.jsonl"
    feed.parent.mkdir()
    feed.write_text(
        json.dumps({"id": "571", "date": "2024-03-05",
                    "text": "Dockworkers in Harbortown ended their strike on Monday."}) + "\n"
        + json.dumps({"date": "2024-03-06",
                      "text": "Harbortown police arrested three protesters on Tuesday."}) + "\n",
        encoding="utf-8")
    db = tmp_path / "t.duckdb"
    assert runner.invoke(app, ["run", str(feed), "--db", str(db), "-q", "-p", "1"]).exit_code == 0
    res = runner.invoke(app, ["timeline", "--db", str(db)], env={"COLUMNS": "300"})
    assert res.exit_code == 0, res.output
    assert "feed/articles.jsonl #571" in res.stdout  # the given id
    rows = json.loads(runner.invoke(app, ["timeline", "--db", str(db), "--format",
                                          "json"]).stdout)
    no_id = {s["article_id"] for e in rows for s in e["sources"] if ":" not in s["article_id"]}
    assert no_id and all(f"feed/articles.jsonl #{a[:8]}" in res.stdout for a in no_id)


def test_every_listing_names_a_source_the_same_way():
    from dateline.cli._store import source_name as _source_name
    from dateline.cli.disagree import _who

    claim = {"path": "/data/topic/articles.jsonl", "article_id": "a1:0f3c", "source": None,
             "title": None}
    assert _who(claim) == _source_name(claim) == "topic/articles.jsonl #a1"
    assert _source_name({"path": "/data/topic/01.txt", "article_id": "0f3c"}) == "topic/01.txt"


def test_records_of_one_feed_sharing_an_outlet_are_told_apart():
    # a feed whose every record names the same outlet: the outlet alone names no article
    from dateline.cli._store import source_name as _source_name

    feed = {"path": "/data/wires.jsonl", "source": "Harbour Wire", "title": None}
    assert _source_name({**feed, "article_id": "w-3:0f3c"}) == "Harbour Wire #w-3"
    assert _source_name({**feed, "article_id": "9a8b7c6d5e4f3a2b"}) == "Harbour Wire #9a8b7c6d"
    one = {"path": "/data/port/01.txt", "source": "Harbour Wire", "article_id": "0f3c"}
    assert _source_name(one) == "Harbour Wire"  # a one-article file: the outlet is enough
    titled = {"path": "/data/wires.jsonl", "source": None, "title": "Cranes idle",
              "article_id": "w-4:1a2b"}
    assert _source_name(titled) == "Cranes idle #w-4"


def test_the_table_counts_articles_not_mentions():
    from rich.console import Console

    from dateline.cli.timeline import timeline_table

    two_of_one = [{"article_id": "a", "path": "x/a.txt"}, {"article_id": "a", "path": "x/a.txt"},
                  {"article_id": "b", "path": "x/b.txt"}]
    console = Console(width=300, record=True)
    console.print(timeline_table([{"date": "2024-02-06", "type": "PROTEST", "trigger": "strike",
                                    "sentence": "The strike went on.", "sources": two_of_one}]))
    assert "2: x/a.txt, x/b.txt" in console.export_text()


def test_a_row_of_many_feed_records_names_a_few_and_counts_all():
    from rich.console import Console

    from dateline.cli.timeline import timeline_table

    srcs = [{"article_id": f"w-{i}:0f3c", "path": "feed/wires.jsonl", "source": "Harbour Wire"}
            for i in range(7)]
    console = Console(width=400, record=True)
    console.print(timeline_table([{"date": "2024-02-06", "type": "PROTEST", "trigger": "strike",
                                    "sentence": "The strike went on.", "sources": srcs}]))
    shown = console.export_text()
    assert "7: Harbour Wire #w-0, Harbour Wire #w-1, Harbour Wire #w-2, Harbour Wire #w-3, " \
           "Harbour Wire #w-4, …" in shown
    assert "#w-5" not in shown


@pytest.mark.parametrize(("name", "value", "day"), [
    ("--since", "2025", "2025-01-01"), ("--since", "2025-03", "2025-03-01"),
    ("--until", "2025", "2025-12-31"), ("--until", "2025-02", "2025-02-28"),
    ("--until", "2024-02", "2024-02-29"), ("--until", "2025-12", "2025-12-31"),
    ("--until", "2025-03-05", "2025-03-05"),
])
def test_a_month_or_year_means_all_of_it(name, value, day):
    from dateline.cli._common import parse_date_option

    assert parse_date_option(value, name).isoformat() == day


def test_a_document_date_must_be_a_day():
    from dateline.cli._common import parse_date_option
    from dateline.errors import UsageError

    with pytest.raises(UsageError, match="--dct"):
        parse_date_option("2025", "--dct")  # was read as 2025-01-01 without a word


def test_until_a_month_keeps_that_month(sample_db):
    """The sample corpus happens in March 2025: '--until 2025-03' is all of it (it kept only
    what came before March 1), as '--until 2025-03-31' is."""
    def count(cmd, *extra):
        res = runner.invoke(app, [cmd, "--db", str(sample_db), "--format", "json", *extra])
        assert res.exit_code == 0, res.output
        return res.stdout

    for cmd in ("timeline", "quotes", "disagreements"):
        assert count(cmd, "--until", "2025-03") == count(cmd, "--until", "2025-03-31")
        assert count(cmd, "--until", "2025") == count(cmd, "--until", "2025-12-31")
    assert len(json.loads(count("timeline", "--until", "2025-03"))) > 10


def test_shared_options_have_one_help_text():
    import re

    helps: dict[str, set[str]] = {"--since": set(), "--until": set()}
    for cmd in ("timeline", "quotes", "disagreements", "report"):
        res = runner.invoke(app, [cmd, "--help"], env={"COLUMNS": "400"})
        for opt in helps:
            m = re.search(rf"{opt}\s+<str>\s+(.+?)\s*│", res.output)
            assert m, (cmd, opt)
            helps[opt].add(m.group(1))
    assert all(len(texts) == 1 for texts in helps.values()), helps


@pytest.mark.parametrize(("value", "shown"), [
    ("19", "1900s"), ("198", "1980s"), ("1989", "1989"), ("2025-03", "2025-03"),
    ("2014-08-01TMO", "2014-08-01 morning"), ("2014-08-01TNI", "2014-08-01 night"),
    ("2014-08-01T09:30", "2014-08-01 09:30"), ("2014-W31", "2014-W31"),
])
def test_a_century_decade_or_time_of_day_reads_as_one(value, shown):
    from dateline.cli.timeline import _when

    assert _when({"date": value, "dated_by": "text"}) == shown


@pytest.mark.parametrize(("command", "words"), [
    ("timeline", ["≈", "⚠", "↻", "TMO", "sentence_start"]),
    ("quotes", ["⚠", "(that)", "start, end"]),
    ("disagreements", ["denial", "event_clusters"]),
    ("check-dates", ["suspicious", "contradicted", "--reanchor", "redate_to"]),
    ("check-numbers", ["consistent", "unclear", "no reference", "⚠"]),
    ("serve", ["/api/timeline", "/api/article/ID"]),
    ("export", ["article_id", "event_clusters"]),
])
def test_help_says_what_the_marks_and_fields_mean(command, words):
    res = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert res.exit_code == 0
    text = " ".join(res.stdout.split())
    assert all(w in text for w in words), [w for w in words if w not in text]
