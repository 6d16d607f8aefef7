"""``dateline check-numbers``: reported casualty figures against a reference tally."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from dateline.cli._common import check_format, cli_errors, err, print_records
from dateline.cli._store import (
    DEFAULT_DB,
    SAYS_CONTRADICTED,
    SAYS_REDATED,
    DbOpt,
    date_mark,
    redated_ids,
    require_db,
    source_name,
)
from dateline.errors import UsageError

FORMATS = ("table", "json", "csv")
DIFFERING = ("higher", "lower", "differs")
CSV_FIELDS = ("date", "verdict", "kind", "scope", "group", "figure", "low", "high",
              "reference", "matches_report_of", "days_off", "speaker", "said_on", "source",
              "article_id", "path", "article_date", "date_verdict", "sentence", "start", "end",
              "sentence_start", "sentence_end")


def register(app: typer.Typer) -> None:
    app.command("check-numbers")(check_numbers)


@cli_errors
def check_numbers(
    series: Annotated[Path, typer.Option(
        "--series", help="JSON spec of the reference tally: its data file, date field, region "
        "and measures (docs/reference/gaza-moh.json is one).")],
    data: Annotated[
        Path | None, typer.Option("--data", help="The tally's data file (else the spec's).")
    ] = None,
    db: DbOpt = DEFAULT_DB,
    differing: Annotated[
        bool, typer.Option("--differing", help="Only figures the tally does not bear out.")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", help="table, json (one per line) or csv.")]
    = "table",
) -> None:
    """Casualty figures in the stored articles next to what the tally reported that day.

    Each figure is read as killed or injured, a day's count or a running total (the words
    around it), and compared with the tally's reports of its day: the day its sentence
    dates, else the day of the statement giving it ('the ministry said on Monday'), else
    the article's date. Verdicts: consistent; higher or lower than every report of the
    day; differs (between the day's report and the next); unclear (a count over some
    other span, never a disagreement); no reference (no report that day). 'fits report
    of' names the report a stale running total matches. A count of a part of the victims
    (women, children) is compared only with the spec's measure of that part. ⚠ after the
    date: the article's own content contradicts its date (see check-dates); ↻: run
    --reanchor re-dated it. JSON and CSV add the article's id and path and the figure's
    and sentence's offsets in its text.
    """
    from dateline.crosscheck import check, figures_in_store, load_series
    from dateline.store import Store

    check_format(fmt, FORMATS)
    for named in (series, data):
        if named is not None and not named.is_file():
            raise UsageError(f"{named}: no such file")
    require_db(db)
    ref = load_series(series, data)
    with Store(db, read_only=True) as store:
        found = [c.to_dict() for c in check(ref, figures_in_store(store))]
        redated = redated_ids(store) if fmt == "table" else set()
    if differing:
        found = [d for d in found if d["verdict"] in DIFFERING]
    print_records(found, fmt, lambda: _table(found, ref.name, redated), CSV_FIELDS,
                  lambda d: {**d, "reference": _reference(d)})
    n_diff = sum(d["verdict"] in DIFFERING for d in found)
    n_none = sum(d["verdict"] == "no reference" for d in found)
    outside = (f"; {n_none} on days the tally has no report of (it runs "
               f"{ref.first_day} to {ref.last_day})" if n_none and ref.first_day else "")
    err.print(f"{len(found)} figure{'' if len(found) == 1 else 's'} checked against "
              f"{ref.name}; {n_diff} not borne out{outside}")


def _reference(d: dict[str, Any]) -> str:
    return ", ".join(f"{r['value']:,.0f} ({r['date']})" for r in d["reference"])


def _table(found: list[dict[str, Any]], name: str, redated: set[str]) -> Any:
    """``redated``: ids of the articles run --reanchor re-dated (↻, not ⚠)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"Figures against {name}", show_lines=False, expand=False)
    for col in ("date", "verdict", "figure", "reference", "fits report of", "said by · article",
                "sentence"):
        table.add_column(col, overflow="fold")
    for d in found:
        fits = d["matches_report_of"] or ""
        if fits and d["days_off"] is not None:
            fits += f" ({d['days_off']:+d} days)"
        # who gave the figure, and which article it is in (a feed's records share an outlet)
        article = source_name({"source": d.get("outlet"), "title": d.get("title"),
                                "path": d.get("path"), "article_id": d["article_id"]})
        who = f"{d['speaker']} · {article}" if d.get("speaker") else article
        # the day compared is read against the article's date: say when its content disputes
        # it, or that the article was re-dated by its content (the day is read against that)
        when = (d["date"] or "") + date_mark(d.get("date_verdict"), d.get("article_id"), redated)
        what = ", ".join(x for x in (d["kind"], d.get("group"), d["scope"]) if x)
        cells = (when, f"{d['verdict']} ({what})", d["figure"],
                 _reference(d), fits, who, d["sentence"])
        table.add_row(*(Text(str(v or "")) for v in cells))
    bad = {d.get("article_id") for d in found if d.get("date_verdict") == "contradicted"}
    notes = []
    if bad - redated:
        notes.append(f"{SAYS_CONTRADICTED}, so the day compared may be wrong: "
                     "see dateline check-dates")
    if bad & redated:
        notes.append(f"{SAYS_REDATED}: the day is read against that date")
    if notes:
        table.caption = " · ".join(notes)
    return table
