"""Bare 24-hour clock times (time_clock24_bare): a time the text tells after a preposition
is a TIME on the day the story tells or on its own written day; a clock time standing alone
at a line start (a live-blog entry label, a byline stamp) is when the entry was posted, no
time of what it tells, and is left untagged."""

from __future__ import annotations

from datetime import date

from dateline.timex import tag

DCT = date(2024, 7, 22)


def _times(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT) if t.type == "TIME"]


def test_live_blog_entry_labels_are_no_times() -> None:
    text = ("Shelling went on overnight, officials said.\n"
            "14:05 Police closed the coast road after a second blast.\n"
            "14:20 A convoy of ambulances left the camp.")
    assert _times(text) == []


def test_a_time_told_after_a_preposition_takes_the_narrative_day() -> None:
    text = "The two sides met on 19 July. The truce began at 13:30 and broke down by 18:45."
    assert _times(text) == [("13:30", "2024-07-19T13:30"), ("18:45", "2024-07-19T18:45")]


def test_a_reader_comment_header_takes_its_own_day_not_the_narrative_day() -> None:
    text = ("The council met on 19 July.\n"
            "At 23:10 20th Jul 2024 , a reader called Pip wrote : the vote was rigged .")
    assert _times(text) == [("23:10 20th Jul 2024", "2024-07-20T23:10")]


def test_a_time_before_a_counted_day_takes_that_day() -> None:
    found = [(t.text, t.value) for t in tag(
        "Gunmen raided the port on 19 July. At 09:15 the following morning, troops left.", DCT)]
    assert ("09:15", "2024-07-20T09:15") in found
    assert ("the following morning", "2024-07-20TMO") in found


def test_digit_groups_and_verses_are_no_clock_times() -> None:
    assert _times("Her best time of 02:14:07 was set at the trials.") == []
    assert _times("The pastor read from Ezekiel 22:31 at the service.") == []
