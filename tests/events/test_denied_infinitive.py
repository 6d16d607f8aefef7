"""A to-infinitive completing a noun that 'no' determines tells an act not done
(context._denied_infinitive; issue 4, task C3 of session 21)."""

from __future__ import annotations


def _by_trigger(evs, word):
    return next(e for e in evs if word in e["trigger"])


def test_no_agreement_to_extend_negates_the_extension(coded_events):
    evs = coded_events("There was still no agreement to extend the truce in Halden, envoys said.")
    assert _by_trigger(evs, "extend")["negated"], evs
    evs = coded_events("The two sides reached no agreement to extend the truce.")
    assert evs[0]["root"] == "REJECT", evs[:1]
    assert _by_trigger(evs, "extend")["negated"], evs


def test_an_agreement_to_extend_is_not_negated(coded_events):
    evs = coded_events("The two sides reached an agreement to extend the truce.")
    assert not _by_trigger(evs, "extend")["negated"], evs
    assert evs[0]["root"] == "AGREE", evs[:1]
