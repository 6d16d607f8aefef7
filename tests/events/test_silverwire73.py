"""Shapes of the plain blind batch Random(95) (issue 4, session 73;
bench/plover_probes_silverwire38.txt), each a general shape of English or of the codebook,
with the near sense that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a halting verb's for-phrase is what the halt is made for: no meeting ended or
    # prevented (roles.json ended_purposes)
    ("Velkan police later found traces of polonium in Tesk, where one of the contacts, Ivo "
     "Rell, stopped on his way from Osk to Harl for the meeting.", "NONE"),
    ("Ivo Rell stopped on his way from Osk to Harl for the meeting.", "NONE"),
    ("The envoy halted in Tesk for the talks.", "NONE"),
    # talks stopped or broken off stay ended
    ("Velka stopped the talks with Orlund.", "SANCTION"),
    ("The premier broke off the talks with the rebels.", "SANCTION"),
    ("Velka halted its offensive on Monday.", "RETREAT"),
])
def test_stopped_for_a_meeting(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a site closed or shut to tourists, visitors or the public holds no one (verbs.json
    # v.coerce.detain not_particle)
    ("The famous Marr Monument in Tesk City has been closed to tourists since suspect "
     "packages were discovered, Velka TV reported on Monday.", "NONE"),
    ("The old fort was shut to visitors on Monday.", "NONE"),
    ("The palace will be closed to the public for a week.", "NONE"),
    # a border, a road or a crossing closed stays a restriction
    ("The border crossing into Velkia was shut by the army on Monday.", "COERCE"),
    ("Police closed the highway to the airport for six hours.", "COERCE"),
])
def test_closed_to_tourists(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a bolt or a flash of lightning is lightning, no attacker (roles.json non_agent_units),
    # also where the tagger makes 'lightning' a verb before 'bolts'
    ("Five villagers were struck dead by lightning bolts across Velka after torrential "
     "rain.", "NONE"),
    ("Four farmers were struck dead by two bolts of lightning in Velka.", "NONE"),
    ("Six people were killed by bolts of lightning in Velka.", "NONE"),
    # armed doers striking stay attacks
    ("Gunmen struck the village of Harl, killing five.", "ASSAULT"),
    ("Warplanes struck rebel positions overnight.", "ASSAULT"),
])
def test_struck_by_lightning(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # 'voted' the side of the year 'by' a body names the voters: no side taken (verbs.json
    # v.side_with, whose 'by' is v.side_with.stand_by's alone)
    ("Velka, lately voted Lirnia's side of the year by the Lirnian Football Union, are more "
     "of an unknown quantity for Dane, but he is not underrating them.", "NONE"),
    ("He was voted best player of the year by the fans.", "NONE"),
    # standing by a party, siding with it, voting for a text stay support
    ("Velka stood by Orlund throughout the crisis.", "SUPPORT"),
    ("Most Arab states sided with Egypt in the dispute.", "SUPPORT"),
    ("Twelve states voted for the resolution.", "SUPPORT"),
])
def test_voted_team_of_the_year(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # money seized as a deposit, cash or savings is confiscated (verbs.json v.seize.property)
    ("A first deposit of 2.3 million marks belonging to a Velkan pilot who arranged flights "
     "carrying Orlundi cocaine from Kado to the Velkan state of Marra was seized in May "
     "2001.", "COERCE"),
    ("Police seized the savings of the opposition leader.", "COERCE"),
    # deposits taken by a bank are business
    ("The bank took deposits of 3 million marks last year.", "NONE"),
])
def test_a_deposit_seized(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a force destroying its own missiles or stockpile attacks no one (verbs.json v.assault
    # not_own_staff); the help it had is the act
    ("Last year, the VAF destroyed all 187 of its portable anti-aircraft missiles with "
     "assistance from the Orlundi government.", "AID"),
    ("Velka destroyed its chemical weapons stockpile.", "NONE"),
    # another party's arms destroyed stay an attack
    ("Troops destroyed the rebels' weapons in the raid.", "ASSAULT"),
    ("Warplanes destroyed rebel missile launchers.", "ASSAULT"),
])
def test_own_missiles_destroyed(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # two named parties working to do something act together (roles.json joint_action
    # efforts)
    ("Velka Railways Deputy Director-General Ado Lin said Kado and Orlund are now working to "
     "finalize the joining rail point near Harl.", "COOPERATE"),
    ("Kado and Orlund are working to finalize the new border crossing.", "COOPERATE"),
    ("Vietnam and Cambodia are working to settle the border dispute.", "COOPERATE"),
    # one party, or parties not named, working to do it: no joint act read
    ("Velka is working to finalize the rail link with Orlund.", "NONE"),
    ("The army and the militia are working to clear the roads.", "NONE"),
    ("Velka and Marn joined forces to fight the smuggling gangs on their border.", "COOPERATE"),
])
def test_working_to_finalize(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a state or its government launching strikes on a place named by a noun, no party's
    # name, attacks it (nouns.json n.strike.state.light prep_places; session 72 left it)
    ("The Velkan government launched strikes on the capital on Monday.", "ASSAULT"),
    ("Velka launched strikes on the capital.", "ASSAULT"),
    ("The government began strikes against a border town.", "ASSAULT"),
    # a union's, workers' or a pay strike stays a stoppage, on the capital or in it
    ("The union launched strikes on the capital.", "PROTEST"),
    ("Dockers launched strikes in the capital on Monday.", "PROTEST"),
    ("The government launched strikes on the capital over pay.", "PROTEST"),
    ("Teachers launched strikes on the capital's schools.", "PROTEST"),
])
def test_strikes_on_the_capital(top_event, text, root):
    assert top_event(text)["root"] == root


# Shapes of the plain blind batch Random(96) (session 73, second round;
# bench/plover_probes_silverwire39.txt) and one Random(95) left.

@pytest.mark.parametrize(("text", "root"), [
    # a visit by the family, relatives or friends of someone is a private call, and one to
    # a hospital, a clinic or a village sees to it: no meeting of parties (roles.json
    # visit_sites kin, sites)
    ("Relatives and friends have visited Dane in Tesk's Harl Clinic, where he has been cared "
     "for after a chest infection.", "NONE"),
    ("Family and friends have visited Ivo Rell in an Osk hospital.", "NONE"),
    ("The experts will visit the Osk Children's Hospital, where the two siblings "
     "were treated, and the hamlet where the outbreak began.", "NONE"),
    # a leader or an envoy visiting a party, in hospital or not, still meets it
    ("The Velkan premier visited the wounded soldiers in an Osk hospital on Sunday.",
     "CONSULT"),
    ("The envoy visited Tesk on Monday.", "CONSULT"),
])
def test_private_visits(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # 'offered little' or 'offered nothing' says how little was given, no offer (verbs.json
    # v.offer not_objects)
    ("Tesk City offered little going forward while only a few fine stops from Ivo Dane "
     "stopped the Falcons adding more.", "NONE"),
    ("The minister offered nothing new on the talks with Orlund.", "NONE"),
    # an offer to act, or of a thing, stays one
    ("Velka offered to release the captives held in the north.", "AGREE"),
    ("Norway offered to host the negotiations.", "AGREE"),
])
def test_offered_little(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # loans that borrowers fail to repay or default on are debts, no aid (nouns.json
    # n.aid.loan unless roles.json contexts debts)
    ("Casa Ravel, once run by the Orthodox church, got into financial difficulty after "
     "thousands of debtors from a 2.1-billion-mark (80-million-dollar) fund for small bus "
     "firms failed to repay their loans.", "NONE"),
    ("The bank collapsed after its borrowers defaulted on their loans.", "NONE"),
    # a loan given stays aid
    ("Orlund's loans to Velka eased the crisis in its banks.", "AID"),
    ("Velka granted Orlund a loan of 2 billion dollars.", "AID"),
])
def test_loans_not_repaid(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a leader's inspection of the research a firm does is oversight, no party investigated
    # (verbs.json v.inspect not_objects)
    ("Joined by Deputy Premiers Ana Dell and Ivo Rell, Marr came to the Tesk Orbis Vaccine "
     "Company on Friday morning for inspection of Velka's research on a bird flu vaccine for "
     "people.", "NONE"),
    ("The premier inspected the research at the Osk vaccine plant.", "NONE"),
    # inspectors inspecting sites stay an investigation
    ("UN experts inspected the suspected weapons sites.", "ACCUSE"),
    ("The arms inspectors visited a Dorvan chemical plant on Tuesday.", "ACCUSE"),
])
def test_research_inspected(top_event, text, root):
    assert top_event(text)["root"] == root
