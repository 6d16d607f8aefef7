"""Dates told as the start of a span up to now ("ferries turned back since 8 July").

Such a date is one the story names, so a later "the next day" may count from it, but
not the day the story tells: a later "in the afternoon" or "overnight" is not of it.
Its partial is marked (``Partial.opens``) before resolution, so its point is
(``resolve.Point.opens``) wherever it becomes the narrative anchor; a text with no
"since" (most, and a run of dates) costs one search.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Any

from dateline.timex.partial import Partial

_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
#: how far after "since" a date still belongs to its phrase or clause
_REACH = 56
#: punctuation that ends that phrase or clause
_STOP = re.compile(r"[.,;:!?()]")


def since_ends(text: str) -> list[int] | None:
    """Ends of the words "since" in ``text``; None where there is none."""
    if "ince" not in text and "INCE" not in text:  # 'since', 'Since', 'SINCE'
        return None
    return [m.end() for m in _SINCE.finditer(text)] or None


def as_told(text: str, kept: list[Any], partials: list[Partial],
            ends: list[int]) -> list[Partial]:
    """``partials`` (of the matches ``kept``, with a ``start``) with each point that
    "since" precedes in its phrase or clause marked ("since 8 July", "since the
    blockade began on 8 July")."""
    out = list(partials)
    for i, (c, p) in enumerate(zip(kept, partials, strict=True)):
        k = bisect.bisect_right(ends, c.start)
        # (a point counted from the narrative, "then", never becomes it)
        if (p.kind == "point" and p.anchor != "narrative" and k and c.start - ends[k - 1] <= _REACH
                and not _STOP.search(text, ends[k - 1], c.start)):
            out[i] = replace(p, opens=True)
    return out
