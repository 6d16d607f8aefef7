"""Resolution (phase two) over one text, and :func:`tag_text`, both phases.

Matching (phase one) is in :mod:`.candidates`: the kept matches, each built into a
:class:`Partial`. Here each becomes a value: points feed the narrative anchor;
"from Feb. 3 to April 9" resolves both ends together so the end is never before
the start.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from itertools import chain, count, product
from types import SimpleNamespace
from typing import Any, Protocol

from dateline.gcpause import gc_paused
from dateline.model import Timex
from dateline.timex.candidates import BUILT, Candidate, build_match, kept_candidates
from dateline.timex.clockday import clock_days
from dateline.timex.partial import Partial
from dateline.timex.resolve import BY_QUARTER, Point, resolve, resolve_point
from dateline.timex.rules import ruleset
from dateline.timex.spanstart import as_told, since_ends
from dateline.timex.tense import TenseIndex, WindowRun, spacy_tense

_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and)\s*", re.IGNORECASE)
_RANGE_INTRO = re.compile(r"(?:from|between|since)\s+$", re.IGNORECASE)
_DASHES = ("-", "–", "—")

#: _timexes and _probe make objects without their __init__
_new = object.__new__


def make_tense(text: str, doc: Any = None) -> Callable[[int, int], str | None]:
    """The tense function the engine uses: spaCy tags when ``doc`` is given."""
    index = TenseIndex(text)  # reads the text's words on first use only
    if doc is None:
        # the bound method: calling an instance looks its __call__ up on every call
        # (a run of dates asks once per timex)
        return index.__call__

    def tense(start: int, end: int) -> str | None:
        # "has been extended until Monday": the parse sees a past verb, but the
        # preposition makes the day a deadline ahead, as the heuristic knows
        if index.deadline(start):
            return "future"
        t = spacy_tense(doc, start, end)
        if t == "past" and index.done_noun(start):
            return "done"  # "resulted in the singer's death on 25 June" (tense.json done_nouns)
        if t is not None:
            return t
        return index(start, end)

    return tense


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def is_range(text: str, a: _Span, b: _Span) -> bool:
    """Do two expressions, ``a`` before ``b``, make one range ('from Feb. 3 to April 9',
    'March 1-3', 'between May and June')?"""
    if b.start - a.end > 12:
        return False
    sep = text[a.end:b.start]
    if sep in _DASHES:  # what the rest would conclude, in one look-up ('May 1-4')
        return True
    if sep.isspace() or not _RANGE_SEP.fullmatch(sep):  # (spaces alone: no separator)
        return False
    before = text[max(0, a.start - 12):a.start]
    return sep.strip() in _DASHES or bool(_RANGE_INTRO.search(before))


def _sentence_index(doc: Any) -> Callable[[int], int | None]:
    """Offset -> index of the doc sentence holding it (None without a parsed doc)."""
    if doc is None or not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return lambda _start: None
    starts = [s.start_char for s in doc.sents]
    return lambda start: max(bisect.bisect_right(starts, start) - 1, 0)


def _range_links(text: str, kept: list[Candidate], partials: list[Partial]) -> list[bool]:
    """``links[i]``: timexes i - 1 and i make one range ('from Feb. 3 to April 9', 'March
    1-3'; asked only of two that both name a month); ``links[0]`` and ``links[n]`` are
    False. The loop reads each twice, as i's range end ahead and as i + 1's start behind,
    so it is asked once here (a run of dates asks at every date)."""
    links = [False] * (len(kept) + 1)
    for i in range(1, len(kept)):
        a, b = kept[i - 1], kept[i]
        if (b.start - a.end <= 12 and partials[i - 1].month is not None
                and partials[i].month is not None):
            # is_range's first two answers without its call: a dash alone, or spaces alone
            sep = text[a.end:b.start]
            links[i] = sep in _DASHES or (not sep.isspace() and is_range(text, a, b))
    return links


def _resolve_all(text: str, dct: date | None, kept: list[Candidate], partials: list[Partial],
                 tense: Callable[[int, int], str | None]) -> tuple[list[str | None], list[str]]:
    """Phase two over the kept matches in text order: (values, anchors). The steps a
    run of dates takes at every timex (a range's end, a plain point, a tense in a
    stretch known periodic) stay in this loop, reading locals only: a call per timex
    would be a measurable share of such a run. The rest is :class:`_Story`'s."""
    values: list[str | None] = [None] * len(kept)
    anchors: list[str] = ["dct" if dct else "none"] * len(kept)
    story = _Story(text, dct)
    periods, values_of = story.periods, story.values_of
    links = _range_links(text, kept, partials)
    narrative: Point | None = None
    narrative_at = -1
    # the quarter under report (see _reported): "the quarter", "the year-earlier
    # period", "the 1988 period" count from it, not from a quarter named in passing
    reported: Point | None = None
    # the last look-up of story.plain and story.range_end, by the objects it was asked
    # of: a run of dates asks the same again at every date, which then needs no call
    plain_e: tuple[Any, Any] = ((), None)
    plain_p = plain_n = plain_t = plain_r = plain_pr = end_p = end_n = end_near = _NONE
    end_e = plain_e
    pt: Point | None = None
    index = _tense_index(tense)
    run: WindowRun | None = None  # index.run, re-read after each call (see _tense_index)
    for i, (c, p) in enumerate(zip(kept, partials, strict=True)):
        if p.kind == "duration" and _months_span(p):
            periods.months_end = c.end
        if values[i] is not None:  # already resolved as the start of a range
            continue
        if p.anchor == "narrative" and narrative is not None:
            anchors[i] = "narrative"
        if links[i + 1] and p.kind == "point" and p.year is None and story.from_end(
                i, p, partials[i + 1], narrative, values, anchors):
            continue
        prev_range = links[i]
        prev_pt = narrative if prev_range else None
        range_end = (prev_pt is not None and p.kind == "point" and p.year is None
                     and p.rel_unit is None)
        # "same" (a quarter of the anchor's year) also asks: a past one has begun; a
        # range's end goes ahead of its start whatever the tense (no direction of "tense")
        if p.dir in ("tense", "same") and not range_end:
            s, e = c.start, c.end
            if run is not None and (d := s - run.start) == run.step and e - run.end == d and (
                    s <= run.upto):
                run.start, run.end = s, e
                t = run.answer
            else:
                t = tense(s, e)
                run = index.run if index is not None else None
        else:
            t = None
        if range_end and prev_pt is not None:
            # "from Feb. 3 to April 9": the end is the first one not before the start
            # (prev_pt, the start, is the narrative; redirecting p keeps its anchor)
            near = reported if p.anchor == "latest" and reported else narrative
            if p is not end_p or narrative is not end_n or near is not end_near:
                end_e = story.range_end(p, prev_pt, near)
                end_p, end_n, end_near = p, narrative, near
            values[i], pt, short = end_e[1]
            anchors[i] = "range"
            if short and (story.ended is False or pt.gran != "D"):
                narrative, narrative_at = pt, c.end  # all the rest would do (see _range_end)
                continue
        elif p.rel_unit is None and p.kind == "point":
            if (p is not plain_p or narrative is not plain_n or t is not plain_t
                    or reported is not plain_r or prev_range is not plain_pr):
                plain_e = story.plain(p, t, narrative, reported, prev_range)
                plain_p, plain_n, plain_t, plain_r, plain_pr = (
                    p, narrative, t, reported, prev_range)
            values[i], pt, short = plain_e[1]
            if short:
                narrative, narrative_at = pt, c.end  # all the rest would do (see _plain)
                continue
        else:
            values[i] = periods.value(text, c.start, p, dct, t, narrative, narrative_at,
                                      reported, values_of)
            pt = story.point(p, prev_pt, narrative, reported, t) if p.kind == "point" else None
        narrative, narrative_at, reported = story.told(c, p, values[i], pt, narrative,
                                                       narrative_at, reported)
    return values, anchors


def _tense_index(tense: Callable[[int, int], str | None]) -> TenseIndex | None:
    """The tense index behind ``tense`` when it is one's bound method (no parsed doc):
    :func:`_resolve_all` reads its run of windows after each call, and answers a run of
    dates' call one word on inside the stretch known periodic itself (see WindowRun)."""
    index = getattr(tense, "__self__", None)
    return index if isinstance(index, TenseIndex) else None


class _Story:
    """What :func:`_resolve_all` knows of the text beyond its loop's locals: the financial
    periods named so far, whether the text says "end" at all, the per-text memos, and the
    steps off a run of dates' path (a memo missed, a relative point, the narrative fed)."""

    __slots__ = ("text", "dct", "periods", "ended", "redirected", "values_of", "ends_of",
                 "points_of", "plain_of")

    def __init__(self, text: str, dct: date | None) -> None:
        self.text, self.dct = text, dct
        self.periods = _Periods()
        # does the text hold "end" at all? If not, no day closes a period ("ended") and
        # the search before each day is skipped (a run of dates has 170,000 days a MB);
        # asked once, at the first day
        self.ended: bool | None = None
        self.redirected, self.values_of, self.ends_of, self.points_of, self.plain_of = _memos()

    def from_end(self, i: int, p: Partial, end: Partial, narrative: Point | None,
                 values: list[str | None], anchors: list[str]) -> bool:
        """Timex ``i``, a range's start without a year, and ``end`` after it resolved
        together when the end states the year (:func:`_year_from_end`); False where it
        does not or names no point, and ``i`` is resolved alone."""
        if end.year is None:
            return False
        both = _year_from_end(p, end, self.dct, narrative, self.redirected)
        if both is None:
            return False
        values[i], values[i + 1] = both
        anchors[i] = "range"
        return True

    def range_end(self, p: Partial, start: Point, near: Point | None) -> tuple[Any, Any]:
        """:func:`_range_end`'s memo entry for a range's end ``p`` after ``start``."""
        key = (id(p), id(start), id(near))
        return self.ends_of.get(key) or self.ends_of.fill(
            key, _range_end, p, start, near, self.redirected)

    def plain(self, p: Partial, t: str | None, narrative: Point | None,
              reported: Point | None, prev_range: bool) -> tuple[Any, Any]:
        """:func:`_plain`'s memo entry for the plain point ``p``."""
        key = (id(p), t, id(narrative), id(reported), prev_range)
        return self.plain_of.get(key) or self.plain_of.fill(
            key, _plain, p, self.dct, narrative, reported, prev_range, t)

    def point(self, p: Partial, prev_pt: Point | None, narrative: Point | None,
              reported: Point | None, t: str | None) -> Point | None:
        """The point of a relative point timex (a range's start counts from the day before
        it); "the latest quarter" is the quarter under report."""
        base = self.dct if prev_pt is None else prev_pt.day
        near = reported if p.anchor == "latest" and reported else narrative
        key = (id(p), base, id(near), t)
        return (self.points_of.get(key)
                or self.points_of.fill(key, resolve_point, p, base, near, t))[1]

    def told(self, c: Candidate, p: Partial, v: str | None, pt: Point | None,
             narrative: Point | None, narrative_at: int, reported: Point | None,
             ) -> tuple[Point | None, int, Point | None]:
        """(narrative, its end, quarter under report) after the timex ``c`` of value ``v``
        and point ``pt``: a quarter value, a day closing a period and a stated point are
        remembered for the timexes that compare with them."""
        if v is not None and v[5:6] == "Q" and _quarter_value(v):  # (no call for most values)
            self.periods.quarter(v, c.end, p.anchor == "latest")
        if p.kind != "point" or pt is None:
            return narrative, narrative_at, reported
        text = self.text
        if pt.gran == "D":
            if self.ended is None:
                self.ended = _CLOSING_STEM in text.lower()  # (a case-blind search costs more)
            if self.ended and _CLOSED_BY.search(text, max(c.start - 9, 0), c.start):
                self.periods.closed, self.periods.closed_at = pt.day, c.end
        if p.anchor in (None, "named", "latest") and (
                narrative is None or narrative.gran != "Q"  # _closes, no call
                or not _closes(text, narrative, narrative_at, c.start)):
            # only what the text states feeds the narrative, not derived points ("a year
            # earlier" must not move the anchor for the next one); a day counted from a
            # named one ("the day before last Tuesday") is stated, and so is "the latest
            # quarter" (the quarter under report)
            narrative, narrative_at = pt, c.end
            if pt.gran == "Q":
                reported = _reported(text, c.end, p, pt, self.dct, reported)
        return narrative, narrative_at, reported


def _memos() -> tuple[_Memo, _Memo, _Memo, _Memo, _Memo]:
    """The per-text memos of :func:`_resolve_all`: (redirected, values_of, ends_of,
    points_of, plain_of).

    ``redirected``: a range's end (or start) read in one direction, (id p, way) ->
    partial: dataclasses.replace is slow and a list of dates repeats the same few
    partials, so each is redirected once per text (keyed by the partial's id: hashing
    a partial walks its 24 fields).

    The others: resolve(p, dct, anchor, tense) and resolve_point of the plain cases:
    a run of dates repeats a few (partial, anchor, tense) triples. The partial and the
    anchor point are keyed by their ids (equal points are mostly the same object, out
    of resolve_point's memo); each entry keeps both objects, so no id is reused by
    another object while the entry lives. ``values_of``: (id p, id anchor, tense) ->
    value; ``ends_of``: (id p, id narrative: the start, id near) -> (value, point,
    short) of a range's end; ``points_of``: (id p, base day, id narrative, tense) ->
    point; ``plain_of``: (id p, tense, id narrative, id reported, prev_range) ->
    :func:`_plain`."""
    return _Memo(), _Memo(), _Memo(), _Memo(), _Memo()


def _year_from_end(p: Partial, end: Partial, dct: date | None, narrative: Point | None,
                   redirected: _Memo) -> tuple[str | None, str] | None:
    """"Jan. 19 to March 1, 2025": the end carries the year for both. (start value, end
    value), the start read back from the end's day; None where the end has no point."""
    end_pt = resolve_point(end, dct, narrative, None)
    if end_pt is None:
        return None
    key = (id(p), "past")
    back = (redirected.get(key) or redirected.fill(key, _redirect, p, "past"))[1]
    return resolve(back, end_pt.day, narrative, None), end_pt.value


def _reported(text: str, end: int, p: Partial, pt: Point, dct: date | None,
              reported: Point | None) -> Point | None:
    """The quarter under report once ``pt``, a quarter the text states, is the
    narrative: the first one begun by the DCT, or one a roundup reports anew."""
    if dct is not None and pt.day <= dct and (
            reported is None or (p.year is None and _reports_anew(text, end, pt.day, dct))):
        return pt
    return reported


class _Periods:
    """The financial periods an earnings story names, as :func:`_resolve_all` meets
    them, and the values of the timexes that compare them ("a year earlier", "the
    year-earlier period"). Read by relative timexes only: a run of plain dates passes
    it by."""

    __slots__ = ("months_end", "last_q", "last_q_at", "latest_q", "latest_at", "closed",
                 "closed_at")

    def __init__(self) -> None:
        # end of the last span of months that is no quarter ("the nine months", "the
        # year ended Sept. 30"): "a year earlier" in its sentence compares that span,
        # so it keeps the year, not the quarter the story reports on
        self.months_end = -1
        # the last quarter a timex gave, derived ones too ("in the quarter"), and its
        # end: "a year ago" in its sentence compares that quarter
        self.last_q: Point | None = None
        self.last_q_at = -1
        # the end of the last "latest quarter" / "latest period" and its quarter
        self.latest_q: Point | None = None
        self.latest_at = -1
        # the last day that closes a period ("the half year ended Aug. 12") and its end
        self.closed: date | None = None
        self.closed_at = -1

    def quarter(self, v: str, end: int, latest: bool) -> None:
        """A timex ending at ``end`` has the quarter value ``v``."""
        self.last_q = Point(date(int(v[:4]), 3 * int(v[6]) - 2, 1), "Q", v)
        self.last_q_at = end
        if latest:
            self.latest_q, self.latest_at = self.last_q, end

    def value(self, text: str, start: int, p: Partial, dct: date | None, t: str | None,
              narrative: Point | None, narrative_at: int, reported: Point | None,
              values_of: _Memo) -> str | None:
        """The value of a timex that is no range end and no plain point (a relative
        point, a duration, a set) starting at ``start``."""
        if (self.closed is not None and p.rel_unit == "Y" and p.rel == -1
                and p.anchor in ("dct", "narrative")
                and _same_sentence(text, self.closed_at, start)):
            # "for the half year ended Aug. 12, profit fell to $6 million from $18 million
            # a year earlier": the period's closing day a year back
            return _year_before(self.closed)
        if (p.anchor and p.rel_unit in ("Y", "Q") and self.months_end >= 0
                and _same_sentence(text, self.months_end, start)):
            return _span_year_back(p, dct, t, narrative, reported)
        near = reported if p.anchor in BY_QUARTER and reported else narrative
        # "a year ago" in a sentence naming no quarter compares the quarter under
        # report, not one an earlier sentence named in passing ("After a flat
        # second quarter, ... Costs were below a year ago")
        if (p.rel_unit == "Y" and p.anchor in ("dct", "narrative") and reported is not None
                and near is not None and near.gran == "Q"
                and not _same_sentence(text, narrative_at, start)):
            near = reported
        elif (p.rel_unit == "Y" and p.anchor in ("dct", "narrative") and self.last_q is not None
                and (near is None or near.gran != "Q")
                and _same_sentence(text, self.last_q_at, start)):
            # "loans were $6 million in the quarter against $9 million a year
            # ago" after a year named in passing: the quarter a year back
            near = self.last_q
        if (self.latest_q is not None and p.rel_unit == "Y" and p.rel == -1
                and p.anchor is None and _same_sentence(text, self.latest_at, start)):
            # "a loss in the latest quarter, against a profit last year": the
            # latest quarter's year-back twin
            return f"{self.latest_q.day.year - 1:04d}{self.latest_q.value[4:]}"
        key = (id(p), id(near), t)
        return (values_of.get(key) or values_of.fill(key, resolve, p, dct, near, t))[1]


def _span_year_back(p: Partial, dct: date | None, t: str | None, narrative: Point | None,
                    reported: Point | None) -> str | None:
    """"For the nine months, net rose from $2 million a year earlier" / "compared with
    year-earlier net" / "with $9 million in the 1988 period", in the sentence of a span
    of months: that span a year back, i.e. the year."""
    near = narrative
    if near is not None and near.gran == "Q":
        # the quarter the span ends in (a year-earlier span keeps only its year)
        ref: date | None = near.day
        near = Point(near.day, "Y", f"{near.day.year:04d}")
    else:
        ref = dct
    if reported is not None:
        ref = reported.day
    if p.rel_unit == "Q" and p.anchor in ("quarter", "period") and p.rel == -4 and (
            ref is not None):
        return f"{ref.year - 1:04d}"
    if p.rel_unit == "Q" and p.year is not None:  # "the 1988 period": its year
        return f"{p.year:04d}"
    return resolve(p, dct, near, t)


#: Entries of the per-text memos of :func:`_resolve_all` before they are emptied.
_PER_TEXT_MAX = 100_000


class _Memo(dict[Any, tuple[tuple[Any, ...], Any]]):
    """A per-text memo of :func:`_resolve_all`, emptied when it outgrows _PER_TEXT_MAX.
    Each entry is (arguments, answer): it keeps the arguments it was computed from, so
    an object whose id is part of a key is not freed (and its id reused) while the
    entry lives. Read as ``(memo.get(key) or memo.fill(key, fn, *args))[1]``: a hit
    costs one look-up and no call (a run of dates asks three times per timex)."""

    def fill(self, key: Any, fn: Callable[..., Any], *args: Any) -> tuple[tuple[Any, ...], Any]:
        if len(self) > _PER_TEXT_MAX:
            self.clear()
        entry = self[key] = (args, fn(*args))
        return entry


#: Matches no key part of _resolve_all's memos (its "last look-up" before the first).
_NONE: Any = object()


def _plain(p: Partial, dct: date | None, narrative: Point | None, reported: Point | None,
           prev_range: bool, t: str | None) -> tuple[str | None, Point | None, bool]:
    """(value, point, short) of a plain point (no relative unit, no range end):
    everything the loop reads for it is an argument, so one memo entry stands for all.
    ``short``: the rest of the loop's step would only make the point the narrative
    (no quarter value, no day or quarter point, an anchor that feeds the narrative
    and a narrative no quarter), reading nothing of the text (a run of months)."""
    near = reported if p.anchor in BY_QUARTER and reported else narrative
    base = narrative.day if prev_range and narrative is not None else dct
    # the loop's point of a timex: "the latest quarter" is the quarter under report
    near_pt = reported if p.anchor == "latest" and reported else narrative
    v, pt = resolve(p, dct, near, t), resolve_point(p, base, near_pt, t)
    short = (pt is not None and pt.gran not in ("D", "Q") and not _quarter_value(v)
             and p.anchor in (None, "named", "latest")
             and (narrative is None or narrative.gran != "Q"))
    return v, pt, short


def _quarter_value(v: str | None) -> bool:
    """A quarter's value ("1989-Q3"): the loop's last quarter, and no short step."""
    return (v is not None and len(v) == 7 and v[5] == "Q" and v[:4].isdigit()
            and v[6] in "1234" and v[:4] != "0000")


def _range_end(p: Partial, start: Point, near: Point | None,
               redirected: _Memo) -> tuple[str | None, Point | None, bool]:
    """(value, point, short) of a range's end ``p`` read ahead from its ``start`` (the
    narrative), its point as the loop would find it (base: the start's day; no tense):
    all in one memo entry (a run of 'May 1-May 2' ranges asks at every date).
    ``short`` as :func:`_plain`'s, but a day may be short too: the loop still looks
    for a closing word before it where the text has one."""
    key = (id(p), "future")
    p = (redirected.get(key) or redirected.fill(key, _redirect, p, "future"))[1]
    v, pt = resolve(p, start.day, start, None), resolve_point(p, start.day, near, None)
    short = (pt is not None and pt.gran != "Q" and not _quarter_value(v)
             and p.anchor in (None, "named", "latest") and start.gran != "Q")
    return v, pt, short


def _redirect(p: Partial, way: str) -> Partial:
    return replace(p, dir=way)


def _months_span(p: Partial) -> bool:
    """Six, nine or twelve months, or one year: a period compared "a year earlier"."""
    n = p.dur_n
    return (p.dur_unit == "M" and n in (6, 9, 12)) or (p.dur_unit == "Y" and n == 1)


#: the words by which a day closes a period ("the quarter ended Sept. 30")
_CLOSE_WORDS = r"(?:ended|ending)"
_CLOSING = re.compile(rf"\s+{_CLOSE_WORDS}\s+", re.IGNORECASE)


def _closes(text: str, narrative: Point | None, at: int, start: int) -> bool:
    """A day that closes the quarter just named ("the first quarter ended Sept. 30"):
    that quarter stays the narrative, so "a year ago" next compares that quarter."""
    return (narrative is not None and narrative.gran == "Q"
            and _CLOSING.fullmatch(text, at, start) is not None)


def _reports_anew(text: str, end: int, day: date, dct: date) -> bool:
    """"Separately, Arco reported third-quarter profit ...": in a roundup a past quarter
    named as a compound opens the next report and is the quarter under report from
    there; a quarter named as a noun ("after a flat second quarter") or with its year
    ("the 1988 third-quarter charge") is in passing, and one of the DCT's own quarter
    ("fourth-quarter profit will fall") a forecast."""
    return (text[end - 8:end].lower() == "-quarter"
            and day < date(dct.year, dct.month - (dct.month - 1) % 3, 1))


_CLOSED_BY = re.compile(rf"\b{_CLOSE_WORDS}\s+$", re.IGNORECASE)
#: What every match of _CLOSED_BY holds, lower-cased: its letters match no character
#: whose lower case differs (tests/timex/test_year_ago_quarter.py checks it; the "i" of
#: "ending" does: "ı", "İ")
_CLOSING_STEM = "end"


def _year_before(day: date) -> str:
    """The same day a year earlier (Feb. 29 -> Feb. 28; the year 1 has none)."""
    if day.year == 1:
        return day.isoformat()
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day
                       ).isoformat()


