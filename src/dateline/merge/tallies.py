"""Running tallies: a count of one figure series ('the death toll rose to 57', '34 cases
confirmed') is reported anew each day, each report worded like the next day's. Two tally
reports with figures apart are two counts when of two days or of one article, or far apart on
one day (a pair veto),
and :mod:`dateline.merge.cluster` keeps a group's tally days within ``tally_span_days``, so
reports without a figure cannot chain a series of two weeks into one event either. Of any
type, a figure one article calls a total and a figure apart of one counted thing told
without it are a total and one incident it adds up (:func:`total_and_part`)."""

from __future__ import annotations

from datetime import date

from dateline.merge.clauses import clause_place
from dateline.merge.counts import numbers_near
from dateline.merge.dates import dated_days_apart, one_day
from dateline.merge.mention import Mention, Number, once
from dateline.merge.places import place_path, places_apart
from dateline.merge.readers import WORD, incident_readers
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import trigger_offset

#: a group's tally days: (first, last), or None when it holds no tally report
Span = tuple[date, date] | None
#: a placed tally report's occurrence class, day and place (:func:`tally_spot`)
Spot = tuple[str, date, str]


def tally_day(m: Mention, r: Rules) -> date | None:
    """The day a tally report's figure stands for: a mention of a ``tally_classes``
    occurrence class that gives a figure of a counted thing, or an outbreak's reach told as
    a count of places (:func:`reach_report`), dated to one day, or dated by
    its paragraph or article to a span holding the day it was told ('the toll has risen to
    100' under a paragraph dated to the week): a running count as of that day, not a figure
    free to join any day's count; else None. A span its own clause names ('this
    week') is left a span."""
    if not (reach_report(m, r) or (m.occurrence_class in r.words("tally_classes")
                                   and any(n.counts for n in m.numbers))):
        return None
    if m.date_start is None:
        return None
    if m.date_end is not None and m.date_end != m.date_start:
        if m.dct is not None and m.time_how != "clause" and m.date_start <= m.dct <= m.date_end:
            return m.dct
        return None
    return m.date_start


def reach_report(m: Mention, r: Rules) -> bool:
    """An outbreak's reach told as a count of places: a verb trigger of a
    ``reach_tally_classes`` class with a figure counting places (``reach_tally_counted``:
    'the fever has since spread to 30 countries'). The count of places reached stands as of
    the day it is told, reported anew each day like a toll, so it is a tally report of its
    day; the outbreak named by a noun ('the outbreak, now in 19 lands') is
    the story's occurrence, no count."""
    if m.nominal or m.occurrence_class not in r.words("reach_tally_classes"):
        return False
    counted = r.words("reach_tally_counted")
    return any(n.counts and n.counts.split()[-1].lower() in counted for n in m.numbers)


def joined(a: Span, b: Span) -> Span:
    """The tally days of two groups made one."""
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), max(a[1], b[1]))


def too_long(a: Span, b: Span, r: Rules) -> bool:
    """Two groups whose tally reports together would cover more than ``tally_span_days``
    days: reports of a series on different days, never one event."""
    cap = r.limits.get("tally_span_days")
    if cap is None or a is None or b is None:
        return False
    first, last = joined(a, b) or a
    return (last - first).days > cap


def tally_spot(m: Mention, day: date, r: Rules) -> Spot | None:
    """The class, day (``m``'s :func:`tally_day`, which the caller has worked out) and place
    (:func:`tally_place_strict`) of a tally report, for the group marks of
    :mod:`dateline.merge.marks` when ``limits.tally_place_marks`` is on; None for a mention
    lacking a place."""
    if not r.limits.get("tally_place_marks") or m.occurrence_class is None:
        return None
    place = tally_place_strict(m, r)
    return (m.occurrence_class, day, place) if place else None


def spots_apart(a: frozenset[Spot], b: frozenset[Spot]) -> bool:
    """Two groups holding tally reports of one class and one day placed in two places apart
    (:func:`~dateline.merge.places.places_apart`): one day's counts of two countries, or a
    country's and the world's, are two tallies however other reports link the groups."""
    return any(ca == cb and da == db and places_apart(pa, pb)
               for ca, da, pa in a for cb, db, pb in b)


