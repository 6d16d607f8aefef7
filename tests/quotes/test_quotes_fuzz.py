"""Property tests: the quote finder never fails and keeps spans inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline import quotes
from dateline.quotes.marks import quote_spans

PIECES = list('ab c,.:\n"\u201c\u201d\u2018\u2019\'-') + ["said", " he ", "Jo ", "Ann Lee "]
MARKY = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@given(st.one_of(st.text(max_size=300), MARKY))
@settings(max_examples=300, deadline=None)
def test_quote_spans_properties(text):
    spans = quote_spans(text)
    assert spans == quote_spans(text)
    last = -1
    for a, b in spans:
        assert 0 <= a < b <= len(text)
        assert a >= last
        last = b


@given(st.one_of(st.text(max_size=160), MARKY))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_find_properties(nlp, text):
    doc = nlp(text)
    found = quotes.find(text, doc)
    assert found == quotes.find(text, nlp(text))
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        for s, e in ((q.speaker_start, q.speaker_end), (q.cue_start, q.cue_end)):
            if s is not None:
                assert e is not None and 0 <= s < e <= len(text)
