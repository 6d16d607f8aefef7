"""Commands over the store: run, merge, timeline, rejects, export, stats."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any

import typer

from dateline.cli._common import (
    SINCE_HELP,
    UNTIL_HELP,
    cli_errors,
    err,
    fail,
    out,
    parse_date_option,
    require_paths,
    say_if_ambiguous,
    show_progress,
)
from dateline.cli._store import (
    CONTRADICTED,
    DEFAULT_DB,
    LEGEND,
    REDATED,
    DbOpt,
    require_db,
    short,
    source_name,
)
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
    if engine == "dask":
        from dateline.engine import run_dask

        with _progress(quiet) as progress:
            summary = run_dask(
                paths,
                db,
                default_dct=default,
                settings=settings,
                scheduler=scheduler,
                workers=max(1, workers),
                progress=progress,
            )
    with Store(db) as store, _progress(quiet or engine == "dask") as progress:
        if engine == "local":
            summary = store.add(paths, default_dct=default, settings=settings, progress=progress)
        too_big = _merge_too_big(store, settings) if merge else None
        merged = store.merge() if merge and too_big is None else None
        if not quiet:
            _print_summary(summary, store, reanchor)
            if merged is not None:
                _print_merge(merged)
            elif too_big:
                err.print(f"[bold]not merged[/]: {too_big}; `dateline merge` merges anyway")
            entries = store.timeline(limit=top, merged=None)
            if entries:
                out.print(_timeline_table(entries, title=f"Timeline (first {top} entries)"))
    if strict and summary.get("rejected", 0):
        n = summary["rejected"]
        raise fail(f"{n} record{'' if n == 1 else 's'} rejected (--strict); see them with: "
                   f"dateline rejects --db {db}", 1)


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


#: Sources named in a timeline table's row (JSON and CSV list them all).
_SHOWN_SOURCES = 5


def _timeline_table(entries: list[Any], title: str = "Timeline") -> Any:
    """The timeline as a table; a source whose article --reanchor re-dated (its contradicted
    date no longer dates anything) is marked ↻, not ⚠."""
    from rich.table import Table

    table = Table(title=title, show_lines=False, caption=LEGEND)
    for col in ("date", "type", "actor", "event", "target", "sources"):
        table.add_column(col, overflow="fold")
    for e in entries:
        d = _entry_dict(e)
        srcs = d.get("sources") or []
        names = sorted({source_name(s) for s in srcs})
        # a feed's records each have a name: the count says how many, a few say which
        src = ", ".join(names[:_SHOWN_SOURCES]) + (", …" if len(names) > _SHOWN_SOURCES else "")
        n_articles = len({s.get("article_id") for s in srcs})
        bad = {s.get("article_id") for s in srcs if s.get("date_verdict") == "contradicted"}
        moved = {s.get("article_id") for s in srcs if s.get("redated")}
        flag = CONTRADICTED if bad - moved else REDATED if bad else ""
        table.add_row(
            _when(d) + flag,
            str(d.get("type") or "") + _status(d),
            str(d.get("actor") or ""),
            _snippet(d.get("sentence") or "", d.get("trigger") or ""),
            str(d.get("target") or ""),
            f"{n_articles}: {src}",
        )
    return table


_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d{2})?$")
_DAY_TIME = re.compile(r"(?<=\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI|DT|\d{2}(?::\d{2})?)")
_PART_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
                "NI": "night", "DT": "daytime"}


def _when(d: dict[str, Any]) -> str:
    """The entry's TIMEX3 date; a day that opens a range shows the range's last day too, as
    does a year or month that opens one ('since 1998': '1998 – 2010-06-10'); '≈' marks a
    date no source states, its article's date standing in."""
    value, end = d.get("date"), d.get("date_end")
    if not value:
        return "?"
    value = str(value)
    if end and ((len(value) == 10 and str(end) > value)
                or (_YEAR_OR_MONTH.match(value) and not str(end).startswith(value))):
        value = f"{value} – {end}"
    elif value.isdigit() and len(value) in (2, 3):
        # TIMEX3 centuries and decades ('19': the 1900s, '198': the 1980s) read as a year
        # of the first centuries without this
        value = f"{value}{'0' * (4 - len(value))}s"
    else:
        # a time of day reads as one: '2014-08-01 morning', '2014-08-01 09:30'
        value = _DAY_TIME.sub(lambda m: " " + _PART_OF_DAY.get(m[1], m[1]), value)
    return ("≈ " + value) if d.get("dated_by") == "article" else value


#: How the sources tell an event, when not as a plain fact: a reader must see that an
#: entry is a plan, a threat, a claim or a condition before reading it as what happened.
_MODALITY = {"reported": "said", "planned": "planned", "threatened": "threat",
             "denied": "denied", "requested": "asked"}


