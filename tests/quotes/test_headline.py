"""Title-case headline attributions (dateline.quotes.headline)."""

from __future__ import annotations

from quote_finds import found as _found

from dateline.quotes.headline import _lemmas, _titled


def test_lemmas_strip_inflection():
    assert "endorse" in _lemmas("Endorses")
    assert "deny" in _lemmas("Denies")
    assert "question" in _lemmas("Questioned")
    assert "back" in _lemmas("Backs")


def test_headline_verb_after_plural_subject(nlp):
    text = "Hedge Funds Support Hillary Clinton\n\nThe funds gave money."
    assert ("Hedge Funds", "Support", "Hillary Clinton") in _found(nlp, text)


def test_noun_compound_is_no_cue(nlp):
    # an uninflected word after a singular noun is part of a name, not a verb
    text = "Lakewood Arson Suspect Named By Officers\n\nThe officers spoke on Tuesday."
    assert not any(cue == "Suspect" for _, cue, _ in _found(nlp, text))


def test_possessed_noun_is_no_cue(nlp):
    text = "Here Is His Plan For The Economy Going Forward\n\nHe spoke on Friday."
    assert not any(cue == "Plan" for _, cue, _ in _found(nlp, text))


def test_title_case_test():
    minor = frozenset({"the", "of", "to"})
    assert _titled("Donald Trump Praises The Speech Of Ryan".split(), minor, 0.9, 3)
    assert not _titled("Donald Trump praises the speech of Ryan".split(), minor, 0.9, 3)
    assert not _titled("Trump Wins".split(), minor, 0.9, 3)


def test_transcript_speaker_labels(nlp):
    text = (
        "Transcript.\n\nMARIA LOPEZ: The governor released a statement on Sunday.\n\n"
        "LOPEZ: Do you think he campaigned as a healer?\n\n"
        "BOOM: Trump fires back at his critics.\n\nFIX IS IN: Moderators ignore the scandals."
    )
    found = _found(nlp, text)
    sources = {src for src, cue, _ in found if cue == ":"}
    assert {"MARIA LOPEZ", "LOPEZ"} <= sources, found
    assert not sources & {"BOOM", "FIX IS IN"}, found


def test_aspectual_continue_has_no_infinitive_content(nlp):
    text = "The senator continued to raise money from small donors across the state."
    assert not any(cue == "continued" for _, cue, _ in _found(nlp, text)), _found(nlp, text)
