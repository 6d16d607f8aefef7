"""Shapes of the register batch of session 69 (bench/plover_probes_register2.txt: one invented
sentence per CAMEO code of the held-out half's small roots), each a general shape of English or
of the codebook, with the near sense that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a donor or lender holding back aid, a loan or a payment withholds it (v.withhold.hold_back)
    ("Lindmark held back a loan to Corvan over the killings of monks.", "SANCTION"),
    ("The development bank held back a payment to the Dorvan power company pending an audit.",
     "SANCTION"),
    # people held back are restrained; tears or players held back are no act
    ("Riot police held back the crowd outside the parliament in Osk.", "COERCE"),
    ("The Selm team held back its best players for the final.", "NONE"),
])
def test_aid_held_back(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a party walking away from talks halts them, as one walking out of them (v.walk_out.talks)
    ("The rebel delegation walked away from the negotiations in Osk on Tuesday.", "SANCTION"),
    ("Opposition leaders stormed away from the round-table meeting with the junta.", "SANCTION"),
    # walking away from an offer still turns it down (v.turn_down)
    ("The union walked away from the wage offer on Friday.", "REJECT"),
])
def test_walked_away_from_talks(top_event, text, root):
    assert top_event(text)["root"] == root
