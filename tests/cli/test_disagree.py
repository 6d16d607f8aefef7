"""``dateline disagreements``: table and JSON lines, filters, errors; on made-up records
and on the sample corpus (the Gate 4 clash: "at least 40" injured against "about 35")."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from dateline.cli.disagree import register

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))  # report.corpus, the made-up records

from report.corpus import make_store  # noqa: E402

runner = CliRunner()


def _app() -> typer.Typer:
    app = typer.Typer(pretty_exceptions_enable=False)

    @app.callback()
    def main() -> None:
        """A group, so the command keeps its name (as under ``dateline``)."""

    register(app)
    return app


APP = _app()


def invoke(*args: str):
    return runner.invoke(APP, ["disagreements", *args], terminal_width=200)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return make_store(tmp_path_factory.mktemp("disagree") / "corpus.duckdb")


def _lines(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_json_lines_name_every_claim_with_its_source(store):
    result = invoke("--db", str(store), "--format", "json")
    assert result.exit_code == 0, result.output
    (d,) = _lines(result)
    assert d["kind"] == "denial" and d["type"] == "ACCUSE" and d["date"] == "2024-01-15"
    assert [(c["value"], c["source"], c["dct"], c["sentence"]) for c in d["claims"]] == [
        ("asserted", "Wire One", "2024-01-17", "Monday Acme Corp sued Globex over the patent."),
        ("denied", "Blog Three", "2024-01-18",
         "Monday Acme Corp did not sue Globex, a spokesman said."),
    ]


def test_table_shows_both_sides(store):
    result = invoke("--db", str(store))
    assert result.exit_code == 0, result.output
    out = result.stdout
    for text in ("denial", "asserted", "denied", "Wire One", "Blog Three", "2024-01-18"):
        assert text in out
    assert out.index("asserted") < out.index("denied")


@pytest.mark.parametrize("args, found", [
    (("--entity", "Globex"), 1),
    (("--entity", "Initech"), 0),
    (("--since", "2024-01-16"), 0),
    (("--since", "2024-01", "--until", "2024-01-15"), 1),
    (("--query", "patent"), 1),
    (("--query", "merger"), 0),
    (("--limit", "0"), 0),
    (("--limit", "5"), 1),
])
def test_filters(store, args, found):
    result = invoke("--db", str(store), "--format", "json", *args)
    assert result.exit_code == 0, result.output
    assert len(_lines(result)) == found


def test_errors_are_one_line_usage_errors(store, tmp_path):
    result = invoke("--db", str(store), "--since", "someday")
    assert result.exit_code == 2 and "not a date" in result.output
    assert "Traceback" not in result.output
    result = invoke("--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 2 and "no such store" in result.output
    assert invoke("--db", str(store), "--format", "xml").exit_code == 2


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory) -> Path:
    from dateline.cli import app

    corpus = ROOT / "examples"
    if not corpus.is_dir():
        pytest.skip("examples/ absent")
    db = tmp_path_factory.mktemp("sample") / "ex.duckdb"
    result = runner.invoke(app, ["run", str(corpus), "--db", str(db), "-q", "-p", "1"])
    assert result.exit_code == 0, result.output
    return db


def test_sample_corpus_reports_the_gate_4_injury_figures(sample_store):
    result = invoke("--db", str(sample_store), "--format", "json", "--since", "2025-03-05",
                    "--until", "2025-03-05")
    assert result.exit_code == 0, result.output
    """The union's 'at least 40' injured against the wire's 'about 35', both told of the
    clash day. The hospital's 38 is told the next day in the past perfect and dated only by
    its article, and a figure of another day is an update, not a rival (numbers._same_time);
    since the merge keeps a clash and its injured apart (veto 'cause and effect'), the 38
    told on the clash ('treated after the clashes') no longer meets them either: a known
    gap, not shown here as if it were met."""
    numbers = [d for d in _lines(result) if d["kind"] == "number"]
    assert numbers, "the injured figures of the Gate 4 clash were not set against each other"
    (row,) = [d for d in numbers if any(re.search(r"\bat least 40\b", c["value"].lower())
                                        for c in d["claims"])]
    lower = [c for c in row["claims"] if re.search(r"\b(35|38|thirty-eight)\b", c["value"])]
    assert lower, row["claims"]
    big = {c["article_id"] for c in row["claims"] if "40" in c["value"]}
    assert {c["article_id"] for c in lower} - big  # a rival source, not the same one
    assert all(d["date"] == "2025-03-05" for d in numbers)
    for d in numbers:  # every claim traceable to an article of the sample corpus
        assert all(c["article_id"] and c["sentence"] for c in d["claims"])
    table = invoke("--db", str(sample_store), "--since", "2025-03-05", "--until", "2025-03-05")
    assert table.exit_code == 0 and "number" in table.stdout


def test_offset_pages_through_the_same_order(sample_store):
    """--offset with --limit pages as the web app's offset does: the pages, joined, are the
    whole list in its order, and the count line says which part is shown."""
    whole = invoke("--db", str(sample_store), "--format", "json")
    assert whole.exit_code == 0, whole.output
    everything = _lines(whole)
    assert len(everything) >= 2
    pages = []
    for start in range(0, len(everything), 1):
        page = invoke("--db", str(sample_store), "--format", "json", "--limit", "1",
                      "--offset", str(start))
        assert page.exit_code == 0, page.output
        pages.extend(_lines(page))
    assert pages == everything
    last = invoke("--db", str(sample_store), "--offset", "1", "--limit", "1")
    assert f"{len(everything)} disagreements (from 2, 1 shown)" in last.stderr
    assert _lines(invoke("--db", str(sample_store), "--format", "json",
                         "--offset", str(len(everything)))) == []


def test_a_stale_merge_is_said_and_a_kept_one_is_not(store, tmp_path):
    """Without a kept merge the command merges the matching events itself (right, slower) and
    says so on stderr; once `Store.merge()` has kept it, the same answer comes without the note."""
    import shutil

    from dateline.store import Store

    before = invoke("--db", str(store), "--format", "json")
    assert before.exit_code == 0, before.output
    assert "merge is out of date" in before.stderr
    kept = tmp_path / "kept.duckdb"
    shutil.copy(store, kept)
    with Store(kept) as s:
        s.merge()
    after = invoke("--db", str(kept), "--format", "json")
    assert after.exit_code == 0, after.output
    assert "out of date" not in after.stderr
    assert _lines(after) == _lines(before)


def _claim(value: str, aid: str, sentence: str) -> dict:
    return {"value": value, "article_id": aid, "source": f"Outlet {aid}", "title": None,
            "path": f"{aid}.txt", "dct": "2024-03-05", "sentence": sentence}


def test_a_big_denial_shows_the_denial_first_and_counts_the_rest():
    from dateline.cli.disagree import PER_VALUE, _claim_rows

    reports = [_claim("asserted", f"a{i}", f"The storm flooded the port, report {i} said.")
               for i in range(PER_VALUE + 7)]
    # one sentence telling the flood twice (two mentions merged into one event) is one claim
    reports.insert(1, dict(reports[0]))
    denial = _claim("denied", "z", "The harbour office said the port was not flooded.")
    rows = _claim_rows({"kind": "denial", "claims": [*reports, denial]})
    assert rows[0] == ("denied", "Outlet z", "2024-03-05", denial["sentence"])
    assert [r[1] for r in rows[1:PER_VALUE + 1]] == [f"Outlet a{i}" for i in range(PER_VALUE)]
    assert rows[-1][:2] == ("… 7 more asserted", "7 sources")
    assert len(rows) == PER_VALUE + 2


def test_one_claim_past_the_cap_is_shown_not_counted():
    from dateline.cli.disagree import PER_VALUE, _claim_rows

    claims = [_claim("12 dead", f"a{i}", f"Officials counted 12 dead, source {i} said.")
              for i in range(PER_VALUE + 1)] + [_claim("15 dead", "b", "Medics counted 15 dead.")]
    rows = _claim_rows({"kind": "number", "claims": claims})
    assert [r[0] for r in rows] == ["12 dead"] * (PER_VALUE + 1) + ["15 dead"]


def test_weak_rows_are_shown_with_all_and_say_why(tmp_path):
    """A bare negation of an act that is no accusation ('did not aid') against a report of
    it is a weak row: left out by default (stderr counts it), shown with --all, and its JSON
    says the doubt; the accusation and its denial stay shown, with their evidence."""
    from datetime import date

    from report.corpus import article, corpus

    from dateline.store import Store

    extra = [
        article("aid-5", ["Tuesday Globex aided Initech with spare parts."],
                [(0, "aided", "AID", "2024-01-16", "Globex", "Initech")],
                date(2024, 1, 17), "Aid", "Wire Five"),
        article("aid-6", ["Tuesday Globex did not aid Initech with spare parts."],
                [(0, "aid", "AID", "2024-01-16", "Globex", "Initech", True)],
                date(2024, 1, 18), "No aid", "Blog Six"),
    ]
    db = tmp_path / "weak.duckdb"
    with Store(db) as st:
        st.write([*corpus(), *extra])
    shown = invoke("--db", str(db), "--format", "json")
    assert shown.exit_code == 0, shown.output
    (d,) = _lines(shown)
    assert d["type"] == "ACCUSE" and d["strength"] == "strong" and d["evidence"]
    assert "1 weak not shown (--all shows them)" in shown.stderr
    every = _lines(invoke("--db", str(db), "--format", "json", "--all"))
    weak = [x for x in every if x["strength"] == "weak"]
    assert [x["type"] for x in weak] == ["AID"] and weak[0]["doubts"]
    assert {c["value"] for c in weak[0]["claims"]} == {"asserted", "denied"}
    table = invoke("--db", str(db), "--all")
    assert table.exit_code == 0 and "(weak)" in table.stdout
    # the report and the web app show what the command shows, weak rows on request alike
    from dateline.report.disagree import bounded_disagreements, store_disagreement_dicts
    from dateline.serve.pages import disagreement_data

    with Store(db, read_only=True) as st:
        assert [x["type"] for x in bounded_disagreements(st)[0]] == ["ACCUSE"]
        assert len(bounded_disagreements(st, weak=True)[0]) == len(every) == 2
        assert len(store_disagreement_dicts(st)) == 2  # the library's raw read keeps all
        assert disagreement_data(st, {})["total"] == 1
        assert disagreement_data(st, {"weak": "1"})["total"] == 2
