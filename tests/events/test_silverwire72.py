"""Shapes of the plain blind batch Random(94) (issue 4, session 72;
bench/plover_probes_silverwire37.txt), each a general shape of English or of the codebook,
with the near sense that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a banquet, a dinner or a reception held or given for a party's leaders hosts them
    # (nouns.json n.consult.hosted_meal)
    ("Velkan President Ado Marr held on Saturday here a welcoming banquet in the Grand Hall "
     "for the leaders and delegates of 30 Lirnian states.", "CONSULT"),
    ("Velkan President Ado Marr held a welcoming banquet for the leaders of 30 Lirnian "
     "states.", "CONSULT"),
    ("The Orlund premier gave a dinner in the state hall for the Kessland foreign minister.",
     "CONSULT"),
    # a meal for no party hosts no one
    ("The Tesk football club held a dinner for its fans on Sunday.", "NONE"),
    ("The embassy held a reception on Friday to mark the national day.", "NONE"),
])
def test_a_banquet_held_for_leaders(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # talks told going on or under way are held, as talks that resumed are (roles.json
    # subject_events with_words 'go', 'be')
    ('"Informal consultations are under way," said Ivo Renn, a socialist leader.', "CONSULT"),
    ('"Talks are going on," a Velkan diplomat said on Monday.', "CONSULT"),
    ("Talks between Velka and Orlund are under way in Tesk.", "CONSULT"),
    # what is under way and names no act is none
    ("Preparations are under way for the summit.", "NONE"),
    ("Work on the new bridge is under way.", "NONE"),
])
def test_talks_under_way(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a market, a share of one, or an audience's imagination captured is won, no attack
    # (verbs.json v.assault.capture)
    ('Ado Ravel told reporters that "the plan being pursued to capture the market will '
     'centre on growing the LNG trade and gas export lines.', "NONE"),
    ("Velkan carmakers have captured 30 percent of the market in Orlund.", "NONE"),
    ("The young Velkan singer captured the imagination of Orlund last year.", "NONE"),
    # a town, a city or a party captured stays an attack; a market struck by a bomb too
    ("Rebels captured the town after a week of fighting.", "ASSAULT"),
    ("Rebels captured Tesk on Monday.", "ASSAULT"),
    ("A car bomb hit a crowded market in Tesk.", "ASSAULT"),
])
def test_a_market_captured(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a plan that meets resistance or obstacles is opposed or held up, no meeting
    # (verbs.json v.consult not_objects)
    ("Velka's land reform has met stiff resistance in the northern provinces.", "NONE"),
    ("The new pipeline project met fresh obstacles in Orlund.", "NONE"),
    # parties meeting stay a meeting
    ("The premier met the opposition on Monday.", "CONSULT"),
    ("The Velkan envoy met Orlund's foreign minister in Tesk.", "CONSULT"),
])
def test_resistance_met(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a headline's 'sign' that the parser reads as a compound of the agreement it governs,
    # after the signers' names, is signed (roles.json headline_compounds; the dev gold codes
    # a signed treaty SUPPORT)
    ("Osk, Velka sign agreement on the climate.", "SUPPORT"),
    ("Velka and Orlund sign trade agreement.", "SUPPORT"),
    ("Velka, Orlund sign agreement on the climate.", "SUPPORT"),
    # a sign that is a thing, and a signing told ahead, stay as they were
    ("The new road sign agreement was printed in Tesk.", "NONE"),
    ("Osk, Velka to sign agreement on the climate.", "AGREE"),
])
def test_headline_sign_agreement(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a proposal or an offer told by a bare participle of handing over after it, sent to a
    # named party, is made, as one sent before its noun is (roles.json sent_after;
    # noun_candidates.told_by_participle)
    ("The new tariff was among proposals sent to the Kado side from Velgas, the source was "
     "cited by the Tarn news agency as saying.", "AGREE"),
    ("The proposals sent to Kado by Velka call for a new price.", "AGREE"),
    # one still to be sent, a letter sent, and an act told by another participle after its
    # noun (background to the news) stay as they were
    ("The proposals to be sent to Kado are not ready yet.", "NONE"),
    ("The letters sent to Kado were lost.", "NONE"),
    ("The overnight curfew imposed on Orsk after last month's riots was lifted on Sunday, the "
     "regional governor said.", "CONCEDE"),
])
def test_a_proposal_sent_to_a_party(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root", "actor", "target"), [
    # a headline's two names joined by a comma before its verb, or before the compound verb
    # on its noun, are the doers, the first the actor, as 'Velka and Orlund agree' gives them
    # (args.headline_pair, noun_candidates.compound_doers)
    ("Velka, Orlund agree on new trade pact.", "AGREE", "Velka", "Orlund"),
    ("Velka, Orlund hold talks.", "CONSULT", "Velka", "Orlund"),
    ("Osk, Velka sign border agreement.", "SUPPORT", "Osk", None),
    ("Velka and Orlund sign trade agreement.", "SUPPORT", "Velka", None),
    # a subject's own coordination and a lone subject stay as they were
    ("Velka and Orlund agreed on a new trade pact.", "AGREE", "Velka", "Orlund"),
    ("Velka agreed on a new trade pact.", "AGREE", "Velka", None),
    ("Ivo Renn, the Velkan envoy, agreed to talks.", "AGREE", "Ivo Renn", None),
])
def test_headline_pair_doers(top_event, text, root, actor, target):
    ev = top_event(text)
    assert (ev["root"], ev["actor"], ev.get("target")) == (root, actor, target)



@pytest.mark.parametrize(("text", "root"), [
    # an act in the of-phrase of a legality noun is talked about, not done (roles.json
    # topics heads)
    ("Velka's top court ruled that the lawfulness of targeted strikes on suspected "
     "militants must be weighed case by case.", "NONE"),
    ("The legality of the air strikes was debated in parliament.", "NONE"),
    # the questioning stays, and strikes told done stay an attack
    ("Opposition lawyers challenged the legality of the night curfew in Pellow.", "ACCUSE"),
    ("The army launched air strikes on the rebels.", "ASSAULT"),
])
def test_legality_of_an_act(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # an alert is a force posture only where forces are on it or own it; one named as a time
    # or a scare tells no mobilizing (nouns.json n.mobilize.alert.on)
    ("The warning came just after an alert last weekend, when a derby in Tesk had to be put "
     "off over hoax bomb warnings from the Orlund Freedom Army.", "THREATEN"),
    ("Shoppers fled after an alert at the Tesk mall on Sunday, police said.", "NONE"),
    # forces on alert or on standby, and an alert raised, stay a mobilizing
    ("Troops across Velka are on high alert.", "MOBILIZE"),
    ("Hundreds of riot police were on standby outside the parliament.", "MOBILIZE"),
    # the 'on' of 'put on alert' the parser makes a particle with its object (dependents
    # particles: 'on alert')
    ("Meanwhile, the security forces including the paramilitary Tesk Rangers (TR) were put "
     "on high alert nationwide to head off any possible attack by gunmen.", "MOBILIZE"),
    ("The army's alert was raised to its highest level.", "MOBILIZE"),
])
def test_an_alert_forces_are_on(top_event, text, root):
    assert top_event(text)["root"] == root



@pytest.mark.parametrize(("text", "root"), [
    # a lexicon verb the tagger made a plural noun, with a proper name right before it and
    # a determiner-led object after it, is that verb (verb_frames._named_with_object)
    ('" Velka denounces all the attacks, whoever the victims are," he told Rell TV.',
     "ACCUSE"),
    ('" Velka denounces all the raids on the camps," the minister said.', "ACCUSE"),
    # with a bare object the noun reading stays
    ('" Velka denounces attacks," he said.', "ASSAULT"),
])
def test_a_verb_tagged_noun_with_its_object(top_event, text, root):
    assert top_event(text)["root"] == root

