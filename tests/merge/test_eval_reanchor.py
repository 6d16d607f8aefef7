"""bench/eval_merge.py: re-anchoring labelled mentions whose trigger span moved, and the
'labelled:' figures that count unlocated pairs as not merged."""

from __future__ import annotations

from dataclasses import replace

from .helpers import load_bench, mention


def _bench():
    return load_bench("eval_merge")


SENT = "Police broke up the picket and police broke up the march."


def _side(start, end):
    return {"topic": "karsholm", "article": "A", "sentence": 0, "start": start, "end": end}


def _pair(a, b):
    return {"file": "x.jsonl", "pair": 0, "label": "same", "a": a, "b": b}


def test_reanchor_takes_the_one_overlapping_mention():
    ev = _bench()
    up = mention("A", trigger="broke up", type="ASSAULT", sentence=SENT, date="2025-03-05")
    other = mention("B", trigger="cleared", type="ASSAULT", sentence="Police cleared it.")
    where = ev.locate([up, other])
    pairs = [_pair(_side(7, 12), {**_side(40, 45), "article": "B"})]  # 'broke' / gone
    assert ev.reanchor(pairs, [up, other], where) == 1
    assert where[("A", 7, 12)] is up and ("B", 40, 45) not in where


def test_reanchor_skips_a_word_that_occurs_twice_in_the_sentence():
    ev = _bench()
    second = SENT.rindex("broke up")
    m = mention("A", trigger="broke up", type="ASSAULT", sentence=SENT, date="2025-03-05")
    m = replace(m, start=second, end=second + 8)
    where = ev.locate([m])
    # the labelled span is the first 'broke up', which no current mention overlaps
    assert ev.reanchor([_pair(_side(7, 15), _side(second, second + 8))], [m], where) == 0


def test_score_reports_each_file_and_half():
    """Per-file figures for each half, located and 'labelled' (unlocated counted as not merged)."""
    from dateline.merge import EventMerger

    ev = _bench()
    up = mention("A", trigger="broke up", type="ASSAULT", sentence=SENT, date="2025-03-05")
    where = ev.locate([up])
    merger = EventMerger()
    merger.add([up])
    rec = _pair(_side(7, 15), {**_side(40, 45), "article": "B"})  # b is unlocated
    out = ev.score([rec], where, merger)
    half = ev.split_of(rec)
    assert f"labelled:x.jsonl:{half}" in out and f"x.jsonl:{half}" not in out
    assert out[f"labelled:x.jsonl:{half}"]["recall"] == 0.0


def test_write_weights_replaces_only_the_weights(tmp_path):
    import json

    ev = _bench()
    path = tmp_path / "rules.json"
    text = ev.RULES.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    old = json.loads(text)
    ev.write_weights({"bias": -1.5, "trigger": 0.25}, path)
    new = json.loads(path.read_text(encoding="utf-8"))
    assert new["weights"] == {**old["weights"], "bias": -1.5, "trigger": 0.25}
    assert {k: v for k, v in new.items() if k != "weights"} == {
        k: v for k, v in old.items() if k != "weights"
    }


def test_why_missing_tells_an_ambiguous_word_from_a_dropped_event():
    """An unlocated labelled mention: its word still a trigger elsewhere in the sentence (the
    re-anchoring refused to guess), no longer an event beside others, or its sentence has none."""
    ev = _bench()
    m = mention("A", trigger="broke up", type="ASSAULT", sentence=SENT, date="2025-03-05")
    second = SENT.rindex("broke up")
    m = replace(m, start=second, end=second + 8)
    side = _side(7, 12)
    assert ev.why_missing(side, "broke", [m])[0] == "same word, not re-anchored"
    assert ev.why_missing(side, "picket", [m]) == ("other events in its sentence", [m])
    assert ev.why_missing({**side, "sentence": 3}, "picket", [m]) == (
        "no event in its sentence", [],
    )


def test_default_pairs_leave_out_the_sets_scored_on_their_own_store():
    """The tellings sets and the BP-oil sets of other sources need stores of their own
    (in one pool with the bbc/reuters BP-oil store their articles would merge with its)."""
    ev = _bench()
    names = {p.name for p in ev.default_pairs()}
    assert "t17_bpoil_pairs.jsonl" in names and "karsholm_within_pairs.jsonl" in names
    on_disk = {p.name for p in ev.DATA.glob("*_pairs.jsonl")}
    own = {n for n in on_disk if n.startswith(("st_", *ev.OWN_STORE))}
    assert "t17_bpoil_guardian_wapo_pairs.jsonl" in own
    assert "t17_h1n1_reuters_bbc_within_pairs.jsonl" in own
    assert {"t17_bpoil_foxnews_reuters_pairs.jsonl", "t17_h1n1_reuters_guardian_pairs.jsonl"} <= own
    assert "t17_h1n1_pairs.jsonl" in names  # the H1N1 set of the guardian and bbc stays in
    assert "t17_bpoil_foxnews_within_pairs.jsonl" in own  # a store of that source alone
    assert "t17_bpoil_foxnews_reuters_within_pairs.jsonl" in own  # scored on the FOXR store
    assert "t17_mjh_blind_within_pairs.jsonl" in own  # a blind set, its own row
    assert "t17_bpgw_blind2_within_pairs.jsonl" in own  # the fourth blind set, its own row
    assert "t17_mjh_tune4_within_pairs.jsonl" in own  # a tuning set of the MJH store, its own row
    assert {"t17_h1n1_tune5_within_pairs.jsonl", "t17_bpgw_tune5_within_pairs.jsonl",
            "t17_fox_tune5_within_pairs.jsonl"} <= own
    assert "t17_bpoil_bbc_wapo_pairs.jsonl" in own  # blind BBC x WaPo set, the BBCW store
    assert names == on_disk - own
