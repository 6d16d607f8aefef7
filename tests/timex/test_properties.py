"""Property tests: any text, any DCT -> valid, well-formed, deterministic output."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.timex import tag
from dateline.timex.resolve import VALUE_GRAMMAR

# words that trigger rules, so random texts exercise the engine, not just miss it
VOCAB = [
    "last", "next", "this", "early", "late", "mid-", "the", "of", "Jan.", "March", "May", "June",
    "Tuesday", "Friday", "morning", "night", "yesterday", "today", "tomorrow", "week", "weeks",
    "year", "years", "month", "quarter", "third", "first", "half", "ago", "earlier", "later",
    "from", "to", "-", "every", "twice", "a", "three", "15-year", "1990s", "'90s", "2023", "1999",
    "19", "31", "30", "8:30", "a.m.", "p.m.", "EST", "noon", "now", "recently", "Christmas",
    "summer", "fiscal", "decade", "century", "21st", ",", ".", "\n", "02/29/2023", "2024-02-30",
    "nineteen", "ninety-four", "day", "before", "after", "weekend", "around", "nearly",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(VOCAB), max_size=40).map(" ".join),
    st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=5)), max_size=30).map("".join),
)
dcts = st.one_of(st.none(), st.dates(), st.dates(min_value=date(1950, 1, 1),
                                                 max_value=date(2050, 12, 31)))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, dcts)
def test_any_text_any_dct(text: str, dct: date | None) -> None:
    out = tag(text, dct)
    prev_end = 0
    for i, t in enumerate(out, start=1):
        assert t.tid == f"t{i}"
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= prev_end  # in text order, no overlaps
        prev_end = t.end
        assert VALUE_GRAMMAR.fullmatch(t.value), (t.text, t.value)
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
    assert tag(text, dct) == out  # deterministic


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_dct_relative_values_follow_the_dct(dct: date) -> None:
    out = {t.text: t.value for t in tag("yesterday, last year and next month", dct)}
    assert out["yesterday"] == date.fromordinal(dct.toordinal() - 1).isoformat()
    assert out["last year"] == f"{dct.year - 1:04d}"
    nm = (dct.month % 12) + 1
    assert out["next month"] == f"{dct.year + (dct.month == 12):04d}-{nm:02d}"


def test_calendar_edges_do_not_break() -> None:
    text = ("tomorrow, yesterday, next week, last Friday, next Friday, Dec. 31, Jan. 1, "
            "next month, the next decade, a century ago, Christmas, Easter, this weekend, "
            "the weekend, next quarter, the year-earlier quarter, 9999 years ago")
    for dct in (date.min, date.max, date(1, 1, 7), date(9999, 12, 25)):
        out = tag(text, dct)
        assert len(out) >= 15
        assert all(VALUE_GRAMMAR.fullmatch(t.value) for t in out), out
