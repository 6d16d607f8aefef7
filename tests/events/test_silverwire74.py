"""Shapes of the plain blind batch Random(97) (issue 4, session 74;
bench/plover_probes_silverwire40.txt), each a general shape of English or of the codebook,
with the near sense that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a particle ending a fixed adverb tells a manner, no phrasal verb (roles.json
    # compound_adverbs)
    ("So, it made the floating hut turn upside down,\" said Ivo Dane, deputy police head of "
     "Osk District.", "NONE"),
    ("A huge wave turned the ferry upside down.", "NONE"),
    ("The storm turned the market stalls inside out.", "NONE"),
    # the phrasal verbs stay
    ("The union turned down the latest wage offer from the port owners.", "REJECT"),
    ("Velka turned down the invitation to the summit.", "REJECT"),
])
def test_turned_upside_down(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a bracketed naming participle names the noun before it: its on-phrase is no 'call on'
    # (dependents.given_name)
    ("The tainted water in the Osk River is expected to run into the Harl River (also called "
     "Tesk River in Velka) on the Velka-Orlund border.", "NONE"),
    ("The ship sailed into the Harl Strait (also called the Osk Channel) on Monday.", "NONE"),
    # calls on a party stay requests
    ("Velka called on Orlund to withdraw its troops from the border.", "REQUEST"),
    ("The union also called on the government to raise wages.", "REQUEST"),
])
def test_also_called_a_name(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a score after a pronoun object is a game's result, as after a named one
    # (verb_candidates._match_score)
    ("\"We have got much better since Velka beat us 15-0.\" Orlund are the only Lake nation "
     "to leave without a medal.", "NONE"),
    ("Osk beat them 3-1 in the final.", "NONE"),
    # people beaten stay an assault
    ("Riot police beat them with batons outside the ministry.", "ASSAULT"),
])
def test_beat_us_by_a_score(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a motion, a bill or a plan killed is refused (verbs.json v.block.proposal)
    ("Earlier that day, the lower chamber voted to kill an opposition-backed motion of no "
     "confidence in the science agency head Dane over the incidents involving Harlco.",
     "REJECT"),
    ("The senate killed the bill on port fees by 52 votes to 40.", "REJECT"),
    # people killed stay an assault
    ("Gunmen killed the mayor of Osk on Monday.", "ASSAULT"),
    ("Rebels killed two soldiers near the border.", "ASSAULT"),
])
def test_killed_a_motion(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # medical workers, medical staff or nurses sent to work in a place are aid, as doctors
    # are (verbs.json v.aid.give: an object named by its adjective)
    ("Dorn has sent 380 medical staff to work in Orlund over the last 30 years, of whom 45 "
     "have been given national honours by Orlund.", "AID"),
    ("Velka has sent 200 medical workers to Orlund since the quake.", "AID"),
    ("Velka sent doctors and nurses to the flood zone.", "AID"),
    # workers sent home, or staff sent to a plant, are no aid
    ("The firm sent 300 workers home after the fire.", "NONE"),
])
def test_medical_workers_sent(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # talks with a named party that a halt is made for are held there (stance.met_at with
    # roles.json ended_purposes)
    ("Ivo Rell stopped in Osk on Monday for talks with the Orlundi premier.", "CONSULT"),
    ("The envoy stopped in Tesk for talks with Velkan leaders.", "CONSULT"),
    # with no party named the stop stays a halt of a journey; talks stopped stay ended
    ("Ivo Rell stopped on his way from Osk to Harl for the meeting.", "NONE"),
    ("Velka stopped the talks with Orlund.", "SANCTION"),
])
def test_stopped_for_talks_with(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a place's name before a topic compound of a meeting noun names its venue, no party
    # (noun_candidates._named_setting)
    ("The newest study from the Velkan weather bureau, issued at the Tesk climate "
     "conference, shows that rainfall fell.", "NONE"),
    ("The report was released at the Tesk climate change conference on Monday.", "NONE"),
    # a demonym's talks, and talks held by named parties, stay meetings
    ("The Velkan trade talks resumed on Monday.", "CONSULT"),
    ("Velka and Orlund held talks on trade.", "CONSULT"),
])
def test_conference_named_by_its_city(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # duties or responsibilities met are fulfilled, as obligations are: no meeting (verbs.json
    # v.consult not_objects)
    ("Velkan Foreign Minister Ado Lin said Wednesday that the admittance of Osk, Harl and Tesk "
     "would be settled on their readiness to meet the duties of LU membership.", "NONE"),
    ("Velka must meet its responsibilities under the treaty.", "NONE"),
    # parties met stay meetings
    ("The foreign minister met his Orlundi counterpart in Tesk.", "CONSULT"),
])
def test_duties_met(top_event, text, root):
    assert top_event(text)["root"] == root


# Shapes of the plain blind batch Random(98) (session 74, second round;
# bench/plover_probes_silverwire41.txt).


@pytest.mark.parametrize(("text", "root"), [
    # people sheltering somewhere take shelter and give none: the verb gives it only with an
    # object, as a passive or as a participle describing those sheltered (verbs.json
    # v.aid.shelter 'transitive')
    ("Between 60,000 and 90,000 Dorn refugees have for weeks been sheltering in camps north of "
     "Velkton, which was seized on April 12 by Orlundi rebels battling the rule of President "
     "Ivo Dane.", "ASSAULT"),
    ("Some 3,000 migrants were sheltering in a church near the border.", "NONE"),
    ("Some 3,000 Dorn refugees are sheltering in camps north of Osk.", "NONE"),
    # people sheltered stay aid
    ("Velmar has sheltered thousands of refugees fleeing the war in Brel.", "AID"),
    ("The Red Cross sheltered 2,000 refugees in schools.", "AID"),
    ("The rebels were sheltered in Velka for a decade.", "AID"),
])
def test_sheltering_in_camps(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a battle of the sexes, of wits or of wills is a contest, no blow struck (nouns.json
    # n.assault not_owners)
    ("At the core of the suit is a signed pledge their father, Ivo Rell, gave for the presence "
     "of his sons Ado and Tan in a 2003 match, billed as a battle of the sexes.", "NONE"),
    ("The final was billed as a battle of wits between two chess masters.", "NONE"),
    ("The strike talks turned into a battle of wills between the union and the board.", "NONE"),
    # the battle of a town and the killing of a person stay assaults
    ("The battle of Osk left 300 dead.", "ASSAULT"),
    ("The killing of the mayor of Osk shocked Velka.", "ASSAULT"),
])
def test_battle_of_the_sexes(top_event, text, root):
    assert top_event(text)["root"] == root
