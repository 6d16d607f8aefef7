"""Commands over the store: run, merge, rejects, export, stats (and registers timeline, whose
command and table are :mod:`dateline.cli.timeline`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from dateline.cli._common import (
    cli_errors,
    err,
    fail,
    out,
    parse_date_option,
    require_paths,
    show_progress,
)
from dateline.cli._store import (
    DEFAULT_DB,
    DbOpt,
    require_db,
    source_name,
)
from dateline.cli.timeline import entry_dict, timeline, timeline_table
from dateline.errors import UsageError


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("timeline")(timeline)
    app.command("merge")(merge)
    app.command("rejects")(rejects)
    app.command("export")(export)
    app.command("stats")(stats)


@cli_errors
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    db: DbOpt = DEFAULT_DB,
    dct: Annotated[
        str | None, typer.Option("--dct", help="Default date for articles that carry none.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
    top: Annotated[
        int, typer.Option("--top", min=0, help="Timeline entries to print at the end.")
    ] = 10,
    processes: Annotated[
        int, typer.Option("--processes", "-p", help="spaCy worker processes (local engine).")
    ] = 2,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Articles per batch.")] = 64,
    reanchor: Annotated[
        bool,
        typer.Option(
            "--reanchor", help="Re-resolve articles whose date the content contradicts."
        ),
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 when any record is rejected.")
    ] = False,
    engine: Annotated[
        str, typer.Option("--engine", help="local (spaCy processes) or dask (Dask distributed).")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address (default: a LocalCluster)."),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", help="Dask LocalCluster worker processes.")
    ] = 2,
    merge: Annotated[
        bool,
        typer.Option("--merge/--no-merge", help="Merge the new articles' events into the "
                     "store's cross-article events (incremental; the timeline reads them); "
                     "skipped above DATELINE_MERGE_MAX_MENTIONS (default 100,000)."),
    ] = True,
    stories: Annotated[
        bool,
        typer.Option("--stories/--no-stories", help="Weigh the new articles' dates against "
                     "the store's other articles (and re-weigh those sharing a story term "
                     "with them or that a new one names a term of near their date): one whose "
                     "story they all tell half a year or more away is marked ⇄ in the timeline "
                     "(check-dates --db --stories says why)."),
    ] = True,
) -> None:
    """The main job: ingest, annotate and store articles, then print a summary and the timeline."""
    from dateline.config import Settings
    from dateline.store import Store

    default = parse_date_option(dct, "--dct")
    require_paths(paths)
    settings = Settings(
        n_process=max(1, processes), batch_size=max(1, batch_size), reanchor=reanchor
    )
    if engine not in ("local", "dask"):
        raise UsageError(f"--engine: {engine!r} is not one of local, dask")
    summary = None
    if engine == "dask":
        summary = _annotate_on_dask(paths, db, default, settings, scheduler, workers, quiet)
    with Store(db) as store, _progress(quiet or engine == "dask") as progress:
        if summary is None:
            summary = store.add(paths, default_dct=default, settings=settings, progress=progress)
        if stories:
            summary = {**summary, "stories": store.check_stories()}
        too_big = _merge_too_big(store, settings) if merge else None
        merged = store.merge() if merge and too_big is None else None
        if not quiet:
            _print_run(store, summary, merged, too_big, reanchor, top)
    if strict and summary.get("rejected", 0):
        n = summary["rejected"]
        raise fail(f"{n} record{'' if n == 1 else 's'} rejected (--strict); see them with: "
                   f"dateline rejects --db {db}", 1)


def _annotate_on_dask(paths: list[str], db: Path, default: Any, settings: Any,
                      scheduler: str | None, workers: int, quiet: bool) -> dict[str, Any]:
    """Annotate and store the articles on Dask workers; the summary the local engine's
    ``store.add`` would give."""
    from dateline.engine import run_dask

    with _progress(quiet) as progress:
        return run_dask(
            paths,
            db,
            default_dct=default,
            settings=settings,
            scheduler=scheduler,
            workers=max(1, workers),
            progress=progress,
        )


def _print_run(store: Any, summary: dict[str, Any], merged: Any, too_big: str | None,
               reanchor: bool, top: int) -> None:
    """What a run did: its summary, the merge (or why it was skipped), the timeline's head."""
    _print_summary(summary, store, reanchor)
    if merged is not None:
        _print_merge(merged)
    elif too_big:
        err.print(f"[bold]not merged[/]: {too_big}; `dateline merge` merges anyway")
    entries = store.timeline(limit=top, merged=None)
    if entries:
        out.print(timeline_table(entries, title=f"Timeline (first {top} entries)"))


