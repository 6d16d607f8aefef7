"""Sentence stage: offsets into the text, paragraph breaks end sentences, wrapped lines do not."""

from __future__ import annotations

from dateline.text import sentences


def test_blank_line_ends_a_headline(nlp):
    text = "Dockworkers walk out at Karsholm\n\nAbout 2,400 dockworkers stopped work on Monday."
    sents = sentences(nlp(text))
    assert [s.text for s in sents] == [
        "Dockworkers walk out at Karsholm",
        "About 2,400 dockworkers stopped work on Monday.",
    ]
    for s in sents:
        assert text[s.start : s.end] == s.text


def test_single_line_break_inside_a_sentence_is_kept(nlp):
    text = "The minister said the talks in the capital\nwould resume on Monday after a pause."
    sents = sentences(nlp(text))
    assert len(sents) == 1 and sents[0].start == 0 and sents[0].end == len(text)
