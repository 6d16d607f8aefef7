"""Office-holders (offices.json): a title before a name bounds the writing date."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.datecheck import check, check_and_estimate, check_text
from dateline.datecheck.check import evaluate, limit_only, limit_rules, readings
from dateline.datecheck.offices import _table, office_findings
from dateline.datecheck.resources import load_json, rules

EXAMPLES = load_json("offices.json")["examples"]
_LIMITS = {"office_not_yet_held", "office_not_yet_former"}
_RULES = {*_LIMITS, "office_no_longer_held"}


def _fired(text: str, dct: date, doc: object = None) -> set[str]:
    return {f.rule for f in evaluate(readings(text, (), doc), text, dct).findings} & _RULES


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:30] for e in EXAMPLES])
def test_example_without_parse(ex):
    want = {ex["fires"]} if ex["fires"] else set()
    assert _fired(ex["text"], date.fromisoformat(ex["dct"])) == want


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:30] for e in EXAMPLES])
def test_example_with_parse(nlp, ex):
    text = ex["text"]
    want = {ex["fires"]} if ex["fires"] else set()
    assert _fired(text, date.fromisoformat(ex["dct"]), nlp(text)) == want


def test_examples_cover_every_rule_and_silence():
    assert {ex["fires"] for ex in EXAMPLES} == {*_RULES, None}


def test_every_term_is_ordered_and_every_holder_has_a_title_and_name():
    for h in load_json("offices.json")["holders"]:
        assert h["titles"] and h["names"], h
        for first, last in h["terms"]:
            assert last is None or date.fromisoformat(first) < date.fromisoformat(last), h


def test_a_name_shared_by_two_holders_fits_either_term():
    # 'President Bush' was said in both Bushes' terms, never between 1993 and 2001 only
    # as history: the earliest first day is what bounds.
    spans = _table().terms[("president", "bush")]
    assert min(s for s, _ in spans) == date(1989, 1, 20)
    assert {s for s, _ in spans} == {date(1989, 1, 20), date(2001, 1, 20)}


def test_one_name_under_two_titles_keeps_each_offices_terms():
    # Draghi headed the ECB before he was Italy's prime minister: each title its own term.
    terms = _table().terms
    assert set(terms[("ecb president", "draghi")]) == {(date(2011, 11, 1), date(2019, 10, 31))}
    assert set(terms[("prime minister", "draghi")]) == {(date(2021, 2, 13), date(2022, 10, 22))}
    assert not list(office_findings("ECB President Mario Draghi spoke.", date(2015, 3, 2)))
    assert list(office_findings("Prime Minister Mario Draghi spoke.", date(2015, 3, 2)))


def test_finding_bounds_the_writing_date_at_the_first_day_of_office():
    text = "Chancellor Angela Merkel opened the fair."
    (f,) = office_findings(text, date(2004, 4, 2))
    assert (f.bound, f.bound_date) == ("earliest", date(2005, 11, 22))
    assert f.text == "Chancellor Angela Merkel"
    assert "2005-11-22" in f.reason and "2004-04-02" in f.reason


def test_slack_before_the_first_day():
    # The fortnight before an inauguration is let be: the title is often used early.
    text = "President Obama named his cabinet."
    assert not list(office_findings(text, date(2009, 1, 10)))
    assert list(office_findings(text, date(2008, 12, 20)))


def test_a_title_after_the_term_is_history_not_evidence():
    text = "President Reagan signed the tax law; the aides recalled it on Tuesday."
    assert not list(office_findings(text, date(2010, 5, 4)))


def test_a_holder_told_as_of_the_writing_week_after_the_last_term_is_suspicious():
    # A weaker finding than an anachronism: the title alone may be history.
    text = "Prime Minister Major opened the bridge on Tuesday."
    (f,) = office_findings(text, date(1998, 3, 3))
    assert (f.rule, f.bound, f.bound_date) == ("office_no_longer_held", "latest", date(1997, 5, 2))
    assert "1997-05-02" in f.reason and "1998-03-03" in f.reason
    assert check_text(text, date(1998, 3, 3)).verdict == "suspicious"


@pytest.mark.parametrize(
    "text",
    ["Prime Minister Major says the bridge will open.",
     "Prime Minister Major, whose party trails, wants the bridge open."],
)
def test_a_holder_as_subject_of_a_present_tense_verb_is_told_as_in_office(text):
    assert [f.rule for f in office_findings(text, date(1998, 3, 3))] == ["office_no_longer_held"]
    assert not list(office_findings(text, date(1997, 3, 4)))


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        # within the fortnight's slack after the term's end
        ("Prime Minister Major opened the bridge on Tuesday.", date(1997, 5, 13)),
        # more than recent_days after it: history, however told
        ("Prime Minister Major opened the bridge on Tuesday.", date(1999, 6, 1)),
        # no day of the writing week in the sentence
        ("Prime Minister Major opened the bridge.", date(1998, 3, 3)),
        # a year in the sentence places the mention in the past
        ("Prime Minister Major opened it in 1995, aides said on Tuesday.", date(1998, 3, 3)),
        # marked as past, or the agent of a past act
        ("Then-Prime Minister Major opened the bridge, aides said on Tuesday.", date(1998, 3, 3)),
        ("A bridge opened by Prime Minister Major was closed on Tuesday.", date(1998, 3, 3)),
        # a holder in office at the stated date, or with a term that has not ended
        ("Chancellor Angela Merkel opened the fair on Tuesday.", date(2011, 3, 1)),
        ("Prime Minister Pedro Sanchez opened the fair on Tuesday.", date(2025, 3, 4)),
    ],
)
def test_a_title_after_the_term_is_read_only_when_told_as_of_the_writing_week(text, dct):
    assert "office_no_longer_held" not in {f.rule for f in office_findings(text, dct)}


def test_the_late_or_future_holder_is_no_claim():
    for text in ("A tribute to the late President Mitterrand.", "The future President Chirac."):
        assert not list(office_findings(text, date(1980, 3, 1))), text


def test_an_anachronism_alone_contradicts_the_stated_date():
    check = check_text("President Clinton signed the bill on Tuesday.", date(1990, 8, 7))
    assert check.verdict == "contradicted"
    assert check.earliest == date(1993, 1, 20)


def test_the_estimate_takes_a_terms_first_day_last_among_equally_good_dates():
    # Any day of the term fits 'President Clinton' alike: a whole year's slip of the
    # stated date (the usual error) is preferred to the limit when both clear it ...
    assert check_and_estimate("President Clinton signed the bill.", date(1992, 3, 5))[1] == date(
        1993, 3, 5
    )
    # ... and the limit stays the answer when no nearer candidate clears it.
    assert check_and_estimate("President Clinton signed the bill.", date(1988, 3, 5))[1] == date(
        1993, 1, 20
    )


def test_limit_only_leaves_a_date_another_finding_names():
    text = "President Clinton signed the bill."
    out = evaluate(readings(text), text, date(1992, 3, 5))
    assert limit_only(out) == {date(1993, 1, 20)}
    assert all(f.rule in limit_rules() for f in out.findings)


def test_the_office_rules_are_the_limits_rules_json_flags():
    # Dropping the flag from either rule (or setting it on another) fails here; a world
    # event's day (world_events.py) is a limit too.
    specs = rules()["rules"]
    assert all(spec["limit"] in (True, False) for spec in specs.values() if "limit" in spec)
    assert limit_rules() == {*_LIMITS, "event_not_yet_happened"}


def test_limit_rules_reads_the_flag_not_a_name(monkeypatch):
    fake = {"rules": {"a": {"limit": True}, "b": {}, "c": {"limit": False}}}
    monkeypatch.setattr(check, "rules", lambda: fake)
    limit_rules.cache_clear()
    try:
        assert limit_rules() == {"a"}
    finally:
        limit_rules.cache_clear()  # the next caller reads the real rules.json again
