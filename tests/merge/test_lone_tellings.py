"""A lone verb or headline noun telling again the occurrence its article names by a definite
noun (merge.lone_tellings, rules.json lone_tellings): invented sentences only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.merge import EventMerger, rules
from dateline.merge.lone_tellings import headline_bare, lone_tellings

from .helpers import mention

R = rules()
OFF = replace(R, raw={k: v for k, v in R.raw.items() if k != "lone_tellings"})
EXAMPLES = R.raw["lone_tellings_examples"]


def _m(sentence: str, trigger: str, rule: str, eid: str, index: int, offset: int,
       aid: str = "A"):
    m = mention(aid, eid, type="OCCURRENCE", rule=rule, trigger=trigger, date="2025-03-10",
                sentence=sentence)
    return replace(m, dct=date(2025, 3, 10), sentence_index=index, start=m.start + offset,
                   end=m.end + offset, sentence_start=offset)


def _pair(ex: dict, aid: str = "A") -> tuple:
    kind = ex["rule"].split("+")[0]
    story = _m(ex["story"], ex["story_trigger"], f"{kind}+noun", "s", 2, 200, aid)
    lone = _m(ex["lone"], ex["lone_trigger"], ex["rule"], "l", 6, 600)
    return story, replace(lone, hedged=ex.get("hedged", False))


def _scored(story, lone):
    """Each of the two scored with the other (the merger's rows), as a pair at the floor."""
    rows = {story.key: [(lone.key, 0.2)], lone.key: [(story.key, 0.2)]}
    return lambda k: rows.get(k, [])


def _never(_k, _g) -> bool:
    return False


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["why"])
def test_lone_tellings_examples(ex):
    """Each example's lone telling, alone in its group beside the story's definite noun:
    joined only as labelled, and never with the rule switched off."""
    story, lone = _pair(ex)
    ms = {story.key: story, lone.key: lone}
    groups = [[story.key], [lone.key]]
    out = lone_tellings(groups, ms, R, _scored(story, lone), _never)
    assert (len(out) == 1) is ex["joined"]
    assert lone_tellings(groups, ms, OFF, _scored(story, lone), _never) == groups


def test_an_unscored_pair_a_refused_group_or_another_article_keep_it_out():
    story, lone = _pair(EXAMPLES[0])
    ms = {story.key: story, lone.key: lone}
    groups = [[story.key], [lone.key]]
    assert lone_tellings(groups, ms, R, lambda _k: [], _never) == groups
    assert lone_tellings(groups, ms, R, _scored(story, lone), lambda _k, _g: True) == groups
    story_b, _ = _pair(EXAMPLES[0], aid="B")
    ms = {story_b.key: story_b, lone.key: lone}
    groups = [[story_b.key], [lone.key]]
    assert lone_tellings(groups, ms, R, _scored(story_b, lone), _never) == groups


def test_a_telling_in_a_larger_group_stays_where_it_is():
    """Only a lone telling moves: one its pairs already placed keeps its group."""
    story, lone = _pair(EXAMPLES[0])
    other = _m("Residents said the tanker exploded with a roar.", "exploded",
               "occ.accident.explosion", "o", 7, 700)
    ms = {story.key: story, lone.key: lone, other.key: other}
    groups = [[story.key], sorted([lone.key, other.key])]
    assert lone_tellings(groups, ms, R, _scored(story, lone), _never) == groups


def test_a_headline_drops_its_article_and_running_text_does_not():
    ex = EXAMPLES[1]
    _, noun = _pair(ex)
    assert headline_bare(noun, R)
    told = _m(ex["lone"] + ".", ex["lone_trigger"], ex["rule"], "l", 6, 600)
    assert not headline_bare(told, R)


def test_the_merger_joins_the_verb_to_the_story_noun():
    """End to end: the two score under the threshold; the pass joins them."""
    story, lone = _pair(EXAMPLES[0])
    for rule_set, together in ((OFF, False), (R, True)):
        m = EventMerger(rule_set)
        m.add([story, lone])
        ids = m.cluster_ids()
        assert (ids[story.key] == ids[lone.key]) is together
