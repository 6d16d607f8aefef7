"""kept_candidates: a match shorter than a candidate found before it at the same start
is put aside unchecked, and put back where that candidate is not kept."""

import random

from dateline.timex.candidates import Candidate, find_candidates, kept_candidates, select
from dateline.timex.rules import ruleset


def _spans(cands: list[Candidate]) -> list[tuple[int, int, str, tuple[str | None, ...]]]:
    return [(c.start, c.end, c.rule.name, c.values) for c in cands]


def _said(text: str, cands: list[Candidate]) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.rule.name) for c in cands]


def test_a_run_of_days_puts_each_bare_month_aside() -> None:
    rs = ruleset()
    text = "June 4-" * 40
    deferred: list = []
    find_candidates(text, rs, deferred)
    assert len(deferred) == 40
    assert {rs.rules[i % len(rs.rules)].name for _, i, _, _, _ in deferred} == {"date_month"}
    assert _spans(kept_candidates(text, rs)) == _spans(select(find_candidates(text, rs)))
    # every candidate found is kept (the longer ones with them: nothing to put back)
    assert len(select(find_candidates(text, rs, []))) == 40


def test_the_month_comes_back_where_the_longer_match_loses() -> None:
    rs = ruleset()
    text = "It rained in June 4 weeks in a row."  # "4 weeks" outranks "June 4"
    kept = kept_candidates(text, rs)
    assert ("June", "date_month") in _said(text, kept)
    assert _spans(kept) == _spans(select(find_candidates(text, rs)))
    # selecting without the matches put aside would lose the month
    assert ("June", "date_month") not in _said(text, select(find_candidates(text, rs, [])))


def test_generated_texts_keep_what_they_keep_without_deferring() -> None:
    rs = ruleset()
    pieces = ["June 3", "June", "Oct. 2", "-", ", ", "2011", "from", "to", "early", "the end of",
              "Friday", "last", "year", "Sept.", "4-", "7", "and", "until", "mid-", "April",
              "the", "weeks", ".", "Feb. 9, 2012", "delivery in", "a year ago", "next", "12"]
    rnd = random.Random(7)
    both = {True: 0, False: 0}
    for _ in range(2500):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", " ", "-"])
                       for _ in range(rnd.randint(1, 12)))
        deferred: list = []
        cands = find_candidates(text, rs, deferred)
        want = select(find_candidates(text, rs))
        if deferred:
            both[_spans(select(cands)) == _spans(want)] += 1
        assert _spans(kept_candidates(text, rs)) == _spans(want), text
    assert both[True] > 100 and both[False] > 10  # both ways are taken
