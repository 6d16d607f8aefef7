"""A comma-set participle hung on a speech verb with a subject of its own ('"...," Lee
added, saying ...', '..., the aide recalled, adding ...') reports for that subject, even
where the parser let another attribution's content run over both (quotes.participles
own_teller, quotes.subjects.reporter)."""

from __future__ import annotations

import pytest


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
def test_participle_of_a_teller_inside_a_content(cue_sources, text, cue, source):
    found = cue_sources(text)
    assert found.get(cue) == source, found


def test_participle_of_a_content_clause_keeps_the_outer_source(cue_sources):
    text = "Halvorsen argued that a register would keep sailors away, saying the fees were high."
    assert cue_sources(text).get("saying") == "Halvorsen"
