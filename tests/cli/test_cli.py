"""The CLI end to end: exit codes, one-line errors, data on stdout, idempotent runs."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time

import pytest
from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()


@pytest.fixture()
def corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text(
        "date 2024-03-05\nThe port authority said on Monday that workers had ended the strike. "
        "Officials in Harbortown reported 40 ships waiting.",
        encoding="utf-8",
    )
    (d / "b.txt").write_text(
        "date 2024-03-06\nDockworkers in Harbortown ended their strike on Monday, the union said.",
        encoding="utf-8",
    )
    (d / "bad.jsonl").write_text(
        '{"id": "x", "text": "fine text", "date": "2024-02-30"}\n{broken\n'
    )
    return d


def test_help_lists_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for cmd in ("run", "annotate", "timeline", "merge", "rejects", "export"):
        assert cmd in result.output


def test_each_command_sums_itself_up_in_one_line():
    """`dateline --help` shows each docstring's first paragraph: a sentence broken over two
    docstring lines shows cut in the middle ('a cut text, bytes')."""
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        first = (command.help or "").split("\n\n")[0].strip()
        assert first and "\n" not in first and first.endswith("."), (name, first)


def test_python_dash_m_works():
    proc = subprocess.run(
        [sys.executable, "-m", "dateline", "--help"], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0 and "timeline" in proc.stdout


def test_annotate_json_contract(tmp_path):
    f = tmp_path / "one.txt"
    f.write_text("date 2024-02-06\nThe talks began on Monday in Cairo.", encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(f)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["document"]["dct"] == "2024-02-06"
    assert doc["document"]["dct_source"] == "header"
    for key in ("sentences", "timexes", "entities", "events", "quotes", "quantities"):
        assert isinstance(doc[key], list)
    text = "The talks began on Monday in Cairo."
    for s in doc["sentences"]:
        assert text[s["start"] : s["end"]] == s["text"]


def test_bad_dct_is_a_usage_error(tmp_path):
    f = tmp_path / "one.txt"
    f.write_text("Some text.", encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(f), "--dct", "2024-13-45"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "2024-13-45" in result.output


def test_missing_store_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["timeline", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no such store" in result.output


def test_run_twice_adds_nothing_and_lists_rejects(corpus, tmp_path):
    db = tmp_path / "t.duckdb"
    first = runner.invoke(app, ["run", str(corpus), "--db", str(db), "-p", "1"])
    assert first.exit_code == 0, first.output
    stats1 = json.loads(runner.invoke(app, ["stats", "--db", str(db)]).stdout)
    assert stats1["articles"] == 3
    second = runner.invoke(app, ["run", str(corpus), "--db", str(db), "-p", "1"])
    assert second.exit_code == 0, second.output
    stats2 = json.loads(runner.invoke(app, ["stats", "--db", str(db)]).stdout)
    assert stats2 == stats1
    assert stats1["merge_up_to_date"] and 0 < stats1["merged_events"] <= stats1["events"]
    rej = runner.invoke(app, ["rejects", "--db", str(db), "--format", "json"])
    rows = [json.loads(line) for line in rej.stdout.splitlines()]
    reasons = " ".join(r["reason"] for r in rows)
    assert any(r["line"] == 2 for r in rows)  # the broken JSON line, named by line
    assert "2024-02-30" in reasons  # impossible date kept as a warning, article kept


def test_timeline_formats(corpus, tmp_path):
    db = tmp_path / "t.duckdb"
    assert runner.invoke(app, ["run", str(corpus), "--db", str(db), "-q", "-p", "1"]).exit_code == 0
    js = runner.invoke(app, ["timeline", "--db", str(db), "--format", "json"])
    assert js.exit_code == 0
    entries = json.loads(js.stdout)
    assert isinstance(entries, list)
    csv = runner.invoke(app, ["timeline", "--db", str(db), "--format", "csv"])
    assert csv.exit_code == 0 and csv.stdout.splitlines()[0].startswith("date")
    bad = runner.invoke(app, ["timeline", "--db", str(db), "--since", "yesterday"])
    assert bad.exit_code == 2
    merged = runner.invoke(app, ["timeline", "--db", str(db), "--format", "json", "--merged"])
    assert merged.exit_code == 0, merged.output
    got = json.loads(merged.stdout)
    # every dated mention of the plain view is on one merged entry, and none on two
    ids = [(s["article_id"], s["event_id"]) for e in got for s in e["sources"]]
    assert len(ids) == len(set(ids))
    assert {(s["article_id"], s["event_id"]) for e in entries for s in e["sources"]} <= set(ids)
    assert len(got) <= len(entries)


def test_merge_command_updates_what_no_merge_left(corpus, tmp_path):
    db = tmp_path / "t.duckdb"
    run = runner.invoke(app, ["run", str(corpus), "--db", str(db), "-p", "1", "--no-merge"])
    assert run.exit_code == 0 and "merged" not in run.stderr
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db)]).stdout)
    assert not stats["merge_up_to_date"] and stats["merged_events"] == 0
    stale = runner.invoke(app, ["timeline", "--db", str(db)])
    assert stale.exit_code == 0 and "dateline merge" in stale.stderr
    # JSON and CSV readers are told too, and whether this answer was merged
    cheap = runner.invoke(app, ["timeline", "--db", str(db), "--format", "json"])
    assert "merged for this answer" in cheap.stderr
    assert all(e["event_id"] for e in json.loads(cheap.stdout))
    from dateline.store import core

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(core, "MERGED_TIMELINE_PAIRS", 0)
        costly = runner.invoke(app, ["timeline", "--db", str(db), "--format", "csv"])
    assert "too many to merge here" in costly.stderr and "event_id null" in costly.stderr
    assert costly.exit_code == 0 and costly.stdout.startswith("date,")
    done = runner.invoke(app, ["merge", "--db", str(db)])
    assert done.exit_code == 0, done.output
    assert f"{stats['events']} new event mentions" in done.stderr
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db)]).stdout)
    assert stats["merge_up_to_date"] and stats["merged_events"] > 0
    again = runner.invoke(app, ["merge", "--db", str(db)])
    assert "merged 0 new event mentions" in again.stderr
    assert "dateline merge" not in runner.invoke(app, ["timeline", "--db", str(db)]).stderr
    assert runner.invoke(app, ["merge", "--db", str(tmp_path / "none.duckdb")]).exit_code == 2


def test_run_leaves_a_store_over_the_mention_budget_unmerged(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_MERGE_MAX_MENTIONS", "1")
    db = tmp_path / "t.duckdb"
    run = runner.invoke(app, ["run", str(corpus), "--db", str(db), "-p", "1", "--top", "0"])
    assert run.exit_code == 0, run.output
    assert "not merged" in run.stderr and "dateline merge" in run.stderr
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db)]).stdout)
    assert stats["events"] > 1 and not stats["merge_up_to_date"]
    monkeypatch.setenv("DATELINE_MERGE_MAX_MENTIONS", "1000")
    monkeypatch.setenv("DATELINE_MERGE_MAX_PAIRS", "0")  # a day of alike mentions: too costly
    db = tmp_path / "p.duckdb"
    run = runner.invoke(app, ["run", str(corpus), "--db", str(db), "-p", "1", "--top", "0"])
    assert "not merged" in run.stderr and "DATELINE_MERGE_MAX_PAIRS" in run.stderr
    monkeypatch.setenv("DATELINE_MERGE_MAX_PAIRS", "1000")
    run = runner.invoke(app, ["run", str(corpus), "--db", str(db), "-p", "1", "--top", "0"])
    assert "not merged" not in run.stderr and "merged" in run.stderr


def test_locked_store_names_the_holder(tmp_path):
    db = tmp_path / "locked.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import duckdb, sys, time
                con = duckdb.connect({str(db)!r})
                con.execute("create table t(x int)")
                print("ready", flush=True)
                time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        proc = subprocess.run(
            [sys.executable, "-m", "dateline", "stats", "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 1
        assert "Traceback" not in proc.stderr
        assert str(holder.pid) in proc.stderr
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)


def test_timeline_summary_formats(corpus, tmp_path):
    db = tmp_path / "t.duckdb"
    assert runner.invoke(app, ["run", str(corpus), "--db", str(db), "-q", "-p", "1"]).exit_code == 0
    js = runner.invoke(
        app, ["timeline", "--db", str(db), "--summary", "--dates", "2", "--format", "jsonl"]
    )
    assert js.exit_code == 0, js.output
    lines = [json.loads(x) for x in js.stdout.splitlines()]
    assert 1 <= len(lines) <= 2
    for day, sents in lines:
        assert len(day) == 10 and sents and all(isinstance(s, str) for s in sents)
    # what bench/eval_t17.py --stores scores: the summarizer over the store's rows, the
    # query's words as its terms
    import duckdb

    from dateline.tls import summarize_rows, to_jsonl
    from dateline.tls.store_rows import rows_from_store

    con = duckdb.connect(str(db), read_only=True)
    rows = list(rows_from_store(con))
    con.close()
    assert js.stdout == to_jsonl(summarize_rows(rows, 2, 1))
    asked = runner.invoke(app, ["timeline", "--db", str(db), "--summary", "--dates", "2",
                                "--query", "strike Harbortown", "--format", "jsonl"])
    assert asked.exit_code == 0, asked.output
    assert asked.stdout == to_jsonl(summarize_rows(rows, 2, 1, ["strike", "Harbortown"]))
    tilse = runner.invoke(app, ["timeline", "--db", str(db), "--summary", "--format", "tilse"])
    assert tilse.exit_code == 0 and "--------------------------------" in tilse.stdout
    # --since picks the key dates inside the window, not the story's best (Monday 03-04)
    # and then drops them all
    later = runner.invoke(app, ["timeline", "--db", str(db), "--summary", "--dates", "1",
                                "--since", "2024-03-05", "--format", "json"])
    assert later.exit_code == 0, later.output
    days = [d["date"] for d in json.loads(later.stdout)]
    assert len(days) == 1 and days[0] >= "2024-03-05"
    bad = runner.invoke(app, ["timeline", "--db", str(db), "--format", "tilse"])
    assert bad.exit_code == 2


def test_run_with_dask_engine_matches_local(corpus, tmp_path):
    local, dask = tmp_path / "l.duckdb", tmp_path / "d.duckdb"
    assert (
        runner.invoke(app, ["run", str(corpus), "--db", str(local), "-q", "-p", "1"]).exit_code == 0
    )
    res = runner.invoke(
        app, ["run", str(corpus), "--db", str(dask), "-q", "--engine", "dask", "--workers", "1"]
    )
    assert res.exit_code == 0, res.output
    s_local = json.loads(runner.invoke(app, ["stats", "--db", str(local)]).stdout)
    s_dask = json.loads(runner.invoke(app, ["stats", "--db", str(dask)]).stdout)
    assert s_dask == s_local
    bad = runner.invoke(app, ["run", str(corpus), "--db", str(dask), "--engine", "spark"])
    assert bad.exit_code == 2


def test_every_export_format_round_trips(corpus, tmp_path):
    import pyarrow.parquet as pq

    from dateline.timex.timeml import read_tml

    db = tmp_path / "t.duckdb"
    assert runner.invoke(app, ["run", str(corpus), "--db", str(db), "-q", "-p", "1"]).exit_code == 0
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db)]).stdout)
    for fmt in ("jsonl", "parquet", "csv", "timeml", "timelinejs", "tilse"):
        out = tmp_path / fmt
        res = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
        assert res.exit_code == 0, (fmt, res.output)
    lines = (tmp_path / "jsonl" / "articles.jsonl").read_text().splitlines()
    assert len(lines) == stats["articles"]
    assert pq.read_table(tmp_path / "parquet" / "events.parquet").num_rows == stats["events"]
    # the kept merge: every event mention with its canonical event's id, as disagreements give it
    clusters = pq.read_table(tmp_path / "parquet" / "event_clusters.parquet").to_pylist()
    assert len(clusters) == stats["events"]
    assert len({c["canonical_id"] for c in clusters}) == stats["merged_events"]
    from dateline.merge.store import store_events
    from dateline.store import Store

    with Store(db, read_only=True) as st:
        ids = {(m.article_id, m.event_id): ev.id for ev in store_events(st) for m in ev.mentions}
    assert {(c["article_id"], c["event_id"]): c["canonical_id"] for c in clusters} == ids
    jl = (tmp_path / "jsonl" / "event_clusters.jsonl").read_text().splitlines()
    assert len(jl) == stats["events"]
    assert (tmp_path / "csv" / "articles.csv").read_text().count("\n") >= stats["articles"]
    tmls = sorted((tmp_path / "timeml").glob("*.tml"))
    assert len(tmls) == stats["articles"]
    with Store(db, read_only=True) as st:
        texts = {a.article.text for a in st.annotations()}
    for tml in tmls:
        assert read_tml(tml).text in texts  # the article text survives the TimeML round trip
    tjs = json.loads((tmp_path / "timelinejs" / "timeline.json").read_text())
    assert tjs["events"] and all("start_date" in e for e in tjs["events"])
    tilse = (tmp_path / "tilse" / "timeline.txt").read_text().splitlines()
    assert tilse[0][:4].isdigit() and "-" * 32 in tilse
    assert texts
    bad = runner.invoke(app, ["export", "--db", str(db), "--format", "xml", "--out", str(tmp_path)])
    assert bad.exit_code == 2


def test_timeline_plot_and_report(corpus, tmp_path):
    pytest.importorskip("matplotlib", reason="matplotlib (the plot extra) is not installed")
    db = tmp_path / "t.duckdb"
    assert runner.invoke(app, ["run", str(corpus), "--db", str(db), "-q", "-p", "1"]).exit_code == 0
    png = tmp_path / "events.png"
    res = runner.invoke(app, ["timeline", "--db", str(db), "--plot", str(png), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    html = tmp_path / "t.html"
    res = runner.invoke(app, ["report", "--db", str(db), "--out", str(html)])
    assert res.exit_code == 0, res.output
    page = html.read_text(encoding="utf-8")
    assert "<script" in page  # scripts inline ...
    assert 'src="http' not in page and 'stylesheet" href="http' not in page  # ... nothing fetched


def test_timeline_table_says_how_sources_tell_each_event():
    """A plan, a claim, a denial or a condition is marked next to its type, and a long
    sentence is cut around the trigger, not after its opening words."""
    from rich.console import Console

    from dateline.cli.timeline import timeline_table

    long = ("The dockworkers' federation at Karsholm had warned it would walk out of the "
            "mediation after months of dispute over pay, shifts, pensions and many other "
            "quarrels if the operator pressed on with layoffs instead of restarting the "
            "offensive in court.")
    entries = [
        {"date": "2024-02-06", "type": "ASSAULT", "trigger": "offensive", "sentence": long,
         "modality": "reported", "hedged": True, "negated": False, "sources": []},
        {"date": "2024-02-07", "type": "AGREE", "trigger": "agreed", "modality": "asserted",
         "sentence": "Both sides agreed to a truce.", "hedged": False, "negated": True,
         "sources": []},
    ]
    console = Console(width=300, record=True)
    console.print(timeline_table(entries))
    text = console.export_text()
    assert "ASSAULT (said, uncertain)" in text and "AGREE (not)" in text
    assert "restarting the offensive in court." in text and "…" in text
    assert "The dockworkers'" not in text


def test_run_says_when_stated_dates_are_contradicted(corpus, tmp_path):
    db = tmp_path / "t.duckdb"
    first = runner.invoke(app, ["run", str(corpus), "--db", str(db), "-p", "1", "--top", "0"])
    assert first.exit_code == 0 and "contradicted" not in first.output
    (corpus / "c.txt").write_text(
        "date 2024-02-06\nIn its first stage, which ran from Jan. 22 to March 4, the two "
        "sides exchanged prisoners in Harbortown.", encoding="utf-8")
    second = runner.invoke(app, ["run", str(corpus), "--db", str(db), "-p", "1", "--top", "0"])
    assert second.exit_code == 0, second.output
    assert "1 article contradicted" in second.output and "--reanchor" in second.output


def test_an_event_since_a_year_shows_its_span_to_the_article_date(tmp_path):
    """'have shelled the hills since 2009' holds from 2009 to the article's date: stored as
    that span, listed at its start with both ends; a year of its own stays a year."""
    art = tmp_path / "in" / "s.txt"
    art.parent.mkdir()
    art.write_text("date 2012-05-04\nGovernment troops have shelled the hills near Dunmore "
                   "since 2009. Rebels attacked the barracks in 2008.", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    assert runner.invoke(app, ["run", str(art), "--db", str(db), "-q", "-p", "1"]).exit_code == 0
    js = runner.invoke(app, ["timeline", "--db", str(db), "--format", "json"])
    got = {e["trigger"]: (e["date"], e["date_start"], e["date_end"]) for e in json.loads(js.stdout)}
    assert got["shelled"] == ("2009", "2009-01-01", "2012-05-04")
    assert got["attacked"] == ("2008", "2008-01-01", "2008-12-31")
    table = runner.invoke(app, ["timeline", "--db", str(db)], env={"COLUMNS": "300"}).stdout
    rows = {r.split("│")[1].strip() for r in table.splitlines() if "│" in r}
    assert "2009 – 2012-05-04" in rows and "2008" in rows, table


def test_timeline_table_shows_a_screen_and_says_how_to_see_the_rest(corpus, tmp_path, monkeypatch):
    import dateline.cli.timeline as timeline_cli

    (corpus / "c.txt").write_text(
        "date 2024-03-09\nRiot police cleared the picket line in Harbortown on Friday. "
        "The union accused the port of hiring replacement workers on Thursday.",
        encoding="utf-8",
    )
    db = tmp_path / "t.duckdb"
    assert runner.invoke(app, ["run", str(corpus), "--db", str(db), "-q", "-p", "1"]).exit_code == 0
    every = json.loads(runner.invoke(app, ["timeline", "--db", str(db), "--format", "json"]).stdout)
    assert len(every) >= 2
    monkeypatch.setattr(timeline_cli, "TABLE_ROWS", 1)
    res = runner.invoke(app, ["timeline", "--db", str(db)], terminal_width=200)
    assert res.exit_code == 0 and f"the first 1 of {len(every)} entries" in res.stderr
    res = runner.invoke(app, ["timeline", "--db", str(db), "--limit", "2"], terminal_width=200)
    assert "the first" not in res.stderr  # an asked-for limit is no cut
    js = runner.invoke(app, ["timeline", "--db", str(db), "--format", "json"])
    assert len(json.loads(js.stdout)) == len(every)  # JSON is never cut


def test_run_names_a_copy_of_an_article_under_another_name(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    text = "date 2024-03-05\nThe ferry company cancelled all crossings on Monday, a spokesman said."
    (d / "one.txt").write_text(text, encoding="utf-8")
    (d / "two.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    res = runner.invoke(app, ["run", str(d), "--db", str(db), "-p", "1", "--top", "0"])
    assert res.exit_code == 0, res.output
    assert "already present 1" in res.output and "warnings 1" in res.output
    assert "see them with: dateline rejects" in res.output  # a warning alone is pointed to
    out = runner.invoke(app, ["rejects", "--db", str(db), "--format", "json"])
    (rec,) = [json.loads(x) for x in out.stdout.splitlines()]
    assert rec["path"].endswith("two.txt") and rec["kind"] == "warning"
    assert "one.txt" in rec["reason"] and "stored once" in rec["reason"]


def test_merge_and_timeline_leave_spacy_unimported(corpus, tmp_path):
    """Merging and reading stored records parse nothing: importing spaCy (about a second of
    CPU) is for the commands that parse, so `dateline merge` and `dateline timeline` of a
    stored corpus run without it."""
    db = tmp_path / "s.duckdb"
    made = runner.invoke(app, ["run", str(corpus), "--db", str(db), "-q", "-p", "1",
                               "--no-merge"])
    assert made.exit_code == 0, made.output
    code = textwrap.dedent(f"""
        import json, sys
        from dateline.cli import app
        for args in (["merge", "--db", {str(db)!r}], ["timeline", "--db", {str(db)!r},
                                                      "--format", "json"]):
            try:
                app(args)
            except SystemExit as exc:
                assert not exc.code, (args, exc.code)
        print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc"))))
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "merged" in proc.stderr
    *timeline, loaded = proc.stdout.splitlines()
    entries = json.loads("\n".join(timeline))
    assert entries and all(e["type"] for e in entries)
    assert json.loads(loaded) == []
