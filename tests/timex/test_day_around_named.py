"""'the day before last Tuesday': a day counted from the day the words name."""

from datetime import date


def test_the_day_before_a_named_weekday_is_one_timex_a_day_before_it(values) -> None:
    v = values("The day before last Monday's vote, the mayor resigned.", date(2000, 2, 24))
    assert v == {"The day before last Monday": "2000-02-20"}


def test_a_day_counted_from_a_named_one_moves_the_narrative(values) -> None:
    text = ("The day before last Monday's vote, the mayor resigned. "
            "He was back at his desk the next morning.")
    assert values(text, date(2000, 2, 24))["the next morning"] == "2000-02-21TMO"


def test_a_holiday_followed_by_a_name_is_no_holiday(values) -> None:
    v = values("Ships sailed the day after Christmas Island reopened its port.", date(2005, 1, 3))
    assert "the day after Christmas" not in v
