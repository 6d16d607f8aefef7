"""'Rudd did not say when.': a denied telling that ends on a bare question word reports
what was not told (PolNeAR marks the word as the content); a bare question word after a
telling that is not denied is still no content."""

from __future__ import annotations

from quote_finds import found as _got


def test_denied_telling_ending_on_a_question_word_has_its_source(nlp):
    got = _got(nlp, "Rudd said the mill shut the line, but Rudd did not say when.")
    assert ("Rudd", "say", "when") in got
    got = _got(nlp, "The app suspended her account on Friday; it did not explain why.")
    assert ("it", "explain", "why") in got


def test_question_word_of_a_telling_not_denied_is_no_content(nlp):
    got = _got(nlp, "Rudd said the mill shut the line, and Rudd will say when.")
    assert not any(content == "when" for _, _, content in got)
