"""Shapes of the register batch of session 70 (bench/plover_probes_register3.txt: one invented
sentence per CAMEO code of the nine other roots), each a general shape of English or of the
codebook, with the near sense that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a proposal, a plea or a demand waved away, swept aside, knocked back, turned aside or
    # killed off is refused (v.reject.wave_aside)
    ("Pellin waved away an Ostrian proposal to redraw the maritime border.", "REJECT"),
    ("The Halmund finance ministry knocked back Ruskar's plea for a bridging loan.", "REJECT"),
    ("Ostria's ruling council swept aside the opposition's demands for free elections.", "REJECT"),
    ("Istmere turned aside an offer by Corvan to mediate in its dispute with Pellin.", "REJECT"),
    ("The Velkan parliament killed off the power-sharing plan in a vote on Tuesday.", "REJECT"),
    # migrants turned back are kept out, defenders swept aside are no refusal
    ("The border police turned back 40 migrants at the Osk crossing.", "COERCE"),
    ("The tanks swept aside the defenders of the town.", "NONE"),
])
def test_proposal_waved_away(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root", "target"), [
    # an idiom's noun is no target: the party in its on/to phrase is (v.reject.turn_back_on,
    # v.reject.short_shrift)
    ("Lestra turned its back on a Kessland plan for a joint power grid.", "REJECT", "Kessland"),
    ("Dorvan gave short shrift to Tarvik's offer of a free-trade zone on Monday.", "REJECT",
     "Tarvik"),
])
def test_back_turned_and_short_shrift(top_event, text, root, target):
    e = top_event(text)
    assert (e["root"], e["target"]) == (root, target), e


@pytest.mark.parametrize(("text", "root"), [
    # gathering testimony or collecting evidence on an abuse inquires into it: the inquiry is
    # the act, not the abuse (v.investigate.evidence)
    ("A Tovaria commission began gathering testimony on the torture of detainees by Halmund "
     "police.", "ACCUSE"),
    ("Prosecutors of the war crimes court are collecting evidence of atrocities by Orsada "
     "militias in Kaldria.", "ACCUSE"),
    # the abuse told by itself stays the abuse
    ("Halmund police tortured detainees at the Osk barracks, former prisoners said.", "ASSAULT"),
])
def test_evidence_gathered_on_an_abuse(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # workers stopping work strike; prisoners or activists fasting refuse food; protesters
    # choking a road obstruct it; each before the purpose it is done for
    ("Orsada's bus drivers stopped work on Monday to press for the sacking of the transport "
     "minister.", "PROTEST"),
    ("Dockers in Osk halted work for two hours over the dismissal of a colleague.", "PROTEST"),
    ("Halmund political prisoners have been fasting for a week to demand visits from their "
     "families.", "PROTEST"),
    ("Lestra farmers choked the highway to the capital with hay bales, demanding the ouster of "
     "the agriculture minister.", "PROTEST"),
    # a firm stopping work on a project, a religious fast and refugees clogging roads are none
    ("The construction company stopped work on the bridge after the floods.", "NONE"),
    ("Millions of Muslims are fasting during the holy month.", "NONE"),
    ("Thousands of refugees clogged the roads out of the besieged city.", "NONE"),
])
def test_protest_acts_before_their_purpose(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # soldiers trading fire fight, as 'exchanged fire' (nouns.json n.war, light 'trade')
    ("Dorvan and Tarvik soldiers traded fire across the frontier for two hours on Tuesday.",
     "ASSAULT"),
    # parties trading goods still trade
    ("Osk and Harl traded goods across the border for centuries.", "COOPERATE"),
    # guards roughing people up beat them (v.assault.rough_up)
    ("Kaldria border guards roughed up Istmere lorry drivers at the crossing, witnesses said.",
     "ASSAULT"),
    # rebels carrying off or whisking away engineers abduct them (v.abduct.take); firemen
    # carrying the injured out rescue them
    ("Rebels carried off two Orsada engineers from their hotel in the Venmark capital.",
     "ASSAULT"),
    ("Firemen carried the injured from the burning house.", "NONE"),
])
def test_fighting_and_abduction_wordings(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a base form after 'insisted that' asks, even where the tagger calls it past
    # (senses._stated_clause); a past written as its base ('cut') and a past form tell a fact
    ("Velmar's farmers' union insisted that the Selm government scrap its import tariffs on "
     "fertiliser.", "REQUEST"),
    ("The minister insisted that the army withdrew on Monday.", "RETREAT"),
    # pushing a party to act presses it (v.press.party)
    ("Istmere pushed Corvan to end its trade boycott of Istmere goods.", "REQUEST"),
    ("The army pushed the rebels back across the river.", "ASSAULT"),
    # a firm pushed to lift returns, a party pushed out of talks: no demand
    ("Harlan Works has been pushed to lift returns for its owners.", "NONE"),
    ("Dorvan officials insisted they were not trying to push Kessia out of the talks.", "NONE"),
])
def test_insisted_and_pushed_to_act(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # quitting talks halts them, threatened in a conditional; quitting a protest ends it
    # (roles.json reverse)
    ("Lestra quit the peace talks with Kessland on Monday.", "SANCTION"),
    ("Lestra said it would quit the peace talks with Kessland if the shelling did not stop.",
     "THREATEN"),
    ("The strikers quit their protest on Friday.", "CONCEDE"),
    # a minister quitting the cabinet resigns
    ("The minister quit the cabinet on Monday.", "RETREAT"),
])
def test_talks_quit(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # word-list gaps of known senses: haggling negotiates (v.consult), a British -ise spelling
    # investigates (v.investigate), investigators let in or kept out are access (v.allow_access),
    # trucks supplied to an army are military aid, here promised (v.aid.provide_with)
    ("Velmar and the Selm rebels resumed haggling over a power-sharing formula in Brennia on "
     "Thursday.", "CONSULT"),
    ("Almira's anti-graft agency is scrutinising bank accounts held abroad by former president "
     "Lev Tolan.", "ACCUSE"),
    ("Halmund would not allow United Nations investigators into its prisons, the justice "
     "minister said.", "REJECT"),
    ("Halmund allowed United Nations investigators into its prisons on Monday.", "RETREAT"),
    ("Velmar will supply the Selm army with armoured trucks, the defence ministry announced.",
     "AGREE"),
])
def test_word_list_gaps(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # rallying or marching for rights, reform or a release demonstrates (v.rally.cause)
    ("Velmar women's groups rallied in front of parliament for equal inheritance rights.",
     "PROTEST"),
    ("Some 3,000 people rallied in Osk on Sunday for the release of their imprisoned party chief.",
     "PROTEST"),
    # rallying behind or for a party backs it (v.side_with)
    ("Most Arab states rallied behind Egypt in the dispute.", "SUPPORT"),
    ("Supporters rallied for the president outside the palace.", "SUPPORT"),
])
def test_rallied_for_a_cause(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # resorting to weapons or artillery uses them, threatened when told possible
    # (v.resort.force); resorting to the courts is no attack
    ("Istmere's leader suggested on Thursday that his country could resort to nuclear weapons "
     "against Corvan if invaded.", "THREATEN"),
    ("The army resorted to heavy artillery against the rebels in the north.", "ASSAULT"),
    ("The opposition resorted to the courts after the vote.", "NONE"),
    # a convoy raked with gunfire is shot at, not aid delivered (v.rake.gunfire)
    ("Gunmen loyal to a Halmund warlord raked a Ruskar aid convoy with gunfire on Monday.",
     "ASSAULT"),
    ("The workers sprayed the fields with fertiliser.", "NONE"),
    # shopkeepers shutting their shops strike (v.strike.shops_shut); the police closing them
    # restrict them
    ("Kaldria's shopkeepers shut their stores for a second day against a new sales tax.",
     "PROTEST"),
    ("The police closed the shops in the old city after the riot.", "COERCE"),
])
def test_weapons_resorted_to_convoys_raked_shops_shut(top_event, text, root):
    assert top_event(text)["root"] == root
