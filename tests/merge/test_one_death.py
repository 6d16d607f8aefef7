"""A named person's death an article tells twice (merge.one_death, rules.json one_death):
invented sentences only."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import EventMerger, rules
from dateline.merge.mention import Number
from dateline.merge.one_death import one_death_group, whose_death, whose_toll

from .helpers import mention

R = rules()
OFF = replace(R, raw={k: v for k, v in R.raw.items() if k != "one_death"})


def _m(ex: dict, eid: str = "d", index: int = 0, offset: int = 0, aid: str = "A", **kw):
    rule = "occ.other.death+noun" if ex["trigger"].lower().startswith("death") else (
        "occ.other.death")
    m = mention(aid, eid, type="OCCURRENCE", rule=rule, trigger=ex["trigger"],
                date=kw.pop("date", "2025-03-10"), sentence=ex["sentence"],
                target=ex.get("target"), specific=ex.get("specific", ()),
                names=ex.get("specific", ()), **kw)
    return replace(m, sentence_index=index, start=m.start + offset, end=m.end + offset,
                   sentence_start=offset)


@pytest.mark.parametrize("ex", R.raw["one_death_examples"], ids=lambda e: e["note"])
def test_whose_death_examples(ex):
    assert whose_death(_m(ex), R) == ex["person"]


def _never(_k, _g) -> bool:
    return False


def _tellings():
    """'He was pronounced dead' (target resolved) and a later 'Vey died', both of one death."""
    ex = R.raw["one_death_examples"]
    first = _m(ex[3], "p", 2, 200)
    later = _m({"sentence": "Prosecutors say Vey died of an overdose given at his home.",
                "trigger": "died", "specific": ["orlan vey"]}, "v", 9, 900)
    return first, later


def test_two_tellings_of_one_death_end_in_one_group():
    first, later = _tellings()
    ms = {first.key: first, later.key: later}
    groups = [[first.key], [later.key]]

    def row(k):
        return [(o, 0.2) for o in ms if o != k]

    assert len(one_death_group(groups, ms, R, row, _never)) == 1
    assert one_death_group(groups, ms, OFF, row, _never) == groups
    assert one_death_group(groups, ms, R, lambda _k: [], _never) == groups  # no scored pair
    assert one_death_group(groups, ms, R, row, lambda _k, _g: True) == groups  # refused


def test_another_article_or_another_person_is_not_joined():
    first, later = _tellings()
    other = replace(later, article_id="B")
    ms = {first.key: first, other.key: other}
    assert len(one_death_group([[first.key], [other.key]], ms, R,
                               lambda k: [(o, 0.2) for o in ms if o != k], _never)) == 2
    named = _m({"sentence": "Prosecutors say Kell died of an overdose given at his home.",
                "trigger": "died", "specific": ["dana kell"]}, "k", 9, 900)
    ms = {first.key: first, named.key: named}
    assert len(one_death_group([[first.key], [named.key]], ms, R,
                               lambda k: [(o, 0.2) for o in ms if o != k], _never)) == 2


def test_the_merger_joins_two_tellings_of_one_death():
    """End to end: the two tellings share only the person and score under the threshold."""
    first, later = _tellings()
    for rule_set, together in ((OFF, False), (R, True)):
        m = EventMerger(rule_set)
        m.add([first, later])
        ids = m.cluster_ids()
        assert (ids[first.key] == ids[later.key]) is together


def _toll(sentence: str, eid: str, index: int, rule: str = "occ.disaster.death", **kw):
    m = mention("A", eid, type="OCCURRENCE", rule=rule, trigger="killed",
                date=kw.pop("date", "2025-03-10"), sentence=sentence, **kw)
    return replace(m, sentence_index=index, start=m.start + 100 * index,
                   end=m.end + 100 * index, sentence_start=100 * index)


def test_rival_tolls_of_one_disaster_end_in_one_group():
    """A flood's toll told twice with other figures is one set of dead; a running tally
    (an outbreak's deaths) or another day's toll is not gathered."""
    a = _toll("Police said between 300 and 600 people have been killed in Marvale.", "a", 1)
    b = _toll("Several thousand residents were killed as the river rose.", "b", 5)
    assert whose_toll(a, R) and whose_toll(a, R) == whose_toll(b, R)
    ms = {a.key: a, b.key: b}
    groups = [[a.key], [b.key]]

    def row(k):
        return [(o, 0.1) for o in ms if o != k]

    assert len(one_death_group(groups, ms, R, row, _never)) == 1
    tally = _toll("The flu has killed several thousand residents.", "c", 5,
                  rule="occ.disease.death")
    later = _toll("Several thousand residents were killed.", "d", 5, date="2025-03-12")
    hedged = _toll("Several thousand residents may have been killed.", "e", 5, hedged=True)
    assert whose_toll(tally, R) == "" and whose_toll(later, R) != whose_toll(a, R)
    assert whose_toll(hedged, R) == ""


class _PartedApart(EventMerger):
    """A merger whose parting step (joins._part) leaves every mention alone: what the
    passes after it must mend."""

    def _part(self, groups):
        return [[k] for g in groups for k in g]


def test_tellings_of_one_toll_are_gathered_again_after_the_parting():
    """The parting of a group holding one case and a count re-agglomerates it by pair
    scores alone, which split an article's two tellings of one toll ('those killed by the
    flood' / 'has killed as many as 600'); the gathering runs again after it, but never
    puts one case beside the count ('a man was killed') nor a figure the group lacks."""
    toll = _toll("Officials said the flood in Marvale has killed as many as 600 people.", "a", 5,
                 numbers=(Number(600.0, "600", counts="people"),))
    those = _toll("Few funerals have been held for those killed by the flood in Marvale.", "b", 1)
    one = _toll("A man was killed by the flood in Marvale.", "c", 8)
    m = _PartedApart(R)
    m.add([toll, those, one])
    ids = m.cluster_ids()
    assert ids[toll.key] == ids[those.key]
    assert ids[one.key] not in (ids[toll.key], ids[those.key])
    assert m._refused_parted(one.key, [toll.key, those.key])  # one case beside the count
    assert m._refused_parted(toll.key, [those.key])  # a figure the group does not give
    assert not m._refused_parted(those.key, [toll.key])
