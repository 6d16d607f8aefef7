"""``dateline entity-timeline``: the events one entity takes part in, in order (issue 6)."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from dateline.cli._common import check_format, cli_errors, out


def register(app: typer.Typer) -> None:
    app.command("entity-timeline")(entity_timeline)


@cli_errors
def entity_timeline(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (- for stdin).")],
    entity: Annotated[str, typer.Option("--entity", help="The entity's name.")],
    dct: Annotated[
        str | None, typer.Option("--dct", help="Document date (YYYY-MM-DD) when a text has none.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json or semeval")] = "table",
) -> None:
    """Every event one entity takes part in, by date, read from the articles.

    Any verb or event noun the entity is an argument of counts, not only PLOVER
    events; nothing is stored. --format semeval writes the SemEval-2015 Task 4
    TimeLine format (rank 0: undated)."""
    from dateline.cli._common import articles_only, parse_date_option, require_paths
    from dateline.ingest import iter_records
    from dateline.predicates import annotated, entity_entries
    from dateline.semeval import format_timeline, rank_lines

    check_format(fmt, ("table", "json", "semeval"))
    default = parse_date_option(dct, "--dct")
    require_paths(paths)
    articles = articles_only(iter_records(paths, default_dct=default))
    entries = entity_entries(annotated(articles), entity)
    lines = rank_lines((e.mention, e.date) for e in entries)
    if fmt == "semeval":
        sys.stdout.write(format_timeline(entity, lines))
        return
    by_mention = {e.mention: e for e in entries}
    rows: list[dict[str, object]] = []
    for ln in lines:
        for m in ln.mentions:
            e = by_mention[m]
            rows.append({"rank": ln.rank, "date": None if ln.rank == 0 else ln.date,
                         "trigger": e.predicate.text, "role": e.predicate.role,
                         "dated_by": e.predicate.time.how, "mention": m,
                         "article": e.article.path or e.article.id,
                         "sentence": e.predicate.sentence,
                         "text": e.sentence_text})
    if fmt == "json":
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table("date", "event", "role", "dated by", "sentence", "article")
    for r in rows:
        table.add_row(*(str(r[k] if r[k] is not None else "-")
                        for k in ("date", "trigger", "role", "dated_by", "text", "article")))
    out.print(table)

