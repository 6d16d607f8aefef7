"""A news-agency dateline the parser takes for the subject gives way to the real one."""

from __future__ import annotations

from dateline import quotes
from dateline.quotes import learned


def _sources(nlp, text):
    return {
        (text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None, q.cue)
        for q in quotes.find(text, nlp(text))
    }


def test_agency_dateline_is_no_source(nlp, monkeypatch):
    text = (
        "DNC apologizes.\n\nPHILADELPHIA, July 25 (UPI) -- The Democratic National Committee "
        'released a statement on Monday, offering "a deep and sincere apology" '
        "to Sen. Bernie Sanders."
    )
    for model in (learned.model(), None):  # the learned tagger may take 'released' as the cue
        monkeypatch.setattr(learned, "model", lambda m=model: m)
        found = _sources(nlp, text)
        assert {src for src, _ in found} == {"The Democratic National Committee"}, found
    assert ("The Democratic National Committee", "offering") in found, found


def test_mixed_case_dateline(nlp):
    text = (
        "Clinton swipes at Trump.\n\nWashington (AFP) \u2013 Democrat Hillary Clinton has taken a "
        "swipe at Republican rival Donald Trump's stance on Brexit, saying it was bad."
    )
    found = _sources(nlp, text)
    assert not any(src and "AFP" in src for src, _ in found), found
