"""The story's outbreak an article names again by a definite noun, alone in its group, joins
its article's other telling (merge.told_again, rules.json told_again*): invented sentences."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.merge import rules
from dateline.merge.diseases import disease_of
from dateline.merge.told_again import told_again, told_again_group

from .helpers import mention

R = rules()
OUTBREAK = "occ.disease.outbreak+noun"
OFF = replace(R, raw={**R.raw, "told_again": {}})


def _occ(aid: str, sentence: str, eid: str = "o1", trigger: str = "outbreak",
         rule: str = OUTBREAK, index: int = 0):
    m = mention(aid, eid, type="OCCURRENCE", rule=rule, trigger=trigger, date="2009-05-04",
                dct=date(2009, 5, 4), time_how="clause", sentence=sentence)
    return replace(m, sentence_index=index)


@pytest.mark.parametrize("ex", R.raw["told_again_examples"], ids=lambda e: e["sentence"][:40])
def test_told_again_examples(ex):
    """'the outbreak', 'the flu outbreak', 'the H1N1 outbreak' tell the story's outbreak
    again; a year or a name before the noun, 'an', a plural or a kind not listed do not."""
    m = _occ("A", ex["sentence"], trigger=ex["trigger"], rule=ex.get("rule", OUTBREAK))
    assert told_again(m, R) is ex["told_again"]


STORY = "Schools in Tessel stayed shut on Monday as the outbreak spread along the coast."
LONE = "Reporters who came to cover the outbreak were told to wear masks."
SWINE = "Officials in Tessel said the swine flu outbreak had spread along the coast."


def _groups(lone_sentence: str = LONE, others: tuple[str, ...] = (STORY,) * 4):
    """The story's day group: other articles' reports and article A's 'the outbreak'; A's
    second telling alone in a group of its own, scored with the first under the threshold."""
    day = [_occ(f"B{i}", s) for i, s in enumerate(others)]
    first = _occ("A", STORY, index=2)
    lone = _occ("A", lone_sentence, eid="o2", index=8)
    ms = {x.key: x for x in (*day, first, lone)}
    groups = [sorted([x.key for x in day] + [first.key]), [lone.key]]
    pair = {first.key: [(lone.key, 0.4)], lone.key: [(first.key, 0.4)]}
    return groups, ms, (lambda k: pair.get(k, ())), first, lone


def _together(out, a, b) -> bool:
    return any(a.key in g and b.key in g for g in out)


def test_a_lone_telling_joins_its_article_s_other():
    """A's lone 'the outbreak' joins the group holding its first; without the rule (or
    refused by a hard rule) it stays alone."""
    groups, ms, row, first, lone = _groups()
    assert told_again(first, R) and told_again(lone, R)
    assert _together(told_again_group(groups, ms, R, row, lambda k, g: False), first, lone)
    assert told_again_group(groups, ms, OFF, row, lambda k, g: False) == groups
    assert not _together(told_again_group(groups, ms, R, row, lambda k, g: True), first, lone)


def test_a_telling_in_a_group_of_its_own_day_stays_there():
    """Only a lone telling moves: one already in a day group with other articles' reports
    keeps them (gathering it with its article's other telling parted a cross-article pair)."""
    groups, ms, row, first, lone = _groups()
    other_day = _occ("C", LONE)
    ms[other_day.key] = other_day
    groups = [groups[0], sorted([lone.key, other_day.key])]
    assert told_again_group(groups, ms, R, row, lambda k, g: False) == groups


def test_a_telling_naming_a_disease_joins_only_a_group_naming_it():
    """'the swine flu outbreak' alone joins a group where some report names swine flu, not
    one where none names a disease (it may be another outbreak)."""
    lone = "Reporters who came to cover the swine flu outbreak were told to wear masks."
    groups, ms, row, first, told = _groups(lone, others=(SWINE,) + (STORY,) * 3)
    assert disease_of(told, R) == "h1n1" and told_again(told, R)
    assert _together(told_again_group(groups, ms, R, row, lambda k, g: False), first, told)
    groups, ms, row, first, told = _groups(lone)
    assert not _together(told_again_group(groups, ms, R, row, lambda k, g: False), first, told)


def test_a_headline_s_bare_noun_counts_as_a_telling():
    """A line with no stop naming 'outbreak' bare ('Officials say outbreak on the rise') tells
    it as 'the outbreak' does: A's lone telling joins that line's group."""
    groups, ms, row, first, lone = _groups()
    bare = replace(first, sentence="Tessel officials say outbreak on the rise",
                   start=len("Tessel officials say "), sentence_start=0)
    ms[first.key] = bare
    assert not told_again(bare, R)
    assert _together(told_again_group(groups, ms, R, row, lambda k, g: False), bare, lone)


def test_only_a_scored_pair_ties():
    """Article A's telling counts only when scored with the lone one (a vetoed pair, 'the
    SARS outbreak' beside 'the swine flu outbreak', is unscored): no pair, no move."""
    groups, ms, row, first, lone = _groups()
    assert told_again_group(groups, ms, R, lambda k: (), lambda k, g: False) == groups


def _two_lone(second: str = LONE):
    """Article A tells the outbreak twice, each telling alone in a group of its own (no group
    of its article's tellings to join); article B's report in a group of its own."""
    first = _occ("A", STORY, index=2)
    lone = _occ("A", second, eid="o2", index=8)
    other = _occ("B", STORY)
    ms = {x.key: x for x in (first, lone, other)}
    groups = [[first.key], [lone.key], [other.key]]
    pair = {first.key: [(lone.key, 0.4), (other.key, 0.5)], lone.key: [(first.key, 0.4)],
            other.key: [(first.key, 0.5)]}
    return groups, ms, (lambda k: pair.get(k, ())), first, lone, other


def test_two_lone_tellings_of_one_article_gather():
    """Two lone tellings of A's outbreak join each other (told_again.lone_gather); B's report,
    another article's, stays where it was, so no cross-article pair moves. Without the key, or
    refused, or unscored, they stay apart."""
    groups, ms, row, first, lone, other = _two_lone()
    out = told_again_group(groups, ms, R, row, lambda k, g: False)
    assert sorted(out) == sorted([sorted([first.key, lone.key]), [other.key]])
    no_gather = replace(R, raw={**R.raw, "told_again": {**R.raw["told_again"],
                                                        "lone_gather": False}})
    assert told_again_group(groups, ms, no_gather, row, lambda k, g: False) == groups
    assert told_again_group(groups, ms, R, row, lambda k, g: True) == groups
    assert told_again_group(groups, ms, R, lambda k: (), lambda k, g: False) == groups


def test_two_lone_tellings_naming_two_diseases_stay_apart():
    """'the swine flu outbreak' and a bare 'the outbreak' alone: the second may be another
    outbreak, so they are not gathered."""
    swine = "Reporters who came to cover the swine flu outbreak were told to wear masks."
    groups, ms, row, first, lone, other = _two_lone(swine)
    assert told_again(lone, R) and disease_of(lone, R) == "h1n1"
    assert told_again_group(groups, ms, R, row, lambda k, g: False) == groups
