"""Shapes of the third blind batch of PolNeAR's political news, Random(105) (issue 4, session 78;
bench/plover_probes_polnear3.txt), each a general shape of English with the near sense that
must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # standing by one's own words or choices backs no party (verbs.json v.side_with.stand_by
    # not_objects, read on its by-phrase)
    ("The senator said on Thursday that he stood by his remarks about Ivo Marr.", "NONE"),
    ("\"I stand by every word of it,\" Senator Orl told the Osk Review on Friday.",
     "NONE"),
    ("The Velkan premier stands by his decision on the budget.", "NONE"),
    # standing by a party still backs it
    ("Velka stood by Orlund throughout the crisis.", "SUPPORT"),
    ("The Osk premier has stood by the Velkan government for years.", "SUPPORT"),
])
def test_stood_by_own_words(top_event, text, root):
    assert top_event(text)["root"] == root


def test_a_by_particle_entrys_not_objects_read_its_by_phrase(top_event):
    # v.consult.briefed_by: a minister briefed by analysts meets no party, as its
    # not_objects say; briefed by a party's commanders, he meets them
    assert top_event("The Velkan minister was briefed by analysts on the crisis.")["root"] == "NONE"
    assert top_event(
        "The Velkan minister was briefed by rebel commanders on the crisis.")["root"] == "CONSULT"


@pytest.mark.parametrize(("text", "root"), [
    # a participle after the comma of an intent verb's clause is told beside the aim, neither
    # planned nor denied with it (context._participle_tail)
    ("Velka said it would not seek a new count, conceding the vote to Osk.", "CONCEDE"),
    ("On Thursday, Rell told the Osk Wire he would not seek any recount, conceding the contest "
     "to Dane.", "CONCEDE"),
    # the intent word's own complement is still its aim, and still denied
    ("Velka said it would not seek to concede the race to Osk.", "REJECT"),
])
def test_participle_tail_beside_an_intent(top_event, text, root):
    assert top_event(text)["root"] == root


def test_a_tail_participle_is_neither_planned_nor_negated(top_event):
    e = top_event("Velka would not seek a fresh tally, conceding the vote to Osk.")
    assert (e["root"], e["negated"], e["modality"]) == ("CONCEDE", False, "asserted")


@pytest.mark.parametrize(("text", "root"), [
    # a campaign rally is a candidate's own event, no dissent (nouns.json n.protest
    # not_modifiers)
    ("Tesk Party hopeful Ivo Marr gave those attending a campaign rally in Osk Falls some free "
     "stock tips.", "NONE"),
    ("Marr spoke at a campaign rally in Osk on Friday.", "NONE"),
    # a rally against something stays a protest
    ("Thousands joined a rally against the new law.", "PROTEST"),
    ("Police broke up an opposition rally in Osk.", "COERCE"),
])
def test_campaign_rally(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a suit, complaint or indictment that claims something of a party charges it (verbs.json
    # v.accuse.suit_claims)
    ("Among a host of allegations, the suit claims Orl made remarks that harmed Vask's good "
     "name.", "ACCUSE"),
    ("The complaint contends that the Osk council broke the Velkan election law.", "ACCUSE"),
    ("The indictment says the Osk mayor took bribes from Velkan firms.", "ACCUSE"),
    # a person's claim only reports it
    ("Vask said that the Osk council met on Monday.", "NONE"),
])
def test_suit_claims(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # prayers or thoughts offered promise no act (verbs.json v.offer not_objects)
    ("Thousands offered Friday prayers at the main mosque of Osk.", "NONE"),
    ("Tesk leaders offered prayers and kind thoughts to those hurt in the Osk "
     "fire.", "NONE"),
    # an offer to act, and condolences offered, stay
    ("Velka offered to release the captives held in the north.", "AGREE"),
    ("The Velkan premier offered his condolences to the Osk miners' kin.", "SUPPORT"),
])
def test_prayers_offered(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a nomination, primary or leadership battle is a contest of votes (nouns.json n.assault
    # not_modifiers)
    ("A second-place result could hurt Orl and help Brell paint the nomination battle as a "
     "duel with Marr.", "NONE"),
    ("The Tesk Party's leadership battle turned bitter in March.", "NONE"),
    # a battle fought, and an attack on a school's pupils, stay blows struck
    ("Government troops fought a fierce battle with rebels near Osk.", "ASSAULT"),
    ("Primary school pupils were hurt in an attack on the town.", "ASSAULT"),
])
def test_contest_battle(top_event, text, root):
    assert top_event(text)["root"] == root


# Fourth batch, Random(107) (bench/plover_probes_polnear4.txt), after its blind score

@pytest.mark.parametrize(("text", "root"), [
    # 'underway' read as an adjective complement still tells its subject happening, as 'under
    # way' does (events.dependents.subject_event_verb; roles.json subject_events with_words)
    ("An investigation of Dane is underway by the VBI.", "ACCUSE"),
    ("An investigation of Dane is under way.", "ACCUSE"),
    ("Talks between Velka and Osk are underway.", "CONSULT"),
    # preparations under way are no act
    ("Preparations are underway for the summit.", "NONE"),
])
def test_underway(top_event, text, root):
    assert top_event(text)["root"] == root
