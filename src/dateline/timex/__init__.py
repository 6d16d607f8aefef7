"""Stage: TIMEX3 temporal expressions, tagged and normalised (HeidelTime style).

Rules, surface-form tables and tense cues are package data under
``dateline/timex/data``; the engine (:mod:`.engine`) compiles them once.

Public API:

* ``tag(text, dct, doc=None) -> tuple[Timex, ...]``: tids ``t1, t2 ...`` in text
  order; with a spaCy ``doc`` the tense of governing verbs comes from its tags
  and ``Timex.sentence`` from its sentences.
* ``apply(ann, doc) -> Annotation``: the pipeline stage.
* ``timex_tense(text, timex, doc=None) -> "past" | "present" | "future" | None``:
  the tense the resolver used (or would use) for that timex.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from dateline.model import Annotation, Timex
from dateline.timex.engine import make_tense, tag_text

__all__ = ["tag", "apply", "timex_tense"]


def tag(text: str, dct: date | None, doc: Any = None) -> tuple[Timex, ...]:
    """Find and normalise the time expressions of ``text`` against ``dct``."""
    return tag_text(text, dct, doc)


def timex_tense(text: str, timex: Timex, doc: Any = None) -> str | None:
    """Tense of the verb governing ``timex`` ("past" | "present" | "future" | None).

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
