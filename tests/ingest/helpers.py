"""Helpers: every ingest test writes its own files under tmp_path."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from dateline.config import Settings
from dateline.ingest import iter_records
from dateline.model import Article, Reject


def split(
    paths: Sequence[str | Path], **kw: object
) -> tuple[list[Article], list[Reject], list[Reject]]:
    """Run iter_records; return (articles, error rejects, warning rejects)."""
    arts: list[Article] = []
    errors: list[Reject] = []
    warns: list[Reject] = []
    for rec in iter_records(list(paths), **kw):  # type: ignore[arg-type]
        if isinstance(rec, Article):
            arts.append(rec)
        elif rec.kind == "warning":
            warns.append(rec)
        else:
            errors.append(rec)
    return arts, errors, warns


def small(max_chars: int) -> Settings:
    return Settings(max_chars=max_chars)
