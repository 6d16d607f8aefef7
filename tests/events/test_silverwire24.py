"""Fixes prompted by the blind batch Random(81) (bench/plover_probes_silverwire24.txt, issue 4;
written after its errors were read, so NOT blind): a door, a market or the polls that close
or shut of themselves are no coercion (verbs.json v.coerce.detain not_subjects; a border or a
school told closed still is); a protest, a strike or revenge promised or pledged is a threat,
whatever condition it hangs on (v.threaten.promise_dissent, as 'vowed protests' reads); a
sentence or a prison term given, handed down or imposed is the court's coercion, not the crime
it punishes (nouns.json n.coerce.sentence, n.coerce.prison_term); what markets expect, a price
or a currency held up is market copy, no party backed (v.support not_objects); a bare conjunct
shares its verb's 'will' ('will study the idea, work with X') and a purpose infinitive its
verb's 'would' ('would leave on Friday to head to the talks'): both are acts told ahead
(events.context._future_told)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Voters still in the queue could cast their ballots even once the doors shut at six.",
    "The polls closed at eight in the evening and the count began at once.",
    "The Osk bourse closed higher on Monday after a quiet session.",
    "Both valves on the Osk well head shut one after the other in the trial.",
])
def test_a_thing_that_closes_is_no_coercion(coded_events, text):
    assert all(e["root"] != "COERCE" for e in coded_events(text)), coded_events(text)


@pytest.mark.parametrize("text", [
    "Police shut the offices of the Osk rights group on Monday.",
    "The government closed the border with Tarvia.",
    "The border crossing into Velkia was shut by the army on Monday.",
    "The border closed at midnight.",
    "A school in Harwick closed after four pupils caught measles.",
])
def test_premises_a_border_or_a_school_closed_stay_coercion(top_event, text):
    assert top_event(text)["root"] == "COERCE"


@pytest.mark.parametrize("text", [
    "Opposition parties in Tarvia have promised demonstrations if they find any fraud in the "
    "count.",
    "The dockers' union promised a general strike if the port is sold.",
    "The militia pledged revenge for the death of its commander.",
])
def test_a_protest_or_revenge_promised_is_a_threat(top_event, text):
    assert top_event(text)["root"] == "THREATEN"


def test_what_is_threatened_is_no_target(top_event):
    ev = top_event("The Kessian opposition promised mass demonstrations if the vote is rigged.")
    assert ev["root"] == "THREATEN" and ev.get("target") is None, ev


@pytest.mark.parametrize("text", [
    "The Velkan cabinet promised new elections within a year.",
    "The two governments pledged to reopen their embassies by June.",
])
def test_other_promises_stay_commitments(top_event, text):
    assert top_event(text)["root"] == "AGREE"


@pytest.mark.parametrize("text", [
    "The judge gave nine of the defendants the heaviest sentence the law allows for killing "
    "150 prisoners of war.",
    "A Lirn court handed the former mayor a ten-year prison term for taking bribes.",
    "The tribunal imposed a life sentence on the militia leader.",
    "The court handed down a death sentence to the rebel leader.",
])
def test_a_sentence_given_is_the_courts_coercion(top_event, text):
    assert top_event(text)["root"] == "COERCE"


def test_the_sentenced_party_is_the_target(top_event):
    ev = top_event("The tribunal imposed a life sentence on the militia leader.")
    assert "leader" in str(ev.get("target")), ev


@pytest.mark.parametrize("text", [
    "The coach gave the young striker a chance in the second half.",
    "The minister handed the award to the young novelist.",
])
def test_other_things_given_are_no_sentence(coded_events, text):
    assert all(e["root"] != "COERCE" for e in coded_events(text)), coded_events(text)


@pytest.mark.parametrize("text", [
    "A strategist at Lirn Capital said the fall of the tessa against the US dollar had "
    "supported market hopes for exporters' profits.",
    "Strong factory data backed expectations of a rate rise in Osk, dealers said.",
    "Buying by pension funds supported share prices in late trade.",
])
def test_market_copy_backs_no_party(coded_events, text):
    assert all(e["root"] != "SUPPORT" for e in coded_events(text)), coded_events(text)


@pytest.mark.parametrize("text", [
    "Washington praised the government's reform efforts.",
    "Tarvia backed hopes of a truce deal to stop the war.",
])
def test_backing_a_party_stays_support(coded_events, text):
    assert any(e["root"] == "SUPPORT" for e in coded_events(text)), coded_events(text)


@pytest.mark.parametrize(("text", "root"), [
    ('"We will surely study that idea, work with the Tarvian people and its cabinet," said '
     "deputy spokesman Ivo Brandt.", "AGREE"),
    ("Well-placed Tarvian sources said that Kabu would leave Lirn on Friday to head to the "
     "talks.", "AGREE"),
    ("The two sides will meet in Osk and sign the accord.", "AGREE"),
])
def test_an_act_sharing_a_verbs_will_is_told_ahead(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    ('"We studied that idea and worked with the Tarvian people," said deputy spokesman Ivo '
     "Brandt.", "COOPERATE"),
    ("Kabu left Lirn on Friday to head to the talks.", "CONSULT"),
])
def test_the_same_acts_told_done_keep_their_root(top_event, text, root):
    assert top_event(text)["root"] == root


def test_a_past_conjunct_after_a_will_is_not_ahead(coded_events):
    evs = coded_events("He said he would meet the rebels and attacked their camp on Monday.")
    assert any(e["root"] == "ASSAULT" for e in evs), evs
