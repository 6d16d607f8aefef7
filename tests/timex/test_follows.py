"""Rules that ``follow`` another: the second day of 'Oct. 8-10' or 'April 11 and 12'.

The day is tried only right after a month-day match, takes that match's month (and
the year written after it), and is a DATE of its own, as TimeBank tags each day.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from dateline.errors import DatelineError
from dateline.timex import tag
from dateline.timex.candidates import partial_of
from dateline.timex.rules import SPACES, _compile_rule, gap_starts, load_tables, ruleset


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


def test_a_gap_begins_only_with_the_characters_gap_first_lists() -> None:
    # the engine skips a follower whose gap cannot begin with the next character
    assert SPACES == frozenset(re.findall(r"\s", "".join(map(chr, range(0x110000)))))
    rs = ruleset()
    assert rs.gap_first  # the gaps of the package's followers are all known
    bmp = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    for i, first in rs.gap_first.items():
        gap = rs.rules[i].gap
        assert gap is not None
        for rest in (" and ", "- ", ", ", "to ", "  ", ""):
            assert {c for c in bmp if gap.match(c + rest)} <= first, rs.rules[i].name


def test_gap_starts_leaves_out_gaps_that_may_be_empty_or_begin_with_a_letter() -> None:
    tables = load_tables()
    base = {"type": "DATE", "pattern": "(?P<day>[0-9]+)", "follows": ["x"], "value": {}}
    rules = [_compile_rule({**base, "name": n, "gap": g}, tables, k)
             for k, (n, g) in enumerate([("a", r"\s*"), ("b", r"and\s+"), ("c", r"[0-9]-"),
                                         ("d", r"\s*[-–]\s*")])]
    assert gap_starts(rules) == {3: SPACES | {"-", "–"}}


def test_a_follower_begins_only_with_the_ascii_characters_its_openers_list() -> None:
    # the engine skips a follower where the ASCII character after its gap cannot begin it
    from dateline.timex.rules import ascii_openers

    rs = ruleset()
    for r in rs.rules:
        opens = ascii_openers(r.pattern)
        if opens is None:
            continue
        for c in map(chr, range(128)):
            for rest in ("", "0", "5th, 2010", "th", " May", "uesday", "st", "1", "."):
                if r.regex.match(c + rest) is not None:
                    assert c in opens, (r.name, c + rest)
    assert ascii_openers(r"(?:[0-9]+|K)\s") == frozenset("0123456789Kk")
    assert ascii_openers(r"\w+") is None  # first characters not known
    assert ascii_openers("(?:ſ|x)y") is None  # a fold that is not ASCII


def test_runs_with_and_without_follower_openers_find_the_same_candidates(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    from dateline.timex import candidates

    words = ["May", "Oct.", "3", "4-", "5", "5-6", "-", "–", "and", "12", "2010", ",", "to",
             "ſ", "K", "١", "Tuesday", "T"]
    rng = random.Random(5)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))) for _ in range(600)]
    texts += [t.replace(" ", "") for t in texts[:200]]
    rs = ruleset()
    candidates._PLANS.clear()
    want = [[(c.start, c.end, c.rule.name, c.values) for c in candidates.find_candidates(t, rs)]
            for t in texts]
    monkeypatch.setattr(candidates, "ascii_openers", lambda _pattern: None)
    candidates._PLANS.clear()
    got = [[(c.start, c.end, c.rule.name, c.values) for c in candidates.find_candidates(t, rs)]
           for t in texts]
    candidates._PLANS.clear()
    assert got == want
    assert any(c[2] == "date_day_of_range" for cs in want for c in cs)
