"""merge.running: running counts told on two days, a group mark read when finished groups are
parted (rules.json running_count_examples, invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import EventMerger, rules
from dateline.merge.marks import GroupMarks
from dateline.merge.mention import Number
from dateline.merge.tallies import tally_day

from .helpers import mention

R = replace(rules(), limits={**rules().limits, "running_count_marks": 1})
OFF = replace(R, limits={**R.limits, "running_count_marks": 0})
EXAMPLES = R.raw["running_count_examples"]


def _side(article, cls, side):
    n = side["figure"]
    return mention(article, type="OCCURRENCE", trigger=side["trigger"], date=side["date"],
                   rule=cls + "+noun", sentence=side["sentence"],
                   numbers=(Number(float(n), str(n), counts=side["counts"]),))


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"])
def test_running_counts_of_two_days_are_two_counts(ex):
    a, b = _side("a", ex["class"], ex["a"]), _side("b", ex["class"], ex["b"])
    assert tally_day(a, R) and tally_day(b, R)  # both tally reports: the mark decides
    groups, ms = [(a.key, [a.key]), (b.key, [b.key])], {a.key: a, b.key: b}
    marks = GroupMarks.of(groups, ms, R, counts=True)
    assert marks.apart(a.key, b.key) == marks.apart(b.key, a.key) == ex["apart"]
    assert not GroupMarks.of(groups, ms, OFF, counts=True).apart(a.key, b.key)
    assert not GroupMarks.of(groups, ms, R).apart(a.key, b.key)  # joins never read it


def _merged(ms, pairs, r):
    m = EventMerger(r)
    m.restore(ms, pairs)
    return sorted(sorted(x.article_id for x in g) for g in m.clusters())


def test_a_group_chaining_two_days_counts_is_parted_by_day():
    """Monday's and Tuesday's counts, each with its own day's reports, chained by reports
    like both: off, one event; on, each day's count with its reports, the rest where
    average link left them."""
    ex = EXAMPLES[0]
    cls = ex["class"]
    mon, tue = _side("mon", cls, ex["a"]), _side("tue", cls, ex["b"])
    mon2 = _side("mon2", cls, {**ex["a"], "sentence": "Velmora counted 40 fever cases on "
                                                    "Monday , its health agency said ."})
    tue2 = _side("tue2", cls, {**ex["b"], "sentence": "By Tuesday Velmora had 65 fever "
                                                    "cases , its health agency said ."})
    pairs = [(mon.key, mon2.key, 0.9), (tue.key, tue2.key, 0.9), (mon.key, tue.key, 0.8),
             (mon2.key, tue2.key, 0.8)]
    ms = [mon, mon2, tue, tue2]
    assert _merged(ms, pairs, OFF) == [["mon", "mon2", "tue", "tue2"]]
    assert _merged(ms, pairs, R) == [["mon", "mon2"], ["tue", "tue2"]]
