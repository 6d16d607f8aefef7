"""A naming verb ('call') with an object and a quote right after it: the quote names
the object, even where the parser took the quoted noun for a subject or second object."""

from __future__ import annotations

from quote_finds import found as _found


def test_participle_names_with_a_quote(nlp):
    text = (
        "The senator endorsed the mayor at a rally, calling him"
        " \u201ca very able man who cares about the city.\u201d"
    )
    got = _found(nlp, text)
    want = "him \u201ca very able man who cares about the city.\u201d"
    assert ("The senator", "calling", want) in got


def test_object_without_a_quote_is_a_phone_call(nlp):
    got = _found(nlp, "She said the clinic would call her and let her know the verdict.")
    assert not any(cue == "call" for _, cue, _ in got)


def test_a_comma_between_object_and_quote_breaks_the_naming(nlp):
    text = 'The clerk called the owner, "We found your dog near the pier," she said.'
    got = _found(nlp, text)
    assert not any(cue == "called" and "owner" in content for _, cue, content in got)
