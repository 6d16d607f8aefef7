"""A text that repeats itself: the word starts of a period found again are copied, shifted,
and give exactly what matching each start gives (periodic.py, reach.py)."""

import random
import re

import pytest

from dateline.timex import periodic
from dateline.timex.candidates import Candidate, find_candidates, kept_candidates
from dateline.timex.periodic import periodic_until
from dateline.timex.reach import ahead, breaks, width
from dateline.timex.rules import ruleset

_WORDS = ["June", "Sunday", "4-", "7", "1,500", "3.5", "noon", "the", "last", "month", "ago",
          "two", "weeks", "next", "Q2", "9:15", "p.m.", "mid-1980s", "2031", "of", "fall",
          "from", "to", "early", "every", "overnight", "hours", "half", "an", "hour", "(June"]
_SEPS = ["", " ", "  ", ", ", ". ", "-", "\n", "/", "'"]


def _seen(cands: list[Candidate]) -> list[tuple[int, int, str, tuple[str | None, ...]]]:
    return [(c.start, c.end, c.rule.name, c.values) for c in cands]


def _found(text: str) -> tuple[list, list, list]:
    rs = ruleset()
    deferred: list = []
    cands = find_candidates(text, rs, deferred)
    put_aside = [(at, i, pos, top.start, top.end) for at, i, pos, _, top in deferred]
    return _seen(cands), put_aside, _seen(kept_candidates(text, rs))


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        unit = "".join(rng.choice(_WORDS) + rng.choice(_SEPS) for _ in range(rng.randint(1, 3)))
        ends = ["".join(rng.choice(_WORDS) + rng.choice(_SEPS) for _ in range(rng.randint(0, 4)))
                for _ in range(2)]
        text = ends[0] + unit * rng.randint(2, 40) + ends[1]
        if rng.random() < 0.3:  # a break inside the run
            at = rng.randrange(len(text))
            text = text[:at] + rng.choice(_WORDS) + text[at:]
        out.append(text)
    return out


def test_repeating_texts_find_what_matching_every_start_finds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(7, 300)
    copied = _found("June 4-" * 60)
    with_copies = [_found(t) for t in texts]
    monkeypatch.setattr(periodic.Periods, "repeats", lambda *_: 0)
    assert _found("June 4-" * 60) == copied
    assert [_found(t) for t in texts] == with_copies


def test_a_run_of_dates_is_copied_period_by_period(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = periodic.Periods.repeats

    def counted(self: periodic.Periods, *args: object) -> int:
        times = real(self, *args)  # type: ignore[arg-type]
        calls.append(times)
        return times

    monkeypatch.setattr(periodic.Periods, "repeats", counted)
    found = find_candidates("June 4-" * 200, ruleset())
    # the last date ("June 4") and the month inside it
    assert {(c.start, c.end) for c in found[-2:]} == {(1393, 1399), (1393, 1397)}
    # one copy of many periods (once the look-backs fit after the text's start), not
    # one a start
    assert sum(times > 0 for times in calls) <= 2 and max(calls) > 150


def test_reach_of_a_pattern() -> None:
    # "june" and up to k spaces and the character after them, then a look-ahead's 2
    pattern = re.compile(r"june\s+\d{1,2}(?=\s\d)", re.IGNORECASE)
    assert ahead(pattern, 3) == 4 + 3 + 2 + 2
    assert width(pattern, 3) == 4 + 3 + 2
    assert ahead(re.compile(r"(?<=on\s)june"), 1) == 4
    assert len(breaks(pattern) or {}) == 1
    # a repeat of more than one character has no bound
    assert ahead(re.compile(r"(?:ab)+c"), 5) is None
    assert breaks(re.compile(r"(?:ab)+c")) is None


def test_periodic_until() -> None:
    text = "xy" + "abc" * 50 + "abd"
    # the last "abd": its "d" is the first character not equal to the one 3 after it
    assert periodic_until(text, 2, 3) == len(text) - 1 - 3
    assert periodic_until("abcabc", 0, 3) == 3
