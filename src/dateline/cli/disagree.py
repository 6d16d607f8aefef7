"""``dateline disagreements``: where sources disagree about one event (numbers, dates, denials)."""

from __future__ import annotations

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
from dateline.cli._store import DEFAULT_DB, DbOpt, require_db, source_name


def register(app: typer.Typer) -> None:
    app.command("disagreements")(disagreements)


@cli_errors
def disagreements(
    db: DbOpt = DEFAULT_DB,
    entity: Annotated[str | None, typer.Option("--entity", help="Only this entity.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    query: Annotated[
        str | None, typer.Option("--query", help="Words one claim's sentence contains.")
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=0, help="At most this many disagreements.")
    ] = None,
    offset: Annotated[
        int, typer.Option("--offset", min=0, help="Skip this many first (pages with --limit, "
                                                  "as the web app's offset does).")
    ] = 0,
    fmt: Annotated[
        str, typer.Option("--format", help="table (for people) or json (one per line).")
    ] = "table",
    every: Annotated[
        bool, typer.Option("--all", help="Weak rows too: those a doubt holds against (figures "
                                         "far apart, reports days apart, a negated report "
                                         "rather than an allegation denied, a date of a "
                                         "large merge).")
    ] = False,
) -> None:
    """Events the sources tell differently: each claim with its source, date and sentence.

    kind: number (different figures of one counted thing, named in 'about'), date
    (different dates for one event) or denial (reported and denied). JSON gives each
    claim's article_id and event_id (the event's row in the export's events table) and
    the disagreement's event_id, the canonical id of the export's event_clusters.
    Strong rows only unless --all: each row's strength, evidence and doubts are in JSON.
    """
    from dateline.merge import persist
    from dateline.report.disagree import bounded_disagreements
    from dateline.store import Store
    from dateline.store.schema import scalar

    check_format(fmt, ("table", "json"))
    require_db(db)
    s, u = parse_date_option(since, "--since"), parse_date_option(until, "--until")
    with Store(db, read_only=True) as store:
        say_if_ambiguous(store.con, entity)
        found, _ = bounded_disagreements(store, max_events=None, weak=True, entity=entity,
                                         since=s, until=u, query=query)
        stale = not persist.fresh(store.con) and bool(
            scalar(store.con, "SELECT EXISTS (SELECT 1 FROM events)"))
    if stale:  # said, not refused: the answer is right, only slower than it needs to be
        err.print("the store's cross-article merge is out of date, so the matching events were "
                  "merged for this answer; `dateline merge` keeps the merge (faster next time)")
    hidden = 0 if every else sum(d["strength"] != "strong" for d in found)
    if not every:
        found = [d for d in found if d["strength"] == "strong"]
    total = len(found)
    start = max(0, offset)
    found = found[start:]
    if limit is not None:
        found = found[: max(0, limit)]
    print_records(found, fmt, lambda: _table(found))
    first = "first " if start == 0 else f"from {start + 1}, "
    shown = f" ({first}{len(found)} shown)" if len(found) < total else ""
    weak = f"; {hidden} weak not shown (--all shows them)" if hidden else ""
    err.print(f"{total} disagreement{'' if total == 1 else 's'}{shown}{weak}")


PER_VALUE = 5  # table rows per claimed value of one disagreement; JSON lists every claim


def _table(found: list[dict[str, Any]]) -> Any:
    """One row per claim, a section per disagreement (rich escapes nothing: no markup used).

    A claim one sentence makes twice (two mentions merged into one event) is one row;
    past PER_VALUE claims of one value a row says how many more there are, and a
    denial shows the side fewer sources take first (one denial among 400 reports of the
    event must not sit at the bottom of a 400-row section)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, expand=False)
    for name in ("date", "kind", "about", "claim", "source", "article date", "sentence"):
        table.add_column(name, overflow="fold")
    for d in found:
        rows = _claim_rows(d)
        for i, cells in enumerate(rows):
            first = i == 0
            kind = d["kind"] if d.get("strength", "strong") == "strong" else f"{d['kind']} (weak)"
            row = (d["date"] if first else "", kind if first else "",
                   d["about"] if first else "", *cells)
            table.add_row(*(Text(str(v or "")) for v in row), end_section=i == len(rows) - 1)
    return table


def _claim_rows(d: dict[str, Any]) -> list[tuple[Any, ...]]:
    """(claim, source, article date, sentence) rows of one disagreement for the table."""
    from collections import Counter

    by_value: dict[str, list[dict[str, Any]]] = {}
    seen: set[tuple[Any, ...]] = set()
    for c in d["claims"]:
        key = (c["value"], c["article_id"], c["sentence"])
        if key not in seen:
            seen.add(key)
            by_value.setdefault(str(c["value"]).casefold(), []).append(c)
    groups = list(by_value.items())
    if d["kind"] == "denial":
        groups.sort(key=lambda g: len(g[1]))
    rows: list[tuple[Any, ...]] = []
    for _, claims in groups:
        cap = len(claims) if len(claims) <= PER_VALUE + 1 else PER_VALUE
        rows += [(c["value"], _who(c), c["dct"], c["sentence"]) for c in claims[:cap]]
        if cap < len(claims):
            value = claims[0]["value"]
            more = Counter(_who(c) for c in claims[PER_VALUE:])
            rows.append((f"… {len(claims) - PER_VALUE} more {value}",
                         f"{len(more)} source{'' if len(more) == 1 else 's'}", "",
                         "(--format json lists every claim)"))
    return rows


def _who(c: dict[str, Any]) -> str:
    """The source named as the timeline and quotes name it (outlet, title, folder/file)."""
    return source_name(c)
