"""``dateline check-numbers``: reported casualty figures against a reference tally."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from dateline.cli._common import check_format, cli_errors, err, print_records
from dateline.cli.corpus import (
    _SAYS_CONTRADICTED,
    _SAYS_REDATED,
    DEFAULT_DB,
    DbOpt,
    _date_mark,
    _redated_ids,
    _require_db,
)

FORMATS = ("table", "json", "csv")
DIFFERING = ("higher", "lower", "differs")
CSV_FIELDS = ("date", "verdict", "kind", "scope", "figure", "low", "high", "reference",
              "matches_report_of", "days_off", "speaker", "source", "article_date",
              "date_verdict", "sentence")


def register(app: typer.Typer) -> None:
    app.command("check-numbers")(check_numbers)


@cli_errors
def check_numbers(
    series: Annotated[Path, typer.Option("--series", help="JSON spec of the reference tally.")],
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
    """Casualty figures in the stored articles next to what the tally reported that day."""
    from dateline.crosscheck import check, figures_in_store, load_series
    from dateline.store import Store

    check_format(fmt, FORMATS)
    _require_db(db)
    ref = load_series(series, data)
    with Store(db, read_only=True) as store:
        found = [c.to_dict() for c in check(ref, figures_in_store(store))]
        redated = _redated_ids(store) if fmt == "table" else set()
    if differing:
        found = [d for d in found if d["verdict"] in DIFFERING]
    print_records(found, fmt, lambda: _table(found, ref.name, redated), CSV_FIELDS,
                  lambda d: {**d, "reference": _reference(d)})
    n_diff = sum(d["verdict"] in DIFFERING for d in found)
    err.print(f"{len(found)} figure{'' if len(found) == 1 else 's'} checked against "
              f"{ref.name}; {n_diff} not borne out")


def _reference(d: dict[str, Any]) -> str:
    return ", ".join(f"{r['value']:,.0f} ({r['date']})" for r in d["reference"])


def _table(found: list[dict[str, Any]], name: str, redated: set[str]) -> Any:
    """``redated``: ids of the articles run --reanchor re-dated (↻, not ⚠)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"Figures against {name}", show_lines=False, expand=False)
    for col in ("date", "verdict", "figure", "reference", "fits report of", "source",
                "sentence"):
        table.add_column(col, overflow="fold")
    for d in found:
        fits = d["matches_report_of"] or ""
        if fits and d["days_off"] is not None:
            fits += f" ({d['days_off']:+d} days)"
        who = d["speaker"] or d["source"] or d["article_id"]
        # the day compared is read against the article's date: say when its content disputes
        # it, or that the article was re-dated by its content (the day is read against that)
        when = (d["date"] or "") + _date_mark(d.get("date_verdict"), d.get("article_id"), redated)
        cells = (when, f"{d['verdict']} ({d['kind']}, {d['scope']})", d["figure"],
                 _reference(d), fits, who, d["sentence"])
        table.add_row(*(Text(str(v or "")) for v in cells))
    bad = {d.get("article_id") for d in found if d.get("date_verdict") == "contradicted"}
    notes = []
    if bad - redated:
        notes.append(f"{_SAYS_CONTRADICTED}, so the day compared may be wrong: "
                     "see dateline check-dates")
    if bad & redated:
        notes.append(f"{_SAYS_REDATED}: the day is read against that date")
    if notes:
        table.caption = " · ".join(notes)
    return table
