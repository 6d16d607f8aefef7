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
        "Union apologizes.\n\nDENVER, May 12 (UPI) -- The Western Farmers Union "
        'released a statement on Tuesday, offering "a full and heartfelt apology" '
        "to Mayor Ellen Park."
    )
    for model in (learned.model(), None):  # the learned tagger may take 'released' as the cue
        monkeypatch.setattr(learned, "model", lambda m=model: m)
        found = _sources(nlp, text)
        assert {src for src, _ in found} == {"The Western Farmers Union"}, found
    assert ("The Western Farmers Union", "offering") in found, found


def test_mixed_case_dateline(nlp):
    text = (
        "Garcia swipes at Moreno.\n\nMadrid (AFP) \u2013 Socialist leader Ana Garcia has taken a "
        "swipe at conservative rival Luis Moreno's stance on tariffs, saying it was reckless."
    )
    found = _sources(nlp, text)
    assert not any(src and "AFP" in src for src, _ in found), found