class _NullProgress:
    def __call__(self, **_: Any) -> None:
        return None

    def __enter__(self) -> _NullProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class _RichProgress:
    """A rich progress bar on stderr; the store calls it with counters as it goes."""

    def __init__(self) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._p = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[detail]}"),
            TimeElapsedColumn(),
            console=err,
            transient=False,
        )
        self._task = self._p.add_task("annotating", total=None, detail="")

    def __call__(self, **counts: Any) -> None:
        done = counts.get("stored", 0) + counts.get("skipped", 0)
        detail = f"stored {counts.get('stored', 0)} · skipped {counts.get('skipped', 0)}"
        detail += f" · rejected {counts.get('rejected', 0)}"
        self._p.update(self._task, completed=done, total=counts.get("total"), detail=detail)

    def __enter__(self) -> _RichProgress:
        self._p.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._p.stop()


def _progress(quiet: bool) -> _NullProgress | _RichProgress:
    return _RichProgress() if (show_progress() and not quiet) else _NullProgress()


def _print_summary(summary: dict[str, Any], store: Any, reanchor: bool = False) -> None:
    stats = store.stats()
    err.print(
        f"[bold]articles[/] stored {summary.get('stored', 0)}, "
        f"already present {summary.get('skipped', 0)}, "
        f"[bold]rejected[/] {summary.get('rejected', 0)}, "
        f"warnings {summary.get('warnings', 0)} · store now holds "
        f"{stats.get('articles', 0)} articles, {stats.get('events', 0)} events"
        + (f" · {summary['seconds']:.1f}s" if "seconds" in summary else "")
    )
    if summary.get("rejected") or summary.get("warnings"):  # warnings too: copies, cut texts
        err.print("  see them with: dateline rejects")
    verdicts = store.date_verdicts()
    bad, odd = verdicts.get("contradicted", 0), verdicts.get("suspicious", 0)
    if bad or odd:
        # every relative date of such an article is resolved against a date its own
        # content disputes: say so before the timeline, not only as a ⚠ inside it
        stated = store.redated()
        moved = len(stated)
        err.print(
            f"[bold]dates[/] {bad} article{'' if bad == 1 else 's'} contradicted and {odd} "
            "suspicious by their own content (⚠ in the timeline)"
            + (f"; {moved} of them re-dated by --reanchor (↻ there)" if moved else "")
        )
        _print_redated(store, stated)
        if bad > moved and reanchor:
            # --reanchor works as articles are annotated: a stored article is not again
            err.print(
                f"  {bad - moved} not re-dated: --reanchor found no better date, or the article "
                "was stored before (stored articles are not annotated again: run them into a "
                "new --db); see why with: dateline check-dates PATH"
            )
        elif bad > moved:
            err.print(
                "  see why with: dateline check-dates PATH; re-date them with: "
                "dateline run --reanchor PATH --db NEW.duckdb (articles already stored are "
                "not annotated again)"
            )
    told = (summary.get("stories") or {}).get("told_elsewhere", 0)
    if told:
        # beside the verdicts, never folded in: a story retold a year later looks the same
        err.print(
            f"[bold]stories[/] {told} article{'' if told == 1 else 's'} whose story the "
            "store's other articles tell half a year or more from their date (⇄ in the "
            "timeline); see which with: dateline check-dates --db STORE --stories"
        )


#: Re-dated articles the run summary names one by one (the rest are counted).
_NAMED_REDATED = 5


def _print_redated(store: Any, stated: dict[str, Any]) -> None:
    """Which articles --reanchor re-dated, from which date to which: a user must know
    that every relative date of such an article now reads against another day."""
    if not stated:
        return
    ids = sorted(stated)[:_NAMED_REDATED]
    rows = store.con.execute(
        "SELECT id, source, title, path, dct FROM articles WHERE id = any(?) ORDER BY path, id",
        [ids]).fetchall()
    for aid, source, title, path, dct in rows:
        name = source_name({"article_id": aid, "source": source, "title": title, "path": path})
        err.print(f"  ↻ {name}: stated {stated[aid]}, re-dated {dct} by its content",
                  markup=False)
    if len(stated) > len(rows):
        err.print(f"  and {len(stated) - len(rows)} more (dateline timeline --format json: "
                  "redated, stated_dct)", markup=False)


def _merge_too_big(store: Any, settings: Any) -> str | None:
    """Why the run should not merge the store now (memory or pair budget), or None."""
    from dateline.store import queries, schema

    mentions = int(schema.scalar(store.con, "SELECT count(*) FROM events"))
    if mentions > settings.merge_max_mentions:
        return (f"the store holds {mentions} event mentions, more than "
                f"DATELINE_MERGE_MAX_MENTIONS={settings.merge_max_mentions} (the merge holds "
                "them all in memory, ~12 KB each)")
    pairs = queries.block_pairs(store.con, "", [])
    if pairs > settings.merge_max_pairs:
        return (f"its alike mentions of a day would make ~{pairs:,} pairs to score, more than "
                f"DATELINE_MERGE_MAX_PAIRS={settings.merge_max_pairs:,} (~10 s per million)")
    return None


