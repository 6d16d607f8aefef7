"""Working days a market, a register or a court keeps, read on a weekend (synthetic texts)."""

from __future__ import annotations

from datetime import date

from dateline.datecheck.check import evaluate, readings
from dateline.datecheck.market_days import RULE, market_day_findings


def _found(text: str, dct: date) -> list:
    return list(market_day_findings(readings(text), text, dct))


def test_a_record_date_on_a_saturday_is_found_and_says_which_years_fit():
    text = "The board set a payout to holders of record Dec. 16, the firm said."
    (f,) = _found(text, date(1995, 11, 10))  # 16 December 1995 is a Saturday
    assert f.rule == RULE and f.text == "Dec. 16" and f.bound is None
    assert "Saturday" in f.reason and "of record" in f.reason
    assert "1994" in f.reason and "1996" in f.reason  # Friday and Monday there
    assert _found(text, date(1994, 11, 10)) == []  # a Friday in 1994


def test_a_year_shift_turns_a_working_day_into_a_weekend_a_day_slip_does_not():
    text = "The quarterly dividend is payable Jan. 4 to holders of record."
    true = date(1990, 12, 1)  # 4 January 1991 is a Friday
    assert _found(text, true) == []
    assert _found(text, date(1991, 12, 1))  # read a year later: Saturday 4 January 1992
    assert _found(text, date(1990, 12, 2)) == []  # a day's slip keeps the reading's year


def test_links_between_the_cue_and_the_day():
    dct = date(1992, 11, 2)  # 22 November 1992 is a Sunday
    for text in ("The court holds a hearing on Nov. 22.", "The notes are redeemable on Nov. 22.",
                 "The senate reconvenes Nov. 22.", "The record date is Nov. 22."):
        assert _found(text, dct), text
    for text in ("The dividend is payable by Nov. 22.",  # 'by': a limit, any day
                 "The hearing ended, and on Nov. 22 talks resume.",  # the cue not just ahead
                 "Voters go to the polls on Nov. 22.",  # no cue
                 "The truce was extended until Nov. 22.",  # what ends on a day may end on any
                 "The notes mature on Nov. 22.", "The deadline is Nov. 22."):
        assert _found(text, dct) == [], text


def test_an_offers_term_counts_only_beside_securities_or_money():
    dct = date(1992, 11, 2)  # 22 November 1992 is a Sunday
    for text in ("The rights expire Nov. 22.", "Its $9 bid was extended to Nov. 22.",
                 "The tender offer, set to expire Nov. 22, was raised."):
        assert _found(text, dct), text
    for text in ("The ceasefire was extended to Nov. 22.", "The visa expires on Nov. 22.",
                 "The rights expire by Nov. 22."):
        assert _found(text, dct) == [], text


def test_a_day_with_its_year_or_its_weekday_is_left_to_other_rules():
    dct = date(1992, 11, 2)
    assert _found("The court holds a hearing on Nov. 22, 1992.", dct) == []
    assert _found("The court holds a hearing on Sunday, Nov. 22.", dct) == []


def test_one_weekend_market_day_makes_the_article_suspicious_two_contradict():
    one = "Acme declared a dividend payable Jan. 4 to holders of record."
    two = "Acme declared a dividend payable Jan. 4 to holders of record Dec. 14."
    dct = date(1991, 12, 1)  # 4 January 1992 a Saturday, 14 December 1991 a Saturday
    assert evaluate(readings(one), one, dct).check.verdict == "suspicious"
    assert evaluate(readings(two), two, dct).check.verdict == "contradicted"
    assert evaluate(readings(two), two, date(1990, 12, 1)).check.verdict == "consistent"