def _status(d: dict[str, Any]) -> str:
    """' (said, uncertain)' and the like after the type; '' for a plain asserted fact."""
    parts = [_MODALITY.get(str(d.get("modality")), "")]
    parts += ["not" if d.get("negated") else "", "uncertain" if d.get("hedged") else ""]
    shown = [p for p in parts if p]
    return f" ({', '.join(shown)})" if shown else ""


def _snippet(sentence: str, trigger: str, n: int = 140) -> Any:
    """The sentence around the trigger, the trigger in bold: a long sentence is cut to
    the part that says what happened, not its opening words."""
    from rich.text import Text

    text = " ".join(str(sentence).split())
    if not text:
        return Text(trigger)
    at = text.find(trigger) if trigger else -1
    if len(text) > n:
        if at < 0:
            return Text(short(text, n))
        lo = max(0, min(at - (n - len(trigger)) // 2, len(text) - n))
        head, tail = ("…" if lo > 0 else ""), ("…" if lo + n < len(text) else "")
        text, at = head + text[lo:lo + n].strip() + tail, at - lo + len(head)
        at = text.find(trigger) if text[at:at + len(trigger)] != trigger else at
    out = Text(text)
    if at >= 0:
        out.stylize("bold", at, at + len(trigger))
    return out


def _entry_dict(entry: Any) -> dict[str, Any]:
    if isinstance(entry, dict):
        return entry
    if hasattr(entry, "to_dict"):
        return dict(entry.to_dict())
    from dataclasses import asdict

    return asdict(entry)


@cli_errors
def timeline(
    db: DbOpt = DEFAULT_DB,
    entity: Annotated[
        str | None, typer.Option("--entity", help="Only this entity's events.")
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help=SINCE_HELP)] = None,
    until: Annotated[str | None, typer.Option("--until", help=UNTIL_HELP)] = None,
    query: Annotated[
        str | None, typer.Option("--query", help="Words the sentence contains.")
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=0, help="At most this many entries.")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="table, json or csv; with --summary: table, json, "
                          "jsonl or tilse")
    ] = "table",
    summary: Annotated[
        bool, typer.Option("--summary", help="Summarize: the N key dates, K sentences each "
                           "(with --entity: of the articles naming it, its sentences first).")
    ] = False,
    dates: Annotated[int, typer.Option("--dates", help="Summary: number of dates.")] = 10,
    sentences: Annotated[int, typer.Option("--sentences", help="Summary: sentences per date.")]
    = 1,
    plot: Annotated[
        Path | None, typer.Option("--plot", help="Also draw events per day by type to a PNG.")
    ] = None,
    merged: Annotated[
        bool | None,
        typer.Option("--merged/--unmerged", help="One entry per event of the cross-article "
                     "merge (joins reports dating it a few days apart), or one exact date "
                     "span per entry; default: merged when the store's merge is up to date "
                     "(dateline run, dateline merge) or the matches are few."),
    ] = None,
) -> None:
    """Events in the order they happened (not when reported), each with its sources.

    Dates are TIMEX3 values: a day, a month (2024-01), a week (2014-W30), a part of a day
    or a time (2014-07-20TMO, 2014-07-20T09:30; the table writes '2014-07-20 morning',
    '2014-07-20 09:30') or a range. Marks after the date: ≈ no source
    states it (the article's date stands in); ⚠ an article's own content contradicts its
    date (see check-dates); ↻ run --reanchor re-dated that article by its content. After
    the type, how the sources tell it: said, planned, threat, denied, asked, not,
    uncertain. 'sources' counts the articles and names them (outlet, title or file; a
    record of a feed as 'file #id'). JSON and CSV give each source's article_id, event_id
    and its sentence's offsets in the article text (sentence_start, sentence_end); the
    entry's event_id is the canonical id disagreements and the export's event_clusters
    show.
    """
    from dateline.store import Store

    formats = ("table", "json", "csv", "tilse", "jsonl")
    if fmt not in formats or (fmt in ("tilse", "jsonl") and not summary):
        raise UsageError(
            f"--format: {fmt!r} is not one of table, json, csv (tilse, jsonl need --summary)"
        )
    if summary:
        # the summary reads sentences, not events: say so rather than drop an option
        ignored = {"--limit": limit is not None,
                   "--plot": plot is not None, "--merged/--unmerged": merged is not None,
                   "--format csv": fmt == "csv"}
        named = [k for k, given in ignored.items() if given]
        if named:
            raise UsageError(
                f"--summary does not take {', '.join(named)} (it takes --entity, --query, "
                "--since, --until, --dates, --sentences and --format table, json, jsonl or tilse)"
            )
    s, u = parse_date_option(since, "--since"), parse_date_option(until, "--until")
    require_db(db)
    if summary:
        _summary(db, dates, sentences, query, s, u, fmt, entity)
        return
    with Store(db, read_only=True) as store:
        say_if_ambiguous(store.con, entity)
        entries = store.timeline(entity=entity, since=s, until=u, query=query, limit=limit,
                                 merged=merged)
        stale = merged is None and entries and not _merge_fresh(store)
    if stale:  # stderr, so JSON and CSV readers learn why event_id may be null
        if all(e.event_id is not None for e in entries):
            err.print("the store's cross-article merge is out of date, so the matching events "
                      "were merged for this answer; `dateline merge` keeps the merge (faster "
                      "next time)")
        else:
            err.print("the store's cross-article merge is out of date and the matches are too "
                      "many to merge here: one entry per type and exact date span, event_id "
                      "null; `dateline merge` updates it (then one entry per event)")
    if plot is not None:
        from dateline.report import plot_events

        err.print(f"wrote {plot_events(entries, plot)}")
    if fmt == "table":
        if not entries:
            err.print("no events match")
            return
        total = len(entries)
        if limit is None and total > TABLE_ROWS:  # a screen, not a whole corpus: see below
            entries = entries[:TABLE_ROWS]
        out.print(_timeline_table(entries))
        if len(entries) < total:
            err.print(f"the first {len(entries)} of {total} entries; --limit N shows more, "
                      "--format json or csv gives them all")
    elif fmt == "json":
        from dateline.timeline import timeline_to_json

        print(timeline_to_json(entries))
    else:
        from dateline.timeline import timeline_to_csv

        print(timeline_to_csv(entries), end="")


