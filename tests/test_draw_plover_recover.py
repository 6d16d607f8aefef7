"""bench/draw_plover_probes.py --recover: the documents a probe file's paraphrases retell."""

from __future__ import annotations

from bench_loader import load_bench_module

draw = load_bench_module("draw_plover_probes")
STOP = {"the", "a", "of", "on", "to", "in", "and", "its", "was", "were", "by"}
DOCS = [
    ("a.tml", "Stocks fell sharply on Monday in Tokyo trading.\n\nThe central bank held its key "
              "rate steady when its board met for two days."),
    ("b.tml", "Rebel fighters seized the border town of Kivu overnight. Residents fled north."),
    ("c.tml", "The national team beat Ghana 2-0 in a friendly match played in Accra."),
]


def test_names_do_not_count_only_the_common_words_do() -> None:
    words = draw.common_words("Rebel fighters seized the Varn town", STOP)
    assert words == {"fighters", "seized", "town"}


def test_a_paraphrase_with_invented_names_finds_its_document() -> None:
    lines = ["Insurgent fighters seized the frontier town of Osk overnight.",
             "The Dorvan bank held its key rate steady after a board meeting."]
    assert draw.recover(lines, DOCS, STOP) == ["b.tml", "a.tml"]


def test_a_line_sharing_too_few_words_finds_none_and_each_document_is_named_once() -> None:
    lines = ["Arland's premier praised the harvest festival.",
             "Fighters seized a town overnight.", "The fighters seized the town."]
    assert draw.recover(lines, DOCS, STOP) == ["b.tml"]
