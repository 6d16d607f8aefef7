"""``dateline quotes``: who said what, and when, from the stored articles."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer

from dateline.cli._common import (
    SinceOpt,
    UntilOpt,
    check_format,
    cli_errors,
    err,
    parse_date_option,
    print_records,
    say_if_ambiguous,
)
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

FORMATS = ("table", "json", "csv")
FIELDS = ("said_on", "speaker", "cue", "kind", "text", "source", "article_id", "dct",
          "date_verdict", "sentence")


def register(app: typer.Typer) -> None:
    app.command("quotes")(quotes)


@cli_errors
def quotes(
    db: DbOpt = DEFAULT_DB,
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Only this speaker (whole words).")
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    query: Annotated[str | None, typer.Option("--query", help="Words the quote holds.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=0, help="At most this many.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json (one per line) or csv.")]
    = "table",
) -> None:
    """Quotes and attributed claims in the order they were said, with speaker and cue.

    Each is dated by the statement's own date when the text gives one, else by its
    article's date (⚠ after it: the article's content contradicts that date; ↻: run
    --reanchor re-dated the article). A quote in quotation marks is shown as written;
    reported speech as '(that) ...'; '?' is a speaker not found. JSON and CSV give the
    article_id and the quote's offsets in the article text (start, end)."""
    from dateline.store import Store

    check_format(fmt, FORMATS)
    require_db(db)
    s, u = parse_date_option(since, "--since"), parse_date_option(until, "--until")
    with Store(db, read_only=True) as store:
        say_if_ambiguous(store.con, speaker, "--speaker")
        found = [_row(r) for r in store.quotes(speaker, s, u, query, limit)]
        redated = redated_ids(store) if fmt == "table" else set()
    print_records(found, fmt, lambda: _table(found, redated), FIELDS)
    err.print(f"{len(found)} quote{'' if len(found) == 1 else 's'}")


def _row(r: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in {
        "said_on": r["said_on"], "speaker": r["speaker"], "cue": r["cue"], "kind": r["kind"],
        "text": r["text"], "source": source_name(r), "article_id": r["article_id"],
        "dct": r["dct"], "date_verdict": r["date_verdict"], "sentence": r["sentence"],
        "start": r["start_char"], "end": r["end_char"],
    }.items()}


def _reported(text: str) -> str:
    """Reported speech as '(that) ...', unless its own words open with 'that' (the
    table showed 'said (that) that 436 people ...')."""
    return text if text[:5].lower() == "that " else f"(that) {text}"


def _table(found: list[dict[str, Any]], redated: set[str]) -> Any:
    """``redated``: ids of the articles --reanchor re-dated (↻, not ⚠)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Quotes", show_lines=False, expand=False)
    if any(r["date_verdict"] == "contradicted" for r in found):
        table.caption = f"{SAYS_CONTRADICTED} · {SAYS_REDATED}"
    for col in ("said on", "speaker", "cue", "quote", "source"):
        table.add_column(col, overflow="fold")
    for r in found:
        when = (r["said_on"] or "?") + date_mark(r["date_verdict"], r["article_id"], redated)
        text = r["text"] if r["kind"] == "direct" else _reported(r["text"])
        cells = (when, r["speaker"] or "?", r["cue"] or "", text, r["source"])
        table.add_row(*(Text(str(v)) for v in cells))
    return table
