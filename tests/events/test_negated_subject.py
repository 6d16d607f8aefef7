"""A passive whose subject is negated by 'no' tells an act that does not happen
(context._none_undergoes; issue 4, bench/eval_st_events.py's second gaza sample)."""

from __future__ import annotations


def test_no_demands_met_is_a_refusal(coded_events):
    evs = coded_events("The government says that no rebel demands will be met unless the "
                       "attacks stop.")
    assert evs and evs[0]["root"] == "REJECT", evs[:2]


def test_no_shots_fired_is_negated_and_some_shots_are_not(coded_events):
    evs = coded_events("No shots were fired during the handover in Tarvik.")
    assert evs and evs[0]["negated"], evs[:1]
    evs = coded_events("Two shots were fired during the handover in Tarvik.")
    assert evs and not evs[0]["negated"], evs[:1]
