"""Evidence rules read directly (synthetic texts)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.datecheck import check_text
from dateline.datecheck.check import evaluate, readings
from dateline.datecheck.rules import unfinished_fiscal_year, yearless_day


def _fiscal(text: str, dct: date) -> list[str]:
    return [f.text for r in readings(text) for f in unfinished_fiscal_year(r, dct, text)]


def test_results_of_a_fiscal_year_told_before_it_began_are_flagged():
    text = "In fiscal 1996, the chain had revenue of $90 million."
    assert _fiscal(text, date(1995, 11, 3)) == ["1996"]
    assert _fiscal(text, date(1996, 1, 3)) == []  # a fiscal year may end in its own January


def test_a_two_year_season_is_not_read_as_finished_results():
    text = "In 1995-96, the club had revenue of $90 million."
    assert _fiscal(text, date(1995, 11, 3)) == []


def test_a_fiscal_year_forecast_is_not_results():
    text = "The chain will have revenue of $90 million in fiscal 1996."
    assert _fiscal(text, date(1995, 11, 3)) == []


def _yearless(text: str, dct: date) -> list[tuple[str, float]]:
    return [(f.rule, f.weight) for r in readings(text) for f in yearless_day(r, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "rule"),
    [
        # Told in November, a past "Jan. 1" is that year's, though next year's is nearer.
        ("The new levy took effect on Jan. 1 and cut imports.", date(2006, 11, 16),
         "yearless_past_after"),
        # Told in February, a coming "Dec. 20" is that year's, though last year's is nearer.
        ("The court will rule on the appeal on Dec. 20.", date(2006, 2, 10),
         "yearless_future_before"),
    ],
)
def test_a_yearless_day_over_a_new_year_is_reported_not_flagged(text, dct, rule):
    assert _yearless(text, dct) == [(rule, 1.0)]
    check = check_text(text, dct)
    assert check.verdict == "consistent"
    assert "needs no year either" in check.evidence[0].reason


def test_a_yearless_day_a_few_weeks_over_a_new_year_is_still_flagged():
    # Twelve days before the New Year, "took effect on Jan. 1" is most likely a slip.
    text = "The new levy took effect on Jan. 1 and cut imports."
    assert _yearless(text, date(2006, 12, 20)) == [("yearless_past_after", 2.0)]
    assert check_text(text, date(2006, 12, 20)).verdict == "suspicious"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry released a spending plan for the years 2026 to 2028 on Wednesday.",
        "The board examined a paper that set out job cuts between 2026 and 2028.",
    ],
)
def test_a_span_of_years_ahead_is_a_plans_period_not_a_past_act(nlp, text):
    # Wholly after the stated date, a span of years is a plan's, whatever the verb.
    assert check_text(text, date(2025, 11, 26), nlp(text)).verdict == "consistent"
    assert check_text(text, date(2025, 11, 26)).verdict == "consistent"
    # A single year after the stated date in the past tense still contradicts it.
    one = "The ministry cut spending in 2026, it said on Wednesday."
    assert check_text(one, date(2025, 11, 26), nlp(one)).verdict == "contradicted"
    # ... and so does a span that had begun before the date ended after it.
    begun = "Job cuts were made between 2024 and 2026, the board said."
    assert check_text(begun, date(2025, 11, 26), nlp(begun)).verdict == "contradicted"


def _dateline_weekday(text: str, dct: date) -> list:
    return [f for f in evaluate(readings(text), text, dct).findings
            if f.rule == "dateline_weekday"]


def test_a_wire_leads_weekday_pins_its_datelines_year():
    # "OSLO, March 12 (Xinhua) -- ... Thursday ...": the lead names the dateline's day, and
    # March 12 is a Thursday in 2026, not in 2027 (a Friday): a year's shift the text shows.
    text = "OSLO, March 12 (Xinhua) -- Norway Thursday opened a new ferry line to the islands."
    (f,) = _dateline_weekday(text, date(2027, 3, 12))
    assert f.bound == "latest" and f.bound_date == date(2026, 3, 12) and "2026" in f.reason
    checked = check_text(text, date(2027, 3, 12))
    assert checked.verdict != "consistent" and checked.latest == date(2026, 3, 12)
    assert not _dateline_weekday(text, date(2026, 3, 12))
    # A dateline with its year is the wire's own date in full: dateline_mismatch's case.
    full = "OSLO, March 12, 2026 (Xinhua) -- Norway Thursday opened a new ferry line."
    assert not _dateline_weekday(full, date(2027, 3, 12))


@pytest.mark.parametrize("parse", [False, True])
def test_a_day_naming_a_past_thing_in_a_future_clause_is_no_finding(nlp, parse):
    # The collapse is the thing's day, mostly past: the clause's future is the damage's.
    text = "Rains will add the Veska valley to the damage from the March 4 dam collapse."
    dct = date(2024, 4, 20)
    reads = readings(text, (), nlp(text) if parse else None)
    assert [r.tense for r in reads] == ["future"]
    assert [f.rule for r in reads for f in yearless_day(r, dct, text)] == []
    # A day the future clause itself takes is still read against the stated date.
    assert _yearless("The court will rule on the appeal on March 4.", dct) == [
        ("yearless_future_before", 2.0)]


def test_a_period_a_forecast_aims_at_is_no_results_told():
    # The grocers' forecast is for the quarter, which has a month to run: no results yet.
    text = ("Most Osk grocers forecast steady shelf prices for the fourth quarter, a retail "
            "poll said.")
    check = evaluate(readings(text), text, date(2005, 11, 22))
    assert "unfinished_period" not in {f.rule for f in check.findings}
    told = "Fourth-quarter sales rose 4% at Osk grocers, a trade survey said."
    assert "unfinished_period" in {
        f.rule for f in evaluate(readings(told), told, date(2005, 11, 22)).findings}


def _past_after(text: str, dct: date, doc=None) -> list[str]:
    return [f.text for f in evaluate(readings(text, (), doc), text, dct).findings
            if f.rule == "explicit_past_after"]


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        # A year naming a thing made or begun ahead of it: a model, a season, a fiscal year.
        ("The 2031 models from the Brell plant went on sale last month.", date(2030, 10, 20)),
        ("The agency's 2031 fiscal year began on Oct. 1.", date(2030, 10, 20)),
        ("The Osk club signed the keeper for the 2031 season.", date(2030, 10, 20)),
        ("Party leaders picked Lund for the 2031 convention.", date(2030, 1, 10)),
        ("She announced her 2031 campaign for mayor on Sunday.", date(2030, 1, 10)),
        # A year in a quantity's phrase: the figure's time, not the projecting.
        ("Growth in Veska was projected at 4 percent in 2031.", date(2030, 3, 10)),
        # The object of a verb of intent: a plan's time.
        ("The Lund accord called for elections in 2031.", date(2030, 3, 10)),
        ("The rebels demanded a referendum in 2031.", date(2030, 3, 10)),
        ("The Osk budget bill required spending cuts in 2031.", date(2030, 3, 10)),
    ],
)
def test_a_year_the_parse_alone_reads_past_is_no_finding(nlp, text, dct):
    # The parse hangs the year on the clause's past verb; the words read a thing's name,
    # a figure's time or a plan. A year after the stated date contradicts it alone, so it
    # takes both readings.
    assert _past_after(text, dct, nlp(text)) == []
    assert _past_after(text, dct) == []


@pytest.mark.parametrize(
    ("text", "dct", "found"),
    [
        # A day is an act's; a year before a name is an edition held in its year.
        ("The envoy was appointed to the post on Aug. 10, 2031.", date(2030, 8, 10),
         "Aug. 10, 2031"),
        ("Lund finished second at the 2031 Nordic Cup in Osk.", date(2030, 6, 1), "2031"),
        ("The Brell plant closed in 2031, the union said.", date(2030, 6, 1), "2031"),
    ],
)
def test_a_day_a_name_or_a_plain_past_keeps_the_parses_finding(nlp, text, dct, found):
    assert _past_after(text, dct, nlp(text)) == [found]


@pytest.mark.parametrize("parse", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "Monitors posted under the April 26 truce logged 12 complaints.",
        "The Osk monitors met after the April 26 truce talks ended.",
    ],
)
def test_a_thing_named_by_a_day_weeks_ahead_in_a_past_clause_is_reported(nlp, text, parse):
    # Told on April 4, the truce named by its day is last April's as readily as a slip.
    dct = date(2024, 4, 4)
    reads = readings(text, (), nlp(text) if parse else None)
    assert [(f.rule, f.weight) for r in reads for f in yearless_day(r, dct, text)] == [
        ("yearless_past_after", 1.0)]
    assert check_text(text, dct, nlp(text) if parse else None).verdict == "consistent"


def test_a_thing_named_by_a_day_days_ahead_or_a_plain_day_is_still_flagged():
    # Within a week the day reads as a stated date a few days early; an act's own day
    # weeks ahead stays a finding.
    def found(text: str, dct: date) -> list[tuple[str, float]]:
        return [(f.rule, f.weight) for r in readings(text) for f in yearless_day(r, dct, text)]

    thing = "Monitors posted under the April 26 truce logged 12 complaints."
    assert found(thing, date(2024, 4, 21)) == [("yearless_past_after", 2.0)]
    assert found("Veska troops pulled back on April 26.", date(2024, 4, 4)) == [
        ("yearless_past_after", 2.0)]


@pytest.mark.parametrize("parse", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "The Brell mill sold $40 million of notes due in 2031.",
        "The Osk board repriced options expiring in 2031.",
        "The Lund utility redeemed bonds maturing in 2031.",
    ],
)
def test_a_terms_year_after_in_is_no_past_finding(nlp, text, parse):
    # The year is the notes' term; the clause's past is the sale's.
    assert _past_after(text, date(2030, 3, 10), nlp(text) if parse else None) == []
    # A year the sale itself took stays a finding.
    sold = "The Brell mill sold $40 million of notes in 2031."
    assert _past_after(sold, date(2030, 3, 10), nlp(sold) if parse else None) == ["2031"]
