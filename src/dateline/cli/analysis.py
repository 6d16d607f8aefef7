"""Commands that read articles and print what dateline finds, storing nothing."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer

from dateline.cli._common import check_format, cli_errors, err, out
from dateline.errors import UsageError
from dateline.serialize import iso_day

DctOpt = Annotated[
    str | None, typer.Option("--dct", help="Document date (YYYY-MM-DD) when the text has none.")
]


def register(app: typer.Typer) -> None:
    app.command("annotate")(annotate)
    app.command("events")(events)
    app.command("check-dates")(check_dates)
    app.command("timeml")(timeml)
    eval_app = typer.Typer(help="Score dateline against gold annotations.", no_args_is_help=True)
    eval_app.command("tempeval")(eval_tempeval)
    app.add_typer(eval_app, name="eval")


def _check_file(path: str) -> None:
    """A usage error unless ``path`` is a file: a folder, a broken or looping link and a
    missing path each say which."""
    p = Path(path)
    if p.is_dir():
        raise UsageError(f"{path}: is a folder (annotate takes one article; `dateline run` "
                         "reads folders)")
    if not p.is_file():
        raise UsageError(f"{path}: " + ("not a regular file (broken or looping link, device or "
                                        "pipe)" if p.is_symlink() or p.exists()
                                        else "no such file"))


def _read_input(path: str) -> tuple[str, str, str | None]:
    """The text, its name, and the warning decoding it gave (bytes that were not UTF-8)."""
    if path == "-":
        from dateline.ingest.decode import unescape

        text, note = unescape(sys.stdin.read(), sys.stdin.encoding)
        return text, "<stdin>", note
    from dateline.ingest.decode import read_text_noted  # the caller checked it is a file

    text, note = read_text_noted(Path(path))
    return text, str(Path(path)), note


def _record_article(path: str, dct: str | None) -> Any:
    """The one article of a file in a format other than plain text (JSON Lines, JSON, CSV,
    HTML, TimeML), read as `run` reads it -- not its markup as text; None for plain text.
    A file holding several articles (or none) is a usage error pointing to `run`."""
    from dateline.cli._common import articles_only, parse_date_option
    from dateline.ingest import iter_records
    from dateline.ingest.walk import Target, expand

    if path == "-":
        return None
    target = next(iter(expand(path)), None)
    if not isinstance(target, Target) or target.kind == "text":
        return None
    found = list(articles_only(iter_records([path], default_dct=parse_date_option(dct, "--dct"))))
    if len(found) != 1:
        raise UsageError(f"{path}: annotate takes one article; this {target.kind} file holds "
                         f"{len(found)} (`dateline run` stores them all, `dateline check-dates` "
                         "checks their dates)")
    return found[0]


@cli_errors
def annotate(
    file: Annotated[str, typer.Argument(
        help="One article: a text file, a one-record JSON Lines/JSON/CSV file, an HTML or "
             "TimeML page, or - for stdin.")],
    dct: DctOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="json or timeml")] = "json",
) -> None:
    """Annotate one article and print JSON (or TimeML); nothing is stored."""
    from dateline.ingest import article_from_text
    from dateline.pipeline import annotate_stream

    check_format(fmt, ("json", "timeml"))
    if file != "-":
        _check_file(file)
    # a record format is read by its own reader (a JSON Lines file with a bad line names
    # that line), never decoded whole as text first
    article = _record_article(file, dct)
    if article is None:
        text, name, decoded = _read_input(file)
        # as in `run` and `check-dates`: --dct dates an article that states no date of its
        # own; a date header the file carries wins (a bad --dct: usage error anyway)
        article = article_from_text(text, path=name, default_dct=dct)
        if decoded:  # as `run` keeps it: the article's first warning
            article = replace(article, warnings=(decoded, *article.warnings))
        for note in article.warnings:  # as `run` lists them: empty text, a bad header date
            err.print(f"warning: {name}: {note}", markup=False)
    ann = next(annotate_stream([article]))
    if fmt == "json":
        out.print_json(data=ann.to_dict()) if out.is_terminal else print(
            json.dumps(ann.to_dict(), ensure_ascii=False, indent=2)
        )
    else:
        from dateline.report.formats import annotation_to_tml

        sys.stdout.write(annotation_to_tml(ann))


@cli_errors
def events(
    file: Annotated[
        str, typer.Argument(help='JSON Lines {"text", "dct"?, "source"?, "target"?}, or -.')
    ],
) -> None:
    """Code the events in each input line with PLOVER roots; one JSON line out per line in."""
    from dateline.events import code_events_jsonl

    if file != "-" and not Path(file).is_file():
        raise UsageError(f"{file}: no such file")
    from dateline.ingest.lines import noted_lines

    name = "<stdin>" if file == "-" else file
    # bytes decoded a line at a time as `run` reads JSON Lines (a BOM, UTF-16, a stray byte
    # that is not UTF-8): a line of binary data is one bad line, not the end of the run
    stream = sys.stdin.buffer if file == "-" else Path(file).open("rb")
    good = bad = 0
    first: str | None = None
    held: list[dict[str, Any]] | None = []  # the error records before the first good line
    with stream:
        for result in code_events_jsonl(noted_lines(stream)):
            if "error" in result:
                bad += 1
                first = first or str(result["error"])
            else:
                good += 1
            if held is None:
                print(json.dumps(result, ensure_ascii=False))
                continue
            held.append(result)
            if good or len(held) >= _HOLD_ERRORS:
                for rec in held:
                    print(json.dumps(rec, ensure_ascii=False))
                held = None
    if bad and not good:
        # a plain text file, not JSON Lines: one line saying so, not an error per line
        raise UsageError(f"{name} {first}; no line could be read: {_EVENTS_INPUT}")
    if bad:
        err.print(f"{name}: {bad} of {good + bad} lines could not be read (first: {first}); "
                  f"{_EVENTS_INPUT}", markup=False)


_EVENTS_INPUT = 'dateline events expects JSON Lines, one object per line: {"text": ...}'
# error records kept back until a line is read: when none is, only the one message shows
_HOLD_ERRORS = 10_000


@cli_errors
def check_dates(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Files or folders (- for stdin); none with --db.")] = None,
    dct: DctOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
    spacy: Annotated[bool, typer.Option(
        "--spacy", help="Read the tense from spaCy's parse, as `dateline run` does for "
        "the verdicts it stores (about ten times slower); default: the word heuristic."
    )] = False,
    db: Annotated[Path | None, typer.Option(
        "--db", help="List the verdicts `dateline run` stored in this store instead of "
        "reading files (no PATH): redate_to is the date `run --reanchor` re-dated an "
        "article to (dct: the date it states), or would re-date a contradicted one to."
    )] = None,
    stories: Annotated[bool, typer.Option(
        "--stories", help="Also name the other articles checked with it (with --db: the "
        "store's other articles) when two or more of them tell its story a half-year or "
        "more away (told_elsewhere; four fold it into the verdict)."
    )] = False,
) -> None:
    """Check each article's stated date against its own content.

    Verdicts: consistent (nothing in the text disputes the date); suspicious (the text's
    dates fit another writing date better: a weak sign); contradicted (the text cannot
    have been written then: it tells of a later day in the past tense, say); unknown (no
    date). 'plausible' is the span of writing dates the text allows ('from 2024-03-01':
    no earlier). A contradicted article shows '-> DATE': the date `dateline run
    --reanchor` re-dates it to, reading its relative dates against that date instead
    (JSON: redate_to). The evidence names each span, with its offsets in JSON. The tense
    of a date's clause comes from a word heuristic unless --spacy (on TempEval-3 false
    alarms 1.17% either way; the parse catches more copies a year off). With
    --db, the verdicts a store keeps, as `dateline run` found them (with the parse).
    Over two or more articles each verdict is weighed with the others (with --db the
    store's other articles, a re-dated one as of the date it states; a copy of an article
    is never its witness): a consistent date whose story four or more of them tell around
    one time six months or more away becomes suspicious, and so does one whose own weak
    sign of a year's shift (JSON: hint; its weekdays fit a year away) one or more of them
    agree with, telling its story that far away on that side, or whose story they tell
    around the date a year away when its own text does not object (JSON: year_fit, how much
    better its cues fit a writing date a year before and after); a suspicious one that two or
    more tell within three days of becomes consistent (JSON: own_verdict keeps the text's
    own). With --db these are the weighed verdicts `dateline run` kept (date_stories: the
    ones `timeline`, `report` and `serve` show), weighed afresh only when some stored
    article was not checked with the others (`run --no-stories`, an older store).
    With --stories, an article whose story two or more of them tell that far away is also
    named with them (JSON: told_elsewhere), its verdict moved only as above, since a story
    retold a year later looks the same (bench/bench_corpus_dates.py).
    """
    check_format(fmt, ("table", "json"))
    rows = _date_checks(paths, dct, spacy, db, stories)
    if fmt == "json":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    _print_date_checks(rows)


def _date_checks(paths: list[str] | None, dct: str | None, spacy: bool, db: Path | None,
                 stories: bool) -> Iterable[dict[str, Any]]:
    """check-dates' rows: the verdicts a store keeps (``--db``, which takes no file's
    options) or those of the files checked now, each weighed with the others."""
    if db is not None:
        given = [name for name, on in (("PATH", bool(paths)), ("--dct", dct is not None),
                                       ("--spacy", spacy)) if on]
        if given:
            raise UsageError(f"check-dates --db lists the verdicts stored by `dateline run`; "
                             f"it takes no {', '.join(given)} (those check files: "
                             "dateline check-dates PATH...)")
        return _stored_weighed(db, stories)
    if not paths:
        raise UsageError("check-dates needs PATH... (files or folders, - for stdin) or "
                         "--db STORE (the verdicts `dateline run` stored)")
    return _with_stories(list(_file_checks(paths, dct, spacy, True)), stories)


def _print_date_checks(rows: Iterable[dict[str, Any]]) -> None:
    """check-dates' table: one row an article, its verdict with the date a contradicted one
    would be re-dated to, and its evidence (with told_elsewhere's reason)."""
    from rich.table import Table

    table = Table("article", "dct", "verdict", "plausible", "evidence", caption=_DATES_LEGEND)
    for r in rows:
        ev = _evidence_cell(r["evidence"])
        if r.get("told_elsewhere") and r["told_elsewhere"]["reason"] not in ev:
            ev = "; ".join(x for x in (ev, r["told_elsewhere"]["reason"]) if x)
        verdict = (r["verdict"] or "not checked") + (
            f" -> {r['redate_to']}" if r["redate_to"] else "")
        table.add_row(_article_label(r["path"], r["id"]), str(r["dct"] or "unknown"), verdict,
                      _plausible(r["earliest"], r["latest"]), ev)
    out.print(table)


def _file_checks(paths: list[str], dct: str | None, spacy: bool, text: bool = False
                 ) -> Iterator[dict[str, Any]]:
    """One row per article of ``paths``, checked now (streaming); with ``text`` the
    article's text too (key '_text', for :func:`_with_stories`)."""
    from dateline.cli._common import articles_only, parse_date_option, require_paths
    from dateline.datecheck import check_records_estimated
    from dateline.ingest import iter_records

    default = parse_date_option(dct, "--dct")
    require_paths(paths)
    records = articles_only(iter_records(paths, default_dct=default))
    for article, check, redate in check_records_estimated(records, parse=spacy):
        yield {
            "id": article.id,
            "path": article.path,
            "dct": iso_day(article.dct),
            "verdict": check.verdict,
            "earliest": iso_day(check.earliest),
            "latest": iso_day(check.latest),
            "redate_to": iso_day(redate),
            "hint": iso_day(check.hint),
            "year_fit": list(check.year_fit) if check.year_fit else None,
            "evidence": [
                {"text": e.text, "start": e.start, "end": e.end, "reason": e.reason}
                for e in check.evidence
            ],
            **({"_text": article.text} if text else {}),
        }


def _with_stories(rows: list[dict[str, Any]], told: bool) -> list[dict[str, Any]]:
    """Each row's verdict weighed with the other rows' articles (datecheck.stories.weighed:
    'own_verdict' keeps the text's own, the evidence says why it moved); with ``told``
    'told_elsewhere' too: the other articles that tell its story around another time, or
    None. The texts are dropped."""
    from datetime import date

    from dateline.datecheck.stories import (
        StoryIndex,
        backing_reason,
        fold_finding,
        hint_finding,
        hint_reason,
        weighed,
        year_reason,
        year_told,
    )

    def day(r: dict[str, Any]) -> date | None:
        return date.fromisoformat(r["dct"]) if r["dct"] else None

    texts = [r.pop("_text") for r in rows]
    if len(rows) < 2:
        return [{**r, "own_verdict": r["verdict"], **({"told_elsewhere": None} if told else {})}
                for r in rows]
    index = StoryIndex([(r["id"], day(r), t) for r, t in zip(rows, texts, strict=True)])
    where = {r["id"]: r["path"] for r in rows}

    def label(key: str) -> str:
        return _article_label(where[key], key)

    for r in rows:
        stated = day(r)
        finding = fold_finding(index, r["id"], stated)
        backing = index.backing(r["id"], stated)
        hint = date.fromisoformat(r["hint"]) if r.get("hint") else None
        hinted = hint_finding(index, r["id"], stated, hint)
        fit = (float(r["year_fit"][0]), float(r["year_fit"][1])) if r.get("year_fit") else None
        year_off = (None if hinted is not None
                    else year_told(index, r["id"], stated, hint, fit))
        r["own_verdict"] = r["verdict"]
        r["verdict"] = weighed(r["verdict"], finding, backing, hinted or year_off)
        if r["verdict"] != r["own_verdict"] and stated is not None:
            why = (finding.reason(label) if finding is not None and r["verdict"] == "suspicious"
                   else hint_reason(hinted, hint, label)
                   if hinted is not None and hint is not None and r["verdict"] == "suspicious"
                   else year_reason(year_off, label)
                   if year_off is not None and r["verdict"] == "suspicious"
                   else backing_reason(backing, stated, label))
            r["evidence"] = [*r["evidence"],
                             {"text": "", "start": None, "end": None, "reason": why}]
    return _told_elsewhere(rows, texts, index) if told else rows


def _told_elsewhere(rows: list[dict[str, Any]], texts: list[str],
                    index: Any = None) -> list[dict[str, Any]]:
    """Each row with 'told_elsewhere': the other rows' articles that tell its story around
    another time (datecheck.stories.StoryIndex.check), or None."""
    from datetime import date

    from dateline.datecheck.stories import StoryIndex

    def day(r: dict[str, Any]) -> date | None:
        return date.fromisoformat(r["dct"]) if r["dct"] else None

    if len(rows) < 2:
        return [{**r, "told_elsewhere": None} for r in rows]
    if index is None:
        index = StoryIndex([(r["id"], day(r), t) for r, t in zip(rows, texts, strict=True)])
    where = {r["id"]: r["path"] for r in rows}
    for r in rows:
        found = index.check(r["id"], day(r))
        r["told_elsewhere"] = None if found is None else {
            "around": found.told_on.isoformat(),
            "reason": found.reason(lambda key: _article_label(where[key], key)),
            "articles": [{"id": n.key, "path": where[n.key], "dct": n.dct.isoformat(),
                          "score": n.score, "shared": list(n.shared)}
                         for n in found.neighbours],
        }
    return rows


def _stored_weighed(db: Path, told: bool) -> list[dict[str, Any]]:
    """The stored verdicts weighed with the store's other articles: as ``dateline run`` kept
    them (date_stories.verdict, the verdict the timeline and the report show) when its check
    covers every stored article with the present settings; otherwise weighed now, as over
    files (:func:`_with_stories`). With ``told``, 'told_elsewhere' as there."""
    from dateline.cli._store import require_db
    from dateline.store import Store
    from dateline.store import stories as kept

    require_db(db)
    with Store(db, read_only=True) as store:
        fresh = kept.current(store.con)
        found = kept.weighed_verdicts(store.con) if fresh else {}
        far = kept.told_elsewhere(store.con) if fresh else {}
    if not fresh:
        return _with_stories(_stored_checks(db, True), told)
    rows = _stored_checks(db, told)
    where = {r["id"]: r["path"] for r in rows}
    for r in rows:
        r["own_verdict"] = r["verdict"]
        r["verdict"] = found.get(r["id"], r["verdict"])
        why = _moved_reason(r, far.get(r["id"]), lambda key: _article_label(where.get(key), key))
        if why:
            r["evidence"] = [*r["evidence"],
                             {"text": "", "start": None, "end": None, "reason": why}]
    return _told_elsewhere(rows, [r.pop("_text") for r in rows]) if told else rows


def _moved_reason(r: dict[str, Any], far: tuple[Any, list[str]] | None,
                  label: Callable[[str], str]) -> str | None:
    """Why the stored weighing moved a row's verdict, in words, from what the store keeps
    (the finding's date and witnesses, the article's hint); None when it did not move."""
    from datetime import date

    from dateline.datecheck.stories import backing_reason, hint_reason, told_reason

    if r["verdict"] == r["own_verdict"] or not r["dct"]:
        return None
    stated = date.fromisoformat(r["dct"])
    if r["verdict"] != "suspicious":
        return backing_reason((), stated)
    if far is None:
        return None
    why = told_reason(stated, far[0], far[1], label)
    hint = date.fromisoformat(r["hint"]) if r.get("hint") else None
    if hint is not None and (hint > stated) == (far[0] > stated) and hint != stated:
        return hint_reason(why, hint)
    return why


def _stored_checks(db: Path, text: bool = False) -> list[dict[str, Any]]:
    """One row per stored article, as :func:`_file_checks` gives it, from the verdicts,
    bounds and evidence ``dateline run`` stored (articles.date_*), in input order. An
    article ``run --reanchor`` re-dated stored its estimated date as ``dct``: its row
    gives the date it states as ``dct`` and the stored one as ``redate_to``; a contradicted
    article not re-dated gives the estimate stored with its verdict (null in a store written
    before schema v7); with ``text`` the stored text too (key '_text')."""
    from dateline.cli._store import require_db
    from dateline.datecheck import redated_from
    from dateline.store import Store

    require_db(db)
    with Store(db, read_only=True) as store:
        found = store.con.execute(
            "SELECT id, path, dct, date_verdict, date_earliest, date_latest, date_evidence, "
            "warnings, date_estimate, date_hint, date_fit_year_before, date_fit_year_after, "
            "text FROM articles "
            "ORDER BY path NULLS LAST, line NULLS FIRST, id"
        ).fetchall()
    rows = []
    for (aid, path, dct, verdict, earliest, latest, evidence, warnings, est, hint, before, after,
         body) in found:
        stated = redated_from(warnings)
        rows.append({
            "id": aid,
            "path": path,
            "dct": iso_day(stated or dct),
            "verdict": verdict,
            "earliest": iso_day(earliest),
            "latest": iso_day(latest),
            "redate_to": iso_day(dct) if stated else iso_day(est),
            "hint": iso_day(hint),
            # the stored check's fit is of the date it checked: a re-dated article's, of the
            # estimate, not of the date it states (its text is then read afresh)
            "year_fit": None if stated or before is None or after is None else [before, after],
            "evidence": [
                {"text": e["text"], "start": e["start_char"], "end": e["end_char"],
                 "reason": e["reason"]}
                for e in evidence or ()
            ],
            **({"_text": body} if text else {}),
        })
    return rows


_DATES_LEGEND = ("suspicious: the text's dates fit another writing date better (weak) · "
                 "contradicted: the text cannot have been written on that date; -> DATE: "
                 "what `dateline run --reanchor` re-dates it to · plausible: the writing "
                 "dates the text allows")


def _evidence_cell(evidence: list[dict[str, Any]], most: int = 3) -> str:
    """The first ``most`` pieces of evidence; one span read by two rules with the same
    reason is said once."""
    said = dict.fromkeys(f"{e['text']!r}: {e['reason']}" if e["text"] else e["reason"]
                         for e in evidence)
    return "; ".join(list(said)[:most])


def _plausible(earliest: str | None, latest: str | None) -> str:
    """'2024-03-01 .. 2024-04-30', 'from 2024-03-01', 'until ...', or '' (no bound);
    bounds that cross (one span says after March, another before) are named as such,
    not printed as a backwards range."""
    if earliest and latest and earliest > latest:
        return f"conflicting: from {earliest}, until {latest}"
    if earliest and latest:
        return f"{earliest} .. {latest}"
    if earliest:
        return f"from {earliest}"
    return f"until {latest}" if latest else ""


def _article_label(path: str | None, article_id: str) -> str:
    """The file, and for a many-article file which record: 'feed.jsonl #571'."""
    if not path:
        return article_id
    from dateline.cli._common import record_id

    record = record_id(article_id, Path(path))
    return f"{path} #{record}" if record else path


@cli_errors
def timeml(
    in_dir: Annotated[Path, typer.Argument(help="Folder of .tml files.")],
    out_dir: Annotated[Path, typer.Argument(help="Folder to write tagged .tml files to.")],
    spacy: Annotated[bool, typer.Option("--spacy", help="Use spaCy's tags for tense.")] = False,
) -> None:
    """Tag TimeML files with TIMEX3 (text kept byte-identical, DCT kept)."""
    from rich.markup import escape

    from dateline.timex.timeml import tag_folder

    if not in_dir.is_dir():
        raise UsageError(f"{in_dir}: {'not a folder' if in_dir.exists() else 'no such folder'}"
                         " (timeml tags every .tml file of a folder)")
    bad = 0

    def report(path: Path, problem: str, unreadable: bool) -> None:
        # one unreadable file is named and skipped; the rest are tagged
        nonlocal bad
        if unreadable:
            err.print(f"[bold red]error:[/] {escape(problem)}: skipped")
            bad += 1
        else:
            err.print(f"[yellow]warning:[/] {escape(str(path))}: {escape(problem)}")

    n = tag_folder(in_dir, out_dir, use_spacy=spacy, report=report)
    err.print(f"tagged {n} files into {out_dir}" + (f"; {bad} could not be read" if bad else ""))
    if bad:
        raise typer.Exit(1)


@cli_errors
def eval_tempeval(
    gold_dir: Annotated[list[Path], typer.Argument(help="Folders of gold .tml files.")],
    spacy: Annotated[bool, typer.Option("--spacy", help="Use spaCy's tags for tense.")] = False,
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Score the temporal tagger with the TempEval-3 Task A metrics."""
    from dateline.timex.evaluate import evaluate_folder, format_table

    check_format(fmt, ("table", "json"))
    for d in gold_dir:
        if not d.is_dir():
            raise UsageError(f"{d}: {'not a folder' if d.exists() else 'no such folder'} "
                             "(eval tempeval scores folders of gold .tml files)")
    scores = evaluate_folder(gold_dir, use_spacy=spacy)
    for why in scores.get("warnings", []):  # read all the same (Latin-1, broken XML)
        err.print(f"warning: {why}", markup=False)
    unreadable = scores.get("unreadable", [])
    for why in unreadable:  # named and left out; the rest are scored, and the exit code is 1
        err.print(f"error: {why}: left out", markup=False)
    if fmt == "json":
        print(json.dumps(scores, indent=2))
    else:
        print(format_table(scores))
    if unreadable:
        err.print(f"{len(unreadable)} file(s) could not be read and were left out of the "
                  "scores", markup=False)
        raise typer.Exit(1)
