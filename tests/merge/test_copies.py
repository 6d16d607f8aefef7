"""merge.copies: one line copied into one article or two articles of one date, each copy
dated by a default (a paragraph's date, the article's), is not parted by the date veto nor,
in one article, by 'verbs days apart' however far the defaults lie apart, and the candidate
index offers the pair to be scored (rules.json copy_apart_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.merge import EventMerger, merge_annotations, rules
from dateline.merge.acts import verbs_days_apart
from dateline.merge.copies import copies_apart, copy_key
from dateline.merge.links import cannot_link
from dateline.merge.similarity import pair_score
from dateline.store import Store

from .helpers import article, mention

R = rules()
OFF = replace(R, limits={**R.limits, "copy_apart": 0})  # the rule turned off
EXAMPLES = R.raw["copy_apart_examples"]


def _side(eid: str, side: dict) -> object:
    kw = dict(side)
    article, how, dct = kw.pop("article"), kw.pop("how"), kw.pop("dct")
    return mention(article, eid, time_how=how, dct=date.fromisoformat(dct), **kw)


def _pair(ex: dict) -> tuple:
    return _side("e1", ex["a"]), _side("e2", ex["b"])


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_copy_apart_examples(ex):
    a, b = _pair(ex)
    assert (a.date_start - b.date_start).days != 0  # every example lies days apart
    assert copies_apart(a, b, R) is ex["copies"]
    assert copies_apart(b, a, R) is ex["copies"]
    assert not copies_apart(a, b, OFF)
    assert pair_score(a, b, OFF).veto == "dates apart"  # without the rule, always apart
    assert pair_score(a, b, R).same(R.threshold) is ex["copies"]


@pytest.mark.parametrize("ex", [e for e in EXAMPLES if e["copies"]], ids=lambda e: e["note"][:40])
def test_the_index_offers_the_copies_and_the_merger_joins_them_in_either_order(ex):
    a, b = _pair(ex)
    for first, second in ((a, b), (b, a)):
        m = EventMerger(R)
        m.add([first])
        assert first.key in m.candidates(second)
        m.add([second])
        assert len(m.clusters()) == 1
    off = EventMerger(OFF)
    off.add([a, b])
    assert len(off.clusters()) == 2


def test_verbs_days_apart_spares_one_article_s_copies_dated_by_defaults():
    """Two copies of one line in one article, dated days apart by a paragraph and by the
    article: no two acts; the same pair with one copy dated in its own words is."""
    ex = next(e for e in EXAMPLES if e["a"]["article"] == e["b"]["article"])
    a, b = _pair(ex)
    assert cannot_link(a, b, R) is None and cannot_link(b, a, R) is None
    assert cannot_link(a, b, OFF) == cannot_link(b, a, OFF) == "verbs days apart"
    told = replace(a, time_how="clause")
    assert verbs_days_apart(told, b, R) and verbs_days_apart(b, told, R)


def test_only_mentions_dated_by_a_default_are_keyed():
    a, b = _pair(EXAMPLES[0])
    assert copy_key(a, R) == copy_key(b, R) == (date(2025, 4, 2), a.trigger_key)
    assert copy_key(replace(a, time_how="clause"), R) is None
    assert copy_key(a, OFF) is None


def _copy(aid: str, when: str, how: str, sentence: str) -> object:
    """An article of 2025-04-02 telling one rejection, dated ``when`` as ``how`` says."""
    return article(aid, "2025-04-02", [sentence],
                   [{"type": "REJECT", "trigger": "rejects", "date": when, "how": how}])


COPIES = [_copy("k1", "2025-04-02", "dct", EXAMPLES[0]["b"]["sentence"]),
          _copy("k2", "2025-03-20", "paragraph", EXAMPLES[0]["a"]["sentence"]),
          _copy("k3", "2025-03-10", "clause", EXAMPLES[0]["a"]["sentence"])]


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 0, 2), (2, 1, 0), (1, 2, 0)])
def test_a_store_update_meets_the_kept_copies_as_the_one_shot_merge(tmp_path, order):
    """A store's update reads the kept mentions of the new ones' article date
    (persist._kept_within), so single-article updates in any order give the one-shot merge:
    the two copies dated by defaults join, the one dated in its own words stays apart."""
    want = {frozenset(m.key for m in ev.mentions) for ev in merge_annotations(COPIES)}
    assert frozenset({("k1", "e1"), ("k2", "e1")}) in want
    with Store(tmp_path / "c.duckdb") as st:
        for i in order:
            st.write([COPIES[i]])
            st.merge()
        groups: dict[tuple[str, str], set[tuple[str, str]]] = {}
        for a, e, ca, ce in st.con.execute("SELECT * FROM event_clusters").fetchall():
            groups.setdefault((ca, ce), set()).add((a, e))
    assert {frozenset(g) for g in groups.values()} == want
