"""Rules indexed one character past PREFIX_LEN (rules._LONGER_UP_TO): the second word
decides which of them are tried, and a match is never lost to the longer key."""

from __future__ import annotations

from datetime import date

from dateline.timex import tag

DCT = date(2025, 3, 12)


def test_the_second_word_leaves_out_rules_that_need_another(tried) -> None:
    again = tried("Friday Friday")
    assert "date_weekday" in again
    # a month ("Friday, June 6") or a part of the day ("Friday evening") must come next
    assert not again & {"date_month_day", "date_month_day_year", "time_weekday_pod"}
    assert {"date_month_day", "date_weekday"} <= tried("Friday, June 6")
    assert "time_weekday_pod" in tried("Friday evening")


def test_matches_across_the_longer_key_are_kept() -> None:
    cases = {
        "They left Friday, June 6, 2025.": ("Friday, June 6, 2025", "2025-06-06"),
        "They will leave Friday\n June 6.": ("Friday\n June 6", "2025-06-06"),
        "It opens Friday evening.": ("Friday evening", "2025-03-14TEV"),
        "It opened Friday": ("Friday", "2025-03-07"),
        "It opened FRIDAY, JUNE 6": ("FRIDAY, JUNE 6", "2024-06-06"),
    }
    for text, (span, value) in cases.items():
        got = [(t.text, t.value) for t in tag(text, DCT)]
        assert got == [(span, value)], (text, got)
