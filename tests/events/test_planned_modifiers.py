"""A meeting or visit noun with a plan modifier and a party named ('his planned summit with
X', 'the proposed talks between X and Y') is told ahead, AGREE as a planned meeting is; a
reverse verb over it codes the reversal (roles.json planned_sessions modifiers; issue 4, the
blind batch Random(72))."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Premier Ola Dask will land in Orlund on Friday, a day before her planned summit with "
    "President Edo Malik.",
    "Envoys gathered in Karsholm before the upcoming talks between Tarvik and Dorvan.",
])
def test_a_planned_meeting_named_by_its_modifier_is_agree(coded_events, text):
    evs = coded_events(text)
    assert any(e["root"] == "AGREE" and e["trigger"] in ("summit", "talks") for e in evs), evs
    assert all(e["root"] != "CONSULT" or e["trigger"] not in ("summit", "talks") for e in evs)


def test_a_planned_meeting_called_off_is_the_reversal(top_event):
    assert top_event("The planned summit between Tarvik and Dorvan was called off on "
                     "Monday.")["root"] == "SANCTION"


def test_a_plan_modifier_with_no_party_named_is_left_alone(coded_events):
    # no party: the noun needs what tells it, as before
    evs = coded_events("The planned meeting will discuss the harbour budget.")
    assert all(e["root"] != "AGREE" or e["trigger"] != "meeting" for e in evs), evs
