"""Stage: TIMEX3 temporal expressions (placeholder until the engine lands)."""

from __future__ import annotations

from datetime import date
from typing import Any

from dateline.model import Annotation, Timex


def tag(text: str, dct: date | None, doc: Any = None) -> tuple[Timex, ...]:
    return ()


def apply(ann: Annotation, doc: Any) -> Annotation:
    return ann