_SENTENCE_END = re.compile(r"[.!?][\"'’”]*\s+(?=[\"“A-Z])")


def _same_sentence(text: str, a: int, b: int) -> bool:
    """No sentence end between offsets ``a`` and ``b`` (an abbreviation before a
    capital, "Corp. He", counts as one: the answer errs towards "no")."""
    # b + 1: the capital that makes a sentence end is the one at ``b`` itself
    return b - a < 400 and _SENTENCE_END.search(text, a, b + 1) is None


#: The fields :func:`_timexes` sets, one slot each (checked at import: a slots dataclass's
#: ``__slots__`` are its fields, in order, so this also checks the fields).
_TIMEX_FIELDS = ("tid", "start", "end", "text", "type", "value", "mod", "quant", "freq",
                 "anchor", "rule", "sentence")
if getattr(Timex, "__slots__", ()) != _TIMEX_FIELDS or hasattr(Timex, "__post_init__"):
    raise ImportError("dateline.model.Timex changed (fields, or no plain slots dataclass): "
                      "update timex.engine._timexes")

class _Unfrozen:
    """Timex's slots in its order, without its frozen ``__setattr__``: :func:`_timexes`
    fills one with plain attribute stores, then makes it a Timex (the same layout, so
    the ``__class__`` assignment is allowed; checked at import). A frozen dataclass's
    __init__ goes through object.__setattr__ field by field, and setting each slot
    through its descriptor's ``__set__`` still cost most of a run of dates' output
    (10k of 19k instructions a timex, 250,000 timexes a MB)."""

    __slots__ = _TIMEX_FIELDS
    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    quant: str | None
    freq: str | None
    anchor: str
    rule: str
    sentence: int | None


