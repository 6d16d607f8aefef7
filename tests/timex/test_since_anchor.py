"""A date told as the start of a span ('since the April 20 explosion') is still a date the
story has named: a later 'the next day' counts from it, not from the article's date."""

from datetime import date

from dateline import timex


def test_a_since_date_anchors_the_next_day() -> None:
    text = ("Gas has escaped from the shaft since the April 20 explosion. Two days later, the "
            "platform sank. The next day, crews arrived.")
    got = {t.text: t.value for t in timex.tag(text, date(2010, 5, 10))}
    assert got["April 20"] == "2010-04-20"
    # not 2010-05-11, the day after the article's date, which had not come yet
    assert got["The next day"] == "2010-04-21"


def test_a_since_date_is_no_day_for_a_later_time_of_day() -> None:
    # the span's start is named, not told: the afternoon and the night are the article's
    dct = date(2030, 7, 25)
    after = " In the afternoon, talks resumed. Crews met in the overnight talks."
    for opening in ("Ferries have avoided the port since 8 July.",
                    "Since the blockade of the port began on 8 July, 80 ferries have turned back."):
        got = {t.text.rstrip("."): t.value for t in timex.tag(opening + after, dct)}
        assert got["8 July"] == "2030-07-08", got
        assert got["the afternoon"] == "2030-07-25TAF", got
        assert got["overnight"] == "2030-07-25TNI", got
    # a date the story tells keeps its afternoon
    got = {t.text: t.value for t in timex.tag(
        "Ferries left the port on 8 July. In the afternoon, talks resumed.", dct)}
    assert got["the afternoon"] == "2030-07-08TAF", got


def test_a_since_in_capitals_opens_its_span_too() -> None:
    # a headline or a wire slug in capitals: the quick test before the case-blind search
    # looked for 'ince' alone and skipped 'SINCE'
    dct = date(2030, 7, 25)
    text = "FERRIES HAVE AVOIDED THE PORT SINCE 8 JULY. In the afternoon, talks resumed."
    got = {t.text.rstrip("."): t.value for t in timex.tag(text, dct)}
    assert got["8 JULY"] == "2030-07-08", got
    assert got["the afternoon"] == "2030-07-25TAF", got
