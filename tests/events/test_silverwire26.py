"""Fixes prompted by the blind batch Random(83) (bench/plover_probes_silverwire26.txt, issue 4;
written after its errors were read, so NOT blind): questioning or doubting a party's neutrality,
fairness or legitimacy is criticism, ACCUSE, with the quality the object or, in wire English,
the object of 'about' (verbs.json v.question.legality, v.question.legality_about); highlighting
or exposing a party's shortcomings or abuses is criticism too (v.highlight.failings); whoever
arrives 'at the invitation of' a party is on a visit, CONSULT, titled or not
(v.travel.invited); a currency held up by a gap in rates, data or buying is market copy, no
party backed (v.support not_subjects, not_objects); a feeling 'that' the feeler's own side did an
act ('glad that we could sign the accord') praises no party, the act is the event
(roles.json verdicts own_doers, events.judged); an act that is the subject of 'on the agenda'
or 'topped the agenda' is a topic of the talks, no act (mentioned_acts agendas). Each entry's
own examples run in test_lexicon.py, test_judged.py and test_mentioned.py; these check the
shapes around them."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


def _entry(entry_id: str) -> dict[str, object]:
    return next(d for d in lexicon.load_json("verbs.json")["entries"] if d["id"] == entry_id)


@pytest.mark.parametrize("quality", _entry("v.question.legality")["objects"])
def test_every_quality_questioned_is_criticism(top_event, quality):
    """Each quality the entry lists, questioned plainly, codes ACCUSE with the parties
    questioning it as the actor."""
    ev = top_event(f"Opposition parties questioned the {quality} of the election commission.")
    assert ev["root"] == "ACCUSE" and ev["rule"] == "v.question.legality", ev
    assert "Opposition" in str(ev.get("actor")), ev


@pytest.mark.parametrize("phrase", _entry("v.question.legality_about")["particle"])
def test_every_quality_questioned_about_is_criticism(top_event, phrase):
    """The about-entry lists the plain entry's party qualities, each as 'about X'."""
    quality = phrase.split()[1]
    assert quality in _entry("v.question.legality")["objects"]
    ev = top_event(f"Opposition parties questioned about the {quality} of the election chief.")
    assert (ev["root"], ev["rule"]) == ("ACCUSE", "v.question.legality_about"), ev


@pytest.mark.parametrize("text", [
    "Two rebel groups questioned about the neutrality of the Kessian mediators.",
    "Some Velkan deputies questioned about the legitimacy of the interim council.",
])
def test_questioned_about_a_quality_is_criticism(top_event, text):
    ev = top_event(text)
    assert (ev["root"], ev["rule"]) == ("ACCUSE", "v.question.legality_about"), ev


@pytest.mark.parametrize("text", [
    "Police questioned the driver about the crash for two hours.",
    "Reporters questioned the minister about the new budget.",
    "The panel questioned whether the dam could be finished by June.",
])
def test_other_questions_are_no_criticism(coded_events, text):
    assert all(e["rule"] not in ("v.question.legality", "v.question.legality_about")
               for e in coded_events(text)), coded_events(text)


def test_shortcomings_highlighted_outrank_the_trip_ending(coded_events):
    """'Concluding a trip ..., the official highlighted shortcomings in X's ...': the
    criticism is the main clause's act, the trip's end a participial adjunct."""
    evs = coded_events("Concluding a five-day tour of Velka, the Union official highlighted "
                       "shortcomings in Velka's protection of migrant children.")
    assert [e["root"] for e in evs][:1] == ["ACCUSE"], evs


def test_highlighted_gains_are_no_criticism(coded_events):
    evs = coded_events("The minister highlighted the strengths of the new trade accord.")
    assert all(e["root"] != "ACCUSE" for e in evs), evs


@pytest.mark.parametrize("text", [
    "Dorak arrived in Tessia on Monday at the invitation of Tessian Foreign Minister Ida Venn.",
    "The Kessian premier flew to Osk on Sunday at the invitation of his Velkan counterpart.",
])
def test_an_invited_arrival_is_a_visit(top_event, text):
    assert top_event(text)["root"] == "CONSULT"


def test_an_arrival_with_no_invitation_or_title_is_no_visit(coded_events):
    assert coded_events("Marr arrived in Osk late on Monday.") == []


@pytest.mark.parametrize("text", [
    "The dollar is supported by a large gap between Velkan and Kessian interest rates.",
    "Strong import demand supported the yen in Osk trading on Friday.",
    "The euro was backed by firm factory data from Lirn.",
])
def test_a_currency_held_up_by_the_market_is_no_support(coded_events, text):
    assert all(e["root"] != "SUPPORT" for e in coded_events(text)), coded_events(text)


@pytest.mark.parametrize("text", [
    "The Velkan president was backed by the ruling party.",
    "The peace plan is supported by Velka and Orlund.",
])
def test_a_party_backed_by_parties_stays_support(top_event, text):
    assert top_event(text)["root"] == "SUPPORT"


@pytest.mark.parametrize("text", [
    "\"I am glad that we could now conclude this key accord with Tessia,\" the Velkan minister "
    "said.",
    "We are delighted that we have signed the trade pact with Orlund.",
])
def test_a_feeling_at_ones_own_act_leaves_the_act(coded_events, text):
    """'glad that we could conclude': the speakers' own act is the event; no praise."""
    evs = coded_events(text)
    assert evs and not evs[0]["rule"].startswith("reaction:"), evs


@pytest.mark.parametrize("text", [
    "The Velkan minister said he was pleased that Tessia had concluded the accord.",
    "We are pleased that the Orlundi government has released the two reporters.",
])
def test_a_feeling_at_another_partys_act_stays_a_reaction(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "SUPPORT" and ev["rule"].startswith("reaction:"), ev


@pytest.mark.parametrize("text", [
    "Aid for the coming vote in Orlund was on the agenda when the Velkan envoy met the Orlandi "
    "president.",
    "Sanctions on Orlund and aid to its refugees were on the agenda when the two leaders met.",
    "Military cooperation ranks high on the agenda for the Velkan president's visit to Lirn.",
])
def test_an_act_on_the_agenda_is_a_topic_and_the_meeting_is_the_act(top_event, text):
    assert top_event(text)["root"] == "CONSULT"


@pytest.mark.parametrize("text", [
    "Velka sent aid to Orlund on Monday.",
    "Aid to the flood victims arrived in Osk on Monday.",
])
def test_an_act_off_the_agenda_stays(top_event, text):
    assert top_event(text)["root"] == "AID"
