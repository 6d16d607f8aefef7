"""merge.marks.GroupMarks: what keeps two groups apart however linked, kept as groups join
(invented sentences)."""

from __future__ import annotations

import pytest

from dateline.merge import rules
from dateline.merge.marks import GroupMarks, GroupScan
from dateline.merge.mention import Number
from dateline.merge.similarity import place_of
from dateline.merge.tallies import tally_day

from .helpers import mention

R = rules()
CASE = dict(type="OCCURRENCE", trigger="case", date="2031-04-02", rule="occ.disease.case+noun")
ALERT = dict(type="MOBILIZE", rule="light:raise+n.mobilize.alert", trigger="raised its alert",
             date="2025-04-28", time_how="clause")


def _toll(article, n, day):
    return mention(article, type="OCCURRENCE", trigger="deaths", date=day,
                   rule="occ.disease.death", sentence=f"The fever deaths in Velmora rose to {n}.",
                   numbers=(Number(float(n), str(n), counts="deaths"),))


def _marks(*groups):
    ms = {m.key: m for g in groups for m in g}
    return GroupMarks.of(((g[0].key, [m.key for m in g]) for g in groups), ms, R)


def test_groups_placed_apart_never_join_and_a_join_keeps_the_narrower_place():
    dk = mention("a", location="Denmark", sentence="Officials confirmed a case in Denmark.", **CASE)
    pt = mention("b", location="Portugal", sentence="Officials confirmed a case in Portugal.",
                 **CASE)
    none = mention("c", sentence="Officials confirmed a case on Friday.", **CASE)
    assert place_of(dk, R) and place_of(pt, R) and place_of(none, R) is None
    marks = _marks([dk], [pt], [none])
    assert marks.apart(dk.key, pt.key) and marks.apart(pt.key, dk.key)
    assert not marks.apart(dk.key, none.key)  # no place: nothing to keep it apart
    marks.fold(none.key, dk.key)
    assert marks.place[none.key] == place_of(dk, R)  # the group now places the event
    assert marks.apart(none.key, pt.key)


def test_two_rungs_of_one_scale_and_tallies_too_many_days_apart_never_join():
    four = mention("four", sentence="The agency raised its alert to level 4 on Monday.", **ALERT)
    five = mention("five", sentence="The agency raised its alert to level five on Monday.",
                   **ALERT)
    plain = mention("mid", sentence="The agency raised its alert on Monday.", **ALERT)
    marks = _marks([four], [five], [plain])
    assert marks.apart(four.key, five.key) and not marks.apart(four.key, plain.key)
    marks.fold(plain.key, four.key)
    assert marks.rungs[plain.key] == four.rungs and marks.apart(plain.key, five.key)
    mon, fri = _toll("x", 40, "2031-05-05"), _toll("y", 95, "2031-05-09")
    tue = _toll("z", 41, "2031-05-06")
    marks = _marks([mon, tue], [fri])
    day = tally_day(mon, R)
    assert marks.tally[mon.key] == (day, tally_day(tue, R))  # the group's days, both kept
    assert marks.apart(mon.key, fri.key)


def test_groups_are_scanned_for_a_pair_kept_apart_only_where_one_may_be():
    a, b, c, d = ("x", "e1"), ("x", "e2"), ("y", "e1"), ("y", "e2")
    scan = GroupScan(
        sentences={a: {("x", 0)}, b: {("x", 0)}, c: {("y", 1)}, d: {("y", 2)}},
        articles={}, more={}, afar=dict.fromkeys((a, b, c, d), False),
    )
    assert scan.may_hold(a, b) and not scan.may_hold(a, c)  # one sentence, or none shared
    scan.fold(a, c)
    assert scan.sentences[a] == {("x", 0), ("y", 1)} and c not in scan.sentences
    assert not scan.may_hold(a, d)
    scan.afar[a] = scan.afar[d] = True  # both may be kept apart across sentences
    assert scan.may_hold(a, d)
    one_more = GroupScan(
        sentences={c: {("y", 1)}, d: {("y", 2)}}, articles={c: {"y"}, d: {"y"}},
        more={c: True, d: False}, afar={c: False, d: False},
    )
    assert one_more.may_hold(c, d)  # one article, and one told as one more
    one_more.fold(d, c)
    assert one_more.more[d] and one_more.articles[d] == {"y"}


def _placed_toll(article, side):
    n = side["figure"]
    return mention(article, type="OCCURRENCE", trigger="deaths", date=side["date"],
                   rule="occ.disease.death", sentence=side["sentence"],
                   numbers=(Number(float(n), str(n), counts="deaths"),))


@pytest.mark.parametrize("ex", R.raw["tally_place_marks_examples"], ids=lambda e: e["note"])
def test_one_days_tallies_placed_apart_never_join(ex):
    # rules.json tally_place_marks_examples: no own place, so only the clause's place marks
    a, b = _placed_toll("a", ex["a"]), _placed_toll("b", ex["b"])
    assert place_of(a, R) is None and place_of(b, R) is None
    marks = _marks([a], [b])
    assert marks.apart(a.key, b.key) == marks.apart(b.key, a.key) == ex["apart"]


def test_a_group_keeps_the_placed_reports_of_the_groups_it_took_in():
    ex = R.raw["tally_place_marks_examples"][0]
    dk, pt = _placed_toll("a", ex["a"]), _placed_toll("b", ex["b"])
    loose = _placed_toll("c", R.raw["tally_place_marks_examples"][3]["b"])
    marks = _marks([loose], [dk], [pt])
    assert not marks.apart(loose.key, pt.key)
    marks.fold(loose.key, dk.key)  # the unplaced report's group takes in Denmark's
    assert marks.apart(loose.key, pt.key)
