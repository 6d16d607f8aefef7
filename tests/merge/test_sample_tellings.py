"""bench/sample_merge_pairs.py --tellings on a small story: --per-mention lets a mention
serve several pairs (each pair still once), and ``days:close`` fills what the day strata
leave of --n with a later day's telling of an earlier act."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .helpers import load_bench, mention

#: one day told by three annotators in their own words (invented), and a later day's
#: update that tells the act back: (article, source, trigger, sentence)
DAY = [
    ("a1", "annotator1", "suspended",
     "The ministry suspended the licence of the Harwick ferry operator."),
    ("a2", "annotator2", "suspended",
     "Harwick ferry operator had its licence suspended by the ministry."),
    ("a3", "annotator3", "suspension",
     "The ministry's suspension of the Harwick ferry operator's licence."),
]
LATER = ("a1-late", "annotator1", "appealed",
         "Harwick ferry operator appealed the ministry's suspension.")


def _story() -> list:
    out = []
    for aid, src, trig, sent in DAY:
        m = mention(aid, trigger=trig, type="SANCTION", sentence=sent)
        out.append(replace(m, dct=date(2025, 3, 4), source=src))
    aid, src, trig, sent = LATER
    m = mention(aid, trigger=trig, type="REQUEST", sentence=sent)
    out.append(replace(m, dct=date(2025, 3, 20), source=src))
    return out


def _pairs(rows) -> list[tuple[str, str, str]]:
    return [(s, a.article_id, b.article_id) for s, a, b in rows]


def test_each_mention_once_by_default():
    sm = load_bench("sample_merge_pairs")
    rows = sm.tellings(_story(), n=20, seed=5)
    used = [a.key for _, a, _ in rows] + [b.key for _, _, b in rows]
    assert len(used) == len(set(used)) == 4  # two disjoint pairs of the four mentions
    assert [s for s, _, _ in rows] == ["day:other-teller:same-root:close", "days:close"]


def test_per_mention_draws_every_close_pair_once():
    sm = load_bench("sample_merge_pairs")
    rows = sm.tellings(_story(), n=20, seed=5, per_mention=3)
    day = {frozenset((a, b)) for s, a, b in _pairs(rows) if s.startswith("day:")}
    assert day == {frozenset(p) for p in (("a1", "a2"), ("a1", "a3"), ("a2", "a3"))}
    late = {a if b == "a1-late" else b for s, a, b in _pairs(rows) if s == "days:close"}
    assert late == {"a1", "a2", "a3"}  # 16 days apart, another root, close words
    keys = [(a.key, b.key) for _, a, b in rows]
    assert len(keys) == len(set(keys)) == 6  # each pair once


def test_days_close_only_fills_what_the_day_strata_leave_of_n():
    sm = load_bench("sample_merge_pairs")
    strata = [s for s, _, _ in sm.tellings(_story(), n=4, seed=5, per_mention=3)]
    assert strata == ["day:other-teller:same-root:close"] + ["days:close"] * 3
