"""Stage: numbers — reported quantities (exact and vague) and what they count.

Decisions (documented here because users rely on them):

* ``value`` is the best single reading; for vague plurals ("hundreds") it is the
  conservative lower bound from ``data/numbers/vague.json`` and ``low``/``high``
  give the plausible range.
* Bounding words ("nearly 1,800") set ``approx`` and one bound (``high=1800``).
* Money and percentages are kept, with the unit in ``counts`` ("dollars",
  "percent"), because journalists check them like any other figure.
* Not reported: years, dates, times, ordinals, durations ("15-year"), labels
  ("Phase 2"), designations ("level 5", "phase six", "Category 4 hurricane": a rung of a
  scale, :mod:`dateline.numbers.designation`) and anything overlapping a timex.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.model import Annotation
from dateline.numbers.find import find

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["apply", "find"]


def apply(ann: Annotation, doc: Doc | None) -> Annotation:
    skip = [(tx.start, tx.end) for tx in ann.timexes]
    found = find(ann.article.text, doc, skip, ann.sentences)
    return replace(ann, quantities=found)