def _timexes(text: str, kept: list[Candidate], built: list[Any], values: list[str | None],
             anchors: list[str], sentence_of: Callable[[int], int | None] | None,
             ) -> tuple[Timex, ...]:
    """The Timex of each kept match, each the same object as ``Timex(tid, start, ...,
    sentence)`` built three times faster: an _Unfrozen filled by plain attribute stores
    in this loop (no call per timex: a run of dates makes 250,000 a MB), then made a
    Timex."""
    out: list[Timex] = []
    sentences = ([None] * len(kept) if sentence_of is None
                 else [sentence_of(c.start) for c in kept])
    for tid, (c, (p, mod, quant, freq, typ), v, anchor, sentence) in zip(
            _tids(), zip(kept, built, values, anchors, sentences, strict=True),
            strict=False):  # (the ids never end)
        t = _new(_Unfrozen)
        t.tid = tid
        t.start = start = c.start
        t.end = end = c.end
        t.text = text[start:end]
        t.type = typ
        t.value = v or "XXXX"
        t.mod = mod
        t.quant = quant
        t.freq = freq
        t.anchor = anchor if p.kind == "point" else "none"
        t.rule = c.rule.name
        t.sentence = sentence
        t.__class__ = Timex  # type: ignore[assignment]
        out.append(t)  # type: ignore[arg-type]
    return tuple(out)


