"""Readers' comments under an article: no source's claims, left out before any row is sought.
``disagree.json`` ``comments``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from dateline.merge.cluster import CanonicalEvent
from dateline.merge.disagree.common import disagree_section


@lru_cache(maxsize=1)
def _comment_stamp() -> re.Pattern[str]:
    """``disagree.json`` ``comments`` ``stamps`` as one pattern."""
    return re.compile("|".join(disagree_section("comments")["stamps"]))


def comment_stamp_at(sentence: str | None) -> int:
    """Where a reader's comment stamp ('At 09:15 pm on 3 Feb 2031 , reader1 wrote :')
    begins in a sentence, or -1."""
    hit = _comment_stamp().search(sentence or "")
    return -1 if hit is None else hit.start()


def comment_starts(events: Iterable[CanonicalEvent]) -> dict[str, int]:
    """Where each article's readers' comments begin: the offset of the first comment stamp
    ('At 09:15 pm on 3 Feb 2031 , reader1 wrote :') a mention's sentence holds. A reader's
    comment is no source's claim (``disagree.json`` ``comments``, with examples)."""
    out: dict[str, int] = {}
    for e in events:
        for m in e.mentions:
            if (hit := comment_stamp_at(m.sentence)) < 0:
                continue
            if m.sentence_start is not None:
                at = m.sentence_start + hit
            else:  # the stamp's offset from the trigger's (a stored sentence may be respaced)
                trig = (m.sentence or "").find(m.trigger) if m.trigger else -1
                if trig < 0:
                    continue
                at = m.start + hit - trig
            out[m.article_id] = min(at, out.get(m.article_id, at))
    return out


def without_comments(evs: list[CanonicalEvent]) -> list[CanonicalEvent]:
    """The events with their readers' comments left out (:func:`comment_starts`); an event
    only readers mention is dropped."""
    starts = comment_starts(evs)
    if not starts:
        return evs
    out = []
    for e in evs:
        kept = tuple(m for m in e.mentions if m.start < starts.get(m.article_id, m.start + 1))
        if len(kept) == len(e.mentions):
            out.append(e)
        elif kept:
            out.append(replace(e, mentions=kept))
    return out
