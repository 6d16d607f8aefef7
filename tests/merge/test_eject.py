"""merge.eject: two mentions of one article that a pair veto keeps apart leave each other's
finished group however many other reports tie them (rules.json eject_examples; invented
sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.cluster import EventMerger
from dateline.merge.eject import eject_vetoed, vetoed_in_article

from .helpers import occurrence_at

R = rules()
EXAMPLES = R.raw["eject_examples"]


def _side(eid, side, article, index):
    return occurrence_at(eid, side, side["rule"], article, index)


def _example(ex):
    """The example's two mentions of article A and its third mention, of article B."""
    a = _side("e1", ex["a"], "A", 0)
    b = _side("e2", ex["b"], "A", ex["b"].get("index", 1))
    third = _side("e1", ex["third"], "B", 0)
    return a, b, third


def _row_of(scores):
    def row(k):
        return [(o, s) for (x, o), s in scores.items() if x == k]
    return row


def _scores(pairs):
    out = {}
    for x, y, s in pairs:
        out[(x, y)] = out[(y, x)] = s
    return out


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_eject_examples(ex):
    a, b, third = _example(ex)
    why = vetoed_in_article(a, b, R)
    assert (why is not None) is ex["apart"]
    assert vetoed_in_article(b, a, R) == why
    if ex["apart"]:
        assert why == ex["reason"]
    ms = {m.key: m for m in (a, b, third)}
    # the third report ties both; b is the less tied of the two
    row = _row_of(_scores([(a.key, third.key, 0.9), (b.key, third.key, 0.7)]))
    got = eject_vetoed([sorted(ms)], ms, R, row)
    if ex["apart"]:
        assert got == sorted([sorted([a.key, third.key]), [b.key]])
    else:
        assert got == [sorted(ms)]


def test_two_articles_are_never_read():
    """Another article's single case may be that article's only case: not read."""
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b, _third = _example(ex)
    assert vetoed_in_article(a, replace(b, article_id="B"), R) is None


def test_the_leavers_keep_their_own_links():
    """The mentions that leave one group stay together when scored at the threshold (the
    pass runs again over the group they form)."""
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b, third = _example(ex)
    b2 = _side("e3", ex["b"], "A", 2)  # the article tells the many again
    ms = {m.key: m for m in (a, b, third, b2)}
    row = _row_of(_scores([(a.key, third.key, 0.9), (b.key, third.key, 0.1),
                           (b.key, b2.key, 0.7)]))
    got = eject_vetoed([sorted(ms)], ms, R, row)
    assert got == sorted([sorted([a.key, third.key]), sorted([b.key, b2.key])])


def test_no_reasons_no_pass():
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b, third = _example(ex)
    ms = {m.key: m for m in (a, b, third)}
    bare = replace(R, raw={**R.raw, "eject_vetoes": []})
    assert eject_vetoed([sorted(ms)], ms, bare, _row_of({})) == [sorted(ms)]


def test_the_merger_ejects_in_any_order():
    """Through the merger: the order the mentions come in changes nothing."""
    ex = next(e for e in EXAMPLES if e["apart"])
    a, b, third = _example(ex)
    runs = []
    for order in ((a, b, third), (third, b, a), (b, third, a)):
        m = EventMerger(R)
        m.add(list(order))
        runs.append(sorted(sorted(g) for g in m.cluster_ids().items()))
    assert runs[0] == runs[1] == runs[2]
    ids = EventMerger(R)
    ids.add([a, b, third])
    got = ids.cluster_ids()
    assert got[a.key] != got[b.key]
