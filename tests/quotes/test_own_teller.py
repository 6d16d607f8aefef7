"""A comma-set participle hung on a speech verb with a subject of its own ('"...," Lee
added, saying ...', '..., the aide recalled, adding ...') reports for that subject, even
where the parser let another attribution's content run over both (quotes.participles
own_teller, quotes.subjects.reporter)."""

from __future__ import annotations

import pytest

from dateline import quotes


def _sources(nlp, text):
    out = {}
    for q in quotes.find(text, nlp(text)):
        if q.cue and q.speaker_start is not None:
            out.setdefault(q.cue, text[q.speaker_start : q.speaker_end])
    return out


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Brill cannot claim that \u201con his own reading,\u201d Halvorsen added, saying it "
            "ought to be \u201cleft to the harbour board to settle or not.\u201d",
            "saying",
            "Halvorsen",
        ),
        (
            "Moss said Ardell \u201cwould surely lose,\u201d an aide recalled, adding that Moss "
            "said of his fiancee: \u201cShe will take my name.\u201d",
            "adding",
            "an aide",
        ),
    ],
)
def test_participle_of_a_teller_inside_a_content(nlp, text, cue, source):
    found = _sources(nlp, text)
    assert found.get(cue) == source, found


def test_participle_of_a_content_clause_keeps_the_outer_source(nlp):
    text = "Halvorsen argued that a register would keep sailors away, saying the fees were high."
    assert _sources(nlp, text).get("saying") == "Halvorsen"
