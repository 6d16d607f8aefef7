"""'a year ago' compares the quarter its own sentence names, derived ones too."""

import re
from datetime import date

from dateline.timex.engine import _CLOSED_BY, _CLOSING_STEM, _same_sentence


def test_a_year_ago_after_the_quarter_in_its_sentence_is_that_quarter_a_year_back(values) -> None:
    text = ("The lender expects record profit in 1990. Its mortgage loans were $4.2 million "
            "in the quarter, against $95 million a year ago.")
    v = values(text, date(1989, 11, 2))
    assert v["the quarter"] == "1989-Q3"
    assert v["a year ago"] == "1988-Q3"


def test_a_quarter_in_the_sentence_before_does_not_count(values) -> None:
    text = ("Profit rose 12% for the fourth quarter, the chain said on Aug. 27. A year "
            "earlier the laundry chain earned $1.9 million.")
    assert values(text, date(1989, 11, 1))["A year earlier"] == "1988"


def test_the_day_that_closes_a_quarter_leaves_the_quarter_as_the_anchor(values) -> None:
    text = ("The mill cleared $3 million in its fiscal first quarter ended Aug. 31. It "
            "lost $2 million a year ago.")
    v = values(text, date(1989, 10, 26))
    assert v["Aug. 31"] == "1989-08-31"
    assert v["a year ago"] == "1988-Q1"


def test_a_sentence_end_right_before_the_second_offset_counts() -> None:
    text = "closed on Aug. 27. A year earlier"
    assert not _same_sentence(text, 0, text.index("A year"))
    assert _same_sentence(text, 0, text.index("Aug."))


def test_last_year_after_the_latest_quarter_in_its_sentence_is_that_quarter_a_year_back(
    values,
) -> None:
    text = ("In the latest quarter, the insurer lost $8 million on car policies, against a "
            "profit of $12 million last year. Last year the unit was sold.")
    v = values(text, date(1989, 10, 30))
    assert v["the latest quarter"] == "1989-Q3"
    assert v["last year"] == "1988-Q3"
    assert v["Last year"] == "1988"  # the next sentence: the year


def test_last_year_after_a_named_quarter_stays_the_year(values) -> None:
    text = "Sales in the year's third quarter came to $9 million, down from $11 million last year."
    assert values(text, date(1989, 11, 1))["last year"] == "1988"


def test_a_year_earlier_after_a_closing_day_in_its_sentence_is_that_day_a_year_back(values) -> None:
    text = ("For the 26 weeks ended Aug. 12, the grocer earned $6 million, against $18 "
            "million a year earlier. A year earlier it had no debt.")
    v = values(text, date(1989, 10, 26))
    assert v["a year earlier"] == "1988-08-12"
    assert v["A year earlier"] == "1988"  # the next sentence: the year, as before


def test_a_closing_word_in_any_case_is_found_with_the_rest_of_the_text_lacking_it(values) -> None:
    # the text is looked at once for the closing words, lower-cased: a look that minds
    # case would miss these and drop the closing day
    for word in ("ENDED", "Ending"):
        text = (f"For the six months {word} Aug. 12, the grocer earned $6 million, against "
                "$18 million a year earlier.")
        assert values(text, date(1989, 10, 26))["a year earlier"] == "1988-08-12"


def test_the_closing_words_are_found_in_the_lower_cased_text_whenever_they_match() -> None:
    # _resolve_all skips _CLOSED_BY where text.lower() lacks "end": sound only
    # if every character the regex takes for one of its letters lower-cases to it
    everything = "".join(map(chr, range(0x110000)))
    for letter in set(_CLOSING_STEM):
        taken = re.findall(letter, everything, _CLOSED_BY.flags)
        assert {ch.lower() for ch in taken} == {letter}


def test_a_day_named_without_ended_is_no_closing_day(values) -> None:
    text = "On Aug. 12, the grocer said it earned $6 million, against $18 million a year earlier."
    assert values(text, date(1989, 10, 26))["a year earlier"] != "1988-08-12"


def test_a_quarter_named_as_a_compound_opens_the_next_report_of_a_roundup(values) -> None:
    text = ("Acme Corp. said profit rose in the fiscal first quarter. Sales grew in the "
            "quarter. Separately, Bolt Inc. reported third-quarter net of $5 million. "
            "Year-earlier results included a gain.")
    v = values(text, date(1989, 10, 26))
    assert v["the fiscal first quarter"] == "1989-Q1"
    assert v["the quarter"] == "1989-Q1"
    assert v["Year-earlier"] == "1988-Q3"


def test_a_compound_quarter_of_the_dcts_own_quarter_is_a_forecast(values) -> None:
    text = ("Bolt Inc. said net rose in the third quarter. It expects fourth-quarter "
            "profit to fall. Year-earlier results included a gain.")
    assert values(text, date(1989, 10, 26))["Year-earlier"] == "1988-Q3"


def test_a_compound_quarter_with_its_year_is_named_in_passing(values) -> None:
    text = ("Bolt Inc. said net rose in the third quarter. The 1988 second-quarter results "
            "included a charge. Year-earlier results included a gain.")
    assert values(text, date(1989, 10, 26))["Year-earlier"] == "1988-Q3"
