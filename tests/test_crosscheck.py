"""Reported casualty figures against a reference tally (dateline.crosscheck, check-numbers)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dateline
from dateline import crosscheck
from dateline.cli import app
from dateline.errors import InputError
from dateline.store import Store

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"

REPORTS = [  # a made-up tally: daily deaths and the running total, by report date
    {"day": "2025-03-16", "killed": 10, "killed_total": 48560, "injured": 20},
    {"day": "2025-03-17", "killed": 17, "killed_total": 48577, "injured": 30},
    {"day": "2025-03-18", "killed": 436, "killed_total": 49013, "injured": 600},
    {"day": "2025-03-19", "killed": 604, "killed_total": 49617, "injured": 900},
    {"day": "2025-03-20", "killed": 85, "killed_total": 49702, "injured": 100},
]
MEASURES = [
    {"kind": "killed", "scope": "daily", "field": "killed"},
    {"kind": "killed", "scope": "cumulative", "field": "killed_total"},
    {"kind": "injured", "scope": "daily", "field": "injured"},
]


def _series(tmp_path: Path, reports=REPORTS, suffix=".json") -> Path:
    data = tmp_path / f"tally{suffix}"
    if suffix == ".csv":
        head = list(reports[0])
        rows = [",".join(head)] + [",".join(str(r[k]) for k in head) for r in reports]
        data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    else:
        data.write_text(json.dumps(reports), encoding="utf-8")
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"name": "Tally", "data": data.name, "date_field": "day",
                                "region": ["Gaza"], "measures": MEASURES}), encoding="utf-8")
    return spec


def _checks(spec: Path, text: str, dct: str) -> list[crosscheck.Check]:
    ann = dateline.annotate(text, dct)
    return crosscheck.check(crosscheck.load_series(spec), crosscheck.figures_of(ann))


@pytest.mark.parametrize("ex", crosscheck.lexicon()["examples"], ids=lambda ex: ex["text"][:40])
def test_lexicon_examples_read_as_listed(ex):
    figs = crosscheck.figures_of(dateline.annotate(ex["text"], "2025-03-18"))
    assert figs, ex["text"]
    got = crosscheck.read(figs[0])
    assert got == ((ex["kind"], ex["scope"]) if ex["kind"] else None), (figs[0].text, got)


def test_figures_are_checked_against_the_report_of_their_day(tmp_path):
    spec = _series(tmp_path)
    total = "Health officials in Gaza said 49,013 residents have been killed since the war began."
    (c,) = _checks(spec, total, "2025-03-18")
    assert (c.kind, c.scope, c.verdict) == ("killed", "cumulative", "consistent")
    assert c.reference[-1] == (date(2025, 3, 18), 49013.0)
    # quoted two days on it is still among the reports behind a running total; three days
    # on it is stale, and says which report it fits
    assert _checks(spec, total, "2025-03-20")[0].verdict == "consistent"
    (c,) = _checks(spec, total, "2025-03-21")
    assert c.verdict == "lower" and c.matches == date(2025, 3, 18)
    assert c.to_dict()["days_off"] == -3
    # a day's count: 'more than 400' fits 436 on the strikes' day
    day = "Israeli strikes killed more than 400 people across Gaza early Tuesday."
    (c,) = _checks(spec, day, "2025-03-18")
    assert (c.scope, c.verdict, c.day) == ("daily", "consistent", date(2025, 3, 18))
    # the same words dated a week later: the tally has no report then
    (c,) = _checks(spec, day.replace("early Tuesday", "overnight"), "2025-03-27")
    assert c.verdict == "no reference"


def test_a_figure_the_tally_does_not_bear_out(tmp_path):
    spec = _series(tmp_path)
    (c,) = _checks(spec, "Strikes on Gaza killed 2,000 people on Monday.", "2025-03-18")
    assert (c.day, c.verdict) == (date(2025, 3, 17), "higher")
    assert [v for _, v in c.reference] == [17.0, 436.0]
    (c,) = _checks(spec, "Strikes on Gaza killed 90 people on Monday.", "2025-03-18")
    assert c.verdict == "differs"  # between Monday's report and Tuesday's
    (c,) = _checks(spec, "Strikes on Gaza killed 5 people on Sunday.", "2025-03-18")
    assert c.verdict == "lower"
    (c,) = _checks(spec, "The war in Gaza has killed 51,000 people so far.", "2025-03-18")
    assert c.verdict == "higher" and c.matches is None  # no report reached it yet


def test_unknown_span_is_unclear_never_a_disagreement(tmp_path):
    spec = _series(tmp_path)
    (c,) = _checks(spec, "Strikes in Gaza killed dozens of people during the truce.", "2025-03-18")
    assert c.verdict == "unclear" and c.matches is None
    # near a running total in size: still unclear, with the report it fits as a lead
    (c,) = _checks(spec, "The ministry said 48,560 people had been killed in Gaza, a figure "
                         "it first gave days ago.", "2025-03-20")
    assert (c.verdict, c.scope, c.matches) == ("unclear", "cumulative", date(2025, 3, 16))
    # a span unknown on a day the tally has no report of: that is what it says
    (c,) = _checks(spec, "Strikes in Gaza killed 30 people in the camp.", "2024-07-29")
    assert c.verdict == "no reference"


def test_region_and_non_casualty_figures_are_left_out(tmp_path):
    spec = _series(tmp_path)
    assert _checks(spec, "Strikes killed 400 people in southern Lebanon on Tuesday.",
                   "2025-03-18") == []
    assert _checks(spec, "Hamas released 25 hostages in Gaza on Saturday.", "2025-03-18") == []


def test_a_count_is_read_on_the_day_of_the_statement_that_gives_it(tmp_path):
    # 'over the past day' counts back from the ministry's Monday statement, so Monday's
    # report (17) is the one to compare, not the Wednesday article's (604) nor the day
    # before it that the engine gives 'the past day' against the article's date (436)
    spec = _series(tmp_path)
    text = ("Seventeen people were killed across Gaza over the past day, the ministry said "
            "on Monday.")
    (c,) = _checks(spec, text, "2025-03-19")
    assert (c.scope, c.day, c.verdict) == ("daily", date(2025, 3, 17), "consistent")
    assert c.to_dict()["said_on"] == "2025-03-17"
    # with no day for the statement, the report is the article's own day
    for window in ("over the past day", "in the last 24 hours"):
        (c,) = _checks(spec, f"Gaza's health ministry said 604 people were killed {window}.",
                       "2025-03-19")
        assert (c.scope, c.day, c.verdict) == ("daily", date(2025, 3, 19), "consistent"), window


def test_a_part_of_the_victims_is_never_compared_with_the_whole(tmp_path):
    women = "A ministry official in Gaza said on Monday that 12,500 women were among the dead."
    assert _checks(_series(tmp_path), women, "2025-03-18") == []  # the tally has no such part
    reports = [{**r, "women_total": 12316} for r in REPORTS]
    spec = _series(tmp_path, reports)
    raw = json.loads(spec.read_text(encoding="utf-8"))
    raw["measures"].append({"kind": "killed", "scope": "cumulative", "group": "women",
                            "field": "women_total"})
    spec.write_text(json.dumps(raw), encoding="utf-8")
    (c,) = _checks(spec, women.replace("12,500", "12,316"), "2025-03-18")
    assert (c.group, c.scope, c.verdict) == ("women", "cumulative", "consistent")
    assert c.to_dict()["group"] == "women"


def test_people_the_tally_leaves_out_are_not_checked(tmp_path):
    spec = _series(tmp_path)
    raw = json.loads(spec.read_text(encoding="utf-8"))
    spec.write_text(json.dumps({**raw, "not_counted": ["Israelis"]}), encoding="utf-8")
    text = "Officials in Gaza said 400 Israelis and 300 Palestinians were killed on Tuesday."
    assert [c.figure.text for c in _checks(spec, text, "2025-03-19")] == ["300 Palestinians"]


def test_series_from_csv_and_errors_name_file_and_line(tmp_path):
    spec = _series(tmp_path, suffix=".csv")
    series = crosscheck.load_series(spec)
    assert series.values[date(2025, 3, 19)]["killed_total"] == 49617.0
    bad = [*REPORTS[:2], {"day": "March 18", "killed": 1}]
    spec = _series(tmp_path, bad)
    with pytest.raises(InputError, match=r"tally\.json:3: day='March 18' is no date"):
        crosscheck.load_series(spec)
    with pytest.raises(InputError, match="cannot read the series spec"):
        crosscheck.load_series(tmp_path / "missing.json")


def test_check_numbers_command_reads_the_store(tmp_path):
    spec = _series(tmp_path)
    db = tmp_path / "s.duckdb"
    texts = [("Israeli strikes killed more than 400 people across Gaza early Tuesday.",
              "2025-03-18"),
             ("Health officials in Gaza said 48,577 residents have been killed since the war "
              "began.", "2025-03-20")]
    with Store(db) as st:
        st.write([dateline.annotate(t, d) for t, d in texts])
    runner = CliRunner()
    res = runner.invoke(app, ["check-numbers", "--series", str(spec), "--db", str(db),
                                 "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert [(r["verdict"], r["scope"]) for r in rows] == [("consistent", "daily"),
                                                          ("lower", "cumulative")]
    assert rows[1]["matches_report_of"] == "2025-03-17" and rows[1]["days_off"] == -3
    # each figure traces to its article and its span there, as the other listings do
    first = dateline.annotate(*texts[0]).article.text
    assert first[rows[0]["start"]:rows[0]["end"]] == rows[0]["figure"]
    assert first[rows[0]["sentence_start"]:rows[0]["sentence_end"]] == rows[0]["sentence"]
    assert rows[0]["article_id"] and "path" in rows[0]
    res = runner.invoke(app, ["check-numbers", "--series", str(spec), "--db", str(db),
                                 "--differing", "--format", "csv"])
    assert res.exit_code == 0 and res.stdout.count("\n") == 2  # header + the stale total
    res = runner.invoke(app, ["check-numbers", "--series", str(tmp_path / "nope.json"),
                                 "--db", str(db)])
    assert res.exit_code != 0 and "nope.json" in res.output
    table = runner.invoke(app, ["check-numbers", "--series", str(spec), "--db", str(db)],
                          terminal_width=250)
    assert table.exit_code == 0 and "⚠" not in table.stdout
    wide = runner.invoke(app, ["check-numbers", "--series", str(spec), "--db", str(db)],
                         env={"COLUMNS": "400"})
    assert "said by · article" in wide.stdout and "Health officials" in wide.stdout
    with Store(db) as st:  # a figure from before the tally began: the count line says why
        st.write([dateline.annotate("Strikes in Gaza killed 300 people on Tuesday.",
                                    "2024-03-20")])
    res = runner.invoke(app, ["check-numbers", "--series", str(spec), "--db", str(db),
                                 "--format", "json"])
    assert "1 on days the tally has no report of (it runs 2025-03-16 to 2025-03-20)" \
        in res.stderr


def test_check_numbers_marks_a_day_read_against_a_contradicted_date(tmp_path):
    """The day a figure is compared on comes from the article's date: when the article's own
    content contradicts that date, the table says so."""
    spec = _series(tmp_path)
    db = tmp_path / "s.duckdb"
    text = ("date 2024-02-06\nIsraeli strikes killed more than 400 people across Gaza early "
            "Tuesday. The truce's first phase ran from Jan. 22 to March 4, 2025.")
    with Store(db) as st:
        st.write([dateline.annotate(text)])
    res = CliRunner().invoke(app, ["check-numbers", "--series", str(spec), "--db", str(db)],
                             terminal_width=250)
    assert res.exit_code == 0, res.output
    assert "⚠" in res.stdout and "contradicts its date" in res.stdout
    # re-dated by its content (run --reanchor), the day is read against that date: ↻, not ⚠
    from dataclasses import replace

    from dateline.datecheck import reanchor

    ann = dateline.annotate(text)
    moved = reanchor(ann)
    assert moved is not None
    moved = replace(moved, datecheck=ann.datecheck)  # as the pipeline keeps the verdict
    db = tmp_path / "re.duckdb"
    with Store(db) as st:
        st.write([moved])
    res = CliRunner().invoke(app, ["check-numbers", "--series", str(spec), "--db", str(db)],
                             terminal_width=250)
    assert res.exit_code == 0, res.output
    assert "⚠" not in res.stdout and "↻" in res.stdout and "re-dated by its content" in res.stdout


def test_seed_strikes_against_the_ministry_series(seed_text):
    """The seed's 'killed hundreds ... early Tuesday' fits the ministry's report of its real
    day (2025-03-18) and is far above the report of its header's day."""
    series_file = DATA / "gaza-reported-casualties" / "casualties_daily.json"
    if not series_file.exists():
        pytest.skip(f"../shared/data absent: {series_file} not found")
    spec = ROOT / "docs" / "reference" / "gaza-moh.json"
    series = crosscheck.load_series(spec, series_file)
    body = re.sub(r"^\s*date \d{4}-\d\d-\d\d\s+", "", seed_text)
    verdicts = {}
    for dct in ("2025-03-18", "2024-02-06"):
        checks = crosscheck.check(series, crosscheck.figures_of(dateline.annotate(body, dct)))
        verdicts[dct] = {c.figure.text: c.verdict for c in checks}
    assert verdicts["2025-03-18"]["hundreds of Palestinians"] == "consistent"
    assert verdicts["2024-02-06"]["hundreds of Palestinians"] == "higher"
