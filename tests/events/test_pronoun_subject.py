"""A 'they' or 'it' subject stands for the noun subject before it in its sentence, so an
entry gated on its subject reads the noun (detect.antecedent; issue 4, session 24)."""

from __future__ import annotations


def test_they_stands_for_the_mediators(coded_events):
    evs = coded_events("The Nordic mediators said on Friday that they were ending their "
                       "mission to the two provinces.")
    assert evs and evs[0]["root"] == "SANCTION", evs[:2]


def test_they_with_no_noun_subject_before_stays_unread(coded_events):
    # no noun subject to stand for: the gated entry finds no mediator
    evs = coded_events("They were ending their mission to the two provinces.")
    assert not any(e["root"] == "SANCTION" for e in evs), evs
