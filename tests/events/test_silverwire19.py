"""Fixes prompted by the blind batch Random(76) (bench/plover_probes_silverwire19.txt, issue 4;
written after its errors were read, so NOT blind): a body approving a text of its own (a bill,
a budget, a motion) backs no party, what the text does is the act (roles.json passed_texts,
events.no_act); trade or economic ties established or restored are economic cooperation
(nouns.json n.cooperate.trade_ties); questions asked request nothing (roles.json figurative
question_nouns); a verb of compliance with a direct object ('complied a list') tells no
compliance (verbs.json v.concede.comply_with); an inspection of a reform or a building work is
oversight, no investigation (v.inspect not_objects); a gathering's closing verb joined to its
opening closes no one (events.no_act._session_ended); a speaker's 'we' wanting a state to act
asks it to (roles.json wishes speakers)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Dorvan senate approved the budget for next year by 61 votes to 30.",
    "The bill was approved by the Kessian parliament on Monday.",
    "The Tarvian assembly gave its final approval to the pension bill on Friday.",
    "The Lirn city council approved the introduction of a congestion charge.",
])
def test_a_text_passed_backs_no_party(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "SUPPORT" for e in evs), evs


@pytest.mark.parametrize(("text", "root"), [
    # what the text does is the act
    ("The Velkan senate approved a resolution urging the government to recall its troops "
     "from Varo.", "REQUEST"),
    ("The Orlund parliament approved a bill on Tuesday barring imports from Kessia.",
     "SANCTION"),
    # another party's plan, entry or proposal approved is still backed
    ("Tarvia gave its approval to the Union's peace plan on Monday.", "SUPPORT"),
    ("The member states approved Kessia's entry into the bloc.", "SUPPORT"),
])
def test_what_a_passed_text_does_or_another_partys_plan(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    ("The Dorvan senate voted to restore normal trade relations with Kessia.", "COOPERATE"),
    ("Tarvia and Lirn established economic ties in 1994.", "COOPERATE"),
    ("Tarvia and Lirn established diplomatic ties in 1994.", "SUPPORT"),
    ("Velkan severed its trade ties with Kessia on Monday.", "SANCTION"),
])
def test_trade_ties_restored_are_economic_cooperation(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize("text", [
    "The minister said he welcomed the questions the deputies asked.",
    "Reporters asked the Velkan envoy several questions about the fishing dispute.",
])
def test_questions_asked_request_nothing(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "REQUEST" for e in evs), evs


def test_asking_a_party_to_answer_questions_still_requests(top_event):
    ev = top_event("The committee asked the Tarvian minister to answer its questions by Friday.")
    assert ev["root"] == "REQUEST"


@pytest.mark.parametrize(("text", "root"), [
    ("The Velkan board complied a list of approved schoolbooks.", None),
    ("Kessia complied with the tribunal's ruling on the border.", "CONCEDE"),
    ("The militia heeded the call and left the town.", "CONCEDE"),
])
def test_compliance_takes_no_direct_object(coded_events, text, root):
    evs = coded_events(text)
    assert (evs[0]["root"] if evs else None) == root, evs


@pytest.mark.parametrize(("text", "root"), [
    ("The ministry will carry out an inspection of the water tax reform in three provinces.",
     None),
    ("Atomic agency experts inspected the Tarvian reactor on Monday.", "ACCUSE"),
])
def test_an_inspection_of_a_reform_is_oversight(coded_events, text, root):
    evs = coded_events(text)
    assert (evs[0]["root"] if evs else None) == root, evs


@pytest.mark.parametrize(("text", "root"), [
    ('"We want Kessia to free the fishermen," the Orlund envoy said.', "REQUEST"),
    ('"What we would really like to see the Tarvians do is rein in the militias," a Velkan '
     "spokesman said.", "REQUEST"),
    # one's own act is an intention; a team is no state
    ('"We want to resume the talks next month," the Kessian envoy said.', "AGREE"),
    ('"We want the Harwick Rovers to win the league," the coach said.', None),
])
def test_a_speakers_we_wanting_a_state_to_act_asks_it(coded_events, text, root):
    evs = coded_events(text)
    assert (evs[0]["root"] if evs else None) == root, evs


@pytest.mark.parametrize("text", [
    "The Velkan premier told the forum, which began on Tuesday and will close on Sunday, "
    "that aid would rise.",
    "The Kessian envoy addressed the summit, which opened on Monday and closed on Friday.",
])
def test_a_gathering_joined_to_its_opening_closes_no_one(coded_events, text):
    # a paraphrase of the batch showed it: the closing verb joined to 'began' has no subject
    # of its own, the relative pronoun's gathering is it (events.no_act._session_ended)
    evs = coded_events(text)
    assert all(e["root"] not in ("COERCE", "THREATEN") for e in evs), evs


def test_a_party_that_will_close_a_border_still_threatens(top_event):
    ev = top_event("The army sealed off the valley and will close the border on Friday.")
    assert {"COERCE", "THREATEN"} & {ev["root"]}
