"""The ingest tables (``dateline/data/ingest/formats.json``), loaded once.

Formats, date patterns and file-name rules are data so that supporting one more
date spelling or field name is an edit to the JSON file (with an example that
the tests run), not to the readers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class DatePattern:
    name: str
    regex: re.Pattern[str]
    examples: tuple[tuple[str, str | None], ...]


@dataclass(frozen=True, slots=True)
class Tables:
    date_patterns: tuple[DatePattern, ...]
    months: dict[str, int]
    min_year: int
    max_years_ahead: int
    gold_files: frozenset[str]
    skip_names: frozenset[str]
    extensions: dict[str, str]
    fields: dict[str, tuple[str, ...]]
    weekdays: frozenset[str]
    header_max_words: int
    header_examples: tuple[tuple[str, str | None], ...]


def _month_table(raw: dict[str, Any]) -> dict[str, int]:
    months = {k.lower(): int(v) for k, v in raw["months"].items()}
    for i, name in enumerate(raw["month_full"], start=1):
        months[name.lower()] = i
    return months


@lru_cache(maxsize=1)
def tables() -> Tables:
    """Parse and compile the table once per process."""
    text = resources.files("dateline").joinpath("data/ingest/formats.json").read_text("utf-8")
    raw = json.loads(text)
    patterns = tuple(
        DatePattern(
            p["name"],
            re.compile(r"\A(?:" + p["regex"] + r")\Z", re.IGNORECASE),
            tuple((str(a), b) for a, b in p["examples"]),
        )
        for p in raw["date_patterns"]
    )
    return Tables(
        date_patterns=patterns,
        months=_month_table(raw),
        min_year=int(raw["plausible"]["min_year"]),
        max_years_ahead=int(raw["plausible"]["max_years_ahead"]),
        gold_files=frozenset(n.lower() for n in raw["gold_files"]),
        skip_names=frozenset(n.lower() for n in raw["skip_names"]),
        extensions={k.lower(): v for k, v in raw["extensions"].items()},
        fields={k: tuple(v) for k, v in raw["fields"].items()},
        weekdays=frozenset(w.lower() for w in raw["header"]["weekdays"]),
        header_max_words=int(raw["header"]["max_words"]),
        header_examples=tuple((str(a), b) for a, b in raw["header"]["examples"]),
    )
