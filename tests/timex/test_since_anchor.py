"""A date told as the start of a span ('since the April 20 explosion') is still a date the
story has named: a later 'the next day' counts from it, not from the article's date."""

from datetime import date

from dateline import timex


def test_a_since_date_anchors_the_next_day() -> None:
    text = ("Gas has escaped from the well since the April 20 explosion. Two days later, the "
            "platform sank. The next day, crews arrived.")
    got = {t.text: t.value for t in timex.tag(text, date(2010, 5, 10))}
    assert got["April 20"] == "2010-04-20"
    # not 2010-05-11, the day after the article's date, which had not come yet
    assert got["The next day"] == "2010-04-21"
