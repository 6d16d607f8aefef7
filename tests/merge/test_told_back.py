"""A definite noun naming an act a verb of its article told before (merge.told_back,
rules.json told_back): invented sentences only."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import EventMerger, rules
from dateline.merge.told_back import definite_back, told_back

from .helpers import mention

R = rules()
OFF = replace(R, raw={k: v for k, v in R.raw.items() if k != "told_back"})


def _m(side: dict, eid: str, index: int, offset: int, aid: str = "A"):
    m = mention(aid, eid, type="OCCURRENCE", rule=side["rule"], trigger=side["trigger"],
                date="2025-03-10", sentence=side["sentence"])
    return replace(m, sentence_index=index, start=m.start + offset, end=m.end + offset,
                   sentence_start=offset)


def _pair(ex: dict) -> tuple:
    verb = _m(ex["verb"], "v", 1, 0)
    noun = _m(ex["noun"], "n", 4, 400)
    return verb, noun


def _never(_k, _g) -> bool:
    return False


@pytest.mark.parametrize("ex", R.raw["told_back_examples"], ids=lambda e: e["why"])
def test_told_back_examples(ex):
    """Each example's verb and later noun, alone in their groups: joined only as labelled."""
    verb, noun = _pair(ex)
    ms = {verb.key: verb, noun.key: noun}
    out = told_back([[verb.key], [noun.key]], ms, R, _never)
    assert (len(out) == 1) is ex["joined"]
    assert told_back([[verb.key], [noun.key]], ms, OFF, _never) == [[verb.key], [noun.key]]


def test_the_deaths_is_a_definite_back_reference_and_a_deaths_is_not():
    ex = R.raw["told_back_examples"][0]
    _verb, noun = _pair(ex)
    assert definite_back(noun, R)
    plain = _m({**ex["noun"], "sentence": "Nobody could yet say how deaths happen there."},
               "n", 4, 400)
    assert not definite_back(plain, R)


def test_two_earlier_verbs_of_the_act_leave_the_noun_alone():
    """With two earlier mentions of the act the noun could mean either: no join."""
    ex = R.raw["told_back_examples"][1]
    verb, noun = _pair(ex)
    other = _m({**ex["verb"], "sentence": "A second tanker exploded at the quay an hour later."},
               "v2", 2, 200)
    ms = {verb.key: verb, noun.key: noun, other.key: other}
    groups = [[verb.key], [other.key], [noun.key]]
    assert told_back(groups, ms, R, _never) == groups


def test_a_verb_of_another_article_is_not_joined():
    ex = R.raw["told_back_examples"][1]
    verb, noun = _pair(ex)
    verb = _m(ex["verb"], "v", 1, 0, aid="B")
    ms = {verb.key: verb, noun.key: noun}
    assert len(told_back([[verb.key], [noun.key]], ms, R, _never)) == 2


def test_a_refused_group_keeps_the_mention_out():
    verb, noun = _pair(R.raw["told_back_examples"][1])
    ms = {verb.key: verb, noun.key: noun}
    assert len(told_back([[verb.key], [noun.key]], ms, R, lambda _k, _g: True)) == 2


def test_the_merger_joins_the_deaths_to_the_verb_that_told_them():
    """End to end: the verb and the noun score too low to join; the pass joins them."""
    verb, noun = _pair(R.raw["told_back_examples"][0])
    for rule_set, together in ((OFF, False), (R, True)):
        m = EventMerger(rule_set)
        m.add([verb, noun])
        ids = m.cluster_ids()
        assert (ids[verb.key] == ids[noun.key]) is together
