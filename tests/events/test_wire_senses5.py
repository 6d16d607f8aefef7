"""Acts of real wire prose the blind audits of sessions 47-48 found missed (issue 4): a
deadline set or lifted, an embargo honoured, an official leaving for talks. All sentences
invented."""

import pytest


def test_a_deadline_imposed_on_a_party_is_an_ultimatum(coded_events):
    evs = coded_events("The governor imposed a deadline on the strikers to clear the square.")
    assert evs[0]["root"] == "THREATEN" and evs[0]["actor"] == "governor", evs[:2]


def test_a_deadline_given_for_work_is_no_ultimatum(coded_events):
    assert all(e["root"] != "THREATEN" for e in coded_events(
        "The president named two judges to the inquiry and gave them a March deadline to report."))


def test_lifting_a_deadline_eases_the_demand(coded_events):
    evs = coded_events("The court lifted the deadline so the tenants could appeal the eviction.")
    assert evs[0]["root"] == "CONCEDE" and evs[0]["rule"].startswith("reverse:lift"), evs[:2]


@pytest.mark.parametrize("text", [
    "Applications must reach the office before the deadline.",
    "The deadline for the bids passed on Monday without a buyer.",
])
def test_a_deadline_with_no_verb_of_setting_is_no_act(coded_events, text):
    assert coded_events(text) == [] or all(e["root"] != "THREATEN" for e in coded_events(text))


def test_honouring_an_embargo_applies_it(coded_events):
    evs = coded_events("Twelve states said they were honoring the arms embargo against Velka.")
    assert evs[0]["root"] == "SANCTION" and evs[0]["target"] == "Velka", evs[:2]


def test_honouring_people_applies_no_embargo(coded_events):
    assert all(e["root"] != "SANCTION" for e in coded_events(
        "The town honoured the firefighters who died in the blaze."))


def test_leaving_for_talks_with_a_party_is_a_visit(coded_events):
    evs = coded_events("The trade minister left on Monday for talks with the government of Osk.")
    assert evs[0]["root"] == "CONSULT" and evs[0]["trigger"] == "left", evs[:2]


def test_an_envoy_leaving_a_country_is_still_a_withdrawal(coded_events):
    evs = coded_events("The envoy left Velka after the embassy was closed.")
    assert evs[0]["root"] == "SANCTION" and evs[0]["trigger"] == "left", evs[:2]


def test_challenging_a_penalty_in_court_takes_its_author_to_law(coded_events):
    evs = coded_events("The Greens said they would challenge the penalty in court.")
    assert evs[0]["root"] == "ACCUSE" and evs[0]["rule"] == "v.challenge.in_court", evs[:2]
    # a challenge with no court is no lawsuit
    assert all(e["rule"] != "v.challenge.in_court" for e in coded_events(
        "The Greens challenged the premier to a debate."))


def test_seeking_guidance_from_a_party_asks_it(coded_events):
    evs = coded_events("Velka is seeking guidance from the council about the embargo rules.")
    assert evs[0]["root"] == "REQUEST" and evs[0]["trigger"] == "seeking", evs[:2]
