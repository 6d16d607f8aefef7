"""Property tests: whatever bytes a file holds, the readers give Articles and Rejects only."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.config import Settings
from dateline.ingest import article_from_text, iter_records, parse_date, read_date
from dateline.model import Article, Reject

NAMES = ["a.txt", "a.jsonl", "a.jsonl.gz", "a.json", "a.csv", "a.tsv", "a.html", "a.tml", "noext"]
LIMIT = Settings(max_chars=500)

# Bytes biased towards the shapes the readers look for, so the parsers get exercised.
shaped = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda t: t.encode("utf-8")),
    st.text(max_size=300).map(lambda t: ("date 2024-03-05\n" + t).encode("utf-8")),
    st.text(max_size=200).map(lambda t: t.encode("utf-16")),
    st.lists(
        st.dictionaries(
            st.sampled_from(["id", "text", "date", "time", "published", "title", "x"]),
            st.one_of(st.text(max_size=60), st.integers(), st.none(), st.booleans()),
        ),
        max_size=5,
    ).map(lambda rows: "\n".join(json.dumps(r) for r in rows).encode()),
    st.text(max_size=300).map(lambda t: f"<html><body><p>{t}</p></body></html>".encode()),
    st.text(max_size=300).map(lambda t: f"<TimeML><TEXT>{t}</TEXT></TimeML>".encode()),
    st.text(max_size=300).map(lambda t: ("id,text,date\n" + t).encode()),
)


def _check(records: list[Article | Reject]) -> None:
    for r in records:
        assert isinstance(r, (Article, Reject))
        if isinstance(r, Article):
            assert r.text.strip() and "\x00" not in r.text
            assert len(r.text) <= LIMIT.max_chars
            assert r.id.endswith(r.content_hash)
        else:
            assert r.reason and r.kind in ("error", "warning")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=shaped, name=st.sampled_from(NAMES))
def test_any_bytes_in_any_file(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / name
        p.write_bytes(data)
        first = list(iter_records([p], settings=LIMIT))
        _check(first)
        again = [r.id for r in iter_records([p], settings=LIMIT) if isinstance(r, Article)]
        assert again == [r.id for r in first if isinstance(r, Article)]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=600))
def test_any_text_on_stdin(text: str) -> None:
    _check(list(iter_records(["-"], settings=LIMIT, stdin=io.StringIO(text))))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_article_from_text_never_raises(text: str) -> None:
    a = article_from_text(text)
    assert "\x00" not in a.text


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), st.from_regex(r"\d{1,5}-\d{1,3}-\d{1,3}", fullmatch=True)))
def test_dates_never_raise(value: str) -> None:
    reading = read_date(value)
    assert (reading.value is None) != (reading.problem is None)
    assert parse_date(value) == reading.value
