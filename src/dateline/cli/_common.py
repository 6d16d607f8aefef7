"""Shared CLI plumbing: one-line errors with exit codes, stderr console, option parsing."""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console

from dateline.errors import DatelineError, UsageError
from dateline.model import record_id as record_id  # the one rule: listings show 'file #id'

P = ParamSpec("P")
R = TypeVar("R")

# Data goes to stdout; progress, summaries and errors to stderr.
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


def say_if_ambiguous(con: Any, name: str | None, option: str = "--entity") -> None:
    """On stderr, the people a title + surname (``name``) could be when several are alike
    often, so an empty answer is never silent (:func:`dateline.store.aliases.ambiguous_person`)."""
    from dateline.store.aliases import ambiguous_person

    found = ambiguous_person(con, name) if name else None
    if found is None:
        return
    shown = ", ".join(f"{who} ({n} mention{'' if n == 1 else 's'})" for who, n in found.people[:8])
    more = f" and {len(found.people) - 8} more" if len(found.people) > 8 else ""
    err.print(f"{name!r} could be any of {shown}{more}: none taken; name one "
              f"({option} {found.people[0][0]!r})")


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", markup=True, highlight=False)
    return typer.Exit(code)


def cli_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn library errors into one clear line and an exit code; never a traceback.

    Set DATELINE_DEBUG=1 to see the traceback of an unexpected error.
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except DatelineError as exc:
            raise fail(_escape(str(exc)), exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None
        except BrokenPipeError:
            # `dateline timeline | head`: the reader went away; that is not an error.
            sys.stderr.close()
            raise typer.Exit(0) from None
        except Exception as exc:
            if os.environ.get("DATELINE_DEBUG"):
                raise
            raise fail(_escape(f"{type(exc).__name__}: {exc}"), 1) from None

    return wrapper


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


#: The help of the options several commands share, so that they read (and mean) the same.
SINCE_HELP = "From this date on: YYYY-MM-DD, or YYYY-MM / YYYY for its first day."
UNTIL_HELP = "Up to this date: YYYY-MM-DD, or YYYY-MM / YYYY for its last day."
SinceOpt = Annotated[str | None, typer.Option("--since", help=SINCE_HELP)]
UntilOpt = Annotated[str | None, typer.Option("--until", help=UNTIL_HELP)]


def parse_date_option(value: str | None, name: str) -> date | None:
    """Parse an ISO date option. ``--since`` and ``--until`` also take a month (YYYY-MM)
    or a year (YYYY): its first day for --since, its last for --until ('--until 2025-03'
    keeps all of March). Any other option (``--dct``) needs a whole day."""
    if value is None:
        return None
    v = value.strip()
    partial = (len(v) == 4 and v.isdigit()) or (len(v) == 7 and v[4] == "-")
    try:
        if partial and name in ("--since", "--until"):
            year, month = int(v[:4]), (int(v[5:7]) if len(v) == 7 else None)
            if name == "--since":
                return date(year, month or 1, 1)
            if month is None or month == 12:
                return date(year, 12, 31)
            return date(year, month + 1, 1) - timedelta(days=1)
        return date.fromisoformat(v)
    except ValueError:
        raise UsageError(f"{name}: {value!r} is not a date (use YYYY-MM-DD)") from None


def require_paths(paths: Iterable[str]) -> None:
    """A path named on the command line that is not there is a usage error (exit 2, nothing
    done, no store created); inside folders, unreadable files are rejects as usual."""
    from pathlib import Path

    for p in paths:
        if p != "-" and not Path(p).exists():
            raise UsageError(f"{p}: no such file or folder")


def articles_only(records: Iterable[Any]) -> Iterator[Any]:
    """The Articles of an ingest stream; each Reject is named on stderr (file and line, why)
    and passed over, so that read-only commands never drop bad input silently."""
    from dateline.model import Reject

    for r in records:
        if isinstance(r, Reject):
            where = f"{r.path}:{r.line}" if r.line else r.path
            err.print(f"[yellow]{r.kind}:[/] {_escape(where)}: {_escape(r.reason)}")
        else:
            yield r


def show_progress() -> bool:
    return err.is_terminal


def check_format(fmt: str, choices: tuple[str, ...]) -> None:
    """The one usage error every ``--format`` option gives."""
    if fmt not in choices:
        raise UsageError(f"--format: {fmt!r} is not one of {', '.join(choices)}")


def print_records(
    rows: list[dict[str, Any]],
    fmt: str,
    table: Callable[[], Any],
    csv_fields: tuple[str, ...] = (),
    csv_row: Callable[[dict[str, Any]], dict[str, Any]] = lambda r: r,
) -> None:
    """Records to stdout: one JSON object a line, CSV with a header (``csv_fields``, each
    row through ``csv_row``), or the rich table ``table()`` builds for people."""
    if fmt == "json":
        for r in rows:
            out.print(json.dumps(r, ensure_ascii=False), markup=False, highlight=False)
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=csv_fields, extrasaction="ignore")
        w.writeheader()
        w.writerows(csv_row(r) for r in rows)
        out.print(buf.getvalue(), markup=False, highlight=False, end="")
    else:
        out.print(table())
