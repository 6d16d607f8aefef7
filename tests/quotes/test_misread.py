"""'..., the regional newspaper reports.': the tagger reads a sentence-final 'reports' as a
plural noun with the paper as its subject, and '..., port records show.' as a noun 'show';
quotes.misread reads each as the cue verb it is."""

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


ASIDES = [
    ("The ferry was sold to a firm in Oslo in 2014, port records show.",
     "port records", "The ferry was sold to a firm in Oslo in 2014"),
    ("The jet was insured for 30 million dollars in 2012, records show, and it is worth less now.",
     "records", "The jet was insured for 30 million dollars in 2012"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "content"), ASIDES)
def test_aside_of_a_misread_cue_verb_has_its_source(nlp, text, source, content):
    doc = nlp(text)
    assert next(t for t in doc if t.text == "show").tag_ == "NN"  # the misreading
    got = [
        (text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None,
         q.cue, q.text)
        for q in quotes.find(text, doc)
    ]  # fmt: skip
    assert (source, "show", content) in got


def test_noun_after_a_plural_noun_in_a_clause_is_no_aside(nlp):
    text = "The council, which holds most tax records, voted on the new show."
    assert not [q for q in quotes.find(text, nlp(text)) if q.cue == "show"]
