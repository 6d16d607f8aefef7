"""'A year earlier' compares the span its sentence names: a span of months that is
no quarter ("the nine months", "the year ended Sept. 30") keeps only its year,
while a sentence about the quarter keeps the quarter."""

from __future__ import annotations

from datetime import date

from dateline.timex import tag

DCT = date(1989, 10, 26)
HEAD = "Profit rose 5% in the third quarter from a year earlier. "


def values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT)]


def test_nine_months_a_year_earlier_is_the_year() -> None:
    got = values(HEAD + "For the nine months, net was $9 million, up from $7 million "
                 "a year earlier.")
    assert got[1] == ("a year earlier", "1988-Q3")
    assert got[-1] == ("a year earlier", "1988")


def test_year_earlier_adjective_after_a_span_of_months() -> None:
    got = values(HEAD + "In the six months, the company lost $2, against year-earlier net of $3.")
    assert got[-1] == ("year-earlier", "1988")


def test_the_span_reaches_only_to_the_sentence_end() -> None:
    got = values(HEAD + "For the nine months, net was $9 million. Sales fell from a year earlier.")
    assert got[-1] == ("a year earlier", "1988-Q3")


def test_the_year_follows_the_quarter_reported_not_the_dct() -> None:
    got = tag("Profit rose in the third quarter of 1988. For the nine months, net was $9 "
              "million, compared with year-earlier net of $7 million.", date(1989, 2, 1))
    assert [(t.text, t.value) for t in got][-1] == ("year-earlier", "1987")


def test_a_named_years_period_after_a_span_of_months_is_that_year() -> None:
    got = values(HEAD + "In the first nine months, earnings were $40 million, against a loss of "
                 "$12 million in the 1988 period.")
    assert got[-1] == ("the 1988 period", "1988")


def test_a_named_years_period_in_a_quarter_sentence_keeps_the_quarter() -> None:
    got = values(HEAD + "Sales rose to $80 million from $70 million in the 1988 period.")
    assert got[-1] == ("the 1988 period", "1988-Q3")


def test_a_year_ago_outside_a_passing_quarters_sentence_is_the_reported_quarter() -> None:
    got = values("Net rose 8% in the third quarter. After a weak second quarter, margins "
                 "improved. Interest costs were lighter than a year ago.")
    assert got[-1] == ("a year ago", "1988-Q3")


def test_a_year_earlier_in_a_named_quarters_sentence_keeps_that_quarter() -> None:
    got = values("Net rose 8% in the third quarter. During the second quarter, sales fell from "
                 "a year earlier.")
    assert got[-1] == ("a year earlier", "1988-Q2")
