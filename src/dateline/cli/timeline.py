"""The timeline command: events in the order they happened, as a table, JSON or CSV, or a
summary of the key dates; and the table's cells (the date as a reader reads it, how the
sources tell the event, the sentence around its trigger)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any

import typer

from dateline.cli._common import (
    SinceOpt,
    UntilOpt,
    cli_errors,
    err,
    out,
    parse_date_option,
    say_if_ambiguous,
)
from dateline.cli._store import (
    CONTRADICTED,
    DEFAULT_DB,
    LEGEND,
    REDATED,
    TOLD_ELSEWHERE,
    DbOpt,
    require_db,
    short,
    source_name,
)
from dateline.errors import UsageError
from dateline.serialize import iso_day

#: Sources named in a timeline table's row (JSON and CSV list them all).
_SHOWN_SOURCES = 5


def timeline_table(entries: list[Any], title: str = "Timeline") -> Any:
    """The timeline as a table; a source whose article --reanchor re-dated (its contradicted
    date no longer dates anything) is marked ↻, not ⚠; ⇄ a source whose story the store's
    other articles tell far from its date (its own content does not contradict it)."""
    from rich.table import Table

    table = Table(title=title, show_lines=False, caption=LEGEND)
    for col in ("date", "type", "actor", "event", "target", "sources"):
        table.add_column(col, overflow="fold")
    for e in entries:
        d = entry_dict(e)
        srcs = d.get("sources") or []
        names = sorted({source_name(s) for s in srcs})
        # a feed's records each have a name: the count says how many, a few say which
        src = ", ".join(names[:_SHOWN_SOURCES]) + (", …" if len(names) > _SHOWN_SOURCES else "")
        n_articles = len({s.get("article_id") for s in srcs})
        bad = {s.get("article_id") for s in srcs if s.get("date_verdict") == "contradicted"}
        moved = {s.get("article_id") for s in srcs if s.get("redated")}
        told = {s.get("article_id") for s in srcs if s.get("told_elsewhere")}
        flag = (CONTRADICTED if bad - moved else REDATED if bad else "") + (
            TOLD_ELSEWHERE if told - bad else "")
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


def entry_dict(entry: Any) -> dict[str, Any]:
    """A timeline entry as a dict, whether the store gave a dict, a row or a dataclass."""
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
    since: SinceOpt = None,
    until: UntilOpt = None,
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
    date (see check-dates); ↻ run --reanchor re-dated that article by its content; ⇄ the
    store's other articles tell that article's story half a year or more from its date
    (JSON: told_elsewhere, when they do; see check-dates --db --stories). After
    the type, how the sources tell it: said, planned, threat, denied, asked, not,
    uncertain. 'sources' counts the articles and names them (outlet, title or file; a
    record of a feed as 'file #id'). JSON and CSV give each source's article_id, event_id
    and its sentence's offsets in the article text (sentence_start, sentence_end); the
    entry's event_id is the canonical id disagreements and the export's event_clusters
    show.
    """
    from dateline.store import Store

    _check_options(fmt, summary, limit=limit, plot=plot, merged=merged)
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
        _say_stale(entries)
    if plot is not None:
        from dateline.report import plot_events

        err.print(f"wrote {plot_events(entries, plot)}")
    _print_entries(entries, fmt, limit)


def _check_options(fmt: str, summary: bool, *, limit: int | None, plot: Path | None,
                   merged: bool | None) -> None:
    """Refuse a format the view has not, and an option the summary does not take: it reads
    sentences, not events."""
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


def _say_stale(entries: list[Any]) -> None:
    """Say on stderr that the kept merge is out of date, and what the answer did instead."""
    if all(e.event_id is not None for e in entries):
        err.print("the store's cross-article merge is out of date, so the matching events "
                  "were merged for this answer; `dateline merge` keeps the merge (faster "
                  "next time)")
    else:
        err.print("the store's cross-article merge is out of date and the matches are too "
                  "many to merge here: one entry per type and exact date span, event_id "
                  "null; `dateline merge` updates it (then one entry per event)")


def _print_entries(entries: list[Any], fmt: str, limit: int | None) -> None:
    """The entries as a table (a screen of them unless ``limit`` was given), JSON or CSV."""
    if fmt == "table":
        if not entries:
            err.print("no events match")
            return
        total = len(entries)
        if limit is None and total > TABLE_ROWS:  # a screen, not a whole corpus: see below
            entries = entries[:TABLE_ROWS]
        out.print(timeline_table(entries))
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
                 "dct": iso_day(r.dct)} for r in rows]}
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
