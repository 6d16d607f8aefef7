"""Fixes prompted by the blind batch Random(75) (bench/plover_probes_silverwire18.txt, issue 4;
written after its errors were read, so NOT blind): contesting an election, a vote or a seat is
standing in it, no refusal, while contesting a ruling, a claim or a result still rejects it
(verbs.json v.reject.contest; 'disputed the election' stays v.reject.more); defending an economic
quantity (a currency, a price, wages, people's buying power) backs no party, while defending a
party or its right still does (v.support.defend not_objects); a course, a school, a festival or a
contest put on jointly is no cooperation, while a thing built, funded or patrolled jointly still is
(v.cooperate.jointly not_objects)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Twelve candidates have registered to contest the presidential vote in Kessland next month.",
    "The Green Front will contest the polls for a first time since its ban was lifted.",
    "Some 300 hopefuls are contesting the 120 seats of the Dorvan assembly.",
    "Ola Brun, who lost in 2004, said she would contest the race for governor again.",
])
def test_contesting_an_election_is_no_refusal(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "REJECT" for e in evs), evs


@pytest.mark.parametrize("text", [
    "The opposition contested the official results of the Kessland vote.",
    "Velmar contested the tribunal's ruling on the fishing zone.",
    "The opposition disputed the election.",
])
def test_contesting_a_ruling_or_a_result_rejects_it(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "REJECT", ev


@pytest.mark.parametrize("text", [
    "The Dorvan central bank raised rates again to defend the currency.",
    "The cartel's members closed ranks to defend a price of 60 dollars a barrel.",
    "The unions said the new contract would defend the wages of dock workers.",
    "Cutting the sales tax would defend the buying power of Velkan households, the minister said.",
])
def test_defending_an_economic_quantity_backs_no_party(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "SUPPORT" for e in evs), evs


@pytest.mark.parametrize("text", [
    "Velmar defended Kessland's right to hold the referendum.",
    "The Lirnian premier defended his ally against the charges of fraud.",
])
def test_defending_a_party_or_its_right_backs_it(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "SUPPORT", ev


@pytest.mark.parametrize("text", [
    "The two universities jointly organized a summer school in Osk.",
    "The ten-day course was jointly sponsored by the Velkan patent office and the national staff "
    "college.",
    "The two towns will hold the spring festival together.",
])
def test_an_event_put_on_jointly_is_no_cooperation(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "COOPERATE" for e in evs), evs


@pytest.mark.parametrize("text", [
    "Arland and Borland jointly funded the new border bridge.",
    "Velmar and Kessland are jointly patrolling their sea border to stop smugglers.",
])
def test_joint_material_work_stays_cooperation(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "COOPERATE", ev
