"""Which year or week a year-less expression lands in (resolve._direction)."""

from __future__ import annotations

from datetime import date

from dateline.timex.partial import Partial
from dateline.timex.resolve import resolve


def test_bare_month_without_tense_is_the_latest_begun() -> None:
    # "the stock climbed to a peak in June from a low in March" written in October
    # 1989: no tense cue reaches "March", which a news report then tells as the one
    # behind it, not the nearer coming one
    march = Partial(kind="point", month=3, dir="tense")
    assert resolve(march, date(1989, 10, 30), None, None) == "1989-03"
    assert resolve(march, date(1989, 10, 30), None, "future") == "1990-03"
    # a present tense ("the term expires in March") keeps the nearest one
    assert resolve(march, date(1989, 10, 30), None, "present") == "1990-03"
    # the month the article is written in has begun: it is that one
    oct_ = Partial(kind="point", month=10, dir="tense")
    assert resolve(oct_, date(1989, 10, 30), None, None) == "1989-10"


def test_month_day_without_tense_stays_the_nearest() -> None:
    nov16 = Partial(kind="point", month=11, day=16, dir="tense")
    assert resolve(nov16, date(1989, 10, 30), None, None) == "1989-11-16"


def test_month_day_without_tense_near_the_last_day_given_is_its_neighbour() -> None:
    from dateline.timex import tag
    from dateline.timex.resolve import Point

    may3 = Partial(kind="point", month=5, day=3, dir="tense")
    near = Point(date(2006, 4, 30), "D", "2006-04-30")
    assert resolve(may3, date(2006, 12, 1), near, None) == "2006-05-03"
    # without it, or with a tense cue, the DCT decides
    assert resolve(may3, date(2006, 12, 1), None, None) == "2007-05-03"
    assert resolve(may3, date(2006, 12, 1), near, "future") == "2007-05-03"
    # a day given further off is no neighbour
    far = Point(date(2006, 2, 2), "D", "2006-02-02")
    assert resolve(may3, date(2006, 12, 1), far, None) == "2007-05-03"
    text = ("The first ship docked on April 30 in the north, and the second in the south "
            "on May 3 despite the storm.")
    assert [t.value for t in tag(text, date(2006, 12, 1))] == ["2006-04-30", "2006-05-03"]
    # a present tense (a chronology's entries, a schedule) points nowhere: the neighbour too
    assert resolve(may3, date(2006, 12, 1), near, "present") == "2006-05-03"
    assert resolve(may3, date(2006, 12, 1), None, "present") == "2007-05-03"
    text = ("The first ship docked on April 30, 2006 in the north. May 3: the second ship "
            "docks in the south.")
    assert [t.value for t in tag(text, date(2006, 12, 1))] == ["2006-04-30", "2006-05-03"]
    # an entry told with a present implicative ('fails to') is no plan either, nor a
    # step off the year for the entry after it
    text = ("8 May : a second valve fails to hold the pressure 2 June : police open an "
            "inquiry 15 July : a new pump restores the supply")
    assert [t.value for t in tag(text, date(2010, 9, 8))] == [
        "2010-05-08", "2010-06-02", "2010-07-15"]


def test_a_past_quarter_has_begun() -> None:
    from dateline.timex import tag

    text = "The railway posted weaker earnings for the fourth quarter."
    assert [t.value for t in tag(text, date(1998, 1, 26))] == ["1997-Q4"]
    # otherwise a quarter is the anchor's year's, told before or after its end
    text = "The airline will post third-quarter figures and sees a fourth-quarter deficit."
    assert [t.value for t in tag(text, date(1989, 10, 27))] == ["1989-Q3", "1989-Q4"]
    text = "Sales fell in the third quarter."
    assert [t.value for t in tag(text, date(1989, 10, 27))] == ["1989-Q3"]


def test_year_ago_quarter_skips_a_forecast_quarter() -> None:
    from dateline.timex import tag

    text = ("Brokers expect no upturn until the third quarter of 1990. "
            "In the year-ago period, the refinery earned more.")
    got = [(t.text, t.value) for t in tag(text, date(1989, 10, 26))]
    assert got == [("the third quarter of 1990", "1990-Q3"), ("the year-ago period", "1988-Q3")]
    # the quarter just reported on still anchors it
    text = "Profit fell in the second quarter. In the year-ago period, it rose."
    assert [t.value for t in tag(text, date(1989, 10, 26))] == ["1989-Q2", "1988-Q2"]


def test_the_quarter_is_the_one_under_report() -> None:
    from dateline.timex import tag

    text = ("The brewer reported a 14% rise in third-quarter profit. After a weak "
            "second quarter, sales picked up. In the year-earlier period, costs were "
            "higher; in the 1989 period, prices held.")
    got = [t.value for t in tag(text, date(1989, 10, 26))]
    assert got == ["1989-Q3", "1989-Q2", "1988-Q3", "1989-Q3"]


def test_a_past_month_never_lands_in_the_next_year() -> None:
    # the grace that lets a past clause reach a date a few weeks ahead ("Nov. 16"
    # written on Nov. 2) stops at the year's end: "exports rose in January" written
    # in December is the January behind, not the one just ahead
    jan = Partial(kind="point", month=1, dir="tense")
    assert resolve(jan, date(2006, 12, 4), None, "past") == "2006-01"
    jan5 = Partial(kind="point", month=1, day=5, dir="tense")
    assert resolve(jan5, date(2006, 12, 20), None, "past") == "2006-01-05"
    # inside the year the grace still holds
    nov16 = Partial(kind="point", month=11, day=16, dir="tense")
    assert resolve(nov16, date(1989, 11, 2), None, "past") == "1989-11-16"
