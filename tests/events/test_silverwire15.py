"""Fixes prompted by the blind batch Random(72) (bench/plover_probes_silverwire15.txt, issue 4;
written after its errors were read, so NOT blind), the shapes the other files of this session
do not hold: talks that 'kicked off' were held (CONSULT, roles.json subject_events with_words);
a party wanting a legislature or a cabinet to act asks it (REQUEST: such bodies are parties,
roles.json compulsions doers, read by the wish frame). Each shape told otherwise keeps its
own coding."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Round-table talks kicked off late on Tuesday amid a deep rift between the Front and the "
    "ruling bloc.",
    "Talks between Tarvik and Dorvan kicked off in Osk on Monday.",
])
def test_talks_that_kicked_off_were_held(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "CONSULT" and ev["trigger"].lower() == "talks", ev


def test_kicking_off_a_match_is_no_meeting(coded_events):
    assert all(e["root"] != "CONSULT" for e in coded_events(
        "The Orlund striker kicked off the second half after the break."))


@pytest.mark.parametrize(("text", "target"), [
    ("Premier Ola Dask wanted the cabinet to focus on reopening the border talks.", "cabinet"),
    ("President Edo Malik wanted the parliament to concentrate on ending the war in the south.",
     "parliament"),
])
def test_wanting_a_legislature_or_cabinet_to_act_asks_it(top_event, text, target):
    ev = top_event(text)
    assert ev["root"] == "REQUEST" and ev["rule"] == "frame:wish" and ev["target"] == target, ev


def test_wanting_to_act_oneself_stays_an_intention(top_event):
    ev = top_event("The Orlund parliament wants to reopen the border talks next month.")
    assert ev["root"] == "AGREE", ev


def test_a_poll_giving_parties_seats_is_no_one_quitting(coded_events):
    # 'gave up his seat' quits an office; 'gave the parties 241 seats' allots them
    evs = coded_events("The Vox polling group gave the Labour bloc and the Greens 241 seats.")
    assert all(e["root"] != "RETREAT" for e in evs), evs
    assert coded_events("The Orlund senator gave up his seat in protest at the ruling.")[0][
        "root"] == "RETREAT"
