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


def test_it_stands_for_no_plural_market_noun(coded_events):
    # 'it' is the firm, not the shares: the shares are a market (no actor), the firm agrees
    evs = coded_events("Varnco shares rose sharply after it agreed to pay the farmers' claims.")
    assert any(e["root"] == "AGREE" and e["trigger"] == "agreed" for e in evs), evs


def test_it_still_stands_for_a_singular_market_noun(coded_events):
    # a singular market noun before 'it' is still what 'it' stands for: no act of anyone
    evs = coded_events("The Varn index fell sharply after it closed lower on Monday.")
    assert not any(e["root"] == "COERCE" for e in evs), evs
