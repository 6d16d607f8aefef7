"""Package data of the timeline summarizer (``dateline/data/tls/*.json``)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Parsed JSON of ``data/tls/<name>``; cached because every call site is hot."""
    ref = resources.files("dateline").joinpath("data", "tls", name)
    return json.loads(ref.read_text("utf-8"))
