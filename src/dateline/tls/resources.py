"""Package data of the timeline summarizer (``dateline/data/tls/*.json``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """Parsed JSON of ``data/tls/<name>``; cached because every call site is hot."""
    ref = resources.files("dateline").joinpath("data", "tls", name)
    return json.loads(ref.read_text("utf-8"))
