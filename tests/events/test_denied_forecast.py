"""An act told not foreseen ('is not likely to sign', 'is not expected to join', 'is unlikely
to accept', 'does not expect to meet') is the act its forecast gives, negated, not a refusal
(roles.json denied_forecasts; PLOVER manual 2.3 negation mode, 3.10 REJECT 'rejections and
refusals'): the doer's own 'will not sign' or 'is not willing to sign' stays REJECT. Issue 4,
the stop-59 leftover: a prediction read as a refusal."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Tesk premier is not likely to sign the border accord this week.",
    "Osk is not expected to sign the grain pact before the vote.",
    "The Osk rebels are unlikely to accept the truce plan, aides said.",
    "We do not expect to meet the Osk delegation this month, the Tesk envoy said.",
])
def test_a_cooperative_act_not_foreseen_is_no_refusal(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "AGREE" and ev["negated"] and ev["rule"].endswith("+forecast"), ev


def test_a_hostile_act_not_foreseen_keeps_its_threat_negated(top_event):
    ev = top_event("The Osk rebels are not expected to attack the border towns before the rains.")
    assert ev["root"] == "THREATEN" and ev["negated"] and ev["rule"].endswith("+forecast"), ev


def test_a_denied_forecast_takes_no_negated_root(top_event):
    # n.support.confidence's negated_root (ACCUSE) is for confidence denied, not unforeseen
    ev = top_event("The Lirn premier is not likely to voice confidence in the Osk monitors.")
    assert ev["root"] != "ACCUSE" and ev["negated"], ev


@pytest.mark.parametrize("text", [
    "The Tesk premier will not sign the border accord, his aide said.",
    "The Tesk premier is not willing to sign the border accord.",
    "The Tesk cabinet refused to sign the border accord.",
])
def test_the_doer_s_own_refusal_stays_reject(top_event, text):
    assert top_event(text)["root"] == "REJECT"


@pytest.mark.parametrize("text", [
    "Osk is expected to sign the grain pact on Friday.",
    "The Tesk premier is likely to sign the border accord this week.",
])
def test_a_forecast_not_denied_is_the_planned_act(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "AGREE" and not ev["negated"], ev
