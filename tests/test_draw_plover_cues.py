"""bench/draw_plover_probes.py --cues: only sentences holding a cue, as a whole word or phrase."""

from __future__ import annotations

from pathlib import Path

from bench_loader import load_bench_module

draw = load_bench_module("draw_plover_probes")


def test_cue_matches_whole_words_and_phrases_case_insensitive() -> None:
    pat = draw.cue_pattern(["ban", "war games", "call-up"])
    assert pat.search("The Ban took effect.")
    assert pat.search("They held war\n  games near the border.")
    assert pat.search("A call-up of reservists began.")
    assert not pat.search("The banner hung over the square.")
    assert not pat.search("An urban plan was shown.")
    assert not pat.search("The war ended before the games.")
    assert not pat.search("A ban-free zone.")


def test_keep_cued_drops_uncued_sentences_and_empty_documents(tmp_path: Path) -> None:
    cue_file = tmp_path / "cues.txt"
    cue_file.write_text("# MOBILIZE\nreserves\n\n# SANCTION\ncut ties\n", encoding="utf-8")
    cues = draw.load_cues(cue_file)
    assert cues == ["reserves", "cut ties"]
    cands = {
        "a.tml": ["Osk called up its reserves.", "Prices rose."],
        "b.tml": ["The bank reserved a room."],
        "c.tml": ["Brel cut  ties with Osk."],
    }
    assert draw.keep_cued(cands, cues) == {
        "a.tml": ["Osk called up its reserves."],
        "c.tml": ["Brel cut  ties with Osk."],
    }
