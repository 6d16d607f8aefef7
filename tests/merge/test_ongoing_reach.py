"""A noun told as going on for a stated time ('five days into the walkout') reaches back to
the day it began (rules.json ongoing_units, ongoing_max_days): invented sentences."""

from __future__ import annotations

import pytest

from dateline.merge import pair_score, rules

from .helpers import mention

R = rules()


def _strike(aid: str, sentence: str, trigger: str, day: str, how: str = "clause"):
    return mention(aid, "e1", type="PROTEST", rule="n.strike.labour", trigger=trigger,
                   date=day, time_how=how, sentence=sentence, names=["valmora"])


@pytest.mark.parametrize("ex", R.raw["ongoing_examples"], ids=lambda e: e["note"][:40])
def test_ongoing_examples(ex):
    """rules.json ongoing_examples: the stated time before the noun is its reach in days."""
    assert _strike("A", ex["sentence"], ex["trigger"], "2025-06-10").reach == ex["reach"]


def test_a_strike_told_days_in_meets_its_first_day():
    """The report of the walkout's fifth day is no longer kept 'dates apart' from the report
    of its first day; the same report without the stated time still is."""
    first = _strike("A", "Ferry crews in Valmora walked out on Monday in a strike over pay.",
                    "strike", "2025-06-02")
    later = _strike("B", "Ferries in Valmora were still idle on Saturday, five days into "
                         "the strike over pay.", "strike", "2025-06-07")
    plain = _strike("C", "Ferries in Valmora were still idle on Saturday in the strike "
                         "over pay.", "strike", "2025-06-07")
    assert later.reach == 5 and plain.reach == 0
    assert pair_score(first, later).veto is None
    assert pair_score(later, first) == pair_score(first, later)
    assert pair_score(first, plain).veto == "dates apart"
