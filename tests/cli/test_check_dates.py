"""`dateline check-dates`: a verdict per article, bad input named and passed over."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()

# Told in the past tense, the truce 'ran until' a day after the stated date: contradicted.
LATE = ("date 2023-02-06\nThe truce, which ran from Jan. 9 to March 4, ended when talks "
        "collapsed on Tuesday, officials said.\n")
FINE = "date 2023-03-10\nThe truce ran from Jan. 9 to March 4, officials said on Tuesday.\n"


def test_check_dates_json_verdicts_and_bad_lines(tmp_path) -> None:
    (tmp_path / "late.txt").write_text(LATE, encoding="utf-8")
    (tmp_path / "fine.txt").write_text(FINE, encoding="utf-8")
    (tmp_path / "wires.jsonl").write_text('{"text": "cut\n', encoding="utf-8")
    res = runner.invoke(app, ["check-dates", str(tmp_path), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = {r["path"].rsplit("/", 1)[-1]: r for r in map(json.loads, res.stdout.splitlines())}
    assert rows["late.txt"]["verdict"] == "contradicted"
    assert rows["late.txt"]["earliest"] >= "2023-03-04"
    # the date run --reanchor would re-date it to: the Tuesday after the truce ended
    assert rows["late.txt"]["redate_to"] == "2023-03-07"
    assert rows["fine.txt"]["redate_to"] is None
    assert any("March 4" in e["text"] for e in rows["late.txt"]["evidence"])
    assert rows["fine.txt"]["verdict"] == "consistent"
    assert "wires.jsonl" not in rows and "wires.jsonl:1" in res.stderr


def test_check_dates_table(tmp_path) -> None:
    (tmp_path / "late.txt").write_text(LATE, encoding="utf-8")
    res = runner.invoke(app, ["check-dates", str(tmp_path)], env={"COLUMNS": "400"})
    assert res.exit_code == 0, res.output
    assert "contradicted -> 2023-03-07" in res.stdout and "from 2023-03-04" in res.stdout
    assert "what `dateline run --reanchor` re-dates it to" in res.stdout  # the legend


def test_check_dates_table_names_the_record_of_a_json_lines_file(tmp_path) -> None:
    feed = tmp_path / "wires.jsonl"
    feed.write_text(
        json.dumps({"id": "w-17", "date": "2023-03-10",
                    "text": "The truce ran from Jan. 9 to March 4, officials said on Tuesday."})
        + "\n" + json.dumps({"date": "2023-03-11", "text": "Talks resumed on Friday."}) + "\n",
        encoding="utf-8")
    one = tmp_path / "fine.txt"
    one.write_text(FINE, encoding="utf-8")
    res = runner.invoke(app, ["check-dates", str(feed), str(one)], env={"COLUMNS": "300"})
    assert res.exit_code == 0, res.output
    assert f"{feed} #w-17 " in res.stdout
    labels = [line.split("│")[1].strip() for line in res.stdout.splitlines() if "│" in line]
    assert len(labels) == 3 and len(set(labels)) == 3  # every row says which article
    assert str(one) in labels  # a one-article file is its name alone


def test_crossing_bounds_are_named_not_printed_backwards() -> None:
    from dateline.cli.analysis import _plausible

    assert _plausible("2024-03-01", "2024-04-30") == "2024-03-01 .. 2024-04-30"
    assert _plausible("2024-03-01", "2023-11-04") == (
        "conflicting: from 2024-03-01, until 2023-11-04")
    assert _plausible("2024-03-01", None) == "from 2024-03-01"


def test_the_same_evidence_twice_is_said_once() -> None:
    from dateline.cli.analysis import _evidence_cell

    late = {"text": "9 May", "start": 4, "end": 9, "reason": "told in the past tense"}
    other = {"text": "last week", "start": 30, "end": 39, "reason": "fits another date"}
    assert _evidence_cell([late, dict(late), other]) == (
        "'9 May': told in the past tense; 'last week': fits another date")


def _expected(path, doc_of) -> list[tuple[str, str | None, list[str]]]:
    from dateline.datecheck import check_and_estimate
    from dateline.ingest import iter_records

    out = []
    for art in iter_records([str(path)]):
        check, redate = check_and_estimate(art.text, art.dct, doc_of(art.text))
        out.append((check.verdict, redate.isoformat() if redate else None,
                    [e.reason for e in check.evidence]))
    return out


def test_spacy_reads_the_parse_and_the_default_the_word_heuristic(tmp_path, nlp) -> None:
    (tmp_path / "late.txt").write_text(LATE, encoding="utf-8")
    # the parse ties 'March 4' to the past 'collapsed'; the word window sees 'will resume'
    (tmp_path / "resume.txt").write_text(
        "date 2023-02-06\nTalks that collapsed on March 4 will resume, officials said.\n",
        encoding="utf-8")

    def rows(*opts: str) -> list[tuple[str, str | None, list[str]]]:
        res = runner.invoke(app, ["check-dates", str(tmp_path), "--format", "json", *opts])
        assert res.exit_code == 0, res.output
        return [(r["verdict"], r["redate_to"], [e["reason"] for e in r["evidence"]])
                for r in map(json.loads, res.stdout.splitlines())]

    # --spacy: the parse of the whole pipeline (its entity recognizer, skipped by the
    # check, changes nothing); default: no parse at all
    assert rows("--spacy") == _expected(tmp_path, nlp)
    assert rows() == _expected(tmp_path, lambda text: None)
    assert rows("--spacy") != rows()


def _stored(tmp_path, *run_args: str) -> tuple[str, str]:
    """A store `dateline run` made of LATE and FINE (the folder, the store)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "late.txt").write_text(LATE, encoding="utf-8")
    (corpus / "fine.txt").write_text(FINE, encoding="utf-8")
    db = tmp_path / "store.duckdb"
    made = runner.invoke(app, ["run", str(corpus), "--db", str(db), "-q", "-p", "1", *run_args])
    assert made.exit_code == 0, made.output
    return str(corpus), str(db)


