"""Fixes prompted by the blind batch Random(77) (bench/plover_probes_silverwire20.txt, issue 4;
written after its errors were read, so NOT blind): a crime, an offence or an error committed is
done, no pledge, while a party committed to a process or committing itself still pledges
(verbs.json v.agree not_objects; violence committed stays v.commit.atrocity, troops committed
v.mobilize.send); an order or a request to the doer's own staff ('ordered his workers', 'asked its
embassies', 'them' after such a plural) is no act toward another party (v.demand not_own_staff,
senses._own_staff); an agreement or a treaty passed or adopted is concluded, SUPPORT, as one
ratified (nouns.json n.sign.passed; a protocol adopted is a procedure); a letter, a message or an
envoy sent to rebels or an army is no aid (v.aid.send_to_forces not_objects)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The rebel colonel has been wanted since 2004 for war crimes committed in Tessa.",
    "Since then the Varan colonel has been under a global warrant for war crimes plus crimes "
    "against humanity committed in Tessa.",
    "The court heard that the fraud was committed by two clerks at the Lirn port authority.",
    "Ivo Marr committed a foul in the second half and was sent off.",
    "Police said the offences were committed between March and May.",
])
def test_a_crime_committed_is_no_pledge(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "AGREE" for e in evs), evs


@pytest.mark.parametrize(("text", "root"), [
    ("The Kessian government is committed to the peace process with the rebels.", "AGREE"),
    ("The rebels committed themselves to the peace process.", "AGREE"),
    ("Soldiers committed abuses against civilians in the village.", "ASSAULT"),
    ("Velka committed 3,000 troops to the mission in Varo.", "MOBILIZE"),
])
def test_a_pledge_or_an_atrocity_committed_stays(top_event, text, root):
    ev = top_event(text)
    assert ev["root"] == root, ev



@pytest.mark.parametrize("text", [
    "Dren said he ordered his workers not to give their surnames on the job.",
    "The Norlish foreign ministry asked its embassies to review their safety measures.",
    "The ministry sent a cable to all its embassies asking them to review their security.",
    "The Kessian bank instructed its staff to stay at home on Monday.",
])
def test_an_order_to_ones_own_staff_is_no_request(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "REQUEST" for e in evs), evs


@pytest.mark.parametrize(("text", "root"), [
    ("Kessia asked the UN mission to leave Varo by June.", "REQUEST"),
    ("Kessia sent a letter to the rebels asking them to free the hostages.", "REQUEST"),
    ("The ministry instructed its diplomats to boycott the ceremony in Lirn.", "PROTEST"),
])
def test_a_request_to_another_party_stays(top_event, text, root):
    ev = top_event(text)
    assert ev["root"] == root, ev


@pytest.mark.parametrize("text", [
    "The summit of the five Rim states also passed four agreements on trade, visas and "
    "arbitration.",
    "The Kessian assembly adopted the border treaty with Velka on Monday.",
    "The Kessian parliament ratified the border agreement with Velka.",
])
def test_an_agreement_passed_is_concluded(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "SUPPORT", ev


@pytest.mark.parametrize("text", [
    "The board of Lirn Mining passed the deal on Friday.",
    "The Lirn port authority said it was adopting fresh safety rules for tankers.",
    "Kessia sent a letter to the rebels in Varo on Monday.",
    "The Velkan premier sent a message to the army on its national day.",
])
def test_no_act_in_a_deal_passed_or_a_letter_sent(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] not in ("SUPPORT", "AID") for e in evs), evs


def test_arms_sent_to_an_army_stay_aid(top_event):
    ev = top_event("The alliance sent helmets and radios to the Velkan army.")
    assert ev["root"] == "AID", ev
