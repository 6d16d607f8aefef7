"""Fixes prompted by the blind batch Random(75) (bench/plover_probes_silverwire18.txt, issue 4;
written after its errors were read, so NOT blind): contesting an election, a vote or a seat is
standing in it, no refusal, while contesting a ruling, a claim or a result still rejects it
(verbs.json v.reject.contest; 'disputed the election' stays v.reject.more)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Twelve candidates have registered to contest next month's presidential vote in Kessland.",
    "The Green Front will contest the elections for the first time since its ban was lifted.",
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
