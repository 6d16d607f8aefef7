"""An event noun introduced by existential 'there' ('there have been demands for the minister
to resign') is told made, as by roles.json existential's light verb (noun_candidates.
existential_light; issue 4, the silver-wire audit of session 43). The section's examples run
here, a null root among them."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("existential"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_existential_examples(coded_events, ex):
    evs = coded_events(ex["text"])
    assert (evs[0]["root"] if evs else None) == ex["root"], evs[:2]


def test_a_call_for_a_resignation_is_the_demand_not_the_resignation(coded_events):
    evs = coded_events("There were calls from the opposition for the police chief to resign.")
    assert evs and evs[0]["root"] == "REQUEST", evs[:2]
    assert evs[0]["rule"].startswith("existential:"), evs[:2]


def test_a_noun_that_stands_alone_keeps_its_own_sense(coded_events):
    """'protests' needs no light verb: 'made protests' (a formal complaint) is not read in."""
    evs = coded_events("There were protests outside the Orlund embassy over the arrests.")
    assert evs and evs[0]["root"] == "PROTEST" and not evs[0]["rule"].startswith("existential:")


def test_a_plain_subject_is_no_existential(coded_events):
    """'The calls were ignored': no 'there', no act made by the light verb."""
    evs = coded_events("The calls were answered by a clerk at the Dorvan ministry.")
    assert not any(e["rule"].startswith("existential:") for e in evs), evs[:2]


def test_no_act_made_is_none_made(coded_events):
    """'there were no calls for ...': 'no' tells none was made."""
    evs = coded_events("Kessland said there were no calls for the curfew to be lifted.")
    assert not any(e["rule"].startswith("existential:") for e in evs), evs[:2]
