"""Shapes of the plain blind batch Random(99) (issue 4, session 75;
bench/plover_probes_silverwire42.txt), each a general shape of English or of the codebook,
with the near sense that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a thing submitted to a party is handed over, no yielding (verbs.json v.bow_to.submit)
    ("Velka-based Tesk Chemicals Co. submitted an application to its trade ministry in "
     "August for a mid-term review.", "NONE"),
    ("The two firms submitted their joint bid to the port authority on Monday.", "NONE"),
    # the act the application asks for is then the one coded
    ("The firm submitted an application to the trade ministry, asking Harl to cut its tariff.",
     "REQUEST"),
    # submitting to a party or a demand stays yielding
    ("The government submitted to pressure from the unions.", "CONCEDE"),
    ("The rebel commander finally submitted to the army on Monday.", "CONCEDE"),
    ("The president bowed to opposition demands for an early vote.", "CONCEDE"),
])
def test_submitted_an_application(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a project, a plan or an order executed is carried out, no one killed (verbs.json
    # v.assault.execute)
    ("With an overall cost of 14 million Harl marks, the scheme was executed by Velka Power "
     "Limited.", "NONE"),
    ("The ministry said the plan would be executed in three stages.", "NONE"),
    ("The unit executed the order within an hour.", "NONE"),
    # people executed stay killed
    ("The militia executed four captured soldiers in the square.", "ASSAULT"),
    ("Two rebel commanders were executed by the army on Friday.", "ASSAULT"),
])
def test_scheme_executed(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a pullback among shares and trading is a market's fall (nouns.json n.retreat.pullback)
    ("Osk share prices opened lower on Wednesday following Harl Street's pullback overnight, "
     "traders said.", "NONE"),
    ("Stocks rose in early trading after last week's pullback.", "NONE"),
    # a force's pullback stays its withdrawal
    ("The army completed its pullback from the border villages on Sunday.", "RETREAT"),
    ("Velka announced the pullback of its troops from the disputed island.", "RETREAT"),
])
def test_market_pullback(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a past participle opening the sentence describes the main clause's subject: a fair
    # hosted is no meeting, as 'the fair hosted by X' is none (dependents.modified_lemmas)
    ("Organised by Harl Expos and hosted by the VMA, the Velka Media Fair is a yearly feast "
     "in the media trade, and will run until Dec. 4.", "NONE"),
    ("Hosted by the city council, the Osk Film Festival opens on Friday.", "NONE"),
    # talks hosted stay a meeting, and a participle with a party for its subject its act
    ("Hosted by Lirn, the talks between the two rival factions ended on Sunday.", "CONSULT"),
    ("Backed by the army, the rebels seized the town.", "ASSAULT"),
])
def test_fair_hosted_by_a_fronted_participle(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # polling stations or booths visited are sites, no party met (roles.json visit_sites)
    ("Some 25 monitors from world bodies including the Council of Velka visited polling "
     "stations to watch the vote.", "NONE"),
    ("Observers from the Osk Union visited several polling booths in the capital.", "NONE"),
    # a party visited is still met
    ("The Velkan envoy visited the Orlundi premier in Osk on Monday.", "CONSULT"),
])
def test_polling_stations_visited(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a leader inspecting a firm's workshops tours them, no inquiry (verbs.json v.inspect)
    ("Velkan Premier Ivo Dane inspected the workshops of flu vaccine at Oskvac on Friday.",
     "NONE"),
    # inspectors at suspect sites still investigate
    ("UN experts inspected the suspected weapons sites near Osk.", "ACCUSE"),
])
def test_workshops_inspected(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # joining forces as the job a named hire is taken on for is no cooperation (roles.json
    # hired_work; silverwire41's chef, session 74's left shape)
    ("The organising committee has employed a head chef with wide experience to work with "
     "its catering team.", "NONE"),
    ("The club hired a coach to work with its young players.", "NONE"),
    ("A coach was hired to work with the young players.", "NONE"),
    # parties that agree or go on to work together still cooperate
    ("Velka agreed to work with Orlund on border security.", "AGREE"),
    ("Velka is working with Orlund to fight smuggling.", "COOPERATE"),
])
def test_hired_to_work_with(top_event, text, root):
    assert top_event(text)["root"] == root


# Second round: session 74's left shapes.

@pytest.mark.parametrize(("text", "root"), [
    # cooperation or an extradition told negated is refused (verbs.json v.cooperate
    # negated_root; codebook REJECT, CAMEO 121x, as dev REJECT-0009 codes 'will not accept')
    ("According to the Osk Herald, which quoted unnamed police sources, Dane was not fully "
     "cooperating with the inquiry.", "REJECT"),
    ("Velka has never extradited any of its citizens to Orlund.", "REJECT"),
    ("Velka did not coordinate its strike with Orlund.", "REJECT"),
    # cooperation done, or told not foreseen, keeps its root
    ("Spain extradited the suspect to France.", "COOPERATE"),
    ("Velka and Orlund not only cooperated on trade but also on security.", "COOPERATE"),
    ("Orlund is not expected to cooperate with the probe.", "AGREE"),
])
def test_cooperation_negated(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # an investment told by its sum alone, no party named, is money spent, no exchange
    # between parties (roles.json spent_sums; light._sum_alone)
    ("Marlo Pharma, a widely known drug maker, is putting up a fresh research centre in Velka "
     "with an investment of 120 million Velkan marks.", "NONE"),
    ("The new terminal was built with an investment of 40 million dollars.", "NONE"),
    # one with its doer or a party named stays cooperation
    ("Velka's investment of two billion dollars in the railway was praised.", "COOPERATE"),
    ("Velka announced an investment of two billion dollars in Orlund's ports.", "COOPERATE"),
    ("Chinese firms invested heavily in Kenyan railways.", "COOPERATE"),
    # a cooperation noun whose of-object is counted people, no sum, stays
    ("Velka completed the extradition of two suspects to Orlund.", "COOPERATE"),
])
def test_investment_of_a_sum(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # the hire's job also where the parser hangs the to-clause on a noun of a phrase on the
    # hiring verb, and in a conjunct of the to-infinitive (no_act._hired_to_work)
    ("The games committee has employed a head chef with wide global and games experience to "
     "work alongside us.", "NONE"),
    ("The committee employed a chef to plan and coordinate the menus with the caterers.",
     "NONE"),
    # a to-clause on a phrase of another verb stays
    ("Velka met Orlund with the aim to cooperate on trade.", "CONSULT"),
])
def test_hired_to_work_hung_on_noun(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # joining forces told ahead is an intention (AGREE), as a meeting told ahead is
    ("More Velkan troops are due to link up with the soldiers on the vessels later Tuesday.",
     "AGREE"),
    ("Oren Malk said a party of 35 people would travel to Osk and team up with some 90 "
     "others.", "AGREE"),
    # joining forces done stays cooperation
    ("Velka and Orlund teamed up to fight the smugglers.", "COOPERATE"),
])
def test_join_forces_told_ahead(top_event, text, root):
    assert top_event(text)["root"] == root
