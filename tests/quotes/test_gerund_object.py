"""A gerund the parser hangs on a stance verb as an open complement ('xcomp') is that
verb's object: 'Most voters favor raising the minimum wage' holds what the voters favor,
as 'Most voters favor the tax' does, though the cue's content roles list only 'dobj'."""

from __future__ import annotations

import pytest
from quote_finds import found

from dateline.quotes.syntax import _content_role


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Most voters favor raising the minimum wage.",
            ("Most voters", "favor", "raising the minimum wage"),
        ),
        (
            "Many residents oppose building the tower.",
            ("Many residents", "oppose", "building the tower"),
        ),
    ],
)
def test_gerund_is_the_object(nlp, text, triple):
    assert triple in found(nlp, text)


def test_gerund_fills_only_an_object_role(nlp):
    doc = nlp("Most voters favor raising the minimum wage.")
    gerund = next(t for t in doc if t.text == "raising")
    assert gerund.dep_ == "xcomp" and gerund.tag_ == "VBG"
    assert _content_role(gerund, frozenset({"dobj"}))
    assert not _content_role(gerund, frozenset({"ccomp"}))

