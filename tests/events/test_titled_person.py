"""events.naming._titled_person: a title the parser split off its person as the subject
('Dana Roth, the Norlish president, had visited ...') names that person, not the state."""

from __future__ import annotations

import dateline


def _visit(text):
    ann = dateline.annotate(f"date 2024-03-05\n{text}")
    return next(e for e in ann.events if e.trigger == "visited")


def test_a_title_after_a_person_and_a_comma_is_that_person():
    ev = _visit("The rebels hid the outbreak until after Dana Roth, the Norlish president, had "
                "visited the province on 19 April.")
    assert ev.actor == "Dana Roth"


def test_a_title_alone_keeps_its_state():
    assert _visit("The US president visited Norway on Monday.").actor == "United States"


def test_a_title_opening_the_clause_after_a_name_is_no_apposition():
    ev = _visit("After the evening talk show with Dana Roth, the Norlish president visited "
                "Tessaly on Monday.")
    assert ev.actor != "Dana Roth"
