"""Years implied by anniversaries and ages (synthetic texts)."""

from __future__ import annotations

import re
from datetime import date

from dateline.datecheck import implied
from dateline.datecheck.check import evaluate, readings
from dateline.datecheck.implied import ages, anniversaries, year_ago_periods


def _rules(text: str, dct: date) -> set[str]:
    return {f.rule for f in evaluate(readings(text), text, dct).findings}


def test_anniversary_names_the_writing_year_and_bounds_it():
    text = "Crowds gathered on Sunday for the 25th anniversary of the 1974 revolution."
    (f,) = anniversaries(text, date(2000, 4, 25))
    assert f.text == "25th anniversary" and f.bound == "latest"
    assert f.bound_date == date(1999, 12, 31)
    (g,) = anniversaries(text, date(1998, 4, 25))
    assert g.bound == "earliest" and g.bound_date == date(1999, 1, 1)
    assert list(anniversaries(text, date(1999, 4, 25))) == []


def test_word_ordinals_count_like_digits():
    text = "The tenth anniversary of the 1989 uprising passed quietly."
    assert [f.reason for f in anniversaries(text, date(2001, 6, 4))]
    assert list(anniversaries(text, date(1999, 6, 4))) == []


def test_anniversary_left_alone_when_the_sentence_is_ambiguous():
    two_years = "The 50th anniversary of the 1948 war was marked in 1998 and again in 1999."
    planned = "Planning began for next year's 30th anniversary of the 1969 landing."
    far = "The 50th anniversary of the 1948 founding was a grand affair."
    assert list(anniversaries(two_years, date(2000, 5, 1))) == []
    assert list(anniversaries(planned, date(1998, 5, 1))) == []
    assert list(anniversaries(far, date(2005, 5, 1))) == []  # beyond the window: history


def test_anniversary_near_new_year_is_not_flagged():
    text = "Veterans honoured the 50th anniversary of the 1948 airlift."
    assert list(anniversaries(text, date(1999, 1, 3))) == []
    assert list(anniversaries(text, date(1999, 3, 3)))


def test_age_with_birth_year_allows_either_side_of_the_birthday():
    text = "The pilot, a 47-year-old veteran born in 1950, flew the mission."
    assert list(ages(text, date(1997, 3, 1))) == []
    assert list(ages(text, date(1998, 3, 1))) == []
    (f,) = ages(text, date(2000, 3, 1))
    assert f.bound == "latest" and f.bound_date == date(1998, 12, 31)


def test_past_ages_do_not_count():
    text = "Jones, born in 1931, was 60 when he retired from the bench."
    assert list(ages(text, date(1999, 3, 1))) == []


def test_an_anniversary_a_year_off_makes_the_article_suspicious():
    text = "Thousands marched on Friday to mark the 20th anniversary of the 1976 uprising."
    assert evaluate(readings(text), text, date(1997, 6, 16)).check.verdict == "suspicious"
    assert "anniversary_year" not in _rules(text, date(1996, 6, 16))


def test_a_year_ago_period_names_the_year_before_the_writing_year():
    text = "Profit rose to $8 million from $6 million in the 1994 quarter, the bank said."
    assert list(year_ago_periods(text, date(1995, 7, 20))) == []
    (early,) = year_ago_periods(text, date(1994, 7, 20))
    assert early.bound == "earliest" and early.bound_date == date(1995, 1, 1)
    (late,) = year_ago_periods(text, date(1996, 7, 20))
    assert late.bound == "latest" and late.bound_date == date(1995, 12, 31)


def test_a_year_ago_period_may_be_two_years_back_early_in_the_year():
    # last year's fourth quarter is reported in the new year, against the year before it
    text = "Fourth-quarter sales fell 3% from the 1994 period."
    assert list(year_ago_periods(text, date(1996, 2, 10))) == []
    assert list(year_ago_periods(text, date(1996, 6, 10)))


def test_a_year_ago_period_needs_a_results_sentence():
    text = "The 1994 period of reform left the ministry smaller."
    assert list(year_ago_periods(text, date(1994, 7, 20))) == []
    assert "year_ago_period" in _rules(
        "Sales were $4 million in the 1994 period.", date(1994, 7, 20)
    )


EDGES = [
    "born in 1950, he is 47.",
    "He was born in 1950 and is 47; reborn in 1990, stubborn 1991, newborn 1992, born-1993.",
    "Smith (born 1950) is 47.\nborn\t1951, aged 46. _born 1952; 9born 1953; éborn 1954;",
    "-born 1955, 'born 1956', born1957, born 19580.",
    "Its 25th ANNIVERSARY of 1974; the anniversaryx of 1975; the 3rd ANNIVERſARY of 1976.",
    "the tenth Anniversary of 1990 and İts fifth anniversary of 1991 in 1996.",
    "",
]


def test_the_born_scan_finds_what_a_leading_word_boundary_finds() -> None:
    """_BORN opens with 'born' and tests the word boundary before it after the word (so
    the engine skips from one 'born' to the next): the same matches as '\\bborn'."""
    leading = re.compile(r"\bborn\b[^.;]{0,40}?\b((?:1[7-9]|20)\d\d)\b")
    for text in EDGES:
        want = [(m.span(), m.groups()) for m in leading.finditer(text)]
        assert [(m.span(), m.groups()) for m in implied._BORN.finditer(text)] == want, text
    assert implied._BORN.match("born 1950") and not implied._BORN.search("reborn 1950")


def test_the_anniversary_gate_passes_every_text_the_case_blind_word_is_in() -> None:
    """An ASCII text is asked lower-cased; another by the case-blind regex ('ANNIVERſARY',
    with a long s, is the word to it)."""
    for text in EDGES:
        assert implied._may_say_anniversary(text) == bool(implied._ANNIVERSARY.search(text))
    assert implied._may_say_anniversary(EDGES[4]) and not EDGES[4].isascii()
    assert not implied._may_say_anniversary("a birthday in 1990")


def test_the_period_scan_finds_what_finditer_finds() -> None:
    """_period_matches tries the year-ago pattern only at 'the' or 'a' before the spaces
    before a year: the same matches as trying every offset."""
    texts = [*EDGES, "Net rose, against a loss in the 1988 period and THE\n 1987 quarter; a 1986 "
             "year-earlier period; the1985 period; tHe 1984 fourth quarter, A\t1983 quarter.",
             "the 1988 1989 period", "a 20011 quarter; the 2001 first-half period"]
    for text in texts:
        want = [(m.span(), m.groups()) for m in implied._period_re().finditer(text)]
        assert [(m.span(), m.groups()) for m in implied._period_matches(text)] == want, text
    assert len(list(implied._period_matches(texts[-3]))) >= 3


def test_the_anniversary_scan_finds_what_finditer_finds() -> None:
    """_anniversary_matches tries the anniversary pattern only within an ordinal's length
    before the spaces before each 'anniversary': the same matches as trying every offset."""
    texts = [*EDGES, "the 50th   anniversary and Fiftieth\n\nANNIVERSARY, x1st anniversary, "
             "1st anniversaryx, 2nd anniversary anniversary, twenty-fifth anniversary",
             "123rd anniversary; 1234th anniversary; 5th-anniversary; -fifth anniversary",
             "seventy-fifth anniversary", "anniversary", " anniversary", "th anniversary"]
    for text in texts:
        want = [(m.span(), m.groupdict()) for m in implied._anniversary_re().finditer(text)]
        assert [(m.span(), m.groupdict()) for m in implied._anniversary_matches(text)] == want
    assert len(list(implied._anniversary_matches(texts[len(EDGES)]))) == 4
