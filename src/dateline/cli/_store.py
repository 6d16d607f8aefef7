"""What every command over a store shares: the ``--db`` option, the missing-store error,
how a source is named in a table, and the marks after a date read against a disputed
article date. One place, so ``timeline``, ``quotes``, ``disagreements`` and
``check-numbers`` name sources and mark dates alike."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from dateline.cli._common import record_id
from dateline.errors import UsageError

DbOpt = Annotated[Path, typer.Option("--db", help="The DuckDB store file.")]
DEFAULT_DB = Path("dateline.duckdb")

#: the tables' marks after a date read against a disputed article date, and what each says
CONTRADICTED, REDATED, TOLD_ELSEWHERE = " ⚠", " ↻", " ⇄"
SAYS_CONTRADICTED = "⚠ the article's own content contradicts its date"
SAYS_REDATED = "↻ it did, and the article was re-dated by its content (run --reanchor)"
SAYS_TOLD_ELSEWHERE = ("⇄ the store's other articles tell the article's story half a year or "
                       "more from its date (check-dates --db --stories)")
LEGEND = ("≈ no source states the date: the article's date stands in · "
          f"{SAYS_CONTRADICTED} · {SAYS_REDATED} · {SAYS_TOLD_ELSEWHERE}")


def require_db(db: Path) -> None:
    """A usage error naming the file when the store does not exist (a read must not create one)."""
    if not db.exists():
        raise UsageError(f"{db}: no such store; create one with `dateline run PATH --db {db}`")


def redated_ids(store: Any) -> set[str]:
    """Ids of the contradicted articles --reanchor re-dated (their warning says so)."""
    return set(store.redated())


def date_mark(verdict: str | None, article_id: str | None, redated: set[str]) -> str:
    """The mark after a date read against its article's date: ⚠ when the article's content
    contradicts that date, ↻ when --reanchor re-dated the article (:func:`redated_ids`)."""
    if verdict != "contradicted":
        return ""
    return REDATED if article_id in redated else CONTRADICTED


def short(text: str, n: int = 140) -> str:
    """The text on one line, cut to ``n`` characters with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def source_name(src: dict[str, Any]) -> str:
    """What a reader recognises: the outlet, else the title, else the file name; an
    article that is one record of a many-article file adds which ('wire #a17'): a feed's
    records often share one outlet, and the outlet alone names none of them."""
    p = Path(str(src["path"])) if src.get("path") else None
    record = record_id(str(src.get("article_id") or ""), p) if p is not None else ""
    if src.get("source") or src.get("title"):
        name = (str(src["source"]) if src.get("source")
                else short(str(src["title"]), 40))
        return f"{name} #{record}" if record else name
    if p is not None:
        # folder/file: a corpus is often many folders of identically named files
        name = f"{p.parent.name}/{p.name}" if p.parent.name else p.name
        return f"{name} #{record}" if record else name
    return str(src.get("article_id"))
