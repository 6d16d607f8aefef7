"""The day of a clock time that names none (timex/clockday.py): a day phrase beside it,
the night after a day the story has told, the next morning for a future act's early
hour; an act cannot be moved past the article's date."""

from __future__ import annotations

from datetime import date

from dateline.timex import tag

DCT = date(2024, 7, 22)


def _times(text: str, dct: date = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct) if t.type == "TIME"]


def test_a_day_phrase_beside_the_clock_time_gives_its_day() -> None:
    text = "The ferry sank on 17 July. At 7 p.m. the following day, divers found the hull."
    assert ("7 p.m.", "2024-07-18T19:00") in _times(text)
    text = "The ferry sank on 17 July. The next day at 19:00, divers found the hull."
    assert ("19:00", "2024-07-18T19:00") in _times(text)
    text = "The ferry sank on 17 July. At 19:00 on the next day, divers found the hull."
    assert ("19:00", "2024-07-18T19:00") in _times(text)


def test_a_time_in_the_small_hours_after_a_told_day_is_that_night() -> None:
    text = "Crowds marched in the old town on 17 July. At 03:00, riot police cleared the bridge."
    assert _times(text) == [("03:00", "2024-07-18T03:00")]


def test_the_small_hours_stay_on_the_day_named_in_their_own_sentence() -> None:
    text = "Crowds marched on 16 July. On 17 July at 03:00, riot police cleared the bridge."
    assert ("03:00", "2024-07-17T03:00") in _times(text)


def test_a_done_act_is_not_moved_past_the_article_date() -> None:
    text = ("In the morning, the ministry named the dead. "
            "At about 02:00, a shell hit the school.")
    assert ("about 02:00", "2024-07-22T02:00") in _times(text)


def test_a_later_hour_after_a_told_day_stays_on_that_day() -> None:
    text = "Crowds marched in the old town on 17 July. At 16:00, riot police cleared the bridge."
    assert _times(text) == [("16:00", "2024-07-17T16:00")]


def test_a_threat_with_an_early_hour_aims_at_the_next_morning() -> None:
    text = "The gang warned it would burn the market at 04:00, telling traders to stay home."
    assert _times(text) == [("04:00", "2024-07-23T04:00")]
    text = "Troops gave the villagers until 6 a.m. to leave their homes."
    assert _times(text) == [("6 a.m.", "2024-07-23T06:00")]


def test_a_planned_act_later_in_the_day_keeps_the_article_date() -> None:
    assert _times("The envoy will address the assembly at 11:30.") == [
        ("11:30", "2024-07-22T11:30")]


def test_an_hour_an_act_was_told_to_end_at_is_no_deadline_ahead() -> None:
    text = "After the vote the clerk worked until 4 a.m. and slept in the office."
    assert _times(text) == [("4 a.m.", "2024-07-22T04:00")]


def test_an_afternoon_hour_after_a_told_day_stays_on_that_day() -> None:
    text = "The jury returned on 17 July. The verdict, at around 2pm, drew cheers outside."
    assert _times(text) == [("around 2pm", "2024-07-17T14:00")]
