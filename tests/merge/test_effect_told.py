"""merge.effect_told: an effect span ('those affected by the spill') leaves a finished group
holding its article's telling of the occurrence, and no other group moves (rules.json
effect_leave_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.merge import Mention, rules
from dateline.merge.effect_told import effect_leave, tells_effect

from .helpers import mention

R = rules()
EXAMPLES = R.raw["effect_leave_examples"]
SPILL = "occ.accident.spill+noun"


def _side(d: dict, eid: str, article: str, index: int) -> Mention:
    m = mention(article, eid, type="OCCURRENCE", rule=SPILL, trigger=d["trigger"],
                date="2025-05-20", dct=date(2025, 5, 20), time_how="dct",
                sentence=d["sentence"])
    return replace(m, sentence_index=index)


def _example(ex: dict, article_a: str = "A") -> tuple[Mention, Mention, Mention]:
    """Side a (of ``article_a``) and side b of article A, the third report of article B."""
    return (_side(ex["a"], "e1", article_a, 2), _side(ex["b"], "e2", "A", 5),
            _side(ex["third"], "e1", "B", 0))


def _row_of(pairs):
    scores = {}
    for x, y, s in pairs:
        scores[(x, y)] = scores[(y, x)] = s

    def row(k):
        return [(o, s) for (x, o), s in scores.items() if x == k]
    return row


def _merged(ex, article_a="A"):
    a, b, third = _example(ex, article_a)
    ms = {m.key: m for m in (a, b, third)}
    row = _row_of([(a.key, third.key, 0.9), (b.key, third.key, 0.7)])
    return a, b, third, effect_leave([sorted(ms)], ms, R, row)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_effect_leave_examples(ex):
    a, b, third, got = _merged(ex)
    if ex["leaves"]:
        assert tells_effect(b, R) and not tells_effect(a, R)
        assert got == sorted([sorted([a.key, third.key]), [b.key]])
    else:
        assert got == [sorted([a.key, b.key, third.key])]


def test_effect_stays_without_its_articles_telling():
    """The group holds another article's telling only: the span stays (the older
    cross-article sets label it the occurrence)."""
    ex = next(e for e in EXAMPLES if e["leaves"])
    a, b, third, got = _merged(ex, article_a="C")
    assert got == [sorted([a.key, b.key, third.key])]


def test_other_groups_unmoved_and_leavers_regroup():
    """Only the group holding the spans changes; two spans that leave it regroup by their
    pair at the threshold, and a group of effect spans alone is left as it is."""
    ex = next(e for e in EXAMPLES if e["leaves"])
    a, b, third = _example(ex)
    b2 = replace(_side(ex["b"], "e3", "B", 4))
    lone = _side(ex["b"], "e9", "D", 1)
    lone2 = _side(ex["b"], "e8", "D", 3)
    ms = {m.key: m for m in (a, b, third, b2, lone, lone2)}
    row = _row_of([(a.key, third.key, 0.9), (b.key, third.key, 0.7), (b.key, b2.key, 0.95),
                   (lone.key, lone2.key, 0.9)])
    groups = sorted([sorted([a.key, b.key, third.key, b2.key]), sorted([lone.key, lone2.key])])
    got = effect_leave(groups, ms, R, row)
    assert got == sorted([sorted([a.key, third.key]), sorted([b.key, b2.key]),
                          sorted([lone.key, lone2.key])])


def test_effect_leave_needs_the_limit():
    ex = next(e for e in EXAMPLES if e["leaves"])
    a, b, third = _example(ex)
    ms = {m.key: m for m in (a, b, third)}
    off = replace(R, limits={**R.limits, "effect_leave": 0})
    assert effect_leave([sorted(ms)], ms, off, _row_of([])) == [sorted(ms)]
