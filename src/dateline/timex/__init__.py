"""Stage: TIMEX3 temporal expressions, tagged and normalised (HeidelTime style).

Rules, surface-form tables and tense cues are package data under
``dateline/timex/data``; the engine (:mod:`.engine`) compiles them once.

Public API:

* ``tag(text, dct, doc=None) -> tuple[Timex, ...]``: tids ``t1, t2 ...`` in text
  order; with a spaCy ``doc`` the tense of governing verbs comes from its tags
  and ``Timex.sentence`` from its sentences.
* ``apply(ann, doc) -> Annotation``: the pipeline stage.
* ``timex_tense(text, timex, doc=None) -> "past" | "done" | "present" | "future" | None``:
  the tense the resolver used (or would use) for that timex ("done": a finite past of an
  act over once told, "died on 25 June", whose day takes little grace past the DCT).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from dateline.model import Annotation, Timex
from dateline.timex.engine import make_tense, tag_text

__all__ = ["tag", "apply", "timex_tense"]


def tag(text: str, dct: date | str | None, doc: Any = None) -> tuple[Timex, ...]:
    """Find and normalise the time expressions of ``text`` against ``dct``.

    ``dct`` may be an ISO date string ("2025-03-18"), as the CLI and JSON inputs
    give it; anything else that is not a date is refused here with a
    :class:`TypeError` / :class:`ValueError` naming it, not deep in resolution.
    """
    return tag_text(text, _as_date(dct), doc)


def _as_date(dct: object) -> date | None:
    if dct is None or (isinstance(dct, date) and not isinstance(dct, datetime)):
        return dct
    if isinstance(dct, datetime):  # a timestamp's calendar day
        return dct.date()
    if isinstance(dct, str):
        try:
            return date.fromisoformat(dct.strip())
        except ValueError:
            raise ValueError(f"dct {dct!r} is not an ISO date (YYYY-MM-DD)") from None
    raise TypeError(f"dct must be a date, an ISO date string or None, not {type(dct).__name__}")


def timex_tense(text: str, timex: Timex, doc: Any = None) -> str | None:
    """Tense of the verb governing ``timex`` ("past" | "done" | "present" | "future" | None).

    Same function the resolver uses: spaCy tags when ``doc`` is given, else the
    parser-free heuristic over the clause around the expression. Only expressions
    without a year ("Tuesday", "Jan. 19", "in January") depend on it.
    """
    return make_tense(text, doc)(timex.start, timex.end)


def apply(ann: Annotation, doc: Any) -> Annotation:
    """Pipeline stage: fill ``ann.timexes`` (sentence index from ``ann.sentences``)."""
    found = tag_text(ann.article.text, ann.article.dct, doc)
    out = []
    for t in found:
        s = ann.sentence_at(t.start)
        out.append(dataclasses.replace(t, sentence=s.index if s is not None else t.sentence))
    return dataclasses.replace(ann, timexes=tuple(out))
