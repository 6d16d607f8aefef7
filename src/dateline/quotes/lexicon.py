"""Cue lexicon (package data ``dateline/data/quotes/cues.json``), loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


def load_raw() -> dict[str, Any]:
    path = resources.files("dateline") / "data" / "quotes" / "cues.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class Cue:
    """What a cue lemma allows: which dependents carry content, whether it frames quotes."""

    lemma: str
    content: frozenset[str]
    direct: bool


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, Cue]
    according: tuple[tuple[str, ...], ...]  # "according to" as word tuples
    max_speaker_distance: int
    min_unattributed_words: int

    def cue(self, lemma: str) -> Cue | None:
        return self.cues.get(lemma.lower())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Merge the groups: a lemma in several groups allows the union of their dependents."""
    raw = load_raw()
    roles: dict[str, set[str]] = {}
    direct: dict[str, bool] = {}
    for group in raw["groups"]:
        for lemma in group["lemmas"]:
            roles.setdefault(lemma, set()).update(group["content"])
            direct[lemma] = direct.get(lemma, False) or bool(group["direct"])
    cues = {lem: Cue(lem, frozenset(r), direct[lem]) for lem, r in roles.items()}
    according = tuple(tuple(p.split()) for p in raw["according_to"]["phrases"])
    return Lexicon(
        cues, according, int(raw["max_speaker_distance_chars"]), int(raw["min_unattributed_words"])
    )
