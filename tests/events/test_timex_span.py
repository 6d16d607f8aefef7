"""anchor.syntax.timex_span: the one lookup of a date's tokens the anchor rules share."""

from __future__ import annotations

from dateline.events.anchor.syntax import timex_span
from dateline.model import Timex


def _timex(text: str, phrase: str) -> Timex:
    start = text.index(phrase)
    return Timex(tid="t1", start=start, end=start + len(phrase), text=phrase, type="DATE",
                 value="XXXX")


def test_whole_tokens_of_a_date(nlp):
    text = "The talks resumed on March 3 in Cairo."
    doc = nlp(text)
    span = timex_span(doc, _timex(text, "March 3"))
    assert span is not None
    assert span.text == "March 3"
    assert span.root.text in {"March", "3"}


def test_a_date_inside_a_token_widens_to_it(nlp):
    text = "Officials met in mid-May's heat."
    doc = nlp(text)
    t = _timex(text, "May")
    span = timex_span(doc, t)
    assert span is not None
    assert span.start_char <= t.start and span.end_char >= t.end
    assert "May" in span.text


def test_a_date_covering_only_space_is_none(nlp):
    text = "Officials met on Monday."
    doc = nlp(text)
    empty = Timex(tid="t1", start=9, end=10, text="", type="DATE", value="XXXX")
    assert timex_span(doc, empty) is None
