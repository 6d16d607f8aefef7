"""'that (same) day' after a date the text gives only as a month."""

from datetime import date


def test_same_day_of_a_month_is_an_unnamed_day_of_it(values) -> None:
    v = values("The mill closed in August 2019. The owners left town that day.", date(2024, 6, 10))
    assert v["that day"] == "2019-08-XX"


def test_same_day_after_a_named_day_is_that_day(values) -> None:
    v = values("The mill closed on Aug. 3, 2019. The owners left that day.", date(2024, 6, 10))
    assert v["that day"] == "2019-08-03"


def test_a_shifted_day_after_a_month_still_counts_from_the_dct(values) -> None:
    # only the same day is known to lie in that month; 'the next day' keeps the DCT
    v = values("The mill closed in August 2019. The owners left the next day.", date(2024, 6, 10))
    assert v["the next day"] == "2024-06-11"
