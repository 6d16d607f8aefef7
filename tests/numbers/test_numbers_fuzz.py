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
