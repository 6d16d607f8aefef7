"""The pipeline stage: ``apply`` fills ``ann.timexes`` with sentence indexes."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dateline.model import Annotation, Article, Sentence
from dateline.timex import apply, tag

TEXT = "Talks collapsed on Tuesday. They will resume next week. Aid arrives daily."


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        end = start + len(part) + (2 if start + len(part) < len(text) else 0)
        out.append(Sentence(i, start, end, text[start:end]))
        start = end
    return tuple(out)


def test_apply_fills_timexes_with_sentence_indexes() -> None:
    art = Article(id="a", text=TEXT, dct=date(2024, 2, 8))
    ann = apply(Annotation(article=art, sentences=_sentences(TEXT)), None)
    got = [(t.tid, t.text, t.type, t.value, t.sentence) for t in ann.timexes]
    assert got == [
        ("t1", "Tuesday", "DATE", "2024-02-06", 0),
        ("t2", "next week", "DATE", "2024-W07", 1),
        ("t3", "daily", "SET", "P1D", 2),
    ]
    assert ann.article is art  # nothing else touched


def test_apply_without_dct_keeps_values_underspecified() -> None:
    art = Article(id="b", text="They met on Jan. 19 and again last year.", dct=None)
    ann = apply(Annotation(article=art), None)
    assert [(t.value, t.anchor) for t in ann.timexes] == [("XXXX-01-19", "none"),
                                                         ("PAST_REF", "none")]
    assert tag(art.text, None) == ann.timexes  # no sentences given: same as tag()


def test_tag_takes_an_iso_string_or_datetime_as_the_dct() -> None:
    want = tag(TEXT, date(2024, 2, 8))
    assert tag(TEXT, "2024-02-08") == want
    assert tag(TEXT, datetime(2024, 2, 8, 23, 59)) == want
    assert want[0].value == "2024-02-06"


def test_tag_refuses_a_dct_it_cannot_read_by_name() -> None:
    with pytest.raises(ValueError, match="'8 Feb 2024' is not an ISO date"):
        tag(TEXT, "8 Feb 2024")
    with pytest.raises(TypeError, match="not int"):
        tag(TEXT, 20240208)  # type: ignore[arg-type]
