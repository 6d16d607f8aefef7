"""dateline: a sourced, dated record of what happened, from dated news articles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from dateline.model import Annotation


def annotate(text: str, dct: Any = None) -> Annotation:
    """Annotate one article's text against its document creation time ``dct``."""
    from dateline.pipeline import annotate as _annotate

    return _annotate(text, dct)


def open(db: str = "dateline.duckdb", read_only: bool = False) -> Any:  # noqa: A001
    """Open (or create) a store; see :class:`dateline.store.Store`."""
    from dateline.store import Store

    return Store(db, read_only=read_only)


__all__ = ["annotate", "open", "__version__"]
