"""The learned prior: cues, offset buckets, fitting and the likelihood-ratio assessment."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from dateline.datecheck import check_text
from dateline.datecheck.check import _prior_reason, evaluate, readings
from dateline.datecheck.prior import (
    Cue,
    agreed_threshold,
    agreeing_families,
    assess,
    bucket,
    cues,
    fit,
    fits_for,
    for_stated_lead,
    for_weekday_free,
    for_wire_copy,
    lead_names_filing_day,
    local_day_ahead,
    model_for,
    not_a_days_slip,
    parsed_model,
    prior_model,
    shift_llrs,
    shift_threshold,
    shifted,
    week_told,
    weekday_slip,
    wire_copy,
    year_hint,
    year_llrs,
)
from dateline.datecheck.resources import load_json, rules


def _model(tables, **over):
    base = {
        "shifts_days": [-365, -30, 30, 365],
        "cap": 3.0,
        "kind_caps": {},
        "mix": 0.1,
        "uniform_support": {"Y": 13, "W": 7, "MD": 366, "YMD": 4000, "M": 12},
        "threshold": 1.0,
        "tables": tables,
    }
    base.update(over)
    return base


def test_cues_read_years_days_and_lone_weekdays_but_not_abbreviations():
    text = "Prices fell on Tuesday after a vote on Jan. 3; the Sun reported the 1988 figures."
    got = {c.text: c for c in cues(text, readings(text))}
    assert got["Tuesday"].kind.startswith("W") and got["Tuesday"].weekday == 1
    assert got["Jan. 3"].kind == "MD"
    assert got["1988"].kind == "Y" and got["1988"].year == 1988
    assert "Sun" not in got


def test_a_year_naming_an_edition_is_no_cue():
    # 'the 2025 ban list' comes out in 2025 or the year before (rules.interval): it tells
    # neither writing year apart, so the prior does not read it; a year of its own does.
    edition = "Two drugs were added to the 2025 ban list, the agency said."
    assert not [c for c in cues(edition, readings(edition)) if c.base == "Y"]
    own = "Two drugs were added to the list in 2025, the agency said."
    assert [c.text for c in cues(own, readings(own)) if c.base == "Y"] == ["2025"]


def test_buckets_are_offsets_from_the_candidate_date():
    d = date(1990, 1, 10)  # a Wednesday
    y = Cue("Y", "past", 0, 4, "1989", year=1989)
    assert bucket(y, d) == ("-1", 1)
    # A year far back tells nothing about which nearby year the article was written in.
    assert bucket(Cue("Y", "past", 0, 4, "1982", year=1982), d) is None
    assert bucket(Cue("Y", "past", 0, 4, "1983", year=1983), d) == ("-7", 1)
    w = Cue("W", "past", 0, 6, "Monday", weekday=0)
    assert bucket(w, d) == ("5", 1)  # Monday is five weekdays on from Wednesday, mod 7
    md = Cue("MD", "past", 0, 5, "Jan. 8", month=1, day=8)
    label, width = bucket(md, d)  # type: ignore[misc]
    assert label == "-2" and width == 1
    assert bucket(md, date(1990, 2, 10))[0] == "-27"  # type: ignore[index]


def test_a_month_named_with_its_year_is_bucketed_by_the_years_apart():
    july = Cue("YM", "past", 0, 9, "July 1988", year=1988, month=7)
    assert bucket(july, date(1989, 11, 2)) == ("-1", 1)
    assert bucket(july, date(1988, 11, 2)) == ("0", 1)
    assert bucket(july, date(1988, 8, 2)) == ("0", 1)  # months apart are not its bucket
    far = Cue("YM", "past", 0, 9, "July 1980", year=1980, month=7)
    assert bucket(far, date(1989, 11, 2)) is None


def test_a_period_named_with_its_year_is_bucketed_by_the_years_apart():
    q3 = Cue("YP", "future", 0, 20, "third quarter of 2031", year=2031, period="Q3")
    assert bucket(q3, date(2029, 11, 4)) == ("2", 1)
    assert bucket(q3, date(2031, 2, 4)) == ("0", 1)  # days apart are not its bucket
    assert bucket(replace(q3, year=2040), date(2029, 11, 4)) is None


_TABLES_OF = prior_model()["tables_of"]


@pytest.mark.parametrize("ex", _TABLES_OF["examples"], ids=lambda e: e["text"][:40])
@pytest.mark.parametrize("parse", [False, True], ids=["words", "parse"])
def test_tables_of_examples(nlp, ex, parse):
    # prior.json tables_of: a period named with its year is weighed by the year's table of
    # its tense; its own tables, on days apart, read a goal seven quarters out, a quarter's
    # loss a year back or a half-year just past as written at another date.
    text, dct = ex["text"], date.fromisoformat(ex["dct"])
    doc = nlp(text) if parse else None
    reads = readings(text, (), doc) if parse else readings(text)
    cs = cues(text, reads, doc)
    assert [c.kind for c in cs] == ["YP"]
    verdict = evaluate(reads, text, dct, cs).check.verdict
    assert (verdict != "consistent") == ex["flags"], (text, verdict)


def test_a_period_with_its_year_reads_the_years_table():
    model = parsed_model()
    q3 = Cue("YP", "future", 0, 20, "third quarter of 2031", year=2031, period="Q3", parsed=True)
    year = replace(q3, kind="Y", text="2031", period=None)
    d = date(2029, 11, 4)
    assert fits_for([q3]).at(d) == fits_for([year]).at(d)
    assert "YP|future" not in model["tables"]
    # fit counts it where it is read
    assert "Y|future" in fit([([q3], d)], alpha=0.5)


_NEW_YEAR = prior_model()["past_day_new_year"]


@pytest.mark.parametrize("ex", _NEW_YEAR["examples"], ids=lambda e: e["text"][:40])
@pytest.mark.parametrize("parse", [False, True], ids=["words", "parse"])
def test_past_day_new_year_examples(nlp, ex, parse):
    # prior.json past_day_new_year: a past day a month or two ahead over a New Year is the
    # writing year's own, no cue of a writing date two months on; within a month a day
    # ahead is a slip of days and flags as before.
    text, dct = ex["text"], date.fromisoformat(ex["dct"])
    doc = nlp(text) if parse else None
    reads = readings(text, (), doc) if parse else readings(text)
    verdict = evaluate(reads, text, dct, cues(text, reads, doc)).check.verdict
    assert (verdict != "consistent") == ex["flags"], (text, verdict)


def test_a_past_day_over_a_new_year_has_no_bucket_only_in_its_window():
    low, high = _NEW_YEAR["days"]
    jan9 = Cue("MD", "past", 0, 9, "January 9", month=1, day=9)
    assert bucket(jan9, date(2030, 1, 9) - timedelta(days=low + 1)) is None
    assert bucket(jan9, date(2030, 1, 9) - timedelta(days=high)) is None
    assert bucket(jan9, date(2030, 1, 9) - timedelta(days=low)) == ("+27", 8)
    assert bucket(jan9, date(2030, 1, 9) - timedelta(days=high + 1)) is not None
    # ahead in the same year, or told ahead, it is read as before
    assert bucket(replace(jan9, month=12, day=30), date(2030, 11, 20)) is not None
    assert bucket(replace(jan9, tense="future"), date(2029, 11, 29)) is not None


@pytest.mark.parametrize("model", [prior_model, parsed_model])
def test_a_month_named_with_the_writing_years_own_year_is_rare(model):
    """Style names a month's year only when it is not the writing year's: 'the mill shut in
    July 1988', told in the past, fits a writing date in 1989 better than one in November 1988,
    while told in 1989 it says little about 1989 against 1990."""
    july = [Cue("YM", "past", 0, 9, "July 1988", year=1988, month=7, parsed=model is parsed_model)]
    assert shift_llrs(july, date(1988, 11, 2), model(), [365])[365] > 1.0
    assert abs(shift_llrs(july, date(1989, 11, 2), model(), [365])[365]) < 0.5


def test_fit_prefers_the_offsets_it_saw():
    d = date(1990, 1, 10)
    samples = [([Cue("Y", "past", 0, 4, "1990", year=1990)], d)] * 20
    tab = fit(samples, alpha=0.5)["Y|past"]
    assert tab["0"] > tab["_unseen"]


def test_assess_finds_the_shift_that_explains_the_cues():
    d = date(1990, 1, 10)
    tables = fit([([Cue("Y", "past", 0, 4, "1990", year=1990)], d)] * 20, alpha=0.5)
    article = [Cue("Y", "past", 0, 4, "1989", year=1989)] * 3  # written in 1989
    got = assess(article, d, _model(tables))
    assert got.best.year == 1989 and got.llr > 1.0 and got.cue is not None
    assert assess(article, date(1989, 6, 1), _model(tables)).llr == 0.0


def test_a_shift_with_its_own_threshold_is_judged_against_it():
    d = date(1990, 1, 10)
    tables = fit([([Cue("Y", "past", 0, 4, "1990", year=1990)], d)] * 20, alpha=0.5)
    article = [Cue("Y", "past", 0, 4, "1989", year=1989)] * 3  # written in 1989
    shifts = {"shifts_days": [-365, 30, 365]}  # only the year back reaches 1989
    plain = assess(article, d, _model(tables, **shifts))
    assert plain.best.year == 1989 and plain.threshold == 1.0 and plain.llr > 1.0
    # The year-back shift given a threshold above its ratio: nothing clears its own.
    strict = _model(tables, shift_thresholds={"-365": plain.llr + 1.0}, **shifts)
    got = assess(article, d, strict)
    assert got.cue is None or got.llr <= got.threshold
    lenient = _model(tables, threshold=100.0, shift_thresholds={"-365": 0.5}, **shifts)
    got = assess(article, d, lenient)
    assert got.best.year == 1989 and got.threshold == 0.5 and got.llr > got.threshold


def test_kind_cap_bounds_what_one_kind_of_cue_adds():
    d = date(1990, 1, 10)
    tables = fit([([Cue("Y", "past", 0, 4, "1990", year=1990)], d)] * 20, alpha=0.5)
    article = [Cue("Y", "past", 0, 4, "1989", year=1989)] * 3
    capped = assess(article, d, _model(tables, kind_caps={"Y": 0.5}))
    assert 0 < capped.llr <= 0.5


def test_shipped_model_flags_a_year_slip_and_keeps_the_true_date():
    text = (
        "The strike began on Monday, Jan. 4, 1988. Talks resumed on Jan. 6, 1988, and a "
        "deal was signed on Jan. 8, 1988. Workers voted on Jan. 9, 1988. The mine reopened "
        "Jan. 11, 1988, officials said Tuesday."
    )
    assert prior_model()["threshold"] > 0
    wrong = evaluate(readings(text), text, date(1989, 1, 12))
    assert wrong.check.verdict != "consistent"
    assert any(f.rule == "shifted_date_fits_better" for f in wrong.findings)
    right = evaluate(readings(text), text, date(1988, 1, 12))
    assert right.check.verdict == "consistent"


def test_the_years_fit_reads_the_densities_the_prior_finding_worked_out():
    """evaluate weighs the cues once (prior.fits_for): the year each way that year_llrs
    reads is among the shifts assess weighed, so it adds no density and no gain, and its
    ratios are those of densities worked out afresh."""
    text = "Talks resumed on Jan. 6, 1988, and a deal was signed Tuesday; 1988 was hard."
    dct = date(1989, 1, 12)
    cs = cues(text, readings(text))
    fits = fits_for(cs)
    assess(cs, dct, for_weekday_free(cs, model_for(cs), dct), fits)
    seen = (set(fits._at), set(fits._gains))
    assert year_llrs(cs, dct, fits=fits) == year_llrs(cs, dct)
    assert (set(fits._at), set(fits._gains)) == seen


def test_the_weekday_scan_finds_what_a_leading_word_boundary_finds():
    """prior._weekday_re tests the word boundary before a weekday after its capital (so
    the engine skips to the capitals): the same matches as a boundary tested first."""
    from dateline.datecheck import prior

    names = "Wednesday|Thursday|Saturday|Tuesday|Monday|Friday|Sunday"
    first = re.compile(rf"\b({names})\b\.?")
    text = ("Monday xMonday _Friday 9Sunday -Sunday /Tuesday \u00e9Saturday (Saturday.\n"
            "Thursday. Wednesdays Friday, FRIDAY, friday Sunday")
    want = [(m.span(), m.span(1)) for m in first.finditer(text)]
    assert [(m.span(), m.span(1)) for m in prior._weekday_re().finditer(text)] == want
    assert prior._weekday_re().pattern.startswith("(W(?<!")
    assert [m.group(1) for m in prior._weekday_re().finditer(text)][:3] == [
        "Monday", "Sunday", "Tuesday"]


def test_an_explicit_year_next_to_this_year_is_its_own_kind():
    text = "Sales rose 4% in 1989 and are expected to rise again this year."
    kinds = {c.text: c.kind for c in cues(text, readings(text))}
    assert kinds["1989"] == "Y~this"
    alone = "Sales rose in 1989."
    assert {c.text: c.kind for c in cues(alone, readings(alone))}["1989"] == "Y"


def test_a_date_named_again_is_one_cue():
    text = (
        "The rig exploded on April 20. Since the April 20 blast, oil has leaked; "
        "on April 22 it sank."
    )
    named = [c.text for c in cues(text, readings(text))]
    assert named.count("April 20") == 1 and "April 22" in named


@pytest.mark.parametrize(
    ("ex", "parse"),
    [(ex, parse) for ex in prior_model()["named_again"]["examples"] for parse in (False, True)
     if parse or not ex.get("parse_only")],  # a parse_only example: the words read it otherwise
    ids=lambda v: ("parse" if v else "words") if isinstance(v, bool) else v["text"][:32],
)
def test_a_date_named_again_keeps_its_done_reading(nlp, ex, parse):
    # prior.json named_again: 'due by March 14' then 'ruled on March 14' is one cue, told
    # done (past), whichever comes first; a weekday so only as parsed, and not across 'last'.
    text = ex["text"]
    doc = nlp(text) if parse else None
    reads = readings(text, (), doc) if parse else readings(text)
    [kept] = [c for c in cues(text, reads, doc) if c.text.endswith(ex["date"])]
    assert kept.tense == ex["tense"], text


def test_a_year_back_is_a_calendar_year_even_over_29_february():
    # The benchmark's and the real slips move the year, not 365 days: a year before
    # 2000-05-06 is 1999-05-06 (366 days), and its weekday moves by two.
    assert shifted(date(2000, 5, 6), -365) == date(1999, 5, 6)
    assert shifted(date(1999, 5, 6), 365) == date(2000, 5, 6)
    assert shifted(date(2000, 2, 29), -365) == date(1999, 2, 28)
    assert shifted(date(2000, 5, 6), -730) == date(1998, 5, 7)  # other shifts stay days
    assert shifted(date(2000, 5, 6), 30) == date(2000, 6, 5)
    # A cue seen the day before its writing date puts the year-back date there.
    true = date(1999, 5, 6)
    eve = Cue("YMD", "past", 0, 11, "May 5, 1999", year=1999, month=5, day=5)
    tables = fit([([eve], true)] * 20, alpha=0.5)
    got = assess([eve], date(2000, 5, 6), _model(tables, shifts_days=[-365]))
    assert got.best == true and got.llr > 0


def test_a_lone_weekday_a_day_after_the_stated_date_is_a_day_off_never_a_year_off():
    # A wire story dated the day before its 'said Wednesday' fits a writing date a day
    # later (a time-zone slip) and a year later (the same date falls a weekday on) alike:
    # suspicious, with a reason that names both and a range that allows both.
    text = "The ministry said Wednesday that the talks would resume next month."
    got = evaluate(readings(text), text, date(2006, 12, 5))  # a Tuesday
    assert got.check.verdict == "suspicious"
    [found] = got.findings
    assert found.rule == "shifted_date_fits_better" and found.text == "Wednesday"
    assert found.bound == "earliest" and found.bound_date == date(2006, 12, 6)
    assert "a day after the stated date 2006-12-05" in found.reason
    assert "a day's slip, or a year's shift" in found.reason
    assert "2007" not in found.reason  # never a year later as if the weekday said so
    assert got.check.earliest == date(2006, 12, 6) and got.check.latest is None
    # A weekday a day before the stated date is wire copy's usual 'said Monday' in a
    # Tuesday paper: no case at all.
    before = "The ministry said Monday that the talks would resume next month."
    assert evaluate(readings(before), before, date(2006, 12, 5)).check.verdict == "consistent"


def test_a_day_shift_that_passes_is_reported_before_a_years_shift(monkeypatch):
    # prior.json day_shift_of: the year later's threshold (1.0) lies below the day's (2.3),
    # so a lone weekday a day on clears the year's by more; ranked against the day's
    # threshold while the day passes, the day still reads it.
    text = "The ministry said Wednesday that the talks would resume next month."
    cs, dct, model = cues(text, readings(text)), date(2006, 12, 5), prior_model()
    ll, th = shift_llrs(cs, dct, model, [1, 365]), model["shift_thresholds"]
    assert ll[1] > th["1"] and ll[365] - th["365"] > ll[1] - th["1"]
    assert assess(cs, dct, model).shift == 1
    monkeypatch.setitem(model, "day_shift_of", {})
    assert assess(cs, dct, model).shift == 365


def test_kinds_agree_examples():
    # prior.json kinds_agree: the families agreeing on a writing date a year before the
    # stated one, and whether the check flags the stated date.
    spec = prior_model()["kinds_agree"]
    assert spec["examples"]
    for ex in spec["examples"]:
        text, dct = ex["text"], date.fromisoformat(ex["dct"])
        cs = cues(text, readings(text))
        got = agreeing_families(cs, dct, shifted(dct, -365), prior_model())  # type: ignore[arg-type]
        assert sorted(got) == ex["families"], text
        verdict = evaluate(readings(text), text, dct).check.verdict
        assert (verdict != "consistent") == ex["flags"], (text, verdict)


@pytest.mark.parametrize("ex", prior_model()["year_not_day"]["examples"], ids=lambda e: e["dct"])
def test_year_not_day_examples(ex):
    # prior.json year_not_day: whether a year's shift's lower threshold applies (the dates
    # fit the stated day, not the day's slip, and a weekday fits the year's shift; a year
    # after also where no weekday fits it: 'kindless'), and whether the check flags the
    # stated date. A year before unless the example names its shift.
    text, dct, model = ex["text"], date.fromisoformat(ex["dct"]), prior_model()
    shift = int(ex.get("shift", -365))
    cs = cues(text, readings(text))
    low = model["year_not_day"]["shift_thresholds"][str(shift)]
    assert (not_a_days_slip(cs, dct, shift, model) == low) == ex["lowered"], text
    assert (agreed_threshold(cs, dct, shift, model) == low) == ex["lowered"], text
    verdict = evaluate(readings(text), text, dct).check.verdict
    assert (verdict != "consistent") == ex["flags"], (text, verdict)


def test_a_lone_weekday_a_day_on_is_no_year_later():
    # 'will vote Friday' on a Thursday fits the day after (a day's slip, 2.3) exactly as well
    # as the year after: the year after's own threshold holds (1.25), not year_not_day's 1.0,
    # so the plan for the next day does not read as a year later (at 1.0 it flagged).
    text = "The council will vote Friday on the bridge."
    dct, model = date(2006, 11, 23), prior_model()
    cs = cues(text, readings(text))
    ratios = shift_llrs(cs, dct, model, [365, 1])
    assert ratios[365] == pytest.approx(ratios[1])
    low = model["year_not_day"]["shift_thresholds"]["365"]
    assert low < ratios[365] <= shift_threshold(model, 365) < shift_threshold(model, 1)
    assert agreed_threshold(cs, dct, 365, model) == shift_threshold(model, 365)
    assert evaluate(readings(text), text, dct).check.verdict == "consistent"


@pytest.mark.parametrize("ex", prior_model()["wire_copy"]["examples"], ids=lambda e: e["dct"])
def test_wire_copy_examples(ex):
    # prior.json wire_copy: whether an agency's dateline opens the text, and whether the
    # check flags the stated date (two weekdays a day and two off: a year's slip in wire
    # copy, a day-late paper's telling elsewhere).
    text, dct, model = ex["text"], date.fromisoformat(ex["dct"]), prior_model()
    assert wire_copy(text, model) == ex["wire"], text
    verdict = evaluate(readings(text), text, dct).check.verdict
    assert (verdict != "consistent") == ex["flags"], (text, verdict)


def test_wire_copy_lowers_only_its_shifts_and_only_with_a_weekday(monkeypatch):
    # The dateline lowers the year before's threshold to wire_copy's, leaves every other
    # shift's alone, and does nothing for cues without a weekday; without the rule the
    # first example is consistent again.
    model = prior_model()
    spec = model["wire_copy"]
    text = spec["examples"][0]["text"]
    cs = cues(text, readings(text))
    styled = for_wire_copy(cs, text, model)
    low = spec["shift_thresholds"]["-365"]
    assert low < shift_threshold(model, -365)
    assert shift_threshold(styled, -365) == low
    for shift in (-1, 1, 365, -730):
        assert shift_threshold(styled, shift) == shift_threshold(model, shift)
    years = "HARBORTON (AP) -- The pier, shut in 2004, would reopen in the spring."
    assert for_wire_copy(cues(years, readings(years)), years, model) is model
    dct = date.fromisoformat(spec["examples"][0]["dct"])
    monkeypatch.setitem(model, "wire_copy", {})
    assert evaluate(readings(text), text, dct).check.verdict == "consistent"


_LEAD_DAY = prior_model()["wire_copy"]["lead_day"]


@pytest.mark.parametrize("ex", _LEAD_DAY["examples"], ids=lambda e: e["dct"])
def test_wire_copy_lead_day_examples(ex):
    # prior.json wire_copy lead_day: whether the lead's weekday names the filing day of the
    # date a year before and not the stated date's (the year before's threshold is then
    # lead_day's), and whether the check flags the stated date.
    text, dct, model = ex["text"], date.fromisoformat(ex["dct"]), prior_model()
    cs = cues(text, readings(text))
    low = _LEAD_DAY["shift_thresholds"]["-365"]
    assert (shift_threshold(for_wire_copy(cs, text, model, dct), -365) == low) == ex["lowered"]
    verdict = evaluate(readings(text), text, dct).check.verdict
    assert (verdict != "consistent") == ex["flags"], (text, verdict)


def test_the_datelines_day_is_the_filing_day_the_lead_names(monkeypatch):
    # A dateline naming its day files the copy that day in either year: 'March 9' and a
    # lead's Friday fit 2007 (March 9 a Friday), not 2006; 'March 10' and Friday fit 2006.
    # Without lead_day the flagged example is consistent again.
    model = prior_model()
    lead = "Divers found the missing trawler Friday off the north cape."
    for day, named in (("March 9", False), ("March 10", True)):
        text = f"HARBORTON, {day} (Xinhua) -- {lead}"
        cs = cues(text, readings(text))
        assert lead_names_filing_day(cs, text, date(2007, 3, 10), -365, model) is named
    ex = next(e for e in _LEAD_DAY["examples"] if e["flags"])
    text, dct = ex["text"], date.fromisoformat(ex["dct"])
    assert shift_llrs(cues(text, readings(text)), dct, model, [-365])[-365] < 2.2
    monkeypatch.setitem(model, "wire_copy",
                        {k: v for k, v in model["wire_copy"].items() if k != "lead_day"})
    assert evaluate(readings(text), text, dct).check.verdict == "consistent"


_STATED_LEAD = prior_model()["stated_lead_day"]


@pytest.mark.parametrize("ex", _STATED_LEAD["examples"], ids=lambda e: e["dct"])
def test_stated_lead_day_examples(ex):
    # prior.json stated_lead_day: whether the lead's weekday is the stated date's own, so
    # that a year after (the lead's day then the day before the writing day) is held to the
    # day after's bar, and whether the check flags the stated date.
    text, dct, model = ex["text"], date.fromisoformat(ex["dct"]), prior_model()
    cs = cues(text, readings(text))
    high = _STATED_LEAD["shift_thresholds"]["365"]
    assert (shift_threshold(for_stated_lead(cs, text, model, dct), 365) == high) == ex["raised"]
    verdict = evaluate(readings(text), text, dct).check.verdict
    assert (verdict != "consistent") == ex["flags"], (text, verdict)


def test_a_weekday_of_the_week_before_flags_without_its_lead(monkeypatch):
    # The raised examples flag without stated_lead_day: the background's weekday, six days
    # back, is the writing day a year after, and the year after's own bar (1.25) lets it pass.
    model = prior_model()
    monkeypatch.setitem(model, "stated_lead_day", {})
    for ex in (e for e in _STATED_LEAD["examples"] if e["raised"]):
        text, dct = ex["text"], date.fromisoformat(ex["dct"])
        assert evaluate(readings(text), text, dct).check.verdict != "consistent", text


_WEEK_TOLD = prior_model()["week_told"]


@pytest.mark.parametrize("ex", _WEEK_TOLD["examples"], ids=lambda e: e["dct"])
def test_week_told_examples(nlp, ex):
    # prior.json week_told: whether the weekdays are one week told back, weighed as their
    # best one, and whether the check (with the parse) flags the stated date.
    text, dct, doc = ex["text"], date.fromisoformat(ex["dct"]), nlp(ex["text"])
    cs = cues(text, readings(text, (), doc), doc)
    assert bool(week_told(cs, _WEEK_TOLD)) == ex["week"], [(c.text, c.tense) for c in cs]
    verdict = check_text(text, dct, doc).verdict
    assert (verdict != "consistent") == ex["flags"], (text, verdict)


def test_a_week_told_back_read_as_several_cues_flags_a_year_before(nlp, monkeypatch):
    # Without week_told the round-up's four weekdays, each a day nearer on the Friday a
    # year before, add up past that shift's bar at its own Saturday writing date.
    monkeypatch.setitem(parsed_model(), "week_told", {})
    ex = _WEEK_TOLD["examples"][0]
    text, dct = ex["text"], date.fromisoformat(ex["dct"])
    got = check_text(text, dct, nlp(text))
    assert got.verdict != "consistent" and "2024-04-05" in got.evidence[0].reason


_WEEKDAY_FREE = prior_model()["weekday_free"]


@pytest.mark.parametrize("ex", _WEEKDAY_FREE["examples"] + _WEEKDAY_FREE["near_year"]["examples"],
                         ids=lambda e: e["dct"])
def test_weekday_free_examples(ex):
    # prior.json weekday_free: two years told in the past and no weekday; a year after the
    # writing year the year before's ratio passes the lowered threshold, at it nothing flags.
    # Its near_year examples: a year within 'within' of the stated date's lowers the bar
    # further; years all long past (a tenure read years later) do not.
    text, dct = ex["text"], date.fromisoformat(ex["dct"])
    verdict = evaluate(readings(text), text, dct).check.verdict
    assert (verdict != "consistent") == ex["flags"], (text, verdict)


def test_weekday_free_lowers_only_the_year_before_and_only_without_a_weekday(monkeypatch):
    # Cues without a weekday lower the year before's threshold to weekday_free's and leave
    # every other shift's alone; a weekday among the cues keeps the model; without the rule
    # the flagged example is consistent again.
    model = prior_model()
    spec = model["weekday_free"]
    ex = next(e for e in spec["examples"] if e["flags"])
    text, dct = ex["text"], date.fromisoformat(ex["dct"])
    cs = cues(text, readings(text))
    styled = for_weekday_free(cs, model)
    low = spec["shift_thresholds"]["-365"]
    assert low < shift_threshold(model, -365)
    assert shift_threshold(styled, -365) == low
    for shift in (-1, 1, 365, -730):
        assert shift_threshold(styled, shift) == shift_threshold(model, shift)
    told = text[:-1] + ", the agency said Tuesday."
    assert any(c.base == "W" for c in cues(told, readings(told)))
    assert for_weekday_free(cues(told, readings(told)), model) is model
    assert for_weekday_free([], model) is model
    monkeypatch.setitem(model, "weekday_free", {})
    assert evaluate(readings(text), text, dct).check.verdict == "consistent"


def test_weekday_free_near_year_needs_a_year_near_the_stated_date(monkeypatch):
    # The flagged example's cues name the year before the stated one: the near bar applies;
    # read three years on, no cue is near and the first bar applies; without a date given,
    # the first bar; without near_year the flagged example is consistent again.
    model = prior_model()
    spec = model["weekday_free"]
    near = spec["near_year"]
    ex = next(e for e in near["examples"] if e["flags"])
    text, dct = ex["text"], date.fromisoformat(ex["dct"])
    cs = cues(text, readings(text))
    low, first = near["shift_thresholds"]["-365"], spec["shift_thresholds"]["-365"]
    assert low < first
    assert shift_threshold(for_weekday_free(cs, model, dct), -365) == low
    later = date(dct.year + 3, dct.month, dct.day)
    assert shift_threshold(for_weekday_free(cs, model, later), -365) == first
    assert shift_threshold(for_weekday_free(cs, model), -365) == first
    monkeypatch.setitem(model, "weekday_free", {k: v for k, v in spec.items() if k != "near_year"})
    assert evaluate(readings(text), text, dct).check.verdict == "consistent"


def test_a_years_result_two_years_back_is_near_the_stated_year(nlp, monkeypatch):
    # near_year within_by_kind: a year's result is told the year after it or the one
    # after that (results_year's table), so a result named two years before the stated
    # date tells the writing year as a year within one does; a year of another kind that
    # far keeps the first bar. Read with the parse, whose results table puts two years
    # back well below one, the result alone flags the date a year late, not the true one.
    model = parsed_model()
    spec = model["weekday_free"]
    near = spec["near_year"]
    low, first = near["shift_thresholds"]["-365"], spec["shift_thresholds"]["-365"]
    assert near["within_by_kind"]["Y~results"] == near["within"] + 1
    text = ("The ferry line's sales totaled about 12 million dollars in 2008, its owner told "
            "the council.")
    doc = nlp(text)
    reads = readings(text, (), doc)
    cs = cues(text, reads, doc)
    assert [c.kind for c in cs] == ["Y~results"]
    late, true = date(2010, 3, 10), date(2009, 3, 10)
    assert shift_threshold(for_weekday_free(cs, model, late), -365) == low
    assert evaluate(reads, text, late, cs).check.verdict != "consistent"
    assert evaluate(reads, text, true, cs).check.verdict == "consistent"
    opened = "The ferry line opened its second berth in 2008, its owner told the council."
    other = cues(opened, readings(opened, (), nlp(opened)), nlp(opened))
    assert [c.kind for c in other] == ["Y"]
    assert shift_threshold(for_weekday_free(other, model, late), -365) == first
    monkeypatch.setitem(model, "weekday_free",
                        {**spec, "near_year": {k: v for k, v in near.items()
                                               if k != "within_by_kind"}})
    assert shift_threshold(for_weekday_free(cs, model, late), -365) == first
    assert evaluate(reads, text, late, cs).check.verdict == "consistent"


def test_a_days_slip_ruled_out_lowers_only_the_year_before(monkeypatch):
    # 'said Friday' a day off, and two dates that fit the stated Saturday but not the Friday
    # before: the year before beats the day before by the margin, so its threshold drops;
    # the day before keeps its own (a year later, which no weekday here fits, has the bar
    # 'kindless' gives a year after told without one), and without the rule nothing flags.
    text = ("The ministry said Friday that the bridge had reopened to traffic on March 10. "
            "Tolls resume on March 12.")
    dct, model = date(2007, 3, 10), prior_model()
    cs = cues(text, readings(text))
    spec = model["year_not_day"]
    ratios = shift_llrs(cs, dct, model, [-365, -1])
    assert ratios[-365] - ratios[-1] >= spec["margin"]
    assert spec["shift_thresholds"]["-365"] < ratios[-365] < shift_threshold(model, -365)
    assert assess(cs, dct, model).best == date(2006, 3, 10)
    assert agreed_threshold(cs, dct, -1, model) == shift_threshold(model, -1)
    assert agreed_threshold(cs, dct, 365, model) == spec["shift_thresholds"]["365"]
    monkeypatch.setitem(model, "year_not_day", {})
    assert agreed_threshold(cs, dct, -365, model) == shift_threshold(model, -365)
    assert evaluate(readings(text), text, dct).check.verdict == "consistent"


def test_a_year_that_agrees_with_a_lone_weekday_lowers_only_that_shifts_threshold(monkeypatch):
    # 'said Friday' in a Saturday paper and a year two back fit the Friday a year before
    # better: the ratio lies between the lower threshold and the shift's own, so the flag
    # rests on the two families agreeing; without kinds_agree the date is consistent.
    text = ("The ministry said Friday that the dam, finished in 2004, would open to traffic "
            "in the spring.")
    dct, model = date(2007, 3, 10), prior_model()
    cs = cues(text, readings(text))
    low = model["kinds_agree"]["shift_thresholds"]["-365"]
    assert low < shift_threshold(model, -365)
    assert low < shift_llrs(cs, dct, model, [-365])[-365] < shift_threshold(model, -365)
    assert agreed_threshold(cs, dct, -365, model) == low
    got = assess(cs, dct, model)
    assert got.shift == -365 and got.threshold == low and got.best == date(2006, 3, 10)
    # another shift keeps its own threshold (year_not_day's included), however many
    # families agree
    own = min(shift_threshold(model, 365), not_a_days_slip(cs, dct, 365, model))
    assert agreed_threshold(cs, dct, 365, model) == own
    # one family alone (the weekday without the year) keeps the shift's own threshold
    lone = cues("The ministry said Friday that the dam would open in the spring.", [])
    assert agreed_threshold(lone, dct, -365, model) == shift_threshold(model, -365)
    monkeypatch.setitem(model, "kinds_agree", {})
    assert agreed_threshold(cs, dct, -365, model) == shift_threshold(model, -365)
    assert evaluate(readings(text), text, dct).check.verdict == "consistent"


_NEAR_AGREE = prior_model()["kinds_agree"]["near_year"]


@pytest.mark.parametrize("ex", _NEAR_AGREE["examples"], ids=lambda e: e["dct"])
def test_kinds_agree_near_year_examples(ex):
    # prior.json kinds_agree near_year: whether a past-tense weekday and a year near the
    # stated date's, agreeing on the year before, lower its threshold to near_year's, and
    # whether the check flags the stated date.
    text, dct, model = ex["text"], date.fromisoformat(ex["dct"]), prior_model()
    cs = cues(text, readings(text))
    low = _NEAR_AGREE["shift_thresholds"]["-365"]
    assert (agreed_threshold(cs, dct, -365, model) == low) == ex["lowered"], text
    verdict = evaluate(readings(text), text, dct).check.verdict
    assert (verdict != "consistent") == ex["flags"], (text, verdict)


def test_kinds_agree_near_year_needs_the_weekday_told_in_the_past(monkeypatch):
    # The flagged example's ratio lies between near_year's threshold and kinds_agree's; the
    # same cues with the weekday in another tense keep a higher bar, and without
    # near_year the example is consistent again.
    model = prior_model()
    spec = model["kinds_agree"]
    ex = next(e for e in _NEAR_AGREE["examples"] if e["flags"])
    text, dct = ex["text"], date.fromisoformat(ex["dct"])
    cs = cues(text, readings(text))
    low, agreed = _NEAR_AGREE["shift_thresholds"]["-365"], spec["shift_thresholds"]["-365"]
    assert low < shift_llrs(cs, dct, model, [-365])[-365] < agreed
    untold = [replace(c, tense="other") if c.base == "W" else c for c in cs]
    assert agreed_threshold(untold, dct, -365, model) > low
    monkeypatch.setitem(model, "kinds_agree", {k: v for k, v in spec.items() if k != "near_year"})
    assert agreed_threshold(cs, dct, -365, model) == agreed
    assert evaluate(readings(text), text, dct).check.verdict == "consistent"


def test_a_close_told_friday_and_the_writing_years_results_flag_a_year_late(nlp):
    # kinds_agree near_year at 0.9 (was 1.1): read with the parse, a paper's past-tense
    # 'closed Friday' and the writing year's results beside a goal year fit the year before
    # the stated date by a ratio between the two; read at its true date the weekday and
    # the years no longer agree on another year, and nothing flags.
    text = ("The brewer's shares closed Friday at $40.25, down 50 cents. \"Beer volume at home "
            "has not met our hopes for 1989,\" its chairman said. Until lately the brewer had "
            "told its staff that by 1992 it meant to hold a third of the market.")
    doc = nlp(text)
    reads = readings(text, (), doc)
    cs = cues(text, reads, doc)
    model = parsed_model()
    late, true = date(1990, 10, 30), date(1989, 10, 30)
    low = _NEAR_AGREE["shift_thresholds"]["-365"]
    assert low <= 0.9 < shift_llrs(cs, late, model, [-365])[-365] < 1.1
    assert agreed_threshold(cs, late, -365, model) == low
    assert evaluate(reads, text, late, cs).check.verdict != "consistent"
    assert evaluate(reads, text, true, cs).check.verdict == "consistent"


def test_that_weekday_is_also_kept_as_a_weak_sign_of_a_year_later():
    # Beside the day's finding, the year later stays the hint other articles may confirm
    # (stories.weighed): a year later the Tuesday is a Wednesday, the day the ministry spoke.
    text = "The ministry said Wednesday that the talks would resume next month."
    got = evaluate(readings(text), text, date(2006, 12, 5))
    assert got.check.hint == date(2007, 12, 5)
    assert year_hint(cues(text, readings(text)), date(2006, 12, 5)) == date(2007, 12, 5)
    # on the Wednesday itself, or with no weekday at all, nothing points away
    same = evaluate(readings(text), text, date(2006, 12, 6)).check
    assert same.verdict == "consistent" and same.hint is None
    plain = "The ministry said that the talks would resume next month."
    alone = evaluate(readings(plain), plain, date(2006, 12, 5)).check
    assert alone.verdict == "consistent" and alone.hint is None


def test_a_day_shift_backed_by_other_cues_keeps_the_plain_reason():
    # reasons_by_shift speaks of a weekday; a day's shift carried by another kind of cue
    # says only which date fits, as any shift does.
    d = date(1990, 1, 10)
    eve = Cue("YMD", "past", 0, 11, "Jan. 9, 1990", year=1990, month=1, day=9)
    tables = fit([([eve], d)] * 20, alpha=0.5)
    model = _model(tables, shifts_days=[1])
    got = assess([Cue("YMD", "past", 0, 11, "Jan. 10, 1990", year=1990, month=1, day=10)],
                 d, model)
    assert got.shift == 1 and got.best == date(1990, 1, 11)
    spec = rules()["rules"]["shifted_date_fits_better"]
    assert _prior_reason(spec, 1, got.cue, d) == spec["reason"]  # type: ignore[arg-type]
    weekday = Cue("W", "past", 0, 8, "Thursday", weekday=3)
    assert _prior_reason(spec, 1, weekday, d) == spec["reasons_by_shift"]["1"]["reason"]
    assert _prior_reason(spec, 365, weekday, d) == spec["reason"]


@pytest.mark.parametrize(("dct", "year_too"), [
    (date(2006, 12, 5), True),  # a year on is a Wednesday: a day's slip or a year's
    (date(2007, 12, 4), False),  # a year on crosses 29 February 2008: a Thursday
    (date(2008, 3, 4), True),  # past the 29th: a year on falls a weekday later again
])
def test_a_weekday_a_day_on_names_a_years_shift_only_where_a_year_moves_it_one_day(dct, year_too):
    # reasons_by_shift says 'a day's slip, or a year's shift': true only where the date a
    # year on falls one weekday later; over a 29 February it falls two, and the weekday a
    # day on is a day's slip alone, told in the rule's plain words.
    assert weekday_slip(dct, date(dct.year + 1, dct.month, dct.day)) == (1 if year_too else 2)
    text = "The ministry said Wednesday that the talks would resume next month."
    got = evaluate(readings(text), text, dct)  # a Tuesday each time
    assert got.check.verdict == "suspicious"
    [found] = got.findings
    assert found.bound_date == dct.fromordinal(dct.toordinal() + 1)
    assert ("a year's shift" in found.reason) == year_too, found.reason
    # a day back: a year back from 10 March 2000 crosses 29 February, two weekdays earlier
    assert weekday_slip(date(2000, 3, 10), date(1999, 3, 10)) == -2
    assert weekday_slip(date(2001, 3, 10), date(2000, 3, 10)) == -1


def _cue_texts(text):
    return {c.text for c in cues(text, readings(text))}


def test_a_weekday_after_an_article_or_in_a_quote_is_no_cue():
    # "the Thursday evening" / "a Sunday" name a day the story is about, any week back.
    assert "Thursday" not in _cue_texts("Rescuers recalled the Thursday evening the roof fell.")
    assert "Sunday" not in _cue_texts("It was a Sunday, and the market was shut.")
    # Inside a quotation the weekday is the speaker's week, not the writer's.
    quoted = 'The mayor said: "We cleared the road on Monday and it flooded again."'
    assert "Monday" not in _cue_texts(quoted)
    # The plain news-day weekday still counts.
    assert "Monday" in _cue_texts("The mayor said on Monday that the road was cleared.")


def test_a_habitual_weekday_is_no_cue():
    # "every Friday", "each Sunday" (not_cue after_words): a habit of any week, not a day
    # of the writing date's week.
    assert "Friday" not in _cue_texts("The old fair was held every Friday until the war.")
    assert "Sunday" not in _cue_texts("The choir sings each Sunday in the harbour hall.")
    assert "Friday" in _cue_texts("The old fair was held on Friday for the last time.")


def test_months_of_one_year_are_one_cue_as_their_bucket_sees_only_the_year():
    # A month named with its year is bucketed by the calendar year alone: two months of
    # one year tell the year once; another year is another cue.
    text = ("Rents climbed 8 percent over twelve months to May 2027. The trade surplus "
            "through April 2027 was small. It had been larger in June 2026.")
    got = [(c.base, c.year) for c in cues(text, readings(text))]
    assert sorted(got) == [("YM", 2026), ("YM", 2027)]


def test_a_yearless_day_after_an_article_is_no_cue_but_a_plain_one_is():
    assert "May 3" not in _cue_texts("Claims rose after the May 3 flood in the valley.")
    assert "May 3" in _cue_texts("The river flooded the valley on May 3, officials said.")


def test_the_shipped_model_names_what_it_drops():
    spec = prior_model()["not_cue"]
    assert {"W", "MD"} <= set(spec["kinds"]) and "the" in spec["after_words"]


def test_yearless_days_carry_no_more_of_a_case_than_weekdays():
    # A follow-up story naming many days about two months back: each would move toward a
    # writing date two months earlier, but yearless days together carry at most what
    # weekdays may (a story's anchor days lie any number of weeks back).
    d = date(2010, 7, 20)
    days = [Cue("MD", "past", i, i + 6, "x", month=5, day=10 + 2 * i) for i in range(8)]
    model = prior_model()
    got = shift_llrs(days, d, model)[-61]
    assert 0 < got <= model["kind_caps"]["W"] == model["kind_caps"]["MD"]


def test_a_date_heading_a_chronology_entry_is_no_cue():
    text = "The dam held.  March 2 - Engineers find a crack.  March 9: The lake is drained."
    got = _cue_texts(text)
    assert "March 2" not in got and "March 9" not in got
    # The same date inside a sentence, or before a dash mid-sentence, still counts.
    assert "March 2" in _cue_texts("Engineers found a crack on March 2 - the third this year.")


def test_each_side_of_the_year_hint_may_ask_its_own_ratio(monkeypatch):
    # rules.json year_hint.min_llr_by_shift: a side's own ratio overrides min_llr
    text = "The ministry said Wednesday that the talks would resume next month."
    cs, dct = cues(text, readings(text)), date(2006, 12, 5)
    spec = rules()["year_hint"]
    monkeypatch.setitem(spec, "min_llr_by_shift", {"365": 99.0})
    assert year_hint(cs, dct) is None  # the year later now asks too much
    monkeypatch.setitem(spec, "min_llr_by_shift", {"365": 0.0})
    monkeypatch.setitem(spec, "min_llr", 99.0)
    assert year_hint(cs, dct) == date(2007, 12, 5)  # its own ratio, not the global one


def test_the_year_later_side_of_the_hint_asks_the_ratio_the_curve_chose(monkeypatch):
    # rules.json year_hint.min_llr_by_shift '365' (session 58, the operating curve): a ratio
    # toward a year later under the global min_llr, over the side's own, is a weak sign.
    text = "The union voted Monday to return to work."
    cs, dct = cues(text, readings(text)), date(2006, 12, 3)
    spec = rules()["year_hint"]
    ratios = year_llrs(cs, dct)
    assert float(spec["min_llr_by_shift"]["365"]) < ratios[365] <= float(spec["min_llr"])
    assert ratios[-365] < 0
    assert year_hint(cs, dct) == date(2007, 12, 3)
    monkeypatch.setitem(spec, "min_llr_by_shift", {"-365": 0.5})  # the global ratio alone
    assert year_hint(cs, dct) is None


def test_a_year_later_flags_at_the_threshold_the_curve_chose(monkeypatch):
    # prior.json shift_thresholds '365' (2.3 -> 1.6 -> 1.5, sessions 58-59): a ratio toward a
    # writing date a year after the stated one between the two flags; at 2.3 it did not.
    # (a Thursday paper: 'reopened Friday' is a day ahead, and a year later both days fit)
    text = "The union voted Wednesday to return to work. The plant reopened Friday."
    dct = date(2006, 12, 7)
    ratio = shift_llrs(cues(text, readings(text)), dct, prior_model(), [365])[365]
    assert float(prior_model()["shift_thresholds"]["365"]) < ratio < 2.3
    got = evaluate(readings(text), text, dct)
    assert got.check.verdict == "suspicious"
    [found] = got.findings
    assert found.rule == "shifted_date_fits_better" and found.bound_date == date(2007, 12, 7)
    monkeypatch.setitem(prior_model()["shift_thresholds"], "365", 2.3)
    assert evaluate(readings(text), text, dct).check.verdict == "consistent"


def test_a_parsed_weekday_a_day_on_flags_a_year_later_at_the_point_the_curve_chose(monkeypatch):
    # prior_parsed.json shift_thresholds '365' (1.6 -> 1.5, session 59): two past-tense
    # weekdays read with a parse, one a day after a Thursday's date and one on it, fit a
    # writing date a year later (or a day later) by a ratio between the two thresholds.
    said = [Cue("W", "past", 0, 6, "Friday", weekday=4, parsed=True),
            Cue("W", "past", 20, 28, "Thursday", weekday=3, parsed=True)]
    dct = date(2006, 12, 7)  # a Thursday
    got = assess(said, dct)
    assert float(parsed_model()["shift_thresholds"]["365"]) == got.threshold < got.llr < 1.6
    assert got.best == date(2007, 12, 7) and got.cue is not None and got.cue.text == "Friday"
    monkeypatch.setitem(parsed_model()["shift_thresholds"], "365", 1.6)
    before = assess(said, dct)
    assert before.llr <= before.threshold  # at the session-58 point it did not flag


def test_a_year_told_as_a_year_ago_comparison_is_no_cue():
    # prior.json not_cue.year_ago: each example's year-bearing cues, dropped or kept.
    spec = prior_model()["not_cue"]["year_ago"]
    assert spec["examples"]
    for ex in spec["examples"]:
        years = {c.text for c in cues(ex["text"], readings(ex["text"])) if c.year is not None}
        all_years = {r.mention.text for r in readings(ex["text"]) if r.mention.year is not None}
        assert all_years and all_years - years == set(ex["dropped"]), ex["text"]


def test_a_years_result_is_its_own_kind_of_cue():
    # prior.json results_year: each example's years of kind 'Y~results', the others not.
    spec = prior_model()["results_year"]
    assert {bool(ex["results"]) for ex in spec["examples"]} == {True, False}
    for ex in spec["examples"]:
        got = [c.text for c in cues(ex["text"], readings(ex["text"])) if c.kind == "Y~results"]
        assert got == ex["results"], ex["text"]


@pytest.mark.parametrize("model", [prior_model(), parsed_model()])
def test_a_years_result_is_told_the_next_year(model):
    # Both readers' tables: a result of 1994 told in 1995 fits there better than in 1996
    # (the table of past years at large has two years back as likely as one) or in 1994.
    text = "In 1994, the brewer earned $61 million on sales of $900 million."
    cs = cues(text, readings(text))
    assert [c.key for c in cs] == ["Y~results|past"]
    assert "Y~results|past" in model["tables"]
    from_1996 = shift_llrs(cs, date(1996, 3, 1), model, [-365])[-365]
    from_1994 = shift_llrs(cs, date(1994, 11, 1), model, [365])[365]
    assert from_1996 > 0.2
    assert from_1994 > 2.0
    at_1995 = shift_llrs(cs, date(1995, 3, 1), model, [-365, 365])
    assert max(at_1995.values()) < 0
    # Only offsets within results_year.offsets have a bucket: a result five years old
    # or of a year to come says nothing of the writing year.
    low, high = prior_model()["results_year"]["offsets"]
    assert bucket(cs[0], date(1994 - low, 6, 1)) is not None
    assert bucket(cs[0], date(1994 - low + 2, 6, 1)) is None
    assert bucket(cs[0], date(1993, 6, 1)) is None


def test_a_weekday_naming_a_papers_edition_is_no_cue():
    # prior.json not_cue.before_words: each example's weekday, dropped or kept.
    spec = prior_model()["not_cue"]
    assert spec["before_examples"]
    for ex in spec["before_examples"]:
        got = _cue_texts(ex["text"])
        for day in ("Friday", "Sunday"):
            if day in ex["text"]:
                assert (day not in got) == (day in ex["dropped"]), ex["text"]
    # A full stop between the weekday and the word leaves the weekday a cue.
    assert "Friday" in _cue_texts("The mill shut on Friday. Paper stocks fell.")


def test_a_weekday_in_a_newspapers_title_is_no_cue():
    # prior.json not_cue.paper_titles: 'the Independent on Sunday' names a paper, no day.
    spec = prior_model()["not_cue"]
    assert spec["paper_title_examples"]
    for ex in spec["paper_title_examples"]:
        got = _cue_texts(ex["text"])
        for day in ("Friday", "Sunday"):
            if day in ex["text"]:
                assert (day not in got) == (day in ex["dropped"]), ex["text"]


@pytest.mark.parametrize(
    "text, day",
    [
        ("The team will play its last home game, against the visitors from Lund, on Friday, "
         "the coach said.", "Friday"),
        ("The council, meeting in the old hall, will vote on the plan on Thursday, its "
         "chairman said.", "Thursday"),
    ],
)
def test_a_weekday_takes_the_parses_tense_when_there_is_one(nlp, text, day):
    # Commas between the future verb group and the weekday mislead the word heuristic;
    # the parse ties the weekday to the verb it modifies, as it does for calendar dates.
    plain = [c for c in cues(text, []) if c.text == day]
    parsed = [c for c in cues(text, [], nlp(text)) if c.text == day]
    assert [c.tense for c in parsed] == ["future"]
    assert [c.tense for c in plain] != ["future"]


def test_cues_read_with_a_parse_are_scored_by_the_tables_fitted_on_parse_tenses(nlp):
    # A parse and the word heuristic sort cues by tense differently, so each reader has its
    # own fitted tables and thresholds (prior_parsed.json over prior.json for the parse).
    text = "The ferry line, run by a small firm, will resume its crossings on Monday, a clerk said."
    plain = cues(text, readings(text))
    parsed = cues(text, readings(text, (), nlp(text)), nlp(text))
    assert plain and not any(c.parsed for c in plain)
    assert parsed and all(c.parsed for c in parsed)
    assert model_for(plain) is prior_model()
    assert model_for(parsed) is parsed_model()
    assert model_for([]) is prior_model()
    own = parsed_model()
    assert own["shift_thresholds"] != prior_model()["shift_thresholds"]
    assert any(own["tables"][k] != prior_model()["tables"].get(k) for k in own["tables"])
    # Everything else (shifts, caps, the dropped cues) is shared.
    assert {k: v for k, v in own.items() if k not in ("tables", "shift_thresholds")} == {
        k: v for k, v in prior_model().items() if k not in ("tables", "shift_thresholds")
    }
    # assess without a model picks the reader's own.
    dct = date(2021, 3, 2)
    assert assess(parsed, dct) == assess(parsed, dct, parsed_model())
    assert assess(plain, dct) == assess(plain, dct, prior_model())


def test_no_threshold_fitted_on_parse_tenses_falls_below_the_plain_ones():
    # Quantiles of ratios under tables fitted on the same articles flatter the thresholds
    # (cross-fitted, the lowered ones carried the held-out false alarms): the parse-tense
    # refit may raise a shift's threshold, never lower it.
    plain = prior_model()["shift_thresholds"]
    own = parsed_model()["shift_thresholds"]
    assert own.keys() == plain.keys()
    assert all(own[s] >= plain[s] for s in plain)
    assert any(own[s] > plain[s] for s in plain)


def test_a_parsed_refit_of_some_kinds_keeps_the_other_tables_and_the_thresholds(load_bench):
    # bench/fit_datecheck_prior.py --parse --refit-kinds W: the weekday tables are replaced;
    # the year tables and prior_parsed.json's own thresholds stay (not prior.json's).
    fitter = load_bench("fit_datecheck_prior")
    shipped = parsed_model()
    refit = {"W|past": {"0": -0.1, "_unseen": -5.0}, "Y|past": {"0": -0.2, "_unseen": -4.0}}
    model, written = fitter._refit_parsed(refit, {"W"})
    assert written["W|past"] == refit["W|past"] == model["tables"]["W|past"]
    assert written["Y|past"] == shipped["tables"]["Y|past"] != refit["Y|past"]
    own = load_json("prior_parsed.json")["tables"]
    assert own.keys() <= written.keys() and written.keys() <= own.keys() | {"W|past"}
    assert model["shift_thresholds"] == shipped["shift_thresholds"]
    assert fitter._parsed(model, written)["shift_thresholds"] == shipped["shift_thresholds"]
    assert shipped["shift_thresholds"] != prior_model()["shift_thresholds"]


def test_a_year_naming_a_thing_is_no_cue():
    # prior.json not_cue.naming_year: each example's years, dropped or kept.
    spec = prior_model()["not_cue"]["naming_year"]
    assert {bool(ex["dropped"]) for ex in spec["examples"]} == {True, False}
    for ex in spec["examples"]:
        years = {c.text for c in cues(ex["text"], readings(ex["text"])) if c.year is not None}
        all_years = {r.mention.text for r in readings(ex["text"]) if r.mention.year is not None}
        assert all_years and all_years - years == set(ex["dropped"]), ex["text"]


@pytest.mark.parametrize("ex", prior_model()["wire_copy"]["local_day"]["examples"],
                         ids=lambda e: e["text"][:24])
def test_local_day_ahead_examples(ex):
    # prior.json wire_copy local_day: a dateline's place ahead of its agency's desk weighs
    # the weekdays at the writing date or the day after, so a 'said Friday' filed from New
    # Zealand and dated Thursday at the AP's desk is no day's or year's slip; the same
    # copy from a place behind, from a desk as far ahead, or with no dateline still flags.
    text, dct, model = ex["text"], date.fromisoformat(ex["dct"]), prior_model()
    assert local_day_ahead(text, model) == ex["ahead"], text
    assert all(c.day_ahead == ex["ahead"] for c in cues(text, readings(text)) if c.base == "W")
    verdict = evaluate(readings(text), text, dct).check.verdict
    assert (verdict != "consistent") == ex["flags"], (text, verdict)


@pytest.mark.parametrize("ex", prior_model()["day_range"]["examples"], ids=lambda e: e["text"][:40])
def test_a_past_day_range_is_read_at_its_last_day(nlp, ex):
    # "conducted from December 5-18": the act ran until the 18th, so the writing date lies
    # after the range's last day; read at its first, it pulls the date two weeks early.
    text = ex["text"]
    doc = nlp(text)
    parsed = [c for c in cues(text, readings(text, (), doc), doc) if c.text == ex["day"]]
    assert [c.day for c in parsed] == [ex["last_day"]]
    # The word heuristic's cues are read as its tables were fitted (parse path only).
    plain = [c for c in cues(text, readings(text)) if c.text == ex["day"]]
    assert [c.day for c in plain] == [int(ex["day"].split()[-1])]


@pytest.mark.parametrize(
    ("text", "day", "tense"),
    [
        # A goal ahead of a hope or a time clause ('aimed') is the future's cue ...
        ("The premier Tomas Vell hoped to pass the levy on April 18, a paper said.",
         "April 18", "future"),
        ("Vell hoped to pass the levy before he flies to Lund on April 24 for talks.",
         "April 24", "future"),
        # ... but a weekday's stays 'other': mostly the writing day's own plan ('is to see
        # the mayor later Monday'), which the weekday tables hold there.
        ("The envoy was due to meet the mayor of Lund later Monday.", "Monday", "other"),
        ("Vell hoped to pass the levy on Friday, a paper said.", "Friday", "other"),
    ],
)
def test_a_goal_is_the_futures_cue_but_a_weekdays_is_other(nlp, text, day, tense):
    doc = nlp(text)
    got = {c.text: c.tense for c in cues(text, readings(text, (), doc), doc)}
    assert got[day] == tense


@pytest.mark.parametrize("ex", prior_model()["not_cue"]["possessive_examples"],
                         ids=lambda e: e["text"][:24])
def test_a_possessive_weekday_naming_a_disaster_is_no_cue(ex):
    # prior.json not_cue.possessive_nouns: 'after Tuesday's earthquake' names the story's
    # anchor, told for weeks; 'Saturday's defeat', 'Thursday's closing price' the news day.
    got = _cue_texts(ex["text"])
    for day in ("Monday", "Tuesday", "Thursday", "Saturday", "Sunday"):
        if day in ex["text"]:
            assert (day not in got) == (day in ex["dropped"]), ex["text"]


@pytest.mark.parametrize("ex", prior_model()["not_cue"]["superseded_plan"]["examples"],
                         ids=lambda e: e["text"][:40])
@pytest.mark.parametrize("parse", [False, True], ids=["words", "parse"])
def test_a_superseded_plans_day_is_no_cue(nlp, ex, parse):
    # prior.json not_cue.superseded_plan: 'the vote originally set for October 30'
    # names a plan given up, told any time after; read as a plan of the coming days (or, by
    # the parse, a day of the writing weeks) it put the writing date a month early.
    text = ex["text"]
    doc = nlp(text) if parse else None
    reads = readings(text, (), doc) if parse else readings(text)
    cs = cues(text, reads, doc)
    kept = {c.text for c in cs}
    named = {r.mention.text for r in reads}
    assert named - kept == set(ex["dropped"]), text
    if "flags" in ex:
        verdict = evaluate(reads, text, date.fromisoformat(ex["dct"]), cs).check.verdict
        assert (verdict != "consistent") == ex["flags"], (text, verdict)