def _by_file(stdout: str) -> dict[str, dict]:
    return {r["path"].rsplit("/", 1)[-1]: r for r in map(json.loads, stdout.splitlines())}


def test_check_dates_db_lists_the_stored_verdicts_as_the_file_mode_does(tmp_path) -> None:
    corpus, db = _stored(tmp_path)
    stored = runner.invoke(app, ["check-dates", "--db", db, "--format", "json"])
    assert stored.exit_code == 0, stored.output
    read = runner.invoke(app, ["check-dates", corpus, "--spacy", "--format", "json"])
    rows, again = _by_file(stored.stdout), _by_file(read.stdout)
    assert rows.keys() == {"late.txt", "fine.txt"}
    assert rows["late.txt"]["verdict"] == "contradicted"
    assert rows["late.txt"]["earliest"] >= "2023-03-04"
    assert any("March 4" in e["text"] for e in rows["late.txt"]["evidence"])
    # what run stored is what the file mode finds with the parse, the date a contradicted
    # article would be re-dated to included (stored with the verdict, though run did not
    # re-date it); a consistent one has none
    assert again["late.txt"]["redate_to"] == "2023-03-07" == rows["late.txt"]["redate_to"]
    assert rows["fine.txt"]["redate_to"] is None
    for name, row in rows.items():
        assert row == again[name]
    table = runner.invoke(app, ["check-dates", "--db", db], env={"COLUMNS": "400"})
    assert table.exit_code == 0 and "contradicted" in table.stdout
    assert "from 2023-03-04" in table.stdout and "late.txt" in table.stdout


def test_check_dates_db_gives_the_date_reanchor_re_dated_an_article_to(tmp_path) -> None:
    _, db = _stored(tmp_path, "--reanchor")
    rows = _by_file(runner.invoke(app, ["check-dates", "--db", db, "--format", "json"]).stdout)
    # the store keeps the new date as dct; the row gives the stated one, as a file's does
    assert rows["late.txt"]["dct"] == "2023-02-06"
    assert rows["late.txt"]["redate_to"] == "2023-03-07"
    assert rows["fine.txt"]["dct"] == "2023-03-10" and rows["fine.txt"]["redate_to"] is None
    table = runner.invoke(app, ["check-dates", "--db", db], env={"COLUMNS": "400"})
    assert "contradicted -> 2023-03-07" in table.stdout


