"""Page notes (comments, amendments, print editions): limits, not past-tense evidence."""

from __future__ import annotations

from datetime import date

from dateline.datecheck import check_text
from dateline.datecheck.check import readings
from dateline.datecheck.notes import in_note, page_notes

COMMENT = (
    "The ministry confirmed two new cases on Monday. "
    "At 9:15 pm on 14 Jun 2011, a reader wrote: Stay calm and wash your hands."
)
AMENDED = "Officials met the union on Friday. This article was amended on 20 June 2011."


def test_a_comment_stamp_runs_from_its_sentence_start_to_wrote():
    (span,) = page_notes(COMMENT)
    assert COMMENT[span[0] : span[1]] == "At 9:15 pm on 14 Jun 2011, a reader wrote:"
    assert not in_note([span], 0, 10)  # the article's own sentence is not a note


def test_an_amendment_note_runs_from_its_phrase_to_the_sentence_end():
    (span,) = page_notes(AMENDED)
    assert AMENDED[span[0] : span[1]] == "was amended on 20 June 2011."


def test_a_note_date_is_read_as_a_limit_not_in_the_tense_of_the_note():
    (r,) = [r for r in readings(AMENDED) if r.mention.year == 2011]
    assert r.tense == "bounded"
    plain = "Officials said the plan was amended in a meeting on 20 June 2011."
    (p,) = [r for r in readings(plain) if r.mention.year == 2011]
    assert p.tense == "past"


def test_notes_after_the_stated_date_raise_no_alarm():
    assert check_text(COMMENT, date(2011, 6, 10)).verdict == "consistent"
    assert check_text(AMENDED, date(2011, 6, 17)).verdict == "consistent"
    # the same date told as the article's own past event still contradicts the date
    told = "Officials met the union on Friday. The union walked out on 20 June 2011."
    assert check_text(told, date(2011, 6, 17)).verdict == "contradicted"


def test_a_readers_post_and_an_editors_note_are_notes():
    post = "Crews worked through the night. Posted by: a_reader | June 25, 2011 9:40 AM | More."
    note = "The vote is set for Friday. Editor's note: the vote was held on June 26, 2011."
    for text in (post, note):
        (r,) = [r for r in readings(text) if r.mention.year == 2011]
        assert r.tense == "bounded"
        assert check_text(text, date(2011, 6, 16)).verdict == "consistent"


PRINTED = (
    "Ministers met the unions on Friday and agreed to talk again.\n"
    "A version appeared on p12 of the Main section of the Guardian on Saturday 5 June 2010."
)


def test_a_notes_own_date_before_the_stated_date_bounds_the_writing_date():
    check = check_text(PRINTED, date(2011, 6, 5))
    assert check.verdict == "contradicted"
    assert check.latest == date(2010, 6, 5)
    # the print edition the day after the stated date, or on it, is as expected
    assert check_text(PRINTED, date(2010, 6, 4)).verdict == "consistent"
    assert check_text(PRINTED, date(2010, 6, 5)).verdict == "consistent"


def test_a_note_a_day_before_is_a_time_zone_and_an_editors_note_tells_of_any_day():
    near = check_text(PRINTED, date(2010, 6, 6))
    assert near.verdict == "consistent"
    assert any("note the page added" in e.reason for e in near.evidence)
    assert page_notes(PRINTED, own=True)
    told = "The talks resumed. Editor's note: the first round was held on 1 May 2010."
    assert page_notes(told) and not page_notes(told, own=True)
    assert check_text(told, date(2010, 6, 5)).verdict == "consistent"
