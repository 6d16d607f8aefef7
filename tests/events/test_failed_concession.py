"""A concession failed, told by 'fail' or by a failure noun, yields nothing: the demands not
met are refused (roles.json failures, context.analyse; issue 4, session 23)."""

from __future__ import annotations


def test_failure_noun_to_concede_is_no_concession(coded_events, roots):
    evs = coded_events("The lenders cited the ministry's failure to meet the strikers' demands.")
    assert "CONCEDE" not in roots(evs), evs
    assert "REJECT" in roots(evs), evs


def test_failure_noun_keeps_the_act_it_explains_first(coded_events, roots):
    evs = coded_events("Western donors froze further disbursements to Kessland on Monday, "
                       "citing its failure to meet the conditions of the loan.")
    assert evs[0]["root"] == "SANCTION", evs[:2]
    assert "CONCEDE" not in roots(evs), evs


def test_a_concession_made_stays_one(coded_events):
    evs = coded_events("The mining ministry met the strikers' demands for safer shafts.")
    assert evs[0]["root"] == "CONCEDE", evs[:1]
