"""'he's said ...': spaCy reads the "'s" of 'has' as the passive 'is' and the speaker as
a passive subject. A past-tense verb or a that-clause shows it is a perfect, so the
subject speaks; a real passive ('He's expected to win') still has no source."""

from __future__ import annotations

import pytest

from dateline import quotes
from dateline.quotes.syntax import has_for_is


def _by_cue(nlp, text):
    return {
        q.cue: (text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None)
        for q in quotes.find(text, nlp(text))
    }


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "While she's said the tax would be temporary, the mayor must now decide what to cut.",
            "said",
            "she",
        ),
        (
            "Although he's argued that the tunnel is too costly, the governor signed the budget.",
            "argued",
            "he",
        ),
        ("She's told reporters that the bridge will close.", "told", "She"),
    ],
)
def test_contracted_has_keeps_the_speaker(nlp, text, cue, source):
    assert _by_cue(nlp, text).get(cue) == source


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("He's expected to win the seat.", "expected"),
        ("It's said that the bridge will close.", "said"),
    ],
)
def test_real_passive_has_no_source(nlp, text, cue):
    found = _by_cue(nlp, text)
    assert cue in found and found[cue] is None, found


def test_has_for_is_reads_the_parse(nlp):
    doc = nlp("Although he's argued that the tunnel is too costly, the governor signed the budget.")
    verb = next(t for t in doc if t.text == "argued")
    assert has_for_is(verb)
    doc = nlp("The budget was signed by the governor.")
    assert not has_for_is(next(t for t in doc if t.text == "signed"))