def test_check_dates_takes_paths_or_a_store_not_both(tmp_path) -> None:
    (tmp_path / "fine.txt").write_text(FINE, encoding="utf-8")
    db = tmp_path / "none.duckdb"
    both = runner.invoke(app, ["check-dates", str(tmp_path / "fine.txt"), "--db", str(db)])
    assert both.exit_code == 2 and "it takes no PATH" in both.stderr
    spacy = runner.invoke(app, ["check-dates", "--db", str(db), "--spacy"])
    assert spacy.exit_code == 2 and "it takes no --spacy" in spacy.stderr
    neither = runner.invoke(app, ["check-dates"])
    assert neither.exit_code == 2
    assert "PATH... " in neither.stderr and "--db STORE" in neither.stderr
    missing = runner.invoke(app, ["check-dates", "--db", str(db)])
    assert missing.exit_code == 2 and "no such store" in missing.stderr
    assert not db.exists()


# Invented: one stranding told by three desks; the third file states a date a year late.
STRANDING = (
    "The grain carrier Lodestar Quay ran aground near Varensk Point, harbour master Odile "
    "Branco said, with 4,718 tonnes of barley aboard.",
    "Tugs failed again to free the Lodestar Quay from the shoal; Odile Branco said the "
    "4,718 tonnes of barley would be pumped into barges.",
    "Divers inspected the hull of the Lodestar Quay off Varensk Point while Odile Branco "
    "weighed how to move its 4,718 tonnes of barley.",
)


