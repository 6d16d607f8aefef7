"""Stage: ingest (placeholder until the readers land)."""

from __future__ import annotations

from datetime import date

from dateline.model import Article, content_hash


def article_from_text(text: str, dct: date | str | None = None, path: str | None = None) -> Article:
    if isinstance(dct, str):
        dct = date.fromisoformat(dct)
    h = content_hash(text)
    return Article(id=h, text=text, dct=dct, dct_source="default" if dct else "unknown",
                   path=path, content_hash=h)
