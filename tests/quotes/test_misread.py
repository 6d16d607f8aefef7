"""'..., the regional newspaper reports.': the tagger reads a sentence-final 'reports' as a
plural noun with the paper as its subject; quotes.misread reads it as the cue verb it is."""

from __future__ import annotations

import pytest

from dateline import quotes

CASES = [
    ("The vote was delayed until Friday, the regional newspaper reports.",
     "the regional newspaper", "reports", "The vote was delayed until Friday"),
    ("The mill was closed until March, the local newspaper reports.",
     "the local newspaper", "reports", "The mill was closed until March"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "cue", "content"), CASES)
def test_misread_cue_verb_has_its_source(nlp, text, source, cue, content):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == cue)
    assert tok.pos_ == "NOUN"  # the parser's misreading this test is about
    found = [
        (text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None,
         q.cue, q.text)
        for q in quotes.find(text, doc)
    ]  # fmt: skip
    assert found == [(source, cue, content)]


def test_noun_with_a_determiner_stays_a_noun(nlp):
    text = "Sales fell sharply in May, and the weekly reports that followed were grim."
    assert not [q for q in quotes.find(text, nlp(text)) if q.cue == "reports"]
