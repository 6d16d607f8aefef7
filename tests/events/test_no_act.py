"""Words of a root that tell no act between parties (issue 4, precision; events.no_act,
roles.json transactions, visit_sites, opinions and self_injuries): business copy, a price
that closed, sightseeing, a view shared, an injury to one's own body; a participle before
a named person ('Visiting Premier X said'), who is the subject; a duty speakers lay on
themselves ('we must'), which asks nothing."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("transactions", "visit_sites", "opinions",
                                                     "self_injuries", "company_fights",
                                                     "vote_shares", "advice", "crowd_crushes",
                                                     "medical_checks", "evidence_backing",
                                                     "own_meetings", "business_doers",
                                                     "held_posts"),
                         ids=lambda ex: ex["text"][:40])
def test_no_act_example(coded_events, ex):
    roots = [e["root"] for e in coded_events(ex["text"])]
    if ex["root"] is None:
        assert roots == [], roots
    else:
        assert roots[:1] == [ex["root"]], roots


def test_an_arms_purchase_is_still_coded(coded_events):
    """Only a deal priced in money or on shares is business copy: buying arms stays an act."""
    evs = coded_events("Tarvia signed a deal to buy fighter jets from Osk.")
    assert evs and evs[0]["root"] == "SUPPORT", evs


def test_a_closing_with_an_object_or_of_a_border_stays(coded_events):
    assert [e["root"] for e in coded_events("The border closed at midnight.")][:1] == ["COERCE"]
    evs = coded_events("Police closed the offices of the newspaper at $5 a share.")
    assert evs and evs[0]["root"] == "COERCE", evs


def test_a_visit_to_a_party_beside_a_site_is_a_meeting(coded_events):
    evs = coded_events("The premier visited Osk and its old temple on Monday.")
    assert [e["root"] for e in evs][:1] == ["CONSULT"], evs


@pytest.mark.parametrize("text", [
    "Visiting Tarvian Prime Minister Ola Brand held talks with President Kemal Ors on Monday.",
    "Visiting Tarvian Premier Ola Brand met Osk President Kemal Ors on Tuesday.",
])
def test_a_participle_before_a_name_is_no_visit(coded_events, text):
    evs = coded_events(text)
    assert [e["trigger"] for e in evs if e["trigger"] == "Visiting"] == [], evs
    assert evs[0]["root"] == "CONSULT" and evs[0]["actor"] == "Ola Brand", evs
    assert "Kemal Ors" in evs[0]["target"], evs


def test_visiting_a_place_is_still_a_visit(coded_events):
    evs = coded_events("Visiting Tarvik was the high point of the trip for Ola Brand.")
    assert [e["trigger"] for e in evs] == ["Visiting"], evs


def test_a_part_in_a_contest_is_no_meeting(coded_events):
    """roles.json contests: a team's participation in a tournament is sport; a state's in a
    conference stays a meeting."""
    assert coded_events("Arden United has confirmed its participation in a six-team "
                        "tournament in Osk next month.") == []
    evs = coded_events("Tarvia confirmed its participation in the peace conference in Osk.")
    assert [e["root"] for e in evs][:1] == ["CONSULT"], evs


def test_a_duty_the_speakers_lay_on_themselves_is_no_request(coded_events):
    evs = coded_events('Looking ahead, Tarvian Foreign Minister Ana Holt said, "We ought to keep '
                       'the door of the pact open to our neighbours."')
    assert evs == [], evs
    evs = coded_events("The Osk foreign ministry said Tarvia must withdraw its troops.")
    assert [e["root"] for e in evs][:1] == ["REQUEST"], evs


@pytest.mark.parametrize("text", [
    "Citing patient safety, the Tessian drug maker Halvor said it was stopping every clinical "
    "trial of its new heart drug.",
    "Ardmore Labs halted the field trials of its new maize seed in Osk on Monday.",
])
def test_a_clinical_or_field_trial_ended_is_no_case(coded_events, text):
    """nouns.json n.accuse.trial not_modifiers, read by an ending verb too
    (light.ending_verb_event)."""
    assert coded_events(text) == []


def test_a_court_trial_halted_stays_a_case(coded_events):
    evs = coded_events("The judge halted the trial of six army officers on Monday.")
    assert evs and evs[0]["root"] == "CONCEDE", evs


@pytest.mark.parametrize("text", [
    "Analysts said the cartel's members had closed ranks.",
    "Union Savings said it expects to close the transaction early next year.",
    "Pell Brands closed the acquisition of the Corlan chain on Friday.",
])
def test_ranks_or_a_deal_closed_is_no_closure(coded_events, text):
    """verbs.json v.coerce.detain not_objects: closing ranks is an idiom, closing a deal is
    business copy; no one is shut in or out."""
    assert [e["root"] for e in coded_events(text)] == []


def test_a_deal_as_the_doer_is_no_act_but_a_state_is(coded_events):
    """roles.json transactions deal_subjects: only the deal's own doing is dropped."""
    assert coded_events("The merger raises Pell's presence in Osk to 300 stores.") == []
    evs = coded_events("Tarvia raised its troop presence on the border to 3,000 soldiers.")
    assert evs and evs[0]["root"] == "MOBILIZE", evs


def test_holders_asked_for_support_is_company_votes(coded_events):
    """roles.json transactions holders: 'shareholders' asked is no party asked; a state is."""
    assert coded_events("The Osk regional government is seeking support from other "
                        "shareholders in the fight for control of Velo Motors.") == []
    evs = coded_events("The Osk regional government is seeking support from Tarvia in its "
                       "border dispute.")
    assert evs and evs[0]["root"] == "REQUEST", evs


def test_results_that_beat_forecasts_are_no_doer(coded_events):
    """roles.json non_agents: a firm's results or profit are no party acting."""
    assert coded_events("Osk Credit said its quarterly results beat forecasts, with net "
                        "profit up 12 percent.") == []
    evs = coded_events("Rebels beat the prisoners with sticks.")
    assert evs and evs[0]["root"] == "ASSAULT", evs


@pytest.mark.parametrize("text", [
    "The refinery in Marn was shut down for repairs last month.",
    "Part of the charge covers last month's closing of a biscuit bakery in Ashby, Harl said.",
])
def test_a_facility_closed_with_no_doer_is_a_stoppage(coded_events, text):
    """roles.json transactions facilities (events.no_act.facility_stopped)."""
    assert coded_events(text) == []


@pytest.mark.parametrize("text", [
    "The plant was closed by the army.",
    "The army's closing of the plant angered workers.",
    "The closing of the border angered Osk.",
])
def test_a_closing_with_a_doer_or_of_a_border_stays_coercion(coded_events, text):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == "COERCE", evs
