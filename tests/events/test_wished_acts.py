"""A party wanting or expecting another party to act asks it to, REQUEST (CAMEO 10;
roles.json wishes, verb_frames.wish_frame; issue 4, the silver-wire audit of session 43).
The section's examples run here, a null root among them."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("wishes"), ids=lambda ex: str(ex["text"])[:48])
def test_wishes_examples(coded_events, ex):
    evs = coded_events(ex["text"])
    assert (evs[0]["root"] if evs else None) == ex["root"], evs[:2]


def test_the_wanted_act_is_what_is_asked(coded_events):
    evs = coded_events("The Dorvan government wants Tarvik to release the fishermen.")
    assert [e["root"] for e in evs[:2]] == ["REQUEST", "RETREAT"], evs[:2]
    assert evs[1]["modality"] == "requested", evs[1]


def test_ones_own_act_stays_an_intention(coded_events):
    evs = coded_events("The Dorvan government wants to release the fishermen.")
    assert evs and evs[0]["root"] == "AGREE", evs[:2]


def test_a_hostile_act_expected_of_another_is_no_demand(coded_events):
    evs = coded_events("Dorvan officials expect the rebels to attack the border towns again.")
    assert not any(e["rule"] == "frame:wish" for e in evs), evs[:2]


def test_a_passive_expectation_names_no_one_asking(coded_events):
    evs = coded_events("The Tarvik government is expected to free the fishermen on Monday.")
    assert not any(e["rule"] == "frame:wish" for e in evs), evs[:2]


def test_an_uncoded_act_expected_of_a_company_is_a_forecast(coded_events):
    """A rating agency expecting a firm to bear costs (t17 BP oil copy): no state asks."""
    evs = coded_events("The rating agency said it expected the oil company to face higher costs.")
    assert not any(e["rule"] == "frame:wish" for e in evs), evs[:2]