#: Entries the timeline table prints when no --limit is given (a large store's timeline
#: holds tens of thousands; JSON and CSV always give them all).
TABLE_ROWS = 200


def _merge_fresh(store: Any) -> bool:
    from dateline.merge import persist

    return persist.fresh(store.con)


def _summary(
    db: Path, n_dates: int, n_sents: int, query: str | None, since: Any, until: Any, fmt: str,
    entity: str | None = None,
) -> None:
    """Timeline summary from the stored sentences and their dated references; with
    ``entity``, from the articles naming it, its own sentences first."""
    from dateline.store import Store
    from dateline.tls import summarize_sourced, to_jsonl, to_tilse
    from dateline.tls.store_rows import entity_sentences, rows_from_store

    words = query.split() if query else None
    with Store(db, read_only=True) as store:
        if entity is None:
            picked = summarize_sourced(rows_from_store(store.con), n_dates, n_sents, words,
                                       since=since or None, until=until or None)
        else:
            say_if_ambiguous(store.con, entity)
            about = entity_sentences(store.con, entity)
            if not about:
                err.print(f"no sentence names {entity!r}")
            theirs = rows_from_store(store.con, articles={a for a, _ in about})
            picked = summarize_sourced(theirs, n_dates, n_sents, words, since=since or None,
                                       until=until or None, about=about)
        ids = sorted({r.article_id for _, rows in picked for r in rows})
        found = store.con.execute(
            "SELECT id, source, title, path FROM articles WHERE id = any(?)", [ids]
        ).fetchall()
    names = {i: source_name({"article_id": i, "source": s, "title": t, "path": p})
             for i, s, t, p in found}
    tl = [(d, [r.text for r in rows]) for d, rows in picked]
    if fmt == "tilse":  # tilse and jsonl stay exactly what tilse reads: sentences only
        print(to_tilse(tl), end="")
    elif fmt == "jsonl":
        print(to_jsonl(tl), end="")
    elif fmt == "json":
        print(json.dumps([
            {"date": d.isoformat(), "sentences": [
                {"text": r.text, "article_id": r.article_id, "source": names.get(r.article_id),
                 "dct": r.dct.isoformat() if r.dct else None} for r in rows]}
            for d, rows in picked], ensure_ascii=False))
    else:
        from rich.table import Table

        title = f"Summary: {len(tl)} key dates" + (f" of {entity}" if entity else "")
        table = Table("date", "what happened", "source", title=title)
        for d, rows in picked:
            for i, r in enumerate(rows):
                name = names.get(r.article_id, r.article_id)
                table.add_row(d.isoformat() if i == 0 else "", short(r.text, 300),
                              f"{name}, {r.dct.isoformat()}" if r.dct else name,
                              end_section=i == len(rows) - 1)
        out.print(table)


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
    rows = [_entry_dict(r) for r in rows]
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
        d = _entry_dict(e)
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