def tallies_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two tally reports of different days, or of one article, whose figures are not near
    (:func:`~dateline.merge.counts.numbers_near`), or of one day in two articles whose figures
    are more than ``tally_same_day_ratio`` times apart: two counts of a series."""
    if not r.limits.get("tally_veto"):
        return False
    da = tally_day(a, r)
    if da is None:
        return False
    db = tally_day(b, r)
    if db is None:
        return False
    if da != db or a.article_id == b.article_id:
        return not numbers_near(a, b, r.limits["number_near_ratio"], r)
    # one day's counts in two articles: rival counts of one tally stay within a few times of
    # each other; a country's 15 new cases and the world's 70,893 are two tallies
    far = r.limits.get("tally_same_day_ratio")
    return far is not None and not numbers_near(a, b, far, r)


def tallies_days_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article, of one ``tally_classes`` class, each dated by its
    paragraph (``paragraph_tally_dating``: a live page's update) to one day, more than
    ``date_gap_days`` apart, at least one giving a figure (:func:`tally_day`): the page's
    count of one day and of another, never one event however other updates chain them
    ('officials now count 16 deaths' under one day's update, 'how many deaths the fever has
    caused' two days before). Two near copies of one line
    (:func:`~dateline.merge.copies.copies_apart`) are not read: their days are the dating
    stage's guesses for one line."""
    if a.article_id != b.article_id or a.key == b.key or not (
            paragraph_tally(a, r) and paragraph_tally(b, r)):
        return False
    if a.occurrence_class != b.occurrence_class:
        return False
    if tally_day(a, r) is None and tally_day(b, r) is None:
        return False
    return dated_days_apart(a, b, r)


def paragraph_tally(m: Mention, r: Rules) -> bool:
    """A mention of a ``tally_classes`` class dated by its paragraph to one day, reaching no
    day back: the mention test of :func:`tallies_days_apart` (the merger scans two groups of
    one article for it only when one holds such a mention)."""
    return (m.occurrence_class in r.words("tally_classes") and one_day(m)
            and (m.time_how or "").startswith(r.prefixes("paragraph_tally_dating")))


def _own_figures(m: Mention, r: Rules) -> tuple[Number, ...]:
    """Figures counting what the trigger or the target names ('four soldiers were killed',
    '10 new cases'), not sums of money or other amounts of the sentence; worked out once per
    mention (mention.once: :func:`total_and_part` reads them for pairs of one article)."""
    return once(m, "own_figures", r, _own_figures_of)


def _own_figures_of(m: Mention, r: Rules) -> tuple[Number, ...]:
    own = set(r.tokens(m.trigger)) | set(r.tokens(m.target))
    return tuple(n for n in m.numbers if n.counts and own & set(r.tokens(n.counts)))


def told_total(m: Mention, r: Rules) -> bool:
    """A figure of what the mention counts (:func:`_own_figures`) in a sentence that calls a
    figure a total (``total_words``: 'nine guards have died in total', 'the overall toll
    of guards is now 12'); worked out once per mention (mention.once: asked twice a pair of
    one article, and again when its groups are scanned)."""
    return once(m, "told_total", r, _told_total)


def _told_total(m: Mention, r: Rules) -> bool:
    words = r.words("total_words")  # the figures first: most mentions give none
    return (bool(words) and bool(_own_figures(m, r))
            and not words.isdisjoint(WORD.findall((m.sentence or "").lower())))


