"""bench/merge_scale.py: the corpus slices it times (articles by hash, whole stories,
articles told by several outlets)."""

from __future__ import annotations

from dataclasses import replace

from dateline.merge import EventMerger

from .helpers import load_bench, mention


def _bench():
    return load_bench("merge_scale")


def _corpus():
    out = []
    for story in ("harbour", "mill"):
        for i in range(6):
            m = mention(f"{story}{i}", trigger="closed", type="COERCE", date="2025-04-02",
                        sentence=f"The council closed the {story} on Wednesday.")
            out.append(replace(m, path=f"/data/{story}_wire/articles.jsonl"))
    return out


def test_slices_are_whole_articles_in_a_fixed_order():
    ms = _bench()
    corpus = _corpus()
    half, more = ms.pick(corpus, 0.5, 1, 2)
    again, _ = ms.pick(list(reversed(corpus)), 0.5, 1, 2)
    assert [m.key for m in half] == [m.key for m in again]
    assert len({m.article_id for m in half}) == 6 and len(more) == 2
    assert not {m.key for m in half} & {m.key for m in more}


def test_by_topic_takes_whole_stories_first():
    ms = _bench()
    corpus = _corpus()
    assert {ms.topic(m) for m in corpus} == {"harbour", "mill"}
    half, _ = ms.pick(corpus, 0.5, 1, 0, by_topic=True)
    assert len({ms.topic(m) for m in half}) == 1  # one story whole, not half of each
    mixed, _ = ms.pick(corpus, 0.5, 1, 0)
    assert len({ms.topic(m) for m in mixed}) == 2


def test_copies_are_more_outlets_telling_the_same_events():
    ms = _bench()
    corpus = _corpus()
    once, _ = ms.pick(corpus, 1.0, 1, 0)
    thrice, _ = ms.pick(corpus, 1.0, 3, 0)
    assert len(thrice) == 3 * len(once) and len({m.key for m in thrice}) == len(thrice)
    one, three = EventMerger(), EventMerger()
    one.add(once)
    three.add(thrice)
    assert len(one.events()) == len(three.events())  # same events, three times the reports
    assert three.pairs_scored > 3 * one.pairs_scored  # a denser day: pairs grow ~K²
