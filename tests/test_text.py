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


def test_a_failing_stage_keeps_the_article_and_says_why(nlp, monkeypatch):
    from dateline import pipeline
    from dateline.ingest import article_from_text

    def broken(ann, doc):
        raise ValueError("boom")

    stages = tuple((n, broken if n == "numbers" else s) for n, s in pipeline.STAGES)
    monkeypatch.setattr(pipeline, "STAGES", stages)
    art = article_from_text("date 2024-05-02\nThe council met on Tuesday.", path="x.txt")
    ann = pipeline.annotate_doc(art, nlp(art.text))
    assert ann.timexes and ann.sentences  # earlier and later stages still ran
    assert any("stage numbers failed" in w and "boom" in w for w in ann.article.warnings)
