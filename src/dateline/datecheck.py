"""Stage: datecheck (placeholder until its implementation lands)."""

from __future__ import annotations

from typing import Any

from dateline.model import Annotation


def apply(ann: Annotation, doc: Any) -> Annotation:
    return ann