def _tids() -> Iterator[str]:
    """"t1", "t2", ...: each width's numbers as tuples of digits joined in C, ~1.2k
    instructions an id where f"t{n}" took ~2k (a run of dates: 250,000 ids a MB)."""
    return map("".join, chain.from_iterable(
        product("t", "123456789", *["0123456789"] * width) for width in count()))


def _probe() -> bool:
    """One timex built by :func:`_timexes` equals, and is, the Timex of its fields."""
    c = _new(Candidate)
    c.start, c.end, c.rule = 3, 6, SimpleNamespace(name="date_month")  # type: ignore[assignment]
    p = SimpleNamespace(kind="point")
    t = _timexes("in May", [c], [(p, None, None, "1X", "DATE")], ["XXXX-05"], ["dct"],
                 lambda at: at // 2)
    return t == (Timex("t1", 3, 6, "May", "DATE", "XXXX-05", None, None, "1X", "dct",
                       "date_month", 1),) and type(t[0]) is Timex


if not _probe():
    raise ImportError("timex.engine._timexes no longer builds a Timex: update it")


def tag_text(text: str, dct: date | None, doc: Any = None) -> tuple[Timex, ...]:
    """Both phases over ``text``; see :func:`dateline.timex.tag`. The cycle collector is
    paused meanwhile (:func:`dateline.gcpause.gc_paused`): the candidates, groups and
    timexes form no cycles, yet their number set off collections."""
    with gc_paused():
        return _tag_text(text, dct, doc)


def _tag_text(text: str, dct: date | None, doc: Any) -> tuple[Timex, ...]:
    rs = ruleset()
    kept = kept_candidates(text, rs)
    # build_match's memo asked here first: a hit needs no call (a run of dates: every match)
    hit = BUILT.get
    built = [hit((c.rule.order, c.values)) or build_match(c) for c in kept]
    partials = [b[0] for b in built]
    since = since_ends(text)
    if since is not None:  # the dates told as a span's start (a few texts)
        partials = as_told(text, kept, partials, since)
    values, anchors = _resolve_all(text, dct, kept, partials, make_tense(text, doc))
    if any(p.hour is not None for p in partials):  # a clock time's day (clockday.py)
        clock_days(text, dct, kept, partials, values)
    return _timexes(text, kept, built, values, anchors,
                    _sentence_index(doc) if doc is not None else None)
