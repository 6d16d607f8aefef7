"""Evidence rules read directly (synthetic texts)."""

from __future__ import annotations

from datetime import date

from dateline.datecheck.check import readings
from dateline.datecheck.rules import unfinished_fiscal_year


def _fiscal(text: str, dct: date) -> list[str]:
    return [f.text for r in readings(text) for f in unfinished_fiscal_year(r, dct, text)]


def test_results_of_a_fiscal_year_told_before_it_began_are_flagged():
    text = "In fiscal 1996, the chain had revenue of $90 million."
    assert _fiscal(text, date(1995, 11, 3)) == ["1996"]
    assert _fiscal(text, date(1996, 1, 3)) == []  # a fiscal year may end in its own January


def test_a_two_year_season_is_not_read_as_finished_results():
    text = "In 1995-96, the club had revenue of $90 million."
    assert _fiscal(text, date(1995, 11, 3)) == []


def test_a_fiscal_year_forecast_is_not_results():
    text = "The chain will have revenue of $90 million in fiscal 1996."
    assert _fiscal(text, date(1995, 11, 3)) == []
