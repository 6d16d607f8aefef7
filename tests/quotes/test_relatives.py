"""A report in a relative clause set off inside another attribution's content ('Lind
admired Mayor Okafor, who has vowed to cut the fare') is an attribution of its own, and
the outer content ends before the clause (quotes.relatives); a restrictive clause ('met
farmers who support the levy') stays in the content it names."""

from __future__ import annotations

import pytest
from quote_finds import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lind admired Mayor Okafor, who has vowed to cut the fare.",
            [("Lind", "admired", "Mayor Okafor"), ("who", "vowed", "to cut the fare")],
        ),
        (
            "Ortega backed the harbor plan, which he described as the best hope for the port.",
            [
                ("Ortega", "backed", "the harbor plan"),
                ("he", "described", "as the best hope for the port"),
            ],
        ),
        (
            "Senator Vance praised Judge Amari, who argues that the court must stay out of "
            "politics.",
            [
                ("Senator Vance", "praised", "Judge Amari"),
                ("who", "argues", "that the court must stay out of politics"),
            ],
        ),
    ],
)
def test_a_relative_report_set_off_is_its_own_attribution(nlp, text, expected):
    assert _found(nlp, text) == expected


def test_a_restrictive_relative_clause_stays_in_the_content(nlp):
    text = "The governor said she had met farmers who support the levy."
    assert _found(nlp, text) == [
        ("The governor", "said", "she had met farmers who support the levy")
    ]
