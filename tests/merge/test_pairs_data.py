"""The labelled mention pairs: well formed, references only (no article text), and -- when
../shared/data is present -- pointing at real trigger words of the articles they name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.model import content_hash

HERE = Path(__file__).resolve().parent
PAIRS = sorted((HERE / "data").glob("*_pairs.jsonl"))
T17 = HERE.parents[1].parent / "shared" / "data" / "t17-dev"
SIDE_KEYS = {"topic", "article", "sentence", "start", "end"}


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("path", PAIRS, ids=lambda p: p.name)
def test_pairs_are_references_only(path):
    recs = _load(path)
    assert len({r["pair"] for r in recs}) == len(recs)
    for r in recs:
        assert set(r) == {"pair", "label", "sampled", "a", "b"}
        assert r["label"] in {"same", "different"}
        for side in (r["a"], r["b"]):
            assert set(side) == SIDE_KEYS  # offsets only: never the article's words
            assert 0 <= side["start"] < side["end"]
        if path.name.endswith("_within_pairs.jsonl"):  # two mentions of one article
            assert r["a"]["article"] == r["b"]["article"]
            assert (r["a"]["start"], r["a"]["end"]) != (r["b"]["start"], r["b"]["end"])
        else:
            assert r["a"]["article"] != r["b"]["article"]  # cross-article pairs


T17_ALL = [p for p in PAIRS if p.name.startswith("t17_")]
T17_PAIRS = [p for p in T17_ALL if not p.name.endswith("_within_pairs.jsonl")]
WITHIN = [p for p in PAIRS if p.name.endswith("_within_pairs.jsonl")]


def test_within_article_sets_present():
    assert {p.name for p in WITHIN} >= {
        "t17_h1n1_within_pairs.jsonl",
        "t17_bpoil_within_pairs.jsonl",
        "t17_mj_haiti_within_pairs.jsonl",
        "karsholm_within_pairs.jsonl",
    }


#: the tellings sets (bench/sample_merge_pairs.py sample --tellings): three annotators' words
#: for each day of a story; within one annotator's day an act is seldom told twice
TELLINGS = [p for p in PAIRS if p.name.startswith("st_")]
MERGE_WITHIN = [p for p in WITHIN if p not in TELLINGS]


#: pairs a within set must hold where its store had too few fresh articles for 30: the H1N1
#: store (guardian + bbc) has 27 articles no earlier set names; three pairs an article drew 25
MIN_WITHIN = {"t17_h1n1_tune3_within_pairs.jsonl": 25}
#: 'same' pairs a within set must hold where its store's fresh articles offered fewer: the H1N1
#: Reuters articles no earlier set names are short wire copy (3 merged pairs in the whole pool)
MIN_SAME_WITHIN = {"t17_h1n1_tune5_within_pairs.jsonl": 2}


@pytest.mark.parametrize("path", MERGE_WITHIN, ids=lambda p: p.name)
def test_within_article_pairs_spread_over_articles_with_both_labels(path):
    recs = _load(path)
    labels = [r["label"] for r in recs]
    per_article: dict[str, int] = {}
    for r in recs:
        per_article[r["a"]["article"]] = per_article.get(r["a"]["article"], 0) + 1
    needed = MIN_WITHIN.get(path.name, 30)
    assert len(recs) >= needed and labels.count("different") >= 15
    assert labels.count("same") >= MIN_SAME_WITHIN.get(path.name, 5)
    assert len(per_article) >= len(recs) / 4  # each article used a bounded number of times


def test_t17_sets_present():
    assert {p.name for p in T17_PAIRS} >= {
        "t17_h1n1_pairs.jsonl",
        "t17_bpoil_pairs.jsonl",
        "t17_mj_haiti_pairs.jsonl",  # topics no rule was tuned on when it was labelled
    }


#: 'same' pairs a t17 set must hold, where a blind draw from a story's own sources found fewer
#: than 50: H1N1 by Reuters and the BBC or the Guardian is mostly tallies of other days and
#: places (18 of 210; 17 of 162; Guardian x BBC blind, 23 of 172)
MIN_SAME = {"t17_h1n1_reuters_bbc_pairs.jsonl": 15, "t17_h1n1_reuters_guardian_pairs.jsonl": 15,
            "t17_h1n1_guardian_bbc_blind_pairs.jsonl": 15}
#: pairs a t17 set must hold where fewer than 200 were drawn: the cross-source sets of
#: 2026-12-03 and 2026-12-07 (about 150 each, a fresh blind check rather than a tuning set)
MIN_PAIRS = {"t17_bpoil_foxnews_reuters_pairs.jsonl": 150,
             "t17_h1n1_reuters_guardian_pairs.jsonl": 150,
             "t17_bpoil_bbc_wapo_pairs.jsonl": 150,
             "t17_h1n1_guardian_bbc_blind_pairs.jsonl": 150}


@pytest.mark.parametrize("path", T17_PAIRS, ids=lambda p: p.name)
def test_enough_t17_pairs_with_both_labels(path):
    recs = _load(path)
    labels = [r["label"] for r in recs]
    needed = MIN_PAIRS.get(path.name, 200)
    assert len(recs) >= needed and labels.count("different") >= needed // 2
    assert labels.count("same") >= MIN_SAME.get(path.name, 50)


@pytest.mark.parametrize("name", sorted(MIN_PAIRS))
def test_cross_source_sets_pair_two_sources(name):
    """The sets drawn with ``sample --cross-source``: every pair joins the two folders."""
    recs = _load(HERE / "data" / name)
    assert all(r["a"]["topic"] != r["b"]["topic"] for r in recs)
    assert len({t for r in recs for t in (r["a"]["topic"], r["b"]["topic"])}) == 2


@pytest.mark.parametrize("path", T17_ALL, ids=lambda p: p.name)
def test_t17_pairs_point_at_words_of_the_named_articles(path):
    if not T17.exists():
        pytest.skip(f"../shared/data absent: {T17} not found")
    recs = _load(path)
    wanted = {s["article"] for r in recs for s in (r["a"], r["b"])}
    texts: dict[str, str] = {}
    for topic in {s["topic"] for r in recs for s in (r["a"], r["b"])}:
        for line in (T17 / topic / "articles.jsonl").open(encoding="utf-8"):
            a = json.loads(line)
            key = f"{a['id']}:{content_hash(a['text'])}"
            if key in wanted:
                texts[key] = a["text"]
    assert set(texts) == wanted  # every id and content hash found
    for r in recs:
        for s in (r["a"], r["b"]):
            span = texts[s["article"]][s["start"] : s["end"]]
            assert span.strip() == span and span[:1].isalpha(), (r["pair"], span)


#: pairs a tellings story must hold (cross and within): nsa_leak and mh370 have about 100
#: and 60 mentions, too few for 200 pairs of each mention once (drawn with --per-mention 8)
TELLING_PAIRS = {"gaza": 200, "ukraine": 200, "nsa": 150, "mh370": 150}


@pytest.mark.parametrize("story", sorted(TELLING_PAIRS))
def test_tellings_sets_per_story(story):
    """Each story's tellings pairs: enough, both labels across days and annotators, and
    the within-article pairs spread over many of its annotator-days."""
    cross = _load(HERE / "data" / f"st_{story}_pairs.jsonl")
    within = _load(HERE / "data" / f"st_{story}_within_pairs.jsonl")
    assert len(cross) + len(within) >= TELLING_PAIRS[story]
    labels = [r["label"] for r in cross]
    assert labels.count("same") >= 20 and labels.count("different") >= 100
    assert {r["sampled"].split(":")[0] for r in cross} == {"day", "days"}
    assert all(r[s]["topic"].startswith(story) for r in cross + within for s in "ab")
    assert len({r["a"]["article"] for r in within}) >= len(within) / 2
    if len(within) >= 50:  # the large stories: a retold act within one annotator's day
        assert any(r["label"] == "same" for r in within)


@pytest.mark.parametrize("path", TELLINGS, ids=lambda p: p.name)
def test_tellings_pairs_point_at_words_of_the_named_updates(path):
    """Ids and offsets name a word of the annotator's update (as the corpus script writes it
    for ``dateline run``): the sets stay valid only while the stores are built that way."""
    from .helpers import load_bench

    st = load_bench("socialtimeline_corpus")
    if not st.DEFAULT.exists():
        pytest.skip(f"../shared/data absent: {st.DEFAULT} not found")
    recs = _load(path)
    texts = {}
    for story in {s["topic"] for r in recs for s in (r["a"], r["b"])}:
        for rec in st.records(st.DEFAULT, story):
            texts[f"{rec['id']}:{content_hash(rec['text'])}"] = rec["text"]
    for r in recs:
        for s in (r["a"], r["b"]):
            span = texts[s["article"]][s["start"] : s["end"]]
            assert span.strip() == span and span[:1].isalpha(), (r["pair"], span)


#: within-article sets drawn with ``sample --within --exclude`` every earlier within set: blind
#: checks on articles no within-article rule was tuned on (the H1N1 one's held-out half has been
#: read too often to judge with; the BP-oil foxnews + reuters one, labelled blind in session 48,
#: replaced it; its held-out half read in two sessions, the MJ + Haiti one of session 50
#: replaced that; its held-out half read four times, the BP-oil guardian + wapo one of session
#: 52 replaced that)
FRESH_WITHIN = ["t17_h1n1_reuters_guardian_within_pairs.jsonl",
                "t17_bpoil_foxnews_reuters_within_pairs.jsonl",
                "t17_mjh_blind_within_pairs.jsonl",
                "t17_bpgw_blind2_within_pairs.jsonl"]


@pytest.mark.parametrize("name", FRESH_WITHIN)
def test_fresh_within_sets_share_no_article_with_earlier_within_sets(name):
    fresh = {s["article"] for r in _load(HERE / "data" / name) for s in (r["a"], r["b"])}
    for path in WITHIN:
        if path.name != name:
            old = {s["article"] for r in _load(path) for s in (r["a"], r["b"])}
            assert not fresh & old, path.name