def total_and_part(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article with a trigger class in common, one told as a total and
    the other not (:func:`told_total`), with figures of one counted thing that are not near
    ('three guards died in the ambush at the depot' / 'nine guards have died in total'): an
    incident and the running total it adds to."""
    if a.article_id != b.article_id or a.key == b.key or not (
            a.trigger_classes & b.trigger_classes):
        return False
    if told_total(a, r) == told_total(b, r):
        return False
    counted = incident_readers().counted
    same = any((thing := counted(x, r)) and thing == counted(y, r)
               for x in _own_figures(a, r) for y in _own_figures(b, r))
    return same and not numbers_near(a, b, r.limits["number_near_ratio"], r)


def tally_place(m: Mention, r: Rules) -> str | None:
    """Where a mention of a ``clause_place_classes`` occurrence class counts: its own place
    (:attr:`Mention.place`), else the place of the clause telling it
    (:func:`~dateline.merge.clauses.clause_place`: 'killed 40 in Peru and reached Chile,
    where one died'); None for another class or no place. Worked out once per mention."""
    return once(m, "tally_place", r, _tally_place)


def _tally_place(m: Mention, r: Rules) -> str | None:
    if m.occurrence_class not in r.words("clause_place_classes"):
        return None
    if m.place:
        return m.place
    at = trigger_offset(m)
    return clause_place(m.sentence, at, True)


def tallies_placed_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article of ``clause_place_classes`` counted in two places apart,
    one of them read off its clause (:func:`tally_place`; two own places apart are vetoed for any
    pair already): the article tells two places' tallies, or the world's and one
    country's, however other reports link each."""
    if a.article_id != b.article_id or a.key == b.key:
        return False
    pa, pb = tally_place(a, r), tally_place(b, r)
    return bool(pa and pb and (pa != a.place or pb != b.place) and places_apart(pa, pb))


def part_and_whole(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article, of one ``strict_place_classes`` class, placed
    (:func:`tally_place_strict`) in two places one of which contains the other, each with a
    figure, the figures not near ('cases in Lima rose by 40' / '900 cases across Peru'): a
    region's count and its country's, two tallies. Places apart are vetoed already; a figure
    missing leaves the pair to the other tests (a region's report may retell the country's)."""
    if (not r.limits.get("part_whole_veto") or a.article_id != b.article_id
            or a.occurrence_class != b.occurrence_class or not a.numbers or not b.numbers):
        return False
    pa, pb = tally_place_strict(a, r), tally_place_strict(b, r)
    return bool(pa and pb and pa != pb and not places_apart(pa, pb)
                and not numbers_near(a, b, r.limits["number_near_ratio"], r))


def tally_place_strict(m: Mention, r: Rules) -> str | None:
    """Where a mention of a ``strict_place_classes`` class (disease deaths, cases, tests)
    counts, for the 'places apart' pair veto
    (:func:`~dateline.merge.vetoes.act_flags`; two articles word one count alike but name
    their own country's): its own place, else its clause's read strictly
    (:func:`~dateline.merge.clauses.clause_place`: no list, no 'in' phrase past an 'and'),
    else a place qualifying the trigger (:func:`_modifier_place`); None for another class.
    Worked out once per mention."""
    return once(m, "tally_place_strict", r, _tally_place_strict)


def _tally_place_strict(m: Mention, r: Rules) -> str | None:
    if m.occurrence_class not in r.words("strict_place_classes"):
        return None
    if m.place:
        return m.place
    at = trigger_offset(m)
    return clause_place(m.sentence, at, True, strict=True) or _modifier_place(m.sentence, at, r)


def _modifier_place(sentence: str | None, at: int, r: Rules) -> str | None:
    """The place a name just before the trigger qualifies it by ('the first Varnian death', 'the
    Ruritania death toll'; ``tally_modifier_between`` words may stand between), not one a
    ``tally_modifier_not_after`` word leads ('returned from Peru had contracted', 'outside
    Peru')."""
    if not sentence or at < 0:
        return None
    words = sentence[:at].split()[-6:]
    between, not_after = r.words("tally_modifier_between"), r.words("tally_modifier_not_after")
    end = len(words)
    while end > 0 and words[end - 1].lower() in between:
        end -= 1
    for size in (3, 2, 1):
        s = end - size
        if s < 0 or not all(w[:1].isupper() for w in words[s:end]):
            continue
        got = place_path(" ".join(words[s:end]))
        if got:  # a name opening the sentence has no word to lead it ('Peru flu deaths rise')
            return None if s and words[s - 1].lower() in not_after else got
    return None
