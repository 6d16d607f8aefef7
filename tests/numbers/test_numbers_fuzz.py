"""Property test: the number finder never fails and keeps spans inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline import numbers

PIECES = list(" ,.-$%:/0123456789\n") + ["two ", "hundreds of ", "nearly ", "a dozen ", "people"]
NUMBERY = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@given(st.one_of(st.text(max_size=160), NUMBERY))
@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_find_properties(nlp, text):
    found = numbers.find(text, nlp(text))
    assert found == numbers.find(text, nlp(text))
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.value is not None
        assert q.low is None or q.high is None or q.low <= q.high


def test_long_digit_runs_are_not_quantities_and_do_not_raise():
    from dateline.numbers import find

    text = "The council approved the budget for " + "1" * 200_000 + " people."
    found = find(text)
    assert all(q.value is None or q.value < 1e15 for q in found)
    ids = find("Police said 1234567890123456789 residents were moved.")
    assert all(q.value is None or q.value < 1e15 for q in ids)
