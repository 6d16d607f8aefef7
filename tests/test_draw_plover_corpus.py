"""bench/draw_plover_probes.py --corpus: the PolNeAR and Timeline17 pools, and their filter."""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from bench_loader import load_bench_module

draw = load_bench_module("draw_plover_probes")


def _polnear(root: Path, n: int) -> Path:
    for sub in ("attributions", "text"):
        (root / "train" / sub).mkdir(parents=True)
    for i in range(n):
        stem = f"art{i:04d}"
        (root / "train" / "attributions" / f"{stem}_ann1.ann").write_text("", encoding="utf-8")
        (root / "train" / "text" / f"{stem}.txt").write_text(f"Text {i}.", encoding="utf-8")
    return root


def test_polnear_pool_leaves_out_the_attribution_check_positions(tmp_path: Path) -> None:
    docs = draw.corpus_docs("polnear", _polnear(tmp_path / "pn", 702))
    names = [name for name, _ in docs]
    assert len(names) == 702 - 140
    assert names[:2] == ["polnear:000", "polnear:001"] and names == sorted(names)
    assert "polnear:559" in names and "polnear:700" in names
    assert not any(f"polnear:{i:03d}" in names for i in range(560, 700))


def test_t17_pool_names_topic_and_id_with_the_corpus(tmp_path: Path) -> None:
    topic = tmp_path / "t17" / "quake_bbc"
    topic.mkdir(parents=True)
    recs = [{"id": "7", "time": "2010-01-13", "text": "Osk 's aid arrived ."},
            {"id": "8", "time": "no date", "text": "Dropped."}]
    (topic / "articles.jsonl").write_text("\n".join(map(json.dumps, recs)), encoding="utf-8")
    assert draw.corpus_docs("t17", tmp_path / "t17") == [("t17:quake_bbc/7", "Osk's aid arrived.")]


def _nlp() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    labels = {"Osk": "GPE", "Velka": "GPE", "Dane": "PERSON", "May": "DATE"}
    ruler.add_patterns([{"label": label, "pattern": name} for name, label in labels.items()])
    return nlp


def test_candidates_keep_two_distinct_actors_of_6_to_60_words_any_parity() -> None:
    two = "Osk and Velka signed a water deal on the border."
    docs = [("polnear:a", f"{two} Osk met Osk again in the old hall. Dane met Velka."),
            ("polnear:b", "Dane flew to Osk in May and stayed there for a week. "
                          + "Dane thanked Velka " + "very " * 60 + "much.")]
    cands = draw.candidates(docs, "any", _nlp())
    assert cands == {"polnear:a": [two], "polnear:b": [
        "Dane flew to Osk in May and stayed there for a week."]}
    parity = draw.sha_parity(two)
    other = "odd" if parity == "even" else "even"
    assert draw.candidates(docs[:1], parity, _nlp()) == {"polnear:a": [two]}
    assert draw.candidates(docs[:1], other, _nlp()) == {}


def test_prefixed_drawn_docs_leave_out_only_their_own_corpus(tmp_path: Path) -> None:
    listed = tmp_path / "drawn.txt"
    listed.write_text("# header\n100 XIN_ENG_1.tml\n101 polnear:a\n", encoding="utf-8")
    assert draw.drawn_before(102, listed) == {"XIN_ENG_1.tml", "polnear:a"}
    picked, left_out = draw.draw({"polnear:a": ["x y"], "polnear:b": ["u v"]}, [], [], 102, 5,
                                 skip=draw.drawn_before(102, listed))
    assert picked == [("polnear:b", "u v")] and left_out == ["polnear:a"]
