"""Shapes left by the register batch of session 69 (bench/plover_probes_register2.txt), fixed in
session 70 (R), each a general shape of English or of the codebook, with the near sense that
must stay; the locked section of that file holds new wordings of each, written before the fix."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # sales barred or banned to a party cut trade with it (v.sanction.sales_to), the to-phrase
    # on the verb or read as its dative
    ("Velmar barred arms sales to Dorvan on Wednesday over its nuclear programme.", "SANCTION"),
    ("Ostria banned the sale of weapons to Marovia after the coup.", "SANCTION"),
    ("Tarvik barred beef sales to Lestra after the outbreak.", "SANCTION"),
    # a sale banned at home, or to no party, is a rule, no act between parties
    ("The city council banned the sale of alcohol to minors near schools.", "NONE"),
    ("Kessland banned the sale of fireworks on Sunday.", "NONE"),
])
def test_sales_barred_to_party(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # mediation or talks given up are ended (roles.json reverse_particles give: up), as
    # 'stopped mediating' is; a gerund the parser reads as a noun ('mediating', n.consult)
    ("Marovia gave up mediating between Pellin and its rebels on Monday.", "SANCTION"),
    ("The government gave up talks with the union.", "SANCTION"),
    # a strike given up is a protest called off
    ("The miners gave up their strike on Friday.", "CONCEDE"),
    # a habit or a role given up ends no act between parties
    ("The minister gave up smoking last year.", "NONE"),
    ("Kessland gave up its role as host of the regional games.", "NONE"),
])
def test_mediation_given_up(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # captives let go are released (v.release.let_go), also with 'of', and people an armed
    # group held whoever they are (v.release.let_go.captors)
    ("Tarvik on Saturday let go 40 Corvan fishermen held since their boats strayed into its "
     "waters.", "RETREAT"),
    ("The rebels let go of the hostages on Sunday.", "RETREAT"),
    ("Kidnappers in the Omra hills let go two foreign aid workers after nine days in "
     "captivity.", "RETREAT"),
    # staff a firm lets go are laid off, no release
    ("The Osk carmaker let go 200 workers at its plant in Varn.", "NONE"),
    ("The newspaper let go 30 journalists last month.", "NONE"),
])
def test_captives_let_go(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # soldiers, reservists or fighters discharged are stood down (v.demobilize.discharge)
    ("Some 2,000 Arland militiamen were discharged and went home under the peace accord.",
     "RETREAT"),
    ("Lestra discharged 1,500 reservists called up during the border crisis, the defence "
     "ministry said.", "RETREAT"),
    # a discharge from hospital, or of waste, is no act between parties
    ("Two soldiers were discharged from hospital on Monday after treatment for burns.", "NONE"),
    ("The plant discharged waste into the river.", "NONE"),
])
def test_fighters_discharged(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # property, farms or assets the authorities or rulers take over are confiscated
    # (v.take_over.property)
    ("The Ostrian authorities took over the assets of three opposition-owned companies on "
     "Tuesday.", "COERCE"),
    ("Selm's military rulers took over the farms of 200 foreign landowners on Monday.",
     "COERCE"),
    # a firm taking over a rival's assets buys them
    ("The Velka bank took over the assets of its failed rival on Friday.", "NONE"),
])
def test_property_taken_over(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # an armed force cutting off a port, a town, an island or the roads into it blockades it
    # (v.blockade.cut_off)
    ("Kessland warships cut off sea access to the Ostrian port of Tarne on Thursday.", "COERCE"),
    ("Government troops cut off all roads into the rebel town of Harn on Tuesday.", "COERCE"),
    ("Pellin gunboats cut off the island of Sarn from the mainland on Friday.", "COERCE"),
    # a flood or a landslide cutting off a town is no party's act
    ("Floods cut off the town of Harn on Tuesday.", "NONE"),
    ("Landslides cut off roads into the valley.", "NONE"),
])
def test_access_cut_off(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # prisons, camps or sites opened to inspectors or monitors admit them
    # (v.allow_access.open_to)
    ("The Dorvan government opened its prisons to a team of foreign human rights monitors.",
     "RETREAT"),
    ("Tarvik opened its detention camps to Red Cross inspectors for the first time on Monday.",
     "RETREAT"),
    # doors opened to the public admit no party; a camp opened is the camp's own act
    ("The museum opened its doors to the public on Sunday.", "NONE"),
    ("The army opened a new detention camp near Osk.", "COERCE"),
])
def test_sites_opened_to_monitors(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # observers or monitors whose accreditation is withdrawn are sent off the job
    # (v.sanction.accreditation_observers and its '.strip')
    ("The Selm government withdrew accreditation from the foreign election observers two days "
     "before the vote.", "SANCTION"),
    ("The Kessland electoral board revoked the accreditation of 40 foreign observers on the eve "
     "of the vote.", "SANCTION"),
    ("Dorvan stripped the United Nations human rights monitors of their accreditation on "
     "Tuesday.", "SANCTION"),
    # a reporter's accreditation or a paper's licence revoked stays censorship
    ("The Velka information ministry revoked the accreditation of two foreign reporters.",
     "COERCE"),
    ("The government revoked the licence of the opposition newspaper.", "COERCE"),
])
def test_observers_accreditation_withdrawn(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # parties pooling their ships, forces or resources act together (v.cooperate.pool)
    ("Naval units of Arland and Velmar pooled their ships to hunt pirates in the strait last "
     "month.", "COOPERATE"),
    ("Tarvik and Lestra pooled their coastguard vessels to patrol the shared fishing grounds.",
     "COOPERATE"),
    # investors pooling money is business
    ("Four investors pooled their money to buy the Osk football club.", "NONE"),
])
def test_forces_pooled(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # people discharged from custody or jail are released (v.release.discharged)
    ("The authorities discharged 60 protesters from custody late on Friday.", "RETREAT"),
    ("The Lestra prison service discharged 300 inmates from jail under the new year amnesty.",
     "RETREAT"),
    # a discharge from hospital frees no one held
    ("A Varn clinic discharged the two wounded protesters from hospital on Monday.", "NONE"),
])
def test_discharged_from_custody(top_event, text, root):
    assert top_event(text)["root"] == root
