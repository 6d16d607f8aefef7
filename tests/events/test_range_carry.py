"""The paragraph's last date carried on to a later sentence: a range that closes on the
article's day carries its close only, as a 'since' span does (the narrative has come to
the day of telling); one that closed earlier carries the whole range, and the act told
over the range spans it (:func:`dateline.events.anchor.times._carried`)."""

from __future__ import annotations

import pytest

import dateline

TEXT = ("date {dct}\nTwelve troops were killed in 24 hours {span}. "
        "The army agreed to a truce with the rebels.")


def _times(dct: str, span: str) -> dict[str, tuple[str | None, str | None, str]]:
    ann = dateline.annotate(TEXT.format(dct=dct, span=span))
    return {e.trigger: (e.time.value, e.time.end, e.time.how) for e in ann.events}


@pytest.mark.parametrize("span", ["from June 3 to June 4", "between June 3 and 4"])
def test_a_range_closing_on_the_article_day_carries_its_close(span):
    got = _times("2025-06-04", span)
    assert got["killed"] == ("2025-06-03", "2025-06-04", "clause")
    assert got["agreed"] == ("2025-06-04", None, "paragraph")


def test_an_earlier_range_carries_whole():
    got = _times("2025-06-10", "from June 3 to June 4")
    assert got["agreed"] == ("2025-06-03", "2025-06-04", "paragraph")
