"""merge.title_places: a place named only in a title or office is left out of the sentence
the incident check's exemption reads (rules.json title_place_examples; invented sentences)."""

from __future__ import annotations

import pytest

from dateline.merge import rules
from dateline.merge.title_places import without_title_places

R = rules()


@pytest.mark.parametrize("ex", R.raw["title_place_examples"], ids=lambda e: e[0][:40])
def test_title_place_examples(ex):
    sentence, read = ex
    assert without_title_places(sentence, R) == read


def test_sentence_without_an_office_word_is_unchanged():
    s = "Two men died in clashes in Velsk on Friday ."
    assert without_title_places(s, R) is s


@pytest.mark.parametrize("word", R.raw["title_place_heads"])
def test_every_office_word_leaves_its_place_out(word):
    read = without_title_places(f"Clashes went on as the Velsk {word} spoke .", R)
    assert "Velsk" not in read and word in read
