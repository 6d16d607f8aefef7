"""Acts of real wire prose the blind audit of session 47 found missed or misread (issue 4):
a past plot, a strike against a state, social ills fought, dismissed suits, places that
buzz or are stepped out of. All sentences invented."""

import pytest


def test_a_past_plan_with_a_definite_act_tells_the_act_done(coded_events):
    evs = coded_events("Police said the Orlund Front planned the bombings of the two embassies.")
    assert evs[0]["root"] == "ASSAULT" and evs[0]["actor"] == "Orlund Front", evs[:2]


@pytest.mark.parametrize("text", [
    "The Orlund Front planned an attack on the embassy.",  # no definite act: a plan
    "The Orlund Front planned the attack for next week.",  # set for later
    "The Orlund Front plans the bombings.",  # present: still ahead
])
def test_a_plan_still_ahead_stays_a_threat(coded_events, text):
    assert coded_events(text)[0]["root"] == "THREATEN"


def test_a_strike_against_a_state_is_an_attack_not_a_stoppage(coded_events):
    evs = coded_events("The president said he was committed to a potential strike against Iran.")
    assert evs[0]["root"] == "ASSAULT" and evs[0]["target"] == "Iran"
    # a stoppage with no state it is against stays one
    evs = coded_events("Dockers said the strike against the port board would go on.")
    assert evs[0]["root"] == "PROTEST"


@pytest.mark.parametrize("text", [
    "The minister vowed to fight racism in the border provinces.",
    "Health workers from Osk came to fight malaria in the delta.",
])
def test_a_social_ill_or_a_disease_fought_is_no_attack(coded_events, text):
    assert all(e["root"] != "ASSAULT" for e in coded_events(text))


def test_moving_to_dismiss_a_suit_refuses_it(coded_events):
    evs = coded_events("Lawyers for the ministry moved to dismiss the farmers' lawsuit.")
    assert evs[0]["root"] == "REJECT" and evs[0]["trigger"] == "dismiss"


def test_a_place_buzzing_with_talk_is_no_overflight(coded_events):
    assert all(e["root"] != "MOBILIZE" for e in coded_events(
        "The cafes of the old quarter buzzed with rumours about the mayor."))
    assert coded_events("Dorvan jets buzzed the presidential palace.")[0]["root"] == "MOBILIZE"


def test_stepping_out_of_a_building_is_no_retreat(coded_events):
    assert all(e["root"] != "RETREAT" for e in coded_events(
        "The mayor stepped out of the courthouse into a crowd of reporters."))


def test_swinging_behind_a_leader_backs_him(coded_events):
    evs = coded_events("Several armed groups swung behind the president after the vote.")
    assert evs[0]["root"] == "SUPPORT"
    # lagging behind is no support
    assert all(e["root"] != "SUPPORT" for e in coded_events(
        "Velka fell behind Osk in grain exports last year."))


def test_blood_on_a_partys_hands_accuses_it(coded_events):
    evs = coded_events("Critics say the general had blood on his hands.")
    assert evs[0]["root"] == "ACCUSE" and evs[0]["target"] == "general"


def test_a_bomber_throwing_himself_at_a_car_attacks(coded_events):
    evs = coded_events("A bomber threw himself at the governor's car in the city centre.")
    assert evs[0]["root"] == "ASSAULT" and evs[0]["actor"] == "bomber"


def test_a_demonstration_of_a_partys_contempt_is_no_protest(coded_events):
    evs = coded_events("The minister said the verdict was a demonstration of Dorvan's "
                       "contempt for the law.")
    assert all(e["root"] != "PROTEST" for e in evs), evs


def test_calling_a_speech_unwise_faults_it(coded_events):
    evs = coded_events("The opposition called the premier's speech unwise.")
    assert evs[0]["root"] == "ACCUSE" and evs[0]["trigger"] == "called"


def test_respecting_a_ceasefire_observes_it(coded_events):
    evs = coded_events("Both sides respected the ceasefire overnight.")
    assert evs[0]["root"] == "RETREAT"


@pytest.mark.parametrize("text", [
    "There is no way Tessia will assist the rebels.",
    "There is no chance that Tessia will assist the rebels.",
])
def test_no_way_a_party_will_act_refuses_the_act(coded_events, text):
    evs = coded_events(text)
    assert evs[0]["root"] == "REJECT" and evs[0]["trigger"] == "assist", evs[:2]


def test_no_question_that_an_act_happened_is_no_denial(coded_events):
    evs = coded_events("There is no question that Tessia attacked the rebels.")
    assert evs[0]["root"] == "ASSAULT" and not evs[0]["negated"], evs[:2]


def test_a_chance_a_party_will_act_is_still_an_intent(coded_events):
    assert coded_events("There is a chance Tessia will assist the rebels.")[0]["root"] == "AGREE"


def test_a_backlash_a_party_causes_is_criticism_of_it(coded_events):
    evs = coded_events("The president of Marnia caused a backlash abroad with his speech.")
    assert evs[0]["root"] == "ACCUSE" and evs[0]["actor"] is None
