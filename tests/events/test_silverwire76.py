"""Shapes of the plain blind batch Random(100) (issue 4, session 76;
bench/plover_probes_silverwire43.txt), each a general shape of English or of the codebook,
with the near sense that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a shooting range or gallery is a place, whatever the parser makes of the pair
    # (roles.json object_heads)
    ("Velka took the men's skeet title of the Tesk Games with 190 points at the Osk "
     "shooting ranges on Sunday.", "NONE"),
    ("The police academy opened a new shooting gallery in Velm on Monday.", "NONE"),
    # a shooting stays an attack
    ("Two men were killed in a shooting at the Velm market on Monday.", "ASSAULT"),
    ("Gunmen opened fire on a bus in Osk, killing four, in the second shooting this week.",
     "ASSAULT"),
])
def test_shooting_range(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a measure pushed to rise or fall moves: no party pressed (verbs.json
    # v.press.party.push not_objects)
    ("Ed Marr said the bank's latest step could push Japanese consumer prices to rise "
     "further.", "NONE"),
    ("Analysts said the cut could push Japanese interest rates to a new low.", "NONE"),
    # a state pushed to act stays pressed
    ("Istmere pushed Corvan to end its trade boycott of Istmere goods.", "REQUEST"),
    ("Washington pushed Japan to open its rice market to imports.", "REQUEST"),
])
def test_prices_pushed(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a people protected from a disease or a disaster: a body's care of its own, no party
    # aided (verbs.json v.aid.protect, contexts 'perils')
    ("The health agency said its new rules would protect Velkans from infectious diseases.",
     "NONE"),
    ("The ministry said the new dikes would protect Velkans from floods.", "NONE"),
    # protection of a party from an armed threat stays AID
    ("UN troops protected the refugees from the militias.", "AID"),
    ("French soldiers protected the Tesk convoy from rebel attacks.", "AID"),
])
def test_protected_from_disease(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a race, a regatta or an event hosted is put on, no meeting (verbs.json v.consult
    # not_objects)
    ("Record crowds watched the Osk Cup, a sailing event hosted by the Velkan port of Tesk.",
     "NONE"),
    ("Velm hosted the regatta for the third year running.", "NONE"),
    # a summit or talks hosted stay a meeting
    ("Velka hosted talks between the two rebel factions on Monday.", "CONSULT"),
    ("Egypt will host a summit of Arab leaders next week.", "AGREE"),
])
def test_event_hosted(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a feeling at what happened at large praises no party (roles.json verdicts
    # happenings); the act of the sentence is then the event
    ("I am greatly encouraged by recent developments over the summer,\" Marr said, after "
     "rebuffing Premier Ivo Dane's criticism of Tesk policies.", "REJECT"),
    # a feeling at a party's act stays praise or blame
    ("The United Nations expressed satisfaction with the release of the detainees.", "SUPPORT"),
    ("The Velkan premier voiced satisfaction with the resumption of talks with Osk.",
     "SUPPORT"),
])
def test_encouraged_by_developments(top_event, text, root):
    assert top_event(text)["root"] == root


# the held-out half's confusion classes (bench/plover_probes_confusions76.txt)

@pytest.mark.parametrize(("text", "root"), [
    # a deal still on the table that a party backs away, pulls back or withdraws from is
    # turned down (verbs.json v.reject.back_away_proposal; roles.json reverse_nouns proposed)
    ("The rebels pulled back from the draft accord on Sunday, saying it ignored their demands.",
     "REJECT"),
    ("Velka backed away from the peace plan on Monday.", "REJECT"),
    ("The opposition withdrew from the proposed unity deal on Tuesday.", "REJECT"),
    # backing away from one's own plan concedes; leaving an agreement in force is a sanction
    ("The government backed away from its plan to raise bread prices after riots in two "
     "cities.", "CONCEDE"),
    ("Velka withdrew from the border accord it signed in 1998.", "SANCTION"),
    ("The party withdrew from the coalition talks.", "SANCTION"),
])
def test_proposal_backed_away_from(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # people in dissent sealing off or surrounding a port or a building block it (verbs.json
    # v.seize.protest)
    ("Striking dockers sealed off the port of Velm for a third day on Tuesday.", "PROTEST"),
    ("Opposition supporters surrounded the parliament building in Velm and kept lawmakers "
     "from leaving.", "PROTEST"),
    # police sealing a port off, fighters surrounding a barracks stay what they were
    ("Police sealed off the port of Velm after the blast.", "COERCE"),
    ("Rebel fighters surrounded the army barracks in Osk.", "ASSAULT"),
])
def test_dissent_seals_off(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # an outlet the authorities take over is seized (verbs.json v.take_over.property)
    ("The Velkan government took over the country's largest private broadcaster on "
     "Wednesday.", "COERCE"),
    ("Police took over the radio station after the coup.", "COERCE"),
    # a bank taken over names no seizure
    ("The Velkan government took over the country's largest bank on Wednesday.", "NONE"),
])
def test_outlet_taken_over(top_event, text, root):
    assert top_event(text)["root"] == root
