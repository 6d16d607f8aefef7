"""Parsing long texts in pieces: same text, same offsets, bounded batches."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from dateline.config import Settings
from dateline.parse import parse, pieces
from dateline.pipeline import annotate

PARAGRAPH = (
    "Police said on Tuesday that 12 people were arrested in Oslo. "
    "The minister, Anna Berg, said the talks would resume on March 3.\n\n"
)


@given(st.text(alphabet=st.sampled_from("ab .!?\n\t\"'"), max_size=400), st.integers(1, 60))
@settings(max_examples=300, deadline=None)
def test_pieces_join_back_to_the_text_and_stay_near_the_limit(text: str, limit: int) -> None:
    parts = pieces(text, limit)
    assert "".join(parts) == text
    assert all(parts) or parts == [""]
    assert all(len(part) <= limit for part in parts) or parts == [text]


def test_pieces_prefer_paragraph_ends() -> None:
    text = PARAGRAPH * 10
    parts = pieces(text, 400)
    assert len(parts) > 1
    assert all(p.endswith("\n\n") for p in parts[:-1])


def test_a_hostile_token_is_cut_hard() -> None:
    parts = pieces("x" * 1000, 300)
    assert [len(p) for p in parts] == [300, 300, 300, 100]


def test_annotation_in_pieces_equals_annotation_whole() -> None:
    text = "date 2025-03-07\n" + PARAGRAPH * 6
    whole = annotate(text, settings=Settings(parse_chars=1_000_000))
    split = annotate(text, settings=Settings(parse_chars=300))
    for name in ("sentences", "timexes", "entities", "quantities", "quotes", "events"):
        assert getattr(split, name) == getattr(whole, name), name
    assert whole.events and whole.timexes


def _counting_nlp(seen: list[int]) -> Language:
    nlp = spacy.blank("en")
    name = "count_batches_for_test"
    if name not in Language.factories:

        @Language.factory(name)
        def make(nlp: Language, name: str) -> object:  # noqa: ARG001
            return _Count()

    nlp.add_pipe(name)
    nlp.get_pipe(name).seen = seen  # type: ignore[attr-defined]
    return nlp


class _Count:
    seen: list[int]

    def __call__(self, doc: object) -> object:
        self.seen.append(1)
        return doc

    def pipe(self, docs, batch_size: int = 128):  # type: ignore[no-untyped-def]
        batch = list(docs)
        self.seen.append(sum(len(d.text) for d in batch))
        yield from batch


def test_batches_are_cut_at_the_character_budget() -> None:
    seen: list[int] = []
    nlp = _counting_nlp(seen)
    texts = [(f"text {i} " + "word " * 200, i) for i in range(30)]  # ~1,000 chars each
    out = list(parse(nlp, texts, limit=20_000, batch_size=64, batch_chars=5_000))
    assert [ctx for _, ctx in out] == list(range(30))
    assert [d.text for d, _ in out] == [t for t, _ in texts]
    assert seen and max(seen) <= 5_000
    assert len(seen) >= 6
