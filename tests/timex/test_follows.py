"""Rules that ``follow`` another: the second day of 'Oct. 8-10' or 'April 11 and 12'.

The day is tried only right after a month-day match, takes that match's month (and
the year written after it), and is a DATE of its own, as TimeBank tags each day.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.errors import DatelineError
from dateline.timex import tag
from dateline.timex.engine import partial_of
from dateline.timex.rules import _compile_rule, load_tables, ruleset


def _tags(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def test_each_day_of_two_ranges_takes_its_own_month() -> None:
    # the same surface "5" twice: its month comes from the match before it, not a memo
    got = _tags("Talks ran Nov. 4-5 in Vigo and Dec. 4-5 in Braga.", date(2011, 12, 20))
    assert got == [("Nov. 4", "2011-11-04"), ("5", "2011-11-05"),
                   ("Dec. 4", "2011-12-04"), ("5", "2011-12-05")]


def test_a_year_after_the_last_day_dates_both_days() -> None:
    got = _tags("The two ballots, on Oct. 2 and 16, 2005, were annulled.", date(2011, 3, 1))
    assert got == [("Oct. 2", "2005-10-02"), ("16, 2005", "2005-10-16")]


def test_the_second_day_stays_in_the_year_of_the_first() -> None:
    # a DCT between the two days: the tense of 'were held' must not send the later
    # day a year back
    got = _tags("Hearings were held Aug. 9-12 in the capital.", date(2010, 8, 10))
    assert got == [("Aug. 9", "2010-08-09"), ("12", "2010-08-12")]


def test_a_number_without_a_month_day_before_it_is_no_day() -> None:
    assert _tags("Scores of 4-5 and 3 to 6 were posted on the board.", date(2011, 3, 1)) == []
    assert _tags("The index rose on June 3 to 17 points.", date(2011, 3, 1)) == [
        ("June 3", "2010-06-03")]


def test_partial_of_a_following_day_has_the_month_it_took() -> None:
    text = "Voting is set for April 11 and 12 in most districts."
    t = [x for x in tag(text, date(2011, 3, 2)) if x.text == "12"][0]
    p = partial_of(text, t)
    assert p is not None and (p.month, p.day) == (4, 12)


def test_a_rule_that_follows_an_unknown_rule_is_refused(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import dateline.timex.rules as rules_mod

    raw = {"name": "stray_day", "type": "DATE", "pattern": "(?P<day>{DAY})",
           "follows": ["no_such_rule"], "gap": "\\s*-\\s*", "value": {"day": "$day|int"}}
    assert _compile_rule(raw, load_tables(), 0).follows == ("no_such_rule",)
    real = rules_mod._read_json

    def with_stray(name: str):  # type: ignore[no-untyped-def]
        data = real(name)
        if name == "rules/date.json":
            data = {**data, "rules": [*data["rules"], raw]}
        return data

    monkeypatch.setattr(rules_mod, "_read_json", with_stray)
    ruleset.cache_clear()
    try:
        with pytest.raises(DatelineError, match="no_such_rule"):
            ruleset()
    finally:
        monkeypatch.undo()
        ruleset.cache_clear()
