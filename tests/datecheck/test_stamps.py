"""Page stamps: the first date-and-clock stamp near a page's top is its writing date."""

from __future__ import annotations

from datetime import date

from dateline.datecheck import check_text, estimate_dct
from dateline.datecheck.check import readings
from dateline.datecheck.stamps import page_stamp, update_stamp
from dateline.model import Annotation, Article

PAGE = (
    "Crews race to finish relief wells\n"
    "Sunday 6 June 2010 21.47 BST\n"
    "Engineers said on Saturday that the cap was holding."
)


def test_the_stamp_is_the_first_date_with_a_clock_time():
    r = page_stamp(readings(PAGE), PAGE)
    assert r is not None and r.mention.text == "Sunday 6 June 2010"


def test_a_stamp_a_year_off_contradicts_and_the_estimate_takes_it():
    check = check_text(PAGE, date(2009, 6, 6))
    assert check.verdict == "contradicted"
    assert check.earliest == date(2010, 6, 6)
    ann = Annotation(article=Article(id="p", text=PAGE, dct=date(2009, 6, 6)))
    assert estimate_dct(ann) == date(2010, 6, 6)
    assert check_text(PAGE, date(2010, 6, 6)).verdict == "consistent"


def test_a_stamp_a_day_off_is_a_time_zone_reported_not_flagged():
    check = check_text(PAGE, date(2010, 6, 7))
    assert check.verdict == "consistent"
    assert any("page's own stamp" in e.reason for e in check.evidence)


def test_a_numeric_stamp_is_a_full_date_not_a_year_mentioned():
    # A wire page's stamp written in numbers, its clock time after it: the copy's own clock,
    # read as the page's date (a year a text off contradicts), never as a bare year of the
    # story, which the prior would weigh as a year mentioned.
    text = ("2011 03 08 14:05 JST HARBORTON -LRB- Reuters -RRB- - The ferry line said on "
            "Monday that its second berth would open in May.")
    reads = readings(text)
    stamp = page_stamp(reads, text)
    assert stamp is not None and stamp.mention.text == "2011 03 08"
    assert (stamp.mention.year, stamp.mention.month, stamp.mention.day) == (2011, 3, 8)
    assert all(r.mention.text != "2011" for r in reads)
    assert check_text(text, date(2012, 3, 8)).verdict == "contradicted"
    assert check_text(text, date(2011, 3, 8)).verdict == "consistent"
    # three numbers with no clock time after them are no date
    count = "The 2011 03 08 lot numbers were recalled by the ferry line."
    assert all(r.mention.month is None for r in readings(count))


def test_only_the_first_stamp_counts():
    # A blog page lists the stamps of other posts below its own.
    text = (
        "Faith leaders on the spill\nJune 1, 2010 10:20 AM\n"
        "Earlier posts: July 21, 2010 3:12 PM; June 4, 2010 5:08 PM."
    )
    r = page_stamp(readings(text), text)
    assert r is not None and r.mention.text == "June 1, 2010"
    assert check_text(text, date(2010, 6, 1)).verdict == "consistent"


def test_an_update_stamp_or_a_stamp_deep_in_the_text_is_no_writing_date():
    updated = "Oil reaches the shore\nLast updated: Tuesday, August 24, 2010; 9:52 PM\nMore."
    assert page_stamp(readings(updated), updated) is None
    deep = "Oil reaches the shore. " + "Crews kept working. " * 40 + "August 24, 2010 9:52 PM"
    assert page_stamp(readings(deep), deep) is None


def test_a_readers_post_is_no_stamp_of_the_page():
    text = "Crews worked through the night. Posted by: a_reader | June 25, 2011 9:40 AM | More."
    assert page_stamp(readings(text), text) is None


def test_a_date_and_time_after_a_preposition_times_an_event():
    text = "The ferry left the harbour on 8 March 2014 at 03:25 local time."
    assert page_stamp(readings(text), text) is None
    clock = "The ferry left the harbour on 8 March 2014 03:25 local time."
    assert page_stamp(readings(clock), clock) is None
    assert check_text(clock, date(2014, 3, 12)).verdict == "consistent"


def test_an_update_stamp_bounds_the_writing_date_from_above_only():
    after = "14 November 2007 Last updated at 14:23 GMT\nThe family said they were relieved."
    before = "Page last updated at 16:47 GMT, Tuesday, 8 November 2011\nThe trial went on."
    for text, day in ((after, date(2007, 11, 14)), (before, date(2011, 11, 8))):
        assert update_stamp(readings(text), text) is not None
        assert page_stamp(readings(text), text) is None
        assert check_text(text, day).verdict == "consistent"
        late = check_text(text, day.replace(year=2012))
        assert late.verdict == "contradicted" and late.latest == day
        assert any("note the page added" in e.reason for e in late.evidence)


def test_an_update_stamp_is_a_limit_not_a_past_event(nlp):
    text = "9 March 2011 Last updated at 11:27 GMT\nThe singer's family met their lawyers."
    for doc in (None, nlp(text)):
        [stamp] = [r for r in readings(text, (), doc) if r.mention.text == "9 March 2011"]
        assert stamp.tense == "bounded"
    # Written four days before the last edit: reported, not flagged.
    days = check_text(text, date(2011, 3, 5), nlp(text))
    assert days.verdict == "consistent" and days.latest == date(2011, 3, 9)
    assert any("last updated on 2011-03-09, 4 days after" in e.reason for e in days.evidence)


def test_an_update_stamp_long_after_the_stated_date_makes_it_suspect():
    text = "9 March 2011 Last updated at 11:27 GMT\nThe singer's family met their lawyers."
    assert check_text(text, date(2011, 2, 20)).verdict == "suspicious"  # 17 days
    a_year = Annotation(article=Article(id="u", text=text, dct=date(2010, 3, 9)))
    assert check_text(text, date(2010, 3, 9)).verdict == "contradicted"
    assert estimate_dct(a_year) == date(2011, 3, 9)
