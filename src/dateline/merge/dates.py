"""Whether two mentions' dates allow one event: the gap between their spans, one span
inside the other, how each was dated (in its own words or defaulted from its article), and
the date veto of the pair score."""

from __future__ import annotations

from datetime import date

from dateline.merge.copies import copies_apart
from dateline.merge.mention import Mention
from dateline.merge.rules import Rules

#: Dates read from the event's own clause or sentence ("began on Monday") or heading its
#: entry in a dated list ("20 April: rig explodes"), not defaulted.
ANCHORED = frozenset({"clause", "sentence", "label"})


def _span_days(m: Mention) -> int | None:
    if m.date_start is None or m.date_end is None:
        return None
    return (m.date_end - m.date_start).days + 1


def date_gap(a: Mention, b: Mention) -> int | None:
    """Days between two date spans (0 when they overlap), ``None`` if either is undated."""
    sa, sb = a.span, b.span
    if sa is None or sb is None:
        return None
    return _days_apart(sa, sb)


def one_day(m: Mention) -> bool:
    """Dated to one day, reaching no day back (the mention tests of the days-apart rules)."""
    span = m.span
    return not m.reach and span is not None and span[0] == span[1]


def dated_days_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Dated more than ``date_gap_days`` apart and no near copies of one line
    (:func:`~dateline.merge.copies.copies_apart`: their days are the dating stage's
    guesses for one line): the shared test of the days-apart cannot-links."""
    gap = date_gap(a, b)
    return gap is not None and gap > r.limits["date_gap_days"] and not copies_apart(a, b, r)


def _days_apart(sa: tuple[date, date], sb: tuple[date, date]) -> int:
    """Days between two (first, last) date spans, 0 when they overlap."""
    if sa[1] < sb[0]:
        return (sb[0] - sa[1]).days
    if sb[1] < sa[0]:
        return (sa[0] - sb[1]).days
    return 0


def date_within(a: Mention, b: Mention) -> bool:
    """Both dated in their own clause or sentence, one date's interval strictly inside the
    other's: a day of a week ('2010-04-20' in '2010-W16'), a day or week of a month. The two
    agree at the coarser one's grain; a week or month only defaulted from a paragraph or the
    article is too loose a guess to count. (A TIME of a day has that day's span: the same
    span, :func:`~dateline.merge.similarity.pair_features`' ``exact_date``.)"""
    if a.time_how not in ANCHORED or b.time_how not in ANCHORED:
        return False  # first: most mentions are dated by their article
    sa, sb = a.span, b.span
    if sa is None or sb is None or sa == sb:
        return False
    return (sa[0] <= sb[0] and sb[1] <= sa[1]) or (sb[0] <= sa[0] and sa[1] <= sb[1])


def date_veto(a: Mention, b: Mention, text: float, r: Rules) -> str | None:
    """Undated mentions merge only with undated ones on close wording; dated ones within the gap.

    Asked for most scored pairs: :func:`date_gap` and :func:`_span_days` are written out
    here (the same values, four calls a pair fewer)."""
    sa, sb = a.span, b.span
    if sa is None or sb is None:
        if (a.date_start is None) != (b.date_start is None):
            return "one undated"
        return "undated" if text < r.limits["wide_text"] else None
    gap = (sb[0] - sa[1]).days if sa[1] < sb[0] else (sa[0] - sb[1]).days if sb[1] < sa[0] else 0
    if gap > r.limits["date_gap_days"] and _gap_apart(gap, a, b, r) and (  # most pairs: no call
            not copies_apart(a, b, r)):  # one line copied, dated apart by defaults alone
        return "dates apart"
    if (a.reach or b.reach) and apart_unreached(a, b, r) is True:
        return "dates apart"
    coarse = r.limits["coarse_span_days"]
    a0, a1, b0, b1 = a.date_start, a.date_end, b.date_start, b.date_end  # _span_days, or 0
    da = (a1 - a0).days + 1 if a0 is not None and a1 is not None else 0
    db = (b1 - b0).days + 1 if b0 is not None and b1 is not None else 0
    if (da > coarse) != (db > coarse):
        return "vague date"  # a year-level date never merges with a day-level one
    wide = max(da, db) > r.limits["wide_span_days"]
    if wide and text < r.limits["wide_text"]:
        return "vague date"
    return None


def _gap_apart(gap: int, a: Mention, b: Mention, r: Rules) -> bool:
    """Whether ``gap`` days between two mentions' dates keeps them apart: more than
    ``date_gap_days``, unless within ``dct_gap_days`` and one date is only its article's
    while the other is stated (:func:`_defaulted_vs_anchored`)."""
    return gap > r.limits["date_gap_days"] and not (
        gap <= r.limits.get("dct_gap_days", 0) and _defaulted_vs_anchored(a, b, r)
    )


def apart_unreached(a: Mention, b: Mention, r: Rules) -> bool | None:
    """For two mentions one of which is a back-reference (``Mention.reach``: 'the
    earthquake' in an article days after it, dated only by that article): True when their
    own dates are apart by the test :func:`date_veto` puts to every pair (:func:`_gap_apart`)
    and the reach does not bridge it (the back-reference is the earlier one); None when only
    the reach brings them together (the earlier mention lies in the days the later one
    reaches back to), which :func:`~dateline.merge.similarity.pair_score` accepts only on a
    score of ``reference_score`` or more; False when their own dates are not apart."""
    if a.date_start is None or b.date_start is None:
        return False
    sa = (a.date_start, a.date_end or a.date_start)  # their own dates, not the reach's span
    sb = (b.date_start, b.date_end or b.date_start)
    if not _gap_apart(_days_apart(sa, sb), a, b, r):
        return False
    later = a if sa[0] > sb[1] else b
    return True if not later.reach else None


def loose_dating(m: Mention, r: Rules) -> int:
    """How the merger's cheapest test reads a mention's date (:data:`LOOSELY_APART`): 0 dated
    finer than ``wide_span_days``, 1 dated no finer, 2 undated."""
    if m.date_start is None:
        return 2
    return 1 if (_span_days(m) or 0) > r.limits["wide_span_days"] else 0


def plainly_dated(m: Mention, r: Rules) -> bool:
    """Dated to a span of ``wide_span_days`` or fewer (and no more than ``coarse_span_days``),
    not reaching back: of two such mentions :func:`date_veto` reads nothing but the gap
    between their spans, so a pair the merger finds within ``date_gap_days`` of each other
    by their day numbers needs no call (millions of pairs)."""
    days = _span_days(m) or 0
    return (m.date_start is not None and not m.reach and days <= r.limits["wide_span_days"]
            and days <= r.limits["coarse_span_days"])


#: Two mentions' :func:`loose_dating` -> loosely dated apart: a pair that, with wording
#: below ``wide_text`` (the plain cosine :func:`~dateline.merge.similarity.pair_score`
#: computes), :func:`~dateline.merge.vetoes.veto` refuses (:func:`date_veto`, for whichever
#: reason the chain finds first): both undated, or both dated and either no finer than
#: ``wide_span_days``. Most candidate pairs of a large corpus end here: the merger
#: (cluster.EventMerger.add) reads each mention's loose_dating once and asks this table
#: before it scores a pair.
LOOSELY_APART = ((False, True, False), (True, True, False), (False, False, True))


def _defaulted_vs_anchored(a: Mention, b: Mention, r: Rules) -> bool:
    """One dated only by its article's date ('dct', 'dct-past': no date in its own words)
    or by another default ``dct_gap_dating`` names, the other by its own clause or
    sentence. The default is a guess (a report of 'schools closed' is often a day or two
    late), so a wider gap is tolerated -- for a past tense only on the late side."""
    loose = defaulted_dating(r)
    return (a.time_how.startswith(loose) and b.time_how in ANCHORED and _late(a, b)) or (
        b.time_how.startswith(loose) and a.time_how in ANCHORED and _late(b, a)
    )


def _late(guess: Mention, stated: Mention) -> bool:
    """A past tense dated by its article ('dct-past') tells an event of that day or before:
    it can be a late report of the stated day, never an early one (a report of 3 May that
    a truce was refused is no report of a refusal stated for 5 May). A present ('dct': a
    headline's 'talks to end the strike') may tell what is still to come."""
    if guess.time_how != "dct-past":
        return True
    return (guess.date_start is None or stated.date_start is None
            or guess.date_start >= stated.date_start)


def defaulted_dating(r: Rules) -> tuple[str, ...]:
    """The ``time_how`` beginnings of dates no words of the mention's own state
    (``dct_gap_dating``; the article's date, 'dct', when the rules name none)."""
    return r.prefixes("dct_gap_dating") or ("dct",)


def anchored_same_date(a: Mention, b: Mention) -> bool:
    """Both dated by their own clause or sentence, to the same span ("on Wednesday")."""
    return (
        a.date_start is not None
        and (a.date_start, a.date_end) == (b.date_start, b.date_end)
        and a.time_how in ANCHORED
        and b.time_how in ANCHORED
    )


def told_days_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions each dated by its own clause or sentence (``ANCHORED``), neither reaching
    back or going on (``reach`` 0), on days more than ``date_gap_days`` apart: two acts each
    report dates itself, however a chain of loosely dated reports a day apart links them
    (a rejection on one day, another rejection two days later)."""
    if not (told_own_day(a) and told_own_day(b)):
        return False
    if a.type not in r.words("day_act_types") or b.type not in r.words("day_act_types"):
        return False
    gap = date_gap(a, b)
    return gap is not None and gap > r.limits["date_gap_days"]


#: the one key of :func:`told_day_keys`: any two such mentions may be told days apart
_TOLD_DAY: frozenset[object] = frozenset({"told day"})


def told_day_keys(m: Mention, r: Rules) -> tuple[frozenset[object], frozenset[object]] | None:
    """Keys a mention is found under and looks for when :func:`told_days_apart` can hold for
    it (told on its own day, of ``day_act_types``; else None): one key, as any two such
    mentions may be days apart (joins._kept_apart scans by them)."""
    if not told_own_day(m) or m.type not in r.words("day_act_types"):
        return None
    return _TOLD_DAY, _TOLD_DAY


def statements_days_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two statements (``day_act_types``) of one article, each dated by its own words or by
    its paragraph (``paragraph_tally_dating``: a live page's update) to one day, reaching no
    day back, more than ``date_gap_days`` apart: the page tells what was said on one day and
    what was said on another, two statements however the updates between chain them. Near
    copies of one line (:func:`~dateline.merge.copies.copies_apart`) are not read: their
    days are the dating stage's guesses for one line."""
    if a.article_id != b.article_id or a.key == b.key:
        return False
    if not (paragraph_statement(a, r) and paragraph_statement(b, r)):
        return False
    if not ((a.time_how or "").startswith(r.prefixes("paragraph_tally_dating"))
            or (b.time_how or "").startswith(r.prefixes("paragraph_tally_dating"))):
        return False  # both dated in their own words: 'told days apart' reads them
    return dated_days_apart(a, b, r)


def paragraph_statement(m: Mention, r: Rules) -> bool:
    """A statement (``day_act_types``) dated to one day by its own words or its paragraph,
    reaching no day back: the mention test of :func:`statements_days_apart`."""
    how = m.time_how or ""
    return (m.type in r.words("day_act_types") and one_day(m)
            and (how in ANCHORED or how.startswith(r.prefixes("paragraph_tally_dating"))))


def told_own_day(m: Mention) -> bool:
    """Dated by its own clause or sentence, reaching no day back: the mention test of
    :func:`told_days_apart` (the merger scans two groups for it only when both hold one)."""
    return m.time_how in ANCHORED and not m.reach
