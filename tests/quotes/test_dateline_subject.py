"""A news-agency dateline the parser takes for the subject gives way to the real one."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Park on trade.\n\nHANOI (Reuters) \u2013 Top Democratic Party donor Walter Park "
            "said on Monday he met the candidate earlier this week.",
            "Top Democratic Party donor Walter Park",
        ),
        (
            "Nov 3 (Reuters) - Independent presidential candidate Mara Voss said that the "
            "tariff was a tax on farmers.",
            "Independent presidential candidate Mara Voss",
        ),
        # no agency: a city in capitals and a spaced dash
        (
            "Park on trade.\n\nOSLO \u2014 Sen. Mara Voss (D-Ore.) said the tariff was "
            "basically a tax.",
            "Sen. Mara Voss (D-Ore.)",
        ),
        (
            "Park on trade.\n\nLISBON - European ministers met on Monday to discuss the "
            "torrent of problems facing the fishing fleet.",
            "European ministers",
        ),
    ],
)
def test_dateline_hung_on_the_subjects_phrase_is_cut_off(nlp, text, source):
    # the parser hung the dateline on the subject's phrase: the source starts after it
    assert {src for src, _ in _sources(nlp, text)} == {source}
