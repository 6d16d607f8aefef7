"""Publication dates: the table's own examples, and the three failure kinds."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.ingest import parse_date, read_date
from dateline.ingest.tables import tables

EXAMPLES = [(p.name, given, want) for p in tables().date_patterns for given, want in p.examples]


@pytest.mark.parametrize(("rule", "given", "want"), EXAMPLES)
def test_table_examples(rule: str, given: str, want: str | None) -> None:
    got = parse_date(given)
    assert (got.isoformat() if got else None) == want, rule


@pytest.mark.parametrize(
    ("given", "want"),
    [
        ("2024-03-20", date(2024, 3, 20)),
        ("2024-03-20T23:30:00+05:00", date(2024, 3, 20)),  # the date as written, in its zone
        ("2024-03-20T01:00:00Z", date(2024, 3, 20)),
        ("2010-05-15 00:00:00", date(2010, 5, 15)),
        ("March 20, 2024", date(2024, 3, 20)),
        ("20 March 2024", date(2024, 3, 20)),
        ("Mar. 20, 2024", date(2024, 3, 20)),
        ("  December 1, 1999 ", date(1999, 12, 1)),
    ],
)
def test_accepted_spellings(given: str, want: date) -> None:
    assert parse_date(given) == want


@pytest.mark.parametrize(
    ("given", "problem"),
    [
        ("2024-02-30", "impossible"),
        ("2024-13-45", "impossible"),
        ("0000-01-01", "impossible"),
        ("February 30, 2024", "impossible"),
        ("9999-12-31", "implausible"),
        ("1066-10-14", "implausible"),
        ("yesterday", "not a date"),
        ("", "not a date"),
        ("2024", "not a date"),
        ("x" * 5000, "not a date"),
    ],
)
def test_problems_are_told_apart(given: str, problem: str) -> None:
    reading = read_date(given)
    assert reading.value is None
    assert reading.problem is not None and reading.problem.startswith(problem)
    assert parse_date(given) is None


def test_non_strings_never_raise() -> None:
    for value in (None, 20240320, 3.5, ["2024-03-20"], {"d": 1}):
        assert read_date(value).value is None


HEADER_EXAMPLES = tables().header_examples


@pytest.mark.parametrize(("text", "want"), HEADER_EXAMPLES)
def test_header_examples(text: str, want: str | None) -> None:
    from dateline.ingest import split_header

    body, reading, line = split_header(text)
    if want is None:  # prose: the text is left whole
        assert (body, reading, line) == (text, None, None)
        return
    assert body == "The ferry sailed." and line == text.count("\n", 0, text.index("ate")) + 1
    assert reading is not None
    if want == "unread":
        assert reading.value is None and reading.problem
    else:
        assert reading.value is not None and reading.value.isoformat() == want
