"""Page stamps: the date and clock time a crawled page prints under its headline.

A news page says when it was published ("Monday 7 June 2011 19.42 BST", "Tuesday, August
24, 2010; 9:52 PM"). A date with its year followed by a clock time, near the top of the
page, is that stamp: the page's own word on its writing date, which a crawl date or a
feed's date may get wrong. A date after a preposition times an event ("lost contact on 5
May 2016 at 03:15"), not the page. Only the first stamp counts (a blog page lists other
posts' stamps below it), and an update stamp ("Last updated: ...") or a reader's post
(:mod:`.notes`) is later, not the writing date. A day off is a time zone: reported, not
flagged (rule ``page_stamp_mismatch``). A 'last updated' stamp is a later note: the
writing date may precede it, never follow it (rule ``note_before_stated_date``); its
date is read as a limit, not in the past tense of 'updated' (:func:`dated_by_update`),
and one long after the stated date is suspicious (rule ``update_after_stated_date``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from dateline.datecheck.notes import in_note, page_notes
from dateline.datecheck.resources import rule
from dateline.datecheck.rules import Finding, Reading, interval, own_date_finding

_CLOCK_AFTER = re.compile(r"[;,]?\s+\d{1,2}[.:]\d\d\b")
# A stamp stands alone: "lost touch on 5 May 2016 at 03:15" times an event.
_PREP_BEFORE = re.compile(r"\b(?:on|at|by|since|from|until|till|before|after|of|in|to)\s*$",
                          re.IGNORECASE)
# "4 February 2031 Last updated at 17:21 GMT", "Page last updated at 13:26 GMT, Monday, 3
# February 2031": the page's last edit, which the writing date cannot follow.
_UPDATED_AFTER = re.compile(r"\s*,?\s*last\s+updated\s+at\s+\d{1,2}[.:]\d\d\b", re.IGNORECASE)
_UPDATED_BEFORE = re.compile(
    r"\blast\s+updated\s+at\s+\d{1,2}[.:]\d\d(?:\s+[A-Z]{2,4})?\s*,?\s*$", re.IGNORECASE
)
_UPDATE_BEFORE = re.compile(r"\b(?:updated|modified|amended|edited|revised)\b[^.\n]{0,24}$",
                            re.IGNORECASE)


def page_stamp(readings: Iterable[Reading], text: str) -> Reading | None:
    """The reading of the page's publication stamp, if the page has one near its top."""
    spec = rule("page_stamp_mismatch")
    notes: list[tuple[int, int]] | None = None
    for r in readings:
        m = r.mention
        if m.start > spec["max_offset"]:
            return None
        if m.day is None or m.year is None or not _CLOCK_AFTER.match(text, m.end):
            continue
        if _PREP_BEFORE.search(text, max(0, m.start - 8), m.start):
            continue
        notes = page_notes(text) if notes is None else notes
        if in_note(notes, m.start, m.end):
            continue  # a reader's post, stamped later: a limit (notes.py), not the stamp
        return None if _UPDATE_BEFORE.search(text, max(0, m.start - 40), m.start) else r
    return None


def update_stamp(readings: Iterable[Reading], text: str) -> Reading | None:
    """The reading of the page's 'last updated' stamp near its top, if any."""
    limit = rule("page_stamp_mismatch")["max_offset"]
    for r in readings:
        m = r.mention
        if m.start > limit:
            return None
        if m.day is not None and m.year is not None and (
            _UPDATED_AFTER.match(text, m.end)
            or _UPDATED_BEFORE.search(text, max(0, m.start - 48), m.start)
        ):
            return r
    return None


def dated_by_update(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with the update stamp's read as a limit ('bounded'): 'Last updated at
    11:27 GMT' puts its date in the past tense of 'updated', which would make an edit days
    after the writing date a past event after the stated date."""
    r = update_stamp(readings, text)
    if r is None or r.tense == "bounded":
        return readings
    return [Reading(x.mention, "bounded") if x is r else x for x in readings]


def update_findings(readings: list[Reading], text: str, dct: date) -> Iterator[Finding]:
    """An update stamp before the stated date: the article was written by then (rule
    ``note_before_stated_date``, as a page's later notes). One after it is no
    contradiction (a page is edited after it goes out), but a page is rarely edited long
    after: beyond the rule's ``near_days`` the stated date is the likelier error (rule
    ``update_after_stated_date``: within them reported, not flagged; suspicious up to
    ``far_days``, contradicted beyond)."""
    r = update_stamp(readings, text)
    span = None if r is None else interval(r.mention)
    if r is None or span is None or span[0] == dct:
        return
    if span[0] < dct:
        yield own_date_finding("note_before_stated_date", r.mention, span[0], dct)
        return
    spec = rule("update_after_stated_date")
    days = (span[0] - dct).days
    weight = (spec["weight_near"] if days <= spec["near_days"]
              else spec["weight_far"] if days > spec["far_days"] else spec["weight"])
    reason = str(spec["reason"]).format(date=span[0].isoformat(), dct=dct.isoformat(), days=days)
    m = r.mention
    # The writing date is on or before the edit: a limit from above.
    yield Finding("update_after_stated_date", m.start, m.end, m.text, reason, float(weight),
                  "latest", span[0])


def stamp_findings(readings: list[Reading], text: str, dct: date) -> Iterator[Finding]:
    """The stamps' dates against the stated one (``readings`` in text order)."""
    yield from update_findings(readings, text, dct)
    r = page_stamp(readings, text)
    span = None if r is None else interval(r.mention)
    if r is None or span is None or span[0] == dct:
        return
    yield own_date_finding("page_stamp_mismatch", r.mention, span[0], dct)