def _print_merge(done: Any) -> None:
    err.print(
        f"[bold]merged[/] {done.new} new event mentions"
        + (" (merge rules changed: all merged again)" if done.rebuilt else "")
        + f" · the store's {done.mentions} mentions are {done.events} events"
        f" · {done.seconds:.1f}s"
    )


@cli_errors
def merge(
    db: DbOpt = DEFAULT_DB,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:
    """Merge events across articles: only those of articles added since the last merge.

    `dateline run` does this itself; run it after writing articles through the API, or
    after an upgrade changed the merge rules (the timeline then merges on the fly only
    when that is cheap)."""
    from dateline.store import Store

    require_db(db)
    with Store(db) as store:
        done = store.merge()
    if not quiet:
        _print_merge(done)


@cli_errors
def rejects(
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Records that could not be used, and warnings, with file, line and reason.

    Warnings: a bad date, a cut text, bytes replaced, a copy stored once, a file skipped.
    """
    from dateline.store import Store

    require_db(db)
    with Store(db, read_only=True) as store:
        rows = store.rejects()
    rows = [entry_dict(r) for r in rows]
    if fmt == "json":
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, default=str))
        return
    from rich.table import Table

    table = Table("file", "line", "kind", "reason")
    for r in rows:
        table.add_row(str(r.get("path")), str(r.get("line") or ""), str(r.get("kind")), r["reason"])
    out.print(table)
    err.print(f"{len(rows)} rejects")


@cli_errors
def export(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder to write into.")],
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[
        str,
        typer.Option("--format", help="jsonl, parquet, csv, timeml, timelinejs or tilse"),
    ] = "jsonl",
) -> None:
    """Export the store.

    jsonl: an article with its annotations per line; parquet, csv: a file per table;
    timeml: a .tml per article with TIMEX3 tags; timelinejs: TimelineJS3 JSON of the
    timeline; tilse: the day-level timeline in the tilse plain-text format. Tables join on
    article_id (and event_id for events); start_char/end_char are offsets into the
    article's text; event_clusters (with an up-to-date merge) maps each event to the
    canonical id timeline and disagreements show.
    """
    from dateline.export import export as do_export
    from dateline.store import Store

    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"--format: {fmt!r} is not one of {', '.join(EXPORT_FORMATS)}")
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"--out: {out_dir} is a file, not a folder to write into")
    require_db(db)
    with Store(db, read_only=True) as store:
        if fmt == "timeml":
            from dateline.report import write_timeml

            written = write_timeml(store.annotations(), out_dir)
        elif fmt == "timelinejs":
            from dateline.report import write_timelinejs

            out_dir.mkdir(parents=True, exist_ok=True)
            written = [write_timelinejs(store.timeline(merged=None), out_dir / "timeline.json")]
        elif fmt == "tilse":
            written = [_write_tilse(store.timeline(merged=None), out_dir / "timeline.txt")]
        else:
            written = do_export(store, fmt, out_dir)
    err.print(
        f"wrote {len(written) if hasattr(written, '__len__') else written} file(s) to {out_dir}"
    )


EXPORT_FORMATS = ("jsonl", "parquet", "csv", "timeml", "timelinejs", "tilse")


def _write_tilse(entries: list[Any], path: Path) -> Path:
    """Day-level entries as a tilse timeline: each day with its entries' sentences."""
    from dateline.tls import to_tilse

    days: dict[Any, list[str]] = {}
    for e in entries:
        d = entry_dict(e)
        start, end = d.get("date_start"), d.get("date_end")
        if start is None or start != end:
            continue  # tilse timelines are day-level
        sent = d.get("sentence") or d.get("trigger")
        if sent and sent not in days.setdefault(start, []):
            days[start].append(str(sent))
    path.parent.mkdir(parents=True, exist_ok=True)
    from datetime import date

    timeline = sorted(
        (d if isinstance(d, date) else date.fromisoformat(str(d)), sents)
        for d, sents in days.items()
    )
    path.write_text(to_tilse(timeline), encoding="utf-8")
    return path


@cli_errors
def stats(db: DbOpt = DEFAULT_DB) -> None:
    """Row counts per table."""
    from dateline.store import Store

    require_db(db)
    with Store(db, read_only=True) as store:
        print(json.dumps(store.stats(), indent=2, default=str))
