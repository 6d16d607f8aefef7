"""Disapproval told by a feeling word at a named party's doing, and senses read on real wire
prose (issue 4, real-wire audit of session 46): all sentences invented."""

import pytest


def test_a_named_party_concerned_over_another_partys_doing_accuses_it(coded_events):
    evs = coded_events("The Pemberlan government has long been concerned over Kestria's growing "
                       "military might.")
    assert (evs[0]["root"], evs[0]["actor"], evs[0]["target"]) == ("ACCUSE", "Pemberlan", "Kestria")
    evs = coded_events("The Kenyan government was angered by Tomas Brek's remarks on Monday.")
    assert (evs[0]["root"], evs[0]["actor"], evs[0]["target"]) == ("ACCUSE", "Kenya", "Tomas Brek")


def test_who_is_shocked_at_an_act_is_its_actor_not_its_target(coded_events):
    # 'was shocked at' parses as a passive: the one shocked feels, the act is felt at
    evs = coded_events("The Varn foreign minister was shocked at the killing of the Orlund envoy.")
    assert evs[0]["root"] == "ACCUSE" and evs[0]["actor"] == "Varn", evs[:2]
    assert any(e["root"] == "ASSAULT" and e["trigger"] == "killing" for e in evs[1:])


@pytest.mark.parametrize("text", [
    # what befalls a party is no doing of it: shock at a death is grief
    "The Varn sports minister expressed his shock at the sudden death of Tomas Brek.",
    # traders and teams are no named party: their feelings judge no one
    "Traders were concerned about Kessland's currency, dealers said.",
    "The farmers expressed concern about the weather in the north.",
])
def test_no_blame_where_no_party_judges_a_doing(coded_events, text):
    assert all("reaction" not in e["rule"] for e in coded_events(text))


def test_linked_with_tells_a_relation_and_linked_up_a_joining(coded_events):
    evs = coded_events("The envoy said the raid on the camp is not linked with the inquiry.")
    assert all(e["root"] != "COOPERATE" for e in evs), evs
    evs = coded_events("Rebel units linked up with the Varn militia on Tuesday.")
    assert evs and evs[0]["root"] == "COOPERATE"


def test_clamp_down_on_supplies_is_no_aid(coded_events):
    evs = coded_events("The navy will clamp down on food and fuel going into Varn.")
    assert evs and all(e["root"] != "AID" for e in evs), evs
    evs = coded_events("The army clamped a curfew on the city.")
    assert evs[0]["root"] == "COERCE"


def test_flayed_over_an_act_is_criticism_of_the_actor(coded_events):
    evs = coded_events("Orlund papers flayed the premier over his retreat from the talks.")
    assert (evs[0]["root"], evs[0]["target"]) == ("ACCUSE", "premier"), evs[:2]


def test_a_game_is_a_war_game_only_with_its_military_word(coded_events):
    assert coded_events("Harlow's home game against Brenton will open the season.") == []
    evs = coded_events("The Kessian navy staged war games with Orlund in the gulf.")
    assert evs and evs[0]["root"] == "COOPERATE"
