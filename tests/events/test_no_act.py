"""Words of a root that tell no act between parties (issue 4, precision; events.no_act,
roles.json transactions, visit_sites and opinions): business copy, a price that closed,
sightseeing, a view shared; a participle before a named person ('Visiting Premier X said'),
who is the subject; a duty speakers lay on themselves ('we must'), which asks nothing."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("transactions", "visit_sites", "opinions"),
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
    assert coded_events("Arden United have confirmed their participation in a six-team "
                        "tournament in Osk next month.") == []
    evs = coded_events("Tarvia confirmed its participation in the peace conference in Osk.")
    assert [e["root"] for e in evs][:1] == ["CONSULT"], evs


def test_a_duty_the_speakers_lay_on_themselves_is_no_request(coded_events):
    evs = coded_events('Looking ahead, Tarvian Foreign Minister Ana Holt said, "We ought to keep '
                       'the door of the pact open to our neighbours."')
    assert evs == [], evs
    evs = coded_events("The Osk foreign ministry said Tarvia must withdraw its troops.")
    assert [e["root"] for e in evs][:1] == ["REQUEST"], evs
