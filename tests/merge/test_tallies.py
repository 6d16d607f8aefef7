"""merge.tallies: a running count reported day by day is one event per day's figure."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.merge import EventMerger, rules
from dateline.merge.mention import Number
from dateline.merge.similarity import pair_score
from dateline.merge.tallies import (
    tallies_apart,
    tally_day,
    told_total,
    too_long,
    total_and_part,
)

from .helpers import mention

R = rules()


def _toll(article, eid, n, day, sentence, trigger="deaths", rule="occ.disease.death"):
    return mention(article, eid, type="OCCURRENCE", trigger=trigger, date=day, rule=rule,
                   sentence=sentence, numbers=(Number(float(n), str(n), counts="deaths"),))


MON = _toll("a", "e1", 40, "2031-05-05", "Officials in Velmora put the fever deaths at 40.")
TUE = _toll("b", "e1", 40, "2031-05-06", "Velmora's fever deaths stood at 40, officials said.")
FRI = _toll("c", "e1", 95, "2031-05-09", "The fever deaths in Velmora rose to 95 on Friday.")


def test_a_tally_report_is_a_counted_figure_of_a_listed_class_on_one_day():
    assert tally_day(MON, R) is not None
    plain = mention("d", "e1", type="OCCURRENCE", trigger="deaths", date="2031-05-05",
                    rule="occ.disease.death", sentence="The fever deaths shocked Velmora.")
    assert tally_day(plain, R) is None  # no figure: no count of the series
    quake = _toll("d", "e1", 40, "2031-05-05", "The quake deaths reached 40.",
                  rule="occ.disaster.death")
    assert tally_day(quake, R) is None  # one disaster's toll is one event, however it rises


def test_a_count_dated_by_a_span_holding_its_article_day_stands_for_that_day():
    week = replace(_toll("e", "e1", 60, "2031-W19", "The fever deaths in Velmora rose to 60."),
                   time_how="paragraph", dct=date(2031, 5, 7))
    assert week.date_start != week.date_end  # the paragraph dates it to the week
    assert tally_day(week, R) == date(2031, 5, 7)  # the count as of the day it was told
    assert tallies_apart(week, FRI, R)  # so it no longer chains Monday's 40 to Friday's 95
    before = replace(week, dct=date(2031, 5, 20))
    assert tally_day(before, R) is None  # a past week's span: no one day of the series
    told = replace(week, time_how="clause")
    assert tally_day(told, R) is None  # a span its own clause names ('this week') stays one


def test_two_days_figures_apart_are_two_counts_a_repeated_figure_is_one():
    assert tallies_apart(MON, FRI, R) and tallies_apart(FRI, MON, R)
    assert pair_score(MON, FRI, R).veto == "tallies apart"
    assert not tallies_apart(MON, TUE, R)  # the same figure a day later: one count


def test_one_article_figures_apart_on_one_day_are_two_counts():
    new = _toll("x", "e1", 3, "2031-05-05", "Three more fever deaths were reported in Velmora.")
    total = _toll("x", "e2", 240, "2031-05-05", "Velmora has now had 240 fever deaths.")
    assert tallies_apart(new, total, R)
    lagged = _toll("y", "e2", 236, "2031-05-05", "Velmora has had 236 fever deaths so far.")
    assert not tallies_apart(total, lagged, R)  # another article may round or lag a figure


def test_one_day_figures_far_apart_in_two_articles_are_two_counts():
    far = R.limits["tally_same_day_ratio"]
    new = _toll("x", "e1", 3, "2031-05-05", "Three more fever deaths were reported in Velmora.")
    other = _toll("y", "e2", 240, "2031-05-05", "Velmora has now had 240 fever deaths.")
    assert 240 > 3 * far  # the day's new deaths and the running total: two tallies
    assert tallies_apart(new, other, R) and tallies_apart(other, new, R)
    assert pair_score(new, other, R).veto == "tallies apart"
    rival = _toll("z", "e2", 240 // far + 10, "2031-05-05", "Velmora counts 90 fever deaths.")
    assert not tallies_apart(other, rival, R)  # rival counts of one toll, within the ratio


def test_groups_never_cover_more_tally_days_than_the_cap():
    cap = R.limits["tally_span_days"]
    d1, d2 = tally_day(MON, R), tally_day(FRI, R)
    assert (d2 - d1).days > cap
    assert too_long((d1, d1), (d2, d2), R) and not too_long((d1, d1), None, R)
    assert not too_long((d1, d1), (tally_day(TUE, R),) * 2, R)


def test_a_series_is_not_chained_through_figureless_reports():
    # each day's report is like the next ('the fever deaths'), no two the same figure
    days = [(f"2031-05-{5 + i:02d}", 40 + 20 * i) for i in range(5)]
    tolls = [_toll(f"t{i}", "e1", n, d, f"Fever deaths in Velmora now number {n}, officials said.")
             for i, (d, n) in enumerate(days)]
    bridges = [mention(f"u{i}", "e1", type="OCCURRENCE", trigger="deaths", date=d,
                       rule="occ.disease.death",
                       sentence="Officials in Velmora said the fever deaths kept rising.")
               for i, (d, _n) in enumerate(days)]
    merger = EventMerger(R)
    merger.add(tolls + bridges)
    for group in merger.clusters():
        got = [tally_day(m, R) for m in group if tally_day(m, R)]
        assert not got or (max(got) - min(got)).days <= R.limits["tally_span_days"]


def _kill(article, eid, n, sentence, counts="soldiers"):
    return mention(article, eid, type="ASSAULT", trigger="killed", date="2031-06-02",
                   rule="v.assault", sentence=sentence, target=f"{n} {counts}",
                   numbers=(Number(float(n), str(n), counts=counts),))


PART = _kill("x", "e1", 3, "3 soldiers were killed at the Orvel border post on Tuesday.")
TOTAL = _kill("x", "e2", 9, "9 soldiers were killed at the Orvel border post in total.")


def test_a_total_and_an_incident_of_one_article_are_two_events():
    assert told_total(TOTAL, R) and not told_total(PART, R)
    assert total_and_part(PART, TOTAL, R) and total_and_part(TOTAL, PART, R)
    assert pair_score(PART, TOTAL, R).veto == "total and part"  # 0.72 without the rule
    assert "total and part" in R.cannot_link  # nor joined through other reports
    near = _kill("x", "e3", 9, "9 soldiers died at the Orvel border post, in total.")
    assert not total_and_part(TOTAL, near, R)  # both totals: the tally rules say
    other = _kill("y", "e2", 9, "9 soldiers were killed at the Orvel border post in total.")
    assert not total_and_part(PART, other, R)  # another article's total: no part of this one


def test_a_sum_of_money_is_no_total_of_what_the_event_counts():
    spent = mention("x", "e1", type="OCCURRENCE", trigger="spill", date="2031-06-02",
                    rule="occ.accident.spill+noun",
                    sentence="The firm has spent 40 dollars in total to clean up the spill.",
                    numbers=(Number(40.0, "40", counts="dollars"),))
    paid = mention("x", "e2", type="OCCURRENCE", trigger="spill", date="2031-06-02",
                   rule="occ.accident.spill+noun",
                   sentence="Those hit by the spill were paid 9 dollars each.",
                   numbers=(Number(9.0, "9", counts="dollars"),))
    assert not told_total(spent, R) and not total_and_part(spent, paid, R)


#: the rules without the reach of an outbreak as a tally (no reach_tally_classes)
OFF_REACH = replace(R, raw={**R.raw, "reach_tally_classes": []})


def _reach(article, side):
    rule = "occ.disease.outbreak" + ("+noun" if side.get("noun") else "")
    n = side["figure"]
    return mention(article, type="OCCURRENCE", trigger=side["trigger"], date=side["date"],
                   rule=rule, sentence=side["sentence"],
                   numbers=(Number(float(n), str(n), counts=side["counts"]),))


@pytest.mark.parametrize("ex", R.raw["reach_tally_examples"], ids=lambda e: e["note"][:40])
def test_an_outbreaks_reach_told_as_a_count_of_places_is_a_tally_of_its_day(ex):
    """'has spread to 30 countries' told on two days: two counts of the places reached, kept
    apart by the tally day cap however other reports link them (rules.json
    reach_tally_examples)."""
    a, b = _reach("a", ex["a"]), _reach("b", ex["b"])
    assert tally_day(a, R) == date.fromisoformat(ex["a"]["date"])
    assert (tally_day(b, R) is not None) == ex["tally"]
    assert too_long((tally_day(a, R),) * 2, (tally_day(b, R),) * 2 if ex["tally"] else None,
                    R) == ex["apart"]
    assert tally_day(a, OFF_REACH) is None  # no listed class: no tally report


def test_two_days_reach_chained_by_a_weeks_report_is_parted_by_day():
    """Monday's and Saturday's reach, each retold that day, and a report dated by the week
    linking both: one event before, each day's reach its own with the rule."""
    ex = R.raw["reach_tally_examples"][0]
    mon, sat = _reach("mon", ex["a"]), _reach("sat", ex["b"])
    mon2 = _reach("mon2", {**ex["a"], "sentence": "The fever has spread to 30 countries ,"
                                                  " its agency said on Monday ."})
    sat2 = _reach("sat2", {**ex["b"], "sentence": "The fever has spread to 31 countries ,"
                                                  " officials said on Saturday ."})
    week = replace(_reach("week", {**ex["a"], "sentence": "Last week the fever , which has "
                                   "spread to 30 countries , was declared a pandemic ."}),
                   date_end=date(2031, 5, 11), dct=date(2031, 5, 20))
    pairs = [(mon.key, mon2.key, 0.9), (sat.key, sat2.key, 0.9), (week.key, mon.key, 0.9),
             (week.key, sat.key, 0.9), (week.key, mon2.key, 0.8), (week.key, sat2.key, 0.8)]
    ms = [mon, mon2, sat, sat2, week]
    assert _merged(ms, pairs, OFF_REACH) == [["mon", "mon2", "sat", "sat2", "week"]]
    assert _merged(ms, pairs, R) == [["mon", "mon2", "week"], ["sat", "sat2"]]

def _merged(ms, pairs, r):
    m = EventMerger(r)
    m.restore(ms, pairs)
    return sorted(sorted(x.article_id for x in g) for g in m.clusters())
