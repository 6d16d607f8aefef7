"""quotes.syntax.before_according and its text gate (_comma_before): a content ends before
a closing ', according to X' hung inside it; a content with no comma right before a
phrase's first word is returned untouched without walking its tokens."""

from __future__ import annotations

import pytest

from dateline.quotes.lexicon import lexicon
from dateline.quotes.syntax import _comma_before, before_according

PHRASES = lexicon().according


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("said the dam would hold, according to the agency", True),
        ("said the dam would hold,according to the agency", True),
        ("said the toll rose, as reported by the daily", True),
        ("said the dam would hold according to plan", False),  # no comma before it
        ("said it was, in effect, a cease-fire", False),  # commas, no phrase after one
    ],
)
def test_the_gate_needs_a_comma_before_a_phrase(window, expected):
    assert _comma_before(window, PHRASES) is expected


def test_an_empty_phrase_always_passes():
    assert _comma_before("no comma here", ((),))


def test_a_closing_according_phrase_is_cut_and_a_plain_content_kept(nlp):
    text = "The warden said the levee was safe, according to the Valdon Courier."
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "say")
    start = doc[verb.i + 1].idx
    end = text.index(".")
    cut = before_according(verb, (start, end), PHRASES)
    assert text[cut[0] : cut[1]] == "the levee was safe"
    plain = "The warden said the levee was safe in every season."
    doc = nlp(plain)
    verb = next(t for t in doc if t.lemma_ == "say")
    rng = (doc[verb.i + 1].idx, plain.index("."))
    assert before_according(verb, rng, PHRASES) == rng
