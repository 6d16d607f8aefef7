"""Shapes the session-60 stop note left open (issue 4; bench/plover_probes_leftovers.txt,
seventh section): a resignation told as yielding (roles.json yielded_acts), a protest that
'came to an end' (ended_protests phrase_verbs), an envoy 'called home' whose 'home' the
parser makes an object predicate (predicate_particles), a party's feeling at another party
itself (verdicts reactions), a party naming only a thing's kind (kind_modifiers) and
praise of one's own side's showing (own_praise); 'present at the talks were X and Y' is read
by roles.json attended. Every roles.json example of those sections runs in
tests/events/test_lexicon.py; these add the near misses and the roles."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    ("Bowing to weeks of street protests, the Tesk premier resigned on Tuesday.", "CONCEDE"),
    ("The Osk president accepted the resignation of his interior minister, as the "
     "strikers had demanded.", "CONCEDE"),
    ("The Tesk premier resigned on Tuesday to run for the presidency.", "RETREAT"),
    ("The Osk governor resigned on Monday, as he had promised during the campaign.", "RETREAT"),
])
def test_a_resignation_told_as_yielding_is_a_concession(top_event, text, root):
    ev = top_event(text)
    assert ev["root"] == root, ev
    assert ("+yielded" in ev["rule"]) == (root == "CONCEDE"), ev


@pytest.mark.parametrize(("text", "root"), [
    ("The students' sit-in at the Osk ministry came to an end on Sunday.", "CONCEDE"),
    ("The three-week boycott of the Lirn assembly drew to a close on Monday.", "CONCEDE"),
    ("The two-day summit in Lirn came to an end without a joint statement.", "CONSULT"),
    ("Trade between Osk and Lirn came to an end after Lirn imposed an embargo on Osk.",
     "SANCTION"),
])
def test_a_protest_that_came_to_an_end_was_called_off(top_event, text, root):
    assert top_event(text)["root"] == root


def test_a_protest_ended_by_a_phrase_stays_first_before_its_cause(coded_events):
    """'came to an end' is no halt of an act by no one (consequence.halted_last): the
    concession keeps its place before the after-clause's act."""
    evs = coded_events("The students' boycott of classes came to an end after the "
                       "university agreed to cut fees.")
    assert [e["root"] for e in evs][:2] == ["CONCEDE", "AGREE"], evs


@pytest.mark.parametrize(("text", "root"), [
    ("Brel called home its ambassador to Lusk.", "SANCTION"),
    ("Osk has called its envoy home from Velka for consultations.", "SANCTION"),
    ("The minister called home to check on his family after the quake.", "NONE"),
])
def test_an_envoy_called_home_is_recalled(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("The Osk foreign minister said she was deeply disappointed with Tarvia's leaders.",
     "Osk", "Tarvia"),
    ("The Velkan envoy was angered by Tarvia.", "Velkan", "Tarvia"),
])
def test_a_feeling_at_a_party_blames_that_party(top_event, text, actor, target):
    ev = top_event(text)
    assert (ev["root"], ev["actor"], ev["target"]) == ("ACCUSE", actor, target), ev


@pytest.mark.parametrize("text", [
    "The coach said he was disappointed with the result of the match.",
    "The coach said he was disappointed with his players after the defeat.",
    "Tessia said it remained concerned about the Lirn economy.",
    "Investors were disappointed with Brell Resources after the results.",
])
def test_a_feeling_at_no_party_blames_no_one(top_event, text):
    assert top_event(text)["root"] == "NONE"


@pytest.mark.parametrize(("text", "root"), [
    ("Present at the talks were the Tarvian foreign minister and the Velkan envoy, Ado Kell.",
     "CONSULT"),
    ("Present at the ceremony were hundreds of fans of the Osk club.", "NONE"),
])
def test_parties_present_at_talks_met(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    ("The Lirn council put its faith in a Velkan-style licensing scheme for the mines.", "NONE"),
    ("The Osk premier said he had total confidence in the Velkan-led monitors.", "SUPPORT"),
])
def test_a_party_naming_a_things_kind_is_no_party_backed(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    ("The Lirn coach paid tribute to his team's spirit after the 3-0 win on Saturday.", "NONE"),
    ("The Osk coach paid tribute to his players' courage after the 2-1 win.", "NONE"),
    ("The Tarvian president paid tribute to Velka's mediators for their work on the truce.",
     "SUPPORT"),
    ("The Osk premier paid tribute to the courage of the Lirn rescuers.", "SUPPORT"),
])
def test_praise_of_ones_own_sides_showing_is_no_act(top_event, text, root):
    assert top_event(text)["root"] == root
