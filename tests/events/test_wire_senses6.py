"""Acts of real wire prose the blind audit of session 48 (Random(58)) found missed or
outranked (issue 4): a sum in aid suspended, a duty told by 'point out', a refusal to yield
to threats, a challenge in court hung on the object, a hyphenated verb read as an adjective;
then misses of the session 49 batch Random(60). All sentences invented."""

import pytest


def test_a_sum_with_its_aid_phrase_on_the_verb_is_aid_suspended(coded_events):
    # the parse hangs 'in aid' on the verb, not on the sum
    evs = coded_events("The donors suspended 40 million dollars in aid to the Osk government "
                       "after the disputed vote.")
    assert evs[0]["root"] == "SANCTION" and evs[0]["target"] == "Osk government", evs[:2]


def test_a_sum_given_in_a_place_reads_no_aid_phrase(coded_events):
    evs = coded_events("The donors pledged 3 million dollars in Osk on Monday.")
    assert all(e["root"] != "SANCTION" for e in evs)


def test_pointing_out_a_duty_asks_for_it(coded_events):
    evs = coded_events("Several agencies pointed out that Velmar should do more to shelter "
                       "the displaced.")
    assert evs[0]["root"] == "REQUEST" and evs[0]["target"] == "Velmar", evs[:2]


def test_pointing_out_a_fact_asks_nothing(coded_events):
    evs = coded_events("The minister pointed out that the bridge had been closed since May.")
    assert all(e["root"] != "REQUEST" for e in evs)


@pytest.mark.parametrize("text", [
    "Kessland would not be swayed by Velmari threats of a trade war.",
    "The prime minister said Dorvan would not be deterred by warnings of sanctions.",
])
def test_a_refusal_to_yield_outranks_the_threat_it_refuses(coded_events, text):
    evs = coded_events(text)
    assert evs[0]["root"] == "REJECT" and evs[0]["rule"].startswith("v.yield.swayed"), evs[:2]
    assert evs[0]["actor"] in ("Kessland", "Dorvan"), evs[:2]


def test_being_deterred_by_a_risk_is_no_yielding(coded_events):
    assert coded_events("Investors were deterred by the risks.") == []


@pytest.mark.parametrize("text", [
    "The airline challenged the fine in court on Tuesday.",
    "The opposition contested the result of the vote in the supreme court.",
])
def test_a_challenge_in_court_hung_on_the_object_is_a_lawsuit(coded_events, text):
    evs = coded_events(text)
    assert evs[0]["root"] == "ACCUSE" and evs[0]["rule"] == "v.challenge.in_court", evs[:2]


@pytest.mark.parametrize("text", [
    "Tamvar test-fired two medium-range missiles on Friday, the defence ministry said.",
    "Tamvar test-fired two medium-range missiles on Friday.",
])
def test_a_hyphenated_verb_read_as_an_adjective_is_still_the_act(coded_events, text):
    # the parse leaves the sentence (or its told clause) verbless: 'test-fired' an adjective
    # of 'missiles'; its doer stands before the verb's first half
    evs = coded_events(text)
    mob = [e for e in evs if e["root"] == "MOBILIZE"]
    assert mob and mob[0]["actor"] == "Tamvar", evs[:2]


# Session 49, prompted by the blind batch Random(60) (tuned on it)

@pytest.mark.parametrize("text", [
    "The minister had a heart attack on Monday.",
    "She suffered a panic attack before the trial.",
])
def test_an_illness_called_an_attack_is_no_act(coded_events, text):
    assert all(e["root"] != "ASSAULT" for e in coded_events(text))


def test_a_duty_a_paper_reported_is_no_demand(coded_events):
    evs = coded_events("The editor will have to serve three more years if he cannot pay "
                       "the penalty, the Osk Herald reported.")
    assert all(e["root"] != "REQUEST" for e in evs), evs[:2]


def test_a_summons_by_prosecutors_is_an_inquiry(coded_events):
    evs = coded_events("Police summoned the party leader to answer questions about the riot.")
    assert evs[0]["root"] == "ACCUSE" and evs[0]["target"] == "party leader", evs[:2]
    evs = coded_events("The president summoned the cabinet to an emergency meeting.")
    assert evs[0]["root"] == "REQUEST", evs[:2]
