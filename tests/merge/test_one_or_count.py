"""merge.one_or_count: one case and a count of cases, a group mark of merge.marks (rules.json
one_count_examples, invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.marks import GroupMarks
from dateline.merge.mention import Number
from dateline.merge.one_or_count import COUNT, ONE, one_or_count, readings
from dateline.merge.one_or_count import tested_number as number_tested

from .helpers import mention

R = replace(rules(), limits={**rules().limits, "one_count_marks": 1})
OFF = replace(R, limits={**R.limits, "one_count_marks": 0})
EXAMPLES = R.raw["one_count_examples"]


def _side(article, cls, side):
    numbers = ()
    if "figure" in side:
        n = side["figure"]
        numbers = (Number(float(n), str(n), counts=side["counts"]),)
    return mention(article, type="OCCURRENCE", trigger=side["trigger"], date="2031-05-05",
                   rule=cls + ("+noun" if side["noun"] else ""), sentence=side["sentence"],
                   numbers=numbers, location=side.get("location"))


def _marks(*ms):
    return GroupMarks.of(((m.key, [m.key]) for m in ms), {m.key: m for m in ms}, R, counts=True)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"])
def test_one_case_and_a_count_never_join(ex):
    a, b = _side("a", ex["class"], ex["a"]), _side("b", ex["class"], ex["b"])
    marks = _marks(a, b)
    assert marks.apart(a.key, b.key) == marks.apart(b.key, a.key) == ex["apart"]


def test_readings_of_the_examples():
    toll, boy = (_side(s, EXAMPLES[0]["class"], EXAMPLES[0][s]) for s in "ab")
    assert one_or_count(toll, R) == COUNT and one_or_count(boy, R) == ONE
    first = _side("a", EXAMPLES[1]["class"], EXAMPLES[1]["a"])  # 'its first case in a nurse'
    third = _side("a", EXAMPLES[2]["class"], EXAMPLES[2]["a"])  # 'a third death'
    assert one_or_count(first, R) == one_or_count(third, R) == ONE
    hills = next(e for e in EXAMPLES if "another clause" in e["note"])
    assert one_or_count(_side("a", hills["class"], hills["a"]), R) is None
    child = next(e for e in EXAMPLES if "plural trigger" in e["note"])
    assert one_or_count(_side("a", child["class"], child["a"]), R) is None


def test_a_group_keeps_the_readings_of_the_groups_it_took_in():
    ex = EXAMPLES[0]
    toll, boy = _side("a", ex["class"], ex["a"]), _side("b", ex["class"], ex["b"])
    other = _side("c", ex["class"], {"sentence": "Hospitals in Velmora reported fever deaths .",
                                     "trigger": "deaths", "noun": True})
    marks = _marks(other, toll, boy)
    assert one_or_count(other, R) is None and not marks.apart(other.key, boy.key)
    marks.fold(other.key, toll.key)  # the unread report's group takes in the toll
    assert marks.apart(other.key, boy.key)


def test_another_class_or_the_switch_off_reads_nothing():
    ex = EXAMPLES[0]
    spill = _side("a", "occ.accident.spill", ex["b"])
    assert one_or_count(spill, R) is None
    a, b = _side("a", ex["class"], ex["a"]), _side("b", ex["class"], ex["b"])
    groups, ms = [(a.key, [a.key]), (b.key, [b.key])], {a.key: a, b.key: b}
    assert GroupMarks.of(groups, ms, R, counts=True).apart(a.key, b.key)
    assert not readings(a, OFF)
    assert not GroupMarks.of(groups, ms, OFF, counts=True).apart(a.key, b.key)


def test_one_case_is_placed_where_it_happened():
    ex = next(e for e in EXAMPLES if "in its city" in e["note"])
    a, b = _side("a", ex["class"], ex["a"]), _side("b", ex["class"], ex["b"])
    assert one_or_count(a, R) == one_or_count(b, R) == ONE
    marks = _marks(a, b)
    (_, _, pa), = marks.counts[a.key]
    (_, _, pb), = marks.counts[b.key]
    assert pa and pb.startswith(pa) and pa != pb  # the country, and a city inside it


def _merged(groups, r):
    """Clusters of a merger holding ``groups`` of (mentions, pairs (a, b, score)), no scoring."""
    from dateline.merge import EventMerger

    m = EventMerger(r)
    m.restore([x for ms, _ in groups for x in ms], [p for _, ps in groups for p in ps])
    return sorted(sorted(x.article_id for x in g) for g in m.clusters())


def test_a_parted_group_takes_in_no_report_it_did_not_hold():
    """Seven reports of the toll, the boy's death tied to the toll by two reports, and a
    third report like the boy's death alone: merged off, the boy joins the large group and the
    third report stays alone (its mean over the group is under average_link). On, the mark
    parts the boy from the toll, and only that: the third report is not drawn into the
    boy's smaller group, as it was when the blocked join left the boy's side small."""
    ex = EXAMPLES[0]
    cls = ex["class"]
    toll = _side("toll", cls, ex["a"])
    boy = _side("boy", cls, ex["b"])
    told = [_side(f"told{i}", cls, {"sentence": f"Hospitals in Velmora reported {i} more "
                                    "fever deaths .", "trigger": "deaths", "noun": True})
            for i in range(6)]
    third = _side("third", cls, {"sentence": "Doctors in Velmora linked deaths to the fever .",
                                 "trigger": "deaths", "noun": True})
    assert one_or_count(third, R) is None and all(one_or_count(t, R) is None for t in told)
    big = [toll, *told]
    link = R.limits["average_link"]
    pairs = [(a.key, b.key, 0.9) for i, a in enumerate(big) for b in big[i + 1:]]
    pairs += [(boy.key, toll.key, 0.85), (boy.key, told[0].key, 0.85)]
    near = R.threshold + 0.05
    assert near / (len(big) + 1) < link <= near  # alone with the boy, it would join
    pairs.append((third.key, boy.key, near))
    groups = [([*big, boy, third], pairs)]
    names = sorted(x.article_id for x in big)
    assert _merged(groups, OFF) == sorted([sorted([*names, "boy"]), ["third"]])
    assert _merged(groups, R) == sorted([names, ["boy"], ["third"]])
    # a report weakly like five of the toll's reports (attached, no pair at the threshold)
    # stays with the toll's part when the group is parted
    weak = _side("weak", cls, {"sentence": "Velmora hospitals said fever deaths went on .",
                               "trigger": "deaths", "noun": True})
    assert one_or_count(weak, R) is None
    pairs += [(weak.key, t.key, 0.5) for t in told[1:]]
    groups = [([*big, boy, third, weak], pairs)]
    assert _merged(groups, OFF) == sorted([sorted([*names, "boy", "weak"]), ["third"]])
    assert _merged(groups, R) == sorted([sorted([*names, "weak"]), ["boy"], ["third"]])


def test_first_reads_one_case_only_when_told_of_one():
    def read(note):
        ex = next(e for e in EXAMPLES if note in e["note"])
        return one_or_count(_side("a", ex["class"], ex["a"]), R)
    assert read("told of a person") == ONE  # 'first fever case - a boy back from a trip'
    assert read("first case of a kind") == ONE  # 'the first fever case that resists the drug'
    assert read("onset of its outbreak") is None  # 'logged its first fever case'
    assert read("with its own count") == COUNT  # 'its first 20 fever cases'



TESTED_EXAMPLES = R.raw["tested_number_examples"]


def _test_side(article, side):
    return mention(article, type="OCCURRENCE", trigger=side["trigger"], date="2031-05-05",
                   rule="occ.disease.test+noun", sentence=side["sentence"])


@pytest.mark.parametrize("ex", TESTED_EXAMPLES, ids=lambda e: e["note"])
def test_tests_of_one_person_and_of_several_never_join(ex):
    """Tests of suspected patients (rules.json tested_number_classes): one traveller's tests
    and several patients' are two events; 'one' names the sides read as one person."""
    a, b = _test_side("a", ex["a"]), _test_side("b", ex["b"])
    for name, m in (("a", a), ("b", b)):
        assert (number_tested(m, R) == ONE) == (name in ex["one"])
    marks = _marks(a, b)
    assert marks.apart(a.key, b.key) == marks.apart(b.key, a.key) == ex["apart"]
    off = GroupMarks.of(((m.key, [m.key]) for m in (a, b)), {a.key: a, b.key: b}, OFF,
                        counts=True)
    assert not off.apart(a.key, b.key)


def test_the_readings_of_tests_told_of_several():
    several = next(e for e in TESTED_EXAMPLES if "several patients" in e["note"])["b"]
    suspected = next(e for e in TESTED_EXAMPLES if "suspected cases" in e["note"])["a"]
    assert number_tested(_test_side("a", several), R) == COUNT  # 'are undergoing tests'
    assert number_tested(_test_side("a", suspected), R) == COUNT  # 'tests on suspected cases'
    nowhere = next(e for e in TESTED_EXAMPLES if "no one" in e["note"])
    assert not readings(_test_side("a", nowhere["a"]), R)
    assert not readings(_test_side("b", nowhere["b"]), R)