def test_check_dates_stories_names_the_witnesses_of_a_year_late_date(tmp_path) -> None:
    for name, day, text in zip(("a.txt", "b.txt", "late.txt"),
                               ("2021-03-02", "2021-03-04", "2022-03-03"), STRANDING,
                               strict=True):
        (tmp_path / name).write_text(f"date {day}\n{text}\n", encoding="utf-8")
    for name, text in (("x.txt", "A choir from Tallinsk toured the northern valleys."),
                       ("y.txt", "Orchard growers in Pellham reported an early bloom.")):
        (tmp_path / name).write_text(f"date 2021-03-05\n{text}\n", encoding="utf-8")
    res = runner.invoke(app, ["check-dates", str(tmp_path), "--stories", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = {r["path"].rsplit("/", 1)[-1]: r for r in map(json.loads, res.stdout.splitlines())}
    told = rows["late.txt"]["told_elsewhere"]
    assert told["around"] in ("2021-03-02", "2021-03-04")
    assert sorted(a["path"].rsplit("/", 1)[-1] for a in told["articles"]) == ["a.txt", "b.txt"]
    # two witnesses name the story's other time; folding that alone into the verdict takes
    # four, but these two tell much the same news within a week of the date a year before
    # the stated one and nothing in the text fits the stated date better (year_told)
    assert rows["late.txt"]["own_verdict"] == "consistent"
    assert rows["late.txt"]["verdict"] == "suspicious"
    assert "a year from it" in rows["late.txt"]["evidence"][-1]["reason"]
    assert all(rows[n]["told_elsewhere"] is None for n in ("a.txt", "b.txt", "x.txt"))
    assert "_text" not in rows["a.txt"]
    table = runner.invoke(app, ["check-dates", str(tmp_path), "--stories"],
                          env={"COLUMNS": "400"})
    assert "its story is told by 2 other article(s) dated around 2021-03-0" in table.stdout
    plain = runner.invoke(app, ["check-dates", str(tmp_path), "--format", "json"])
    assert "told_elsewhere" not in plain.stdout  # only when asked: it needs every article first


def test_check_dates_flags_a_text_naming_no_year_by_a_telling_weeks_from_a_year_off(
        tmp_path) -> None:
    # Invented: the checked file names nothing that tells the year (no weekday, no date),
    # and the one other telling of its story lies three weeks from the date a year before
    # the stated one: too far for the close and loose tiers, a finding of the mute tier
    # (stories.year_told, 'year_told_mute'). A note dated near the stated date naming the
    # warden leaves the telling one figure in common: no story, no finding.
    files = {
        "late.txt": ("2021-05-06", "Engineers opened two spillways at last, warden Korvath "
                                   "said, after 2,315 millimetres of rain."),
        "teller.txt": ("2020-05-27", "Warden Korvath said the dam held after 2,315 "
                                     "millimetres of rain fell in a week."),
        "x.txt": ("2020-05-20", "A choir from Tallinsk toured the northern valleys."),
        "y.txt": ("2019-02-11", "Orchard growers in Pellham reported an early bloom."),
    }
    for name, (day, text) in files.items():
        (tmp_path / name).write_text(f"date {day}\n{text}\n", encoding="utf-8")
    res = runner.invoke(app, ["check-dates", str(tmp_path), "--format", "json"])
    assert res.exit_code == 0, res.output
    late = _by_file(res.stdout)["late.txt"]
    assert not any(late["year_fit"] or ())  # no cue read: no ratio either way
    assert late["own_verdict"] == "consistent" and late["verdict"] == "suspicious"
    assert "a year from it" in late["evidence"][-1]["reason"]
    # a store (`dateline run`) weighs it the same
    db = tmp_path / "store.duckdb"
    made = runner.invoke(app, ["run", str(tmp_path), "--db", str(db), "-q", "-p", "1"])
    assert made.exit_code == 0, made.output
    stored = _by_file(runner.invoke(app, ["check-dates", "--db", str(db), "--format",
                                          "json"]).stdout)
    assert stored["late.txt"]["verdict"] == "suspicious"
    (tmp_path / "aside.txt").write_text("date 2021-05-02\nKorvath judged the county "
                                        "ploughing match.\n", encoding="utf-8")
    res = runner.invoke(app, ["check-dates", str(tmp_path), "--format", "json"])
    assert _by_file(res.stdout)["late.txt"]["verdict"] == "consistent"


def test_check_dates_over_many_files_weighs_a_weekday_hint_with_two_far_tellings(
        tmp_path) -> None:
    # The third file is dated a year late: its 'said on Wednesday' falls a day before its
    # Thursday then (wire copy's usual habit: a weak sign of a year earlier, never a
    # finding alone) and the two others tell the story a year earlier: together the date
    # is suspicious; the file alone is not.
    texts = (*STRANDING[:2], STRANDING[2].rstrip(".") + ", the harbour office said on "
             "Wednesday.")
    for name, day, text in zip(("a.txt", "b.txt", "late.txt"),
                               ("2021-03-02", "2021-03-04", "2022-03-03"), texts, strict=True):
        (tmp_path / name).write_text(f"date {day}\n{text}\n", encoding="utf-8")
    (tmp_path / "x.txt").write_text("date 2021-03-05\nA choir from Tallinsk toured the "
                                    "northern valleys.\n", encoding="utf-8")
    res = runner.invoke(app, ["check-dates", str(tmp_path), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = _by_file(res.stdout)
    late = rows["late.txt"]
    assert late["hint"] == "2021-03-03"
    assert late["own_verdict"] == "consistent" and late["verdict"] == "suspicious"
    assert "fit a writing date around 2021-03-03" in late["evidence"][-1]["reason"]
    assert rows["a.txt"]["verdict"] == "consistent" and rows["a.txt"]["hint"] is None
    alone = runner.invoke(app, ["check-dates", str(tmp_path / "late.txt"), "--format",
                                "json"])
    assert json.loads(alone.stdout)["verdict"] == "consistent"
    # a store keeps the hint with the verdict (articles.date_hint) and weighs it the same
    db = tmp_path / "store.duckdb"
    made = runner.invoke(app, ["run", str(tmp_path), "--db", str(db), "-q", "-p", "1"])
    assert made.exit_code == 0, made.output
    stored = _by_file(runner.invoke(app, ["check-dates", "--db", str(db), "--format",
                                          "json"]).stdout)
    assert stored["late.txt"]["hint"] == "2021-03-03"
    # and the check's own fit a year before and after (articles.date_fit_year_*)
    assert late["year_fit"] is not None and late["year_fit"][0] > 0  # a year before
    # (the run's, read with the parse's tables: another ratio, the same lean)
    kept_fit = stored["late.txt"]["year_fit"]
    assert kept_fit is not None and kept_fit[0] > 0 > kept_fit[1]
    assert stored["late.txt"]["verdict"] == "suspicious"
    assert "fit a writing date around 2021-03-03, and its story is told by" in (
        stored["late.txt"]["evidence"][-1]["reason"])
    # ... keeps the weighed verdict (date_stories.verdict), and the timeline marks it ⇄
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    kept = dict(con.execute("SELECT a.path, d.verdict FROM date_stories d "
                            "JOIN articles a ON a.id = d.article_id").fetchall())
    con.close()
    assert {p.rsplit("/", 1)[-1]: v for p, v in kept.items()} == {
        "a.txt": "consistent", "b.txt": "consistent", "late.txt": "suspicious",
        "x.txt": "consistent"}
    table = runner.invoke(app, ["timeline", "--db", str(db)], env={"COLUMNS": "400"})
    marked = [line for line in table.stdout.splitlines() if "late.txt" in line]
    assert marked and all("⇄" in line for line in marked)
    # Dated a year early instead, the Wednesday falls a day after its Tuesday: suspicious
    # alone, for a day's slip or a year's shift, which the weekday cannot tell apart.
    early = tmp_path / "alone" / "early.txt"
    early.parent.mkdir()
    early.write_text(f"date 2020-03-03\n{texts[2]}\n", encoding="utf-8")
    own = json.loads(runner.invoke(app, ["check-dates", str(early), "--format",
                                         "json"]).stdout)
    assert own["verdict"] == "suspicious" and own["earliest"] == "2020-03-04"
    assert "a day's slip, or a year's shift" in own["evidence"][-1]["reason"]


def test_check_dates_db_stories_weighs_the_stored_articles_as_the_file_mode_does(
        tmp_path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, day, text in zip(("a.txt", "b.txt", "late.txt"),
                               ("2021-03-02", "2021-03-04", "2022-03-03"), STRANDING,
                               strict=True):
        (corpus / name).write_text(f"date {day}\n{text}\n", encoding="utf-8")
    (corpus / "x.txt").write_text("date 2021-03-05\nA choir from Tallinsk toured the "
                                  "northern valleys.\n", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    made = runner.invoke(app, ["run", str(corpus), "--db", str(db), "-q", "-p", "1"])
    assert made.exit_code == 0, made.output
    stored = runner.invoke(app, ["check-dates", "--db", str(db), "--stories", "--format",
                                 "json"])
    assert stored.exit_code == 0, stored.output
    read = runner.invoke(app, ["check-dates", str(corpus), "--stories", "--format", "json"])
    rows, again = _by_file(stored.stdout), _by_file(read.stdout)
    told = rows["late.txt"]["told_elsewhere"]
    assert told is not None and told == again["late.txt"]["told_elsewhere"]
    assert rows["a.txt"]["told_elsewhere"] is None and "_text" not in rows["a.txt"]


# Invented: a ferry strike at a made-up port told by four desks in one week, the fifth
# file's date a year late, among notes enough that names five files share are rare.
STRIKE = (
    ("d1.txt", "2015-04-08", "Crews of the Meldrith Line stopped the Oskarvik ferries after "
                             "talks with manager Tove Lindqvar failed over 2,916 jobs."),
    ("d2.txt", "2015-04-09", "Tove Lindqvar said the Meldrith Line would keep 2,916 jobs as "
                             "the Oskarvik ferries stayed idle for a second day."),
    ("d3.txt", "2015-04-10", "Passengers queued at Oskarvik while the Meldrith Line strike "
                             "over 2,916 jobs went on, Tove Lindqvar said."),
    ("d4.txt", "2015-04-11", "Unions at the Meldrith Line agreed to meet Tove Lindqvar again "
                             "on the 2,916 jobs at the Oskarvik terminal."),
    ("late.txt", "2016-04-09", "Tove Lindqvar offered to save 2,916 jobs, and the Meldrith "
                               "Line ferries sailed from Oskarvik again."),
)


def _strike(folder, notes: int = 300) -> None:
    folder.mkdir(exist_ok=True)
    for name, day, text in STRIKE:
        (folder / name).write_text(f"date {day}\n{text}\n", encoding="utf-8")
    for i in range(notes):
        (folder / f"note{i}.txt").write_text(
            f"date 2015-0{1 + i % 9}-1{i % 10}\nThe Brackwater{i} choir sang in Elmsgrove{i} "
            "hall.\n", encoding="utf-8")


def test_check_dates_over_many_files_folds_four_far_tellings_into_the_verdict(
        tmp_path) -> None:
    _strike(tmp_path / "c")
    res = runner.invoke(app, ["check-dates", str(tmp_path / "c"), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = _by_file(res.stdout)
    late = rows["late.txt"]
    assert late["own_verdict"] == "consistent" and late["verdict"] == "suspicious"
    assert "its story is told by 4 other article(s) dated around 2015-04-" in (
        late["evidence"][-1]["reason"])
    assert all(rows[n]["verdict"] == "consistent" for n in ("d1.txt", "d4.txt", "note3.txt"))
    # one file alone: only its own text speaks
    alone = runner.invoke(app, ["check-dates", str(tmp_path / "c" / "late.txt"), "--format",
                                "json"])
    assert json.loads(alone.stdout)["verdict"] == "consistent"


def test_run_stores_the_corpus_check_and_the_timeline_marks_it(tmp_path) -> None:
    _strike(tmp_path / "c")
    db = tmp_path / "s.duckdb"
    made = runner.invoke(app, ["run", str(tmp_path / "c"), "--db", str(db), "-p", "1",
                               "--no-merge"], env={"COLUMNS": "400"})
    assert made.exit_code == 0, made.output
    assert "stories 1 article whose story the store's other articles tell" in made.stderr
    table = runner.invoke(app, ["timeline", "--db", str(db)], env={"COLUMNS": "400"})
    late = [line for line in table.stdout.splitlines() if "late.txt" in line]
    assert late and all("⇄" in line for line in late)
    assert not any("⇄" in line for line in table.stdout.splitlines() if "d1.txt" in line)
    stored = _by_file(runner.invoke(app, ["check-dates", "--db", str(db), "--format",
                                          "json"]).stdout)
    assert stored["late.txt"]["verdict"] == "suspicious"
    file_mode = _by_file(runner.invoke(app, ["check-dates", str(tmp_path / "c"), "--format",
                                             "json"]).stdout)
    assert stored["late.txt"]["own_verdict"] == "consistent"
    # the kept finding in the file mode's words (its witnesses in the store's order)
    why, again = (rows["late.txt"]["evidence"][-1]["reason"] for rows in (stored, file_mode))
    assert why.startswith("its story is told by 4 other article(s) dated around 2015-04-")
    assert why.split(" (")[0] == again.split(" (")[0] and why.endswith("2016-04-09")
    # check-dates --db reads the weighed verdicts the run kept (the timeline's), not its own
    # weighing: a kept verdict changed by hand is what it shows
    import duckdb

    con = duckdb.connect(str(db))
    con.execute("UPDATE date_stories SET verdict = 'suspicious' WHERE article_id = "
                "(SELECT id FROM articles WHERE path LIKE '%d1.txt')")
    con.close()
    kept = _by_file(runner.invoke(app, ["check-dates", "--db", str(db), "--format",
                                        "json"]).stdout)
    assert (kept["d1.txt"]["own_verdict"], kept["d1.txt"]["verdict"]) == (
        "consistent", "suspicious")
    # an article stored without the check (run --no-stories): the store's weighing is not
    # whole, so every article is weighed afresh, as over files
    more = tmp_path / "more"
    more.mkdir()
    (more / "y.txt").write_text("date 2015-06-01\nThe Harrowgate band played at dusk.\n",
                                encoding="utf-8")
    added = runner.invoke(app, ["run", str(more), "--db", str(db), "-p", "1", "--no-merge",
                                "--no-stories"])
    assert added.exit_code == 0, added.output
    afresh = _by_file(runner.invoke(app, ["check-dates", "--db", str(db), "--format",
                                          "json"]).stdout)
    assert afresh["d1.txt"]["verdict"] == "consistent"
    assert afresh["late.txt"]["verdict"] == "suspicious" and afresh["y.txt"]["verdict"]
