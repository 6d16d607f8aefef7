"""Loading the date check's data files (lexicon and rules) shipped as package data.

Everything tunable (word lists, thresholds, weights, reason texts) lives in JSON under
``dateline/data/datecheck`` so that changing a threshold never means editing code.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from dateline.errors import DatelineError

_PACKAGE = "dateline"
_FOLDER = ("data", "datecheck")


def _load(name: str) -> dict[str, Any]:
    try:
        raw = resources.files(_PACKAGE).joinpath(*_FOLDER, name).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError) as exc:
        raise DatelineError(f"datecheck resource {name!r} could not be read: {exc}") from exc
    if not isinstance(data, dict):
        raise DatelineError(f"datecheck resource {name!r} is not a JSON object")
    return data


def load_json(name: str) -> dict[str, Any]:
    """Any JSON object shipped in ``dateline/data/datecheck`` (fitted tables, say)."""
    return _load(name)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """Month and weekday names, tense cue words, prospective verbs and prepositions."""
    return _load("lexicon.json")


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    """Per-rule weights, windows and reason templates, plus the verdict thresholds."""
    return _load("rules.json")


def rule(name: str) -> dict[str, Any]:
    """One rule's settings; a missing rule is a packaging error, not a user error."""
    try:
        spec: dict[str, Any] = rules()["rules"][name]
    except KeyError as exc:
        raise DatelineError(f"datecheck rule {name!r} missing from rules.json") from exc
    return spec


@lru_cache(maxsize=64)  # one per lexicon list (maxsize=1 recomputed them all, issue #4)
def word_set(key: str) -> frozenset[str]:
    """A lexicon list as a lower-cased set."""
    return frozenset(str(w).lower() for w in lexicon().get(key, ()))
