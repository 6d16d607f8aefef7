"""Number rows: figures of one counted thing (or one unit) from different articles whose
intervals do not overlap."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.crosscheck import scope_at
from dateline.merge.cluster import CanonicalEvent
from dateline.merge.disagree.common import disagree_section, figure_at, ranges_overlap
from dateline.merge.disagree.figures import (
    counted_thing,
    figure_bounds,
    figure_of_persons,
    figure_thing,
    figure_unit,
    object_thing_words,
    takes_no_side,
)
from dateline.merge.disagree.incidents import far_apart, separate_incidents
from dateline.merge.disagree.measures import (
    Measure,
    event_words,
    is_measure,
    measure_of,
    measures_meet,
)
from dateline.merge.disagree.rows import (
    Disagreement,
    claim_of,
    connected_groups,
    dct_days,
    one_per_article,
)
from dateline.merge.disagree.strength import strength
from dateline.merge.mention import Mention, Number
from dateline.merge.rules import Rules, rules
from dateline.wordlists import word_pattern


def number_disagreements(ev: CanonicalEvent, r: Rules | None = None) -> list[Disagreement]:
    """Per counted thing: numbers from different articles whose intervals do not overlap.

    Only figures of one kind are compared: of one counted noun (its head's stem), or of one
    unit (:func:`figure_unit`; 'in ft'). A bare figure counts what its sentence says it
    counts (:func:`figure_thing`: 'the death toll rose to 18' joins the deaths); one whose
    sentence does not tell joins the event's one counted thing when it has one, and is left
    out otherwise: deaths, cases and people evacuated are never set against each other.
    Figures of persons count what befell them too (:func:`figure_thing`): '150,000 people
    may have died' and 'three million people need aid' count two things, 'people (deaths)'
    and 'people (affected)'. A figure of persons whose sentence does not say what befell
    them ('around 100 people packed the hall') is compared only when no figure of its noun
    says, or counts what its sentence's other figure of the noun counts ('killed 5,000 people
    and the other flu 200 people'); else it cannot be placed, and is left out.

    The merge may join reports of separate incidents of a day (a tunnel raid and a missile
    strike on a jeep): figures whose sentences tie them to separate incidents are not rivals
    (:func:`_rivals`), and each connected group of rival figures is a row of its own, so a
    jeep's four dead against its seven is not shown beside a raid's two.

    Some figures take no side (:func:`takes_no_side`: vague, a part, a name, a range's end,
    a conversion in brackets); measures (dollars, per cent, miles) are rivals only when they
    measure one thing (:func:`same_measure`), and running totals ('since the blast') of
    articles of different days are a progression, not rivals. Two articles each of which
    tells both figures are not rivals over them (:func:`_tell_both`)."""
    r = r or rules()
    out = []
    common: frozenset[str] | None = None
    for thing, found in sorted(_figures_by_thing(ev, r).items()):
        items = _consistent(found)
        measures: list[Measure] | None = None
        if is_measure(thing, r):
            common = event_words(ev, r) if common is None else common
            measures = [measure_of(x, r) for x in items]  # once per claim, not per pair
        edges = _rival_pairs(items, measures, common or frozenset())
        for group in connected_groups(len(items), edges):
            claims = one_per_article(claim_of(items[k][0].text, items[k][1]) for k in group)
            how = strength("number", bounds=[bd for k in group if (bd := items[k][0].bounds())],
                           days=dct_days(claims))
            out.append(Disagreement("number", ev.id, ev.type, ev.date, thing, claims, *how[1:]))
    return out


#: a figure of a mention
_Figure = tuple[Number, Mention]


def _figures_by_thing(ev: CanonicalEvent, r: Rules) -> dict[str, list[_Figure]]:
    """The event's figures that take a side, each under what it counts (the key of its rows):
    its counted noun, what befell the persons it counts ('people (deaths)'), its unit ('in
    ft') or what its sentence says a bare figure counts; figures of persons whose sentence
    does not say and bare figures whose sentence does not tell are placed last
    (:func:`_place_untold_persons`; the event's one counted thing), or left out."""
    by_thing: dict[str, list[_Figure]] = {}
    measured: set[str] = set()  # keys that are units ('ft'), not counted things
    untold_persons: dict[str, list[_Figure]] = {}  # noun -> its untold figures
    told_persons: dict[str, set[str]] = {}  # noun -> the keys its told figures went to
    in_sentence: dict[tuple[str, str | None, str], set[str]] = {}  # ... in one sentence
    for m in ev.mentions:
        for n in m.numbers:
            if n.bounds() is None or takes_no_side(n.text, m.sentence):
                continue
            thing = counted_thing(n, r)
            if thing and figure_of_persons(n):
                if told := figure_thing(n.text, m.sentence, counted=True):
                    told_persons.setdefault(thing, set()).add(key := f"{thing} ({told})")
                    by_thing.setdefault(key, []).append((n, m))
                    in_sentence.setdefault((m.article_id, m.sentence, thing), set()).add(key)
                else:
                    untold_persons.setdefault(thing, []).append((n, m))
                continue
            if (kind := _thing_of(n, m, thing, r)) is None:
                continue
            key, unit = kind
            if unit:
                measured.add(key)
            by_thing.setdefault(key, []).append((n, m))
    _place_untold_persons(by_thing, untold_persons, told_persons, in_sentence)
    named = [k for k in by_thing if k and k not in measured]
    untold = by_thing.pop("", [])
    if untold and len(named) == 1:  # "about 35" in a cluster that only counts injured
        by_thing[named[0]].extend(untold)
    return by_thing


def _thing_of(n: Number, m: Mention, thing: str, r: Rules) -> tuple[str, bool] | None:
    """The key of a figure that counts no persons, and whether it is a unit: its counted noun
    ``thing``, set apart by what befell it when that is an object thing; with no counted noun
    the unit after it ('in ft') or else what its sentence says it counts ('' when nothing
    does); None when it is no tally to compare (:func:`figure_unit`)."""
    if thing:
        told = figure_thing(n.text, m.sentence, counted=True)
        # 'one rocket downed' is no count of rockets fired
        return (f"{thing} ({told})" if told in object_thing_words() else thing), False
    unit = figure_unit(n.text, m.sentence)  # no counted noun: a unit after it, or a bare tally
    if unit is None:
        return None
    if unit:
        return "in " + unit, True
    if told := figure_thing(n.text, m.sentence):
        return counted_thing(Number(None, n.text, counts=told), r), False
    return "", False


def _place_untold_persons(by_thing: dict[str, list[_Figure]],
                          untold_persons: dict[str, list[_Figure]],
                          told_persons: dict[str, set[str]],
                          in_sentence: dict[tuple[str, str | None, str], set[str]]) -> None:
    """Figures of persons whose sentence does not say what befell them join the one key their
    sentence's told figures of the noun went to, or the noun itself when no figure of it is
    told; others cannot be placed and are left out."""
    for noun, found in untold_persons.items():
        for n, m in found:
            # 'killed 5,000 people and the other flu 200 people': the verb left out is the
            # one its sentence gives the noun's other figure
            keys = in_sentence.get((m.article_id, m.sentence, noun), set())
            if len(keys) == 1 or noun not in told_persons:  # none told: compared as before
                by_thing.setdefault(next(iter(keys), noun), []).append((n, m))


def _rival_pairs(items: list[_Figure], measures: list[Measure] | None,
                 common: frozenset[str]) -> list[tuple[int, int]]:
    """The pairs of ``items`` (figures of one thing) that are rival claims: of different
    articles, both running totals or neither (and then of one day), of one time, not told
    both by each article, not overlapping, measuring one thing (``measures``, for a measure),
    and not of separate incidents."""
    totals = [_running_total(n, m) for n, m in items]
    tells: dict[str, list[tuple[float, float]]] = {}  # article -> the figures it tells
    for n, m in items:
        tells.setdefault(m.article_id, []).append(figure_bounds(n))
    return [
        (i, j) for i, a in enumerate(items) for j in range(i + 1, len(items))
        if (a[1].article_id != (b := items[j])[1].article_id and totals[i] == totals[j]
            and not _tell_both(tells[a[1].article_id], tells[b[1].article_id], a[0], b[0])
            and not (totals[i] and a[1].dct != b[1].dct)
            and _same_time(a[1], b[1])
            and not ranges_overlap(figure_bounds(a[0]), figure_bounds(b[0]))
            and (measures is None or measures_meet(measures[i], measures[j], common))
            and _rivals(a, b))]


def _rivals(a: tuple[Number, Mention], b: tuple[Number, Mention]) -> bool:
    """Two figures of one thing that may be rival tellings: not of separate incidents
    (:func:`separate_incidents`, :func:`far_apart`)."""
    return not (separate_incidents(a[1].sentence, b[1].sentence)
                or far_apart(a[0], a[1].sentence, b[0], b[1].sentence))


def _tell_both(mine: list[tuple[float, float]], theirs: list[tuple[float, float]],
               a: Number, b: Number) -> bool:
    """Does each of two articles tell both figures of the thing, ``a``'s the one and ``b``'s
    the other ('received four milligrams of the drug' and 'a 10 milligram tablet' of another
    drug, in both)? They agree on both: the figures count two things, or each article
    reports the same disagreement (which its own sentences show)."""
    ab, bb = a.bounds(), b.bounds()
    return (ab is not None and bb is not None and any(ranges_overlap(x, bb) for x in mine)
            and any(ranges_overlap(x, ab) for x in theirs))


@lru_cache(maxsize=1)
def _span_tallies() -> re.Pattern[str]:
    """``disagree.json`` ``dated_elsewhere`` ``span_tallies`` as one pattern: 'in 24 hours'."""
    return word_pattern(disagree_section("dated_elsewhere")["span_tallies"])


def _running_total(n: Number, m: Mention) -> bool:
    """Is the figure a running total ('taking the tally to 27', 'the toll has risen to
    867', '32 killed since 19 July') or a tally of a span of days ('killed in 24 hours';
    ``disagree.json`` ``dated_elsewhere`` ``span_tallies``)? A total and a count of one day
    or incident are two tallies, never set against each other (dateline.crosscheck.scope_at)."""
    text = m.sentence or ""
    at = figure_at(n.text, text)
    return at >= 0 and (scope_at(text, at, at + len(n.text)) == "cumulative"
                        or _span_tallies().search(text) is not None)


def _same_time(a: Mention, b: Mention) -> bool:
    """Do two reports' figures speak of one time? Their dates (the event's own, else their
    article's) cover the same days, or one is undated. Figures of different days are an
    update or two days' counts ('over 35 rockets' in the first hours of one day, 'over 30'
    over the next day), and a count of one day and one of a span of days ('since the truce
    broke down the week before') two tallies, not rival tellings, though the merge joined
    the reports into one event."""
    return a.span is None or b.span is None or a.span == b.span


def _consistent(items: list[tuple[Number, Mention]]) -> list[tuple[Number, Mention]]:
    """The figures of sentences that give one figure (or agreeing ones) for the thing: a
    sentence with clashing figures for it ('the 1918 flu killed over 50 million
    people, the 1957 one two million') counts several things, it takes no side, so its
    figures are left out. Rival figures in one article's different sentences ('38, police
    said. The union put it at 40 or more.') stay: that is a disagreement it reports."""
    by_sentence: dict[tuple[str, str | None], list[tuple[Number, Mention]]] = {}
    for n, m in items:
        by_sentence.setdefault((m.article_id, m.sentence), []).append((n, m))
    return [
        x for own in by_sentence.values()
        if all(ranges_overlap(figure_bounds(a[0]), figure_bounds(b[0]))
               for i, a in enumerate(own) for b in own[i + 1 :])
        for x in own
    ]
