"""Ultimatums of session 77 (issue 4; bench/plover_probes_ultimatum77.txt): a time limit
given is an ultimatum only with an act to do in it, and the act an ultimatum demands is
asked of the party given it, not told done."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a period granted with no to-infinitive is a benefit or a schedule, no time limit
    # (verbs.json v.ultimatum.time to_do)
    ("The owners of the Brel quarries granted their workers a four-day week on Friday.", "NONE"),
    ("The mine owners in Osk granted the miners a shorter working week on Friday, and the union "
     "told its members to go back to work.", "REQUEST"),
    # a time limit to act stays an ultimatum, also told by the day it ends ('until')
    ("The army gave the rebels 48 hours to surrender.", "THREATEN"),
    ("The Tarvian army gave the gunmen in the old fort until dawn to lay down their arms.",
     "THREATEN"),
    ("Lirn gave the Osk envoy 48 hours to leave the country.", "THREATEN"),
    # a sport body's time limit stays a game's discipline, its passive shared by the conjunct
    # 'given' (events.mentioned._shared_passive)
    ("The two players were each charged with an identical offence on Thursday and given until "
     "1700 GMT to reply by the Kessel Football Association.", "NONE"),
    ("The rebels were surrounded on Monday and given until dawn to surrender by the Velkan "
     "army.", "ASSAULT"),
])
def test_time_limit_needs_an_act(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    # the complement of an ultimatum, on its noun or on the hours given, is requested
    # (roles.json ultimatums; events.context._phrase_governor)
    ("The army issued an ultimatum for the rebels holding the town of Abra to surrender by "
     "Friday.", "surrender", "requested"),
    ("Velkan commanders gave the garrison an ultimatum to surrender within 24 hours or face a "
     "full assault.", "surrender", "requested"),
    ("The army gave the rebels 48 hours to surrender.", "surrender", "requested"),
    ("The president gave the rebels 48 hours to lay down their arms.", "lay", "requested"),
    # a threat's own act stays threatened
    ("Dorvan issued a threat to cut off aid to the rebels.", "cut off aid", "threatened"),
])
def test_ultimatum_act_is_asked(coded_events, text, trigger, modality):
    ev = next(e for e in coded_events(text) if e["trigger"] == trigger)
    assert ev["modality"] == modality


@pytest.mark.parametrize(("text", "root", "act", "modality"), [
    # a warning noun given to a party to act asks the act, as 'warned X to' does, and the act
    # is requested (roles.json warnings_to_act nouns; light.warning_to_act,
    # events.context._warning_given)
    ("The Velkan army issued a warning to the rebels to disarm.", "REQUEST", "disarm",
     "requested"),
    ("Lirn sent a warning to Dorvan to pull its warships out of the strait.", "REQUEST", "pull",
     "requested"),
    ("The Halvar ministry gave a warning to farmers to keep their herds away from the flooded "
     "river.", "REQUEST", None, None),
    # negated or joined to an alternative, it stays a threat
    ("The junta issued a stern warning to the strikers not to block the roads into the "
     "capital.", "THREATEN", "block", "threatened"),
    ("Arland gave a final warning to the Osk militia to leave the bridge or face air strikes.",
     "THREATEN", None, None),
])
def test_warning_to_act_is_asked(coded_events, text, root, act, modality):
    evs = coded_events(text)
    assert evs[0]["root"] == root
    if act is not None:
        assert next(e for e in evs if e["trigger"] == act)["modality"] == modality


@pytest.mark.parametrize(("text", "actor", "target"), [
    # a description in the clause of a force its name modifies is another party, not the
    # force's own (entities.descriptions._subject_parties; descriptions.json rebel_group)
    ("The Velkan army issued a warning to the rebels to disarm.", "Velkan", "rebels"),
    ("The Velkan army warned the rebels to disarm.", "Velkan", "rebels"),
])
def test_warned_party_is_not_the_warner(coded_events, text, actor, target):
    ev = coded_events(text)[0]
    assert (ev["actor"], ev["target"]) == (actor, target)
