"""A party leaving a contest or a market gives up no ground (roles.json contests,
senses.left_contest): agency copy tells athletes and firms pulling out far more often than
armies, and those are no RETREAT (issue 4, silver-wire audit of session 45)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Kessian sprinter pulled out of the regional Games on Friday with a knee injury.",
    "The champion withdrew from the Dorvan Open after a fall in practice.",
    "Harl Motors said it would pull out of the Tessian car market next year.",
    "The Orlund cyclist made a shock withdrawal on Friday from the national championships.",
    "The top seed pulled out before the tournament with an ankle injury.",
    "The second seed withdrew ahead of the open with a sore wrist.",
    # the thing left named by an appositive (blind batch Random(67))
    "Marco and Tessel withdrew from the racing league's rival, the Open Wheel Cup, in 2003.",
])
def test_leaving_a_contest_or_market_is_no_retreat(coded_events, text):
    assert "RETREAT" not in [e["root"] for e in coded_events(text)]


def test_a_planned_exit_from_a_racing_series_is_no_pledge(coded_events):
    # blind batch Random(72): read as a pledge to pull back, AGREE
    evs = coded_events("Harl Motors had planned to pull its team out of the touring car "
                       "series after next season.")
    assert not {"RETREAT", "AGREE"} & {e["root"] for e in evs}, evs


@pytest.mark.parametrize("text", [
    "The army pulled out of the border town on Sunday.",
    "Kessia withdrew its troops from the disputed island.",
    "Kessia made a withdrawal of its troops from the island on Friday.",
    "Kessian troops pulled out before the elections in the north.",
    "Kessian troops withdrew from the port, the rebels' last stronghold, on Sunday.",
])
def test_leaving_ground_stays_a_retreat(top_event, text):
    assert top_event(text)["root"] == "RETREAT"


def test_leaving_talks_stays_a_sanction(top_event):
    """A party walking out of talks halts them (v.withdraw.presence): the contest words
    only keep a RETREAT from being read."""
    assert top_event("The rebels withdrew from the peace talks in Harl.")["root"] == "SANCTION"


@pytest.mark.parametrize(("text", "root"), [
    ("Harl City's striker Ado Kell was banned for four matches on Tuesday over a fight.", "NONE"),
    ("The sprinter was barred from the Games after a failed drug test.", "NONE"),
    ("Police banned the opposition rally in Harl on Friday.", "COERCE"),
    ("The junta banned the Unity Party from the election.", "COERCE"),
])
def test_a_ban_from_a_contest_is_no_coercion(top_event, text, root):
    """What a penalty keeps a player out of ('for four matches', 'from the Games') is a
    contest: a sport's discipline, no repression (senses.left_contest with 'for', 'from')."""
    assert top_event(text)["root"] == root


def test_a_market_closing_is_no_coercion(top_event):
    assert top_event("Years ago the Harl market was closed to foreign fruit.")["root"] == "NONE"
    assert top_event("The army closed the border crossing for two days.")["root"] == "COERCE"


@pytest.mark.parametrize(("text", "root"), [
    ("Bone meal was banned from cattle feed in Velka in 1994.", "NONE"),
    ("The dye has been barred from baby food across Lirn since May.", "NONE"),
    ("The regulator banned the solvent from toys sold in Osk.", "NONE"),
    ("The junta banned the Unity Party from the election.", "COERCE"),
    ("Police barred the reporters from the court.", "COERCE"),
])
def test_a_ban_from_a_product_is_no_coercion(top_event, text, root):
    """A substance banned from a use or a product (roles.json contests products) is a rule
    on goods, no repression of a party; a party barred from a vote or a place stays one."""
    assert top_event(text)["root"] == root
