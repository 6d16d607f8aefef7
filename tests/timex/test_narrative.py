"""Which stated date a later 'the afternoon', 'that night' counts from: the last date the
text tells its story on, not the start of a span told up to now ('since 8 July')."""

from __future__ import annotations

from datetime import date

from dateline.timex import tag


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text.rstrip("."): t.value for t in tag(text, dct)}


def test_a_stated_date_carries_on_to_a_later_time_of_day() -> None:
    got = _values("Troops withdrew from the port on 8 July. In the afternoon, talks resumed.",
                  date(2030, 7, 25))
    assert got["the afternoon"] == "2030-07-08TAF", got


def test_a_since_date_does_not() -> None:
    for text in ("Ships have avoided the port since 8 July. In the afternoon, talks resumed.",
                 "Since the blockade of the port began on 8 July, 80 ships have turned back. "
                 "In the afternoon, talks resumed."):
        got = _values(text, date(2030, 7, 25))
        assert got["8 July"] == "2030-07-08", got
        assert got["the afternoon"] == "2030-07-25TAF", got
