"""Commands that show the store to people: HTML report, local web app."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.cli._common import (
    SinceOpt,
    UntilOpt,
    cli_errors,
    err,
    parse_date_option,
    say_if_ambiguous,
)
from dateline.cli._store import DEFAULT_DB, DbOpt, require_db


def register(app: typer.Typer) -> None:
    app.command("report")(report)
    app.command("serve")(serve)


@cli_errors
def report(
    out: Annotated[Path, typer.Option("--out", help="HTML file to write.")] = Path(
        "timeline.html"
    ),
    db: DbOpt = DEFAULT_DB,
    entity: Annotated[str | None, typer.Option("--entity", help="Only this entity.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    query: Annotated[str | None, typer.Option("--query", help="Words the sentence has.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=0, help="At most this many events.")] = 5000,
    title: Annotated[str, typer.Option("--title", help="Page title.")] = "dateline timeline",
) -> None:
    """Write one self-contained HTML timeline (no network needed to view it)."""
    from dateline.report import write_report
    from dateline.store import Store

    require_db(db)
    s, u = parse_date_option(since, "--since"), parse_date_option(until, "--until")
    with Store(db, read_only=True) as store:
        say_if_ambiguous(store.con, entity)
        path = write_report(
            store, out, title=title, entity=entity, since=s, until=u, query=query, limit=limit
        )
    err.print(f"wrote {path}")


@cli_errors
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Address to bind.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port (0: any free port).")
    ] = 8000,
) -> None:
    """A read-only local web app over the store (timeline, article pages, JSON API).

    JSON API: /api/timeline and /api/disagreements take entity, since, until, q, type
    (comma-separated) and limit (disagreements: 100 a page, limit=all, offset=N; total
    and next say how many); /api/article/ID gives an article's text and its annotation
    spans (offsets into that text).
    """
    from dateline.serve import make_server

    require_db(db)
    srv = make_server(db, host=host, port=port)
    err.print(f"serving {db} read-only at {srv.url} (Ctrl-C to stop)")
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        srv.server_close()
