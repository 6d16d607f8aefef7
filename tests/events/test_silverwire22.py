"""Fixes prompted by the blind batch Random(79) (bench/plover_probes_silverwire22.txt, issue 4;
written after its errors were read, so NOT blind): interference, an attack or a hostile activity
a party 'will not tolerate' is a warning, THREATEN (verbs.json v.tolerate.hostile); a law
'signed into law' agrees nothing with a party (v.sign not_particle); 'spoke highly of' praises,
SUPPORT (v.support.speak_highly); haze, smog, a drought or a flood fought is no combat
(v.assault not_objects); the final of a cup fines no one (roles.json nominals irregular); goods
traded are no party trading (v.cooperate.trade not_subjects); a firm pulling out of its cinemas
gives up no ground (roles.json contests); an act noun 'any' determines as a subject is no act
told done (events.mentioned); and, silverwire21's leftover, a gathering someone was 'present at'
is attended, CONSULT (roles.json attended, noun_candidates.attended_light)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Lirn would not tolerate any interference in its internal affairs by foreign governments, "
    "the Velkan premier said.",
    "\"We will never tolerate any attack on our borders,\" the Kessian defence minister said.",
    "\"We shall not tolerate any political activity there,\" the Orlund official said.",
])
def test_not_tolerating_a_hostile_act_warns(top_event, text):
    assert top_event(text)["root"] == "THREATEN"


@pytest.mark.parametrize("text", [
    "The abbot said the monastery would not tolerate noise after dark.",
    "Dorvian President Ivo Brun promptly signed it into law.",
    "The governor signed the Dorvan Fisheries Act into law on Friday.",
    "Top seed Ado Kell made it through to Monday's final of the Lirn Masters Cup on Sunday.",
    "Most goods traded on-line in Velkia are shipped by ordinary post, a Kessian survey found.",
    "KBC will pull out of five cinemas in five cities including Lirn and Tarn.",
    "Orlund's farmers fought the drought for three summers, the Velkan agency said.",
    "Officials said the turnout was high and that any violence appeared to be low.",
    "Any violence during the vote would be dealt with firmly, the Orlund police chief said.",
])
def test_no_act_between_parties(coded_events, text):
    assert coded_events(text) == []


@pytest.mark.parametrize(("text", "root"), [
    ("Ado Marr spoke highly of the Civic Party's efforts to promote Dorvia-Kessia friendly "
     "ties.", "SUPPORT"),
    ("The Velkan envoy spoke warmly of Orlund's role in the peace talks on Tuesday.", "SUPPORT"),
    ("The Velkan aid agency was honoured for its work in the flooded north.", "SUPPORT"),
    # the neighbours the fixes leave as they were
    ("The leaders signed a treaty of friendship.", "SUPPORT"),
    ("The court imposed a fine of 500 dollars on the Velkan firm.", "COERCE"),
    ("Osk and Harl have traded with each other across the river for centuries.", "COOPERATE"),
    ("Orlund will pull its troops out of the border town.", "AGREE"),
    ("Orlund's farmers fought the police for three days, the Velkan agency said.", "ASSAULT"),
    ("Orlund warned that any attack on its ships would be answered.", "THREATEN"),
])
def test_acts_coded(top_event, text, root):
    assert top_event(text)["root"] == root


def test_spoken_of_without_praise_is_no_act(coded_events):
    assert coded_events("The Velkan envoy spoke of Orlund's role in the peace talks on "
                        "Tuesday.") == []


@pytest.mark.parametrize("text", [
    # silverwire21's leftover (blind batch Random(78)): attendance told with 'present at'
    "Also present at the meeting were Ivo Marr, the Orlund envoy to Velkia, and the leader of "
    "Halim's party.",
    "Present at the talks were Velkan Foreign Minister Ado Kell and his Orlund counterpart.",
    "The Velkan defence minister was present at the talks in Osk on Monday.",
])
def test_present_at_a_gathering_attends_it(top_event, text):
    assert top_event(text)["root"] == "CONSULT"


def test_present_at_a_scene_attends_nothing(coded_events):
    assert coded_events("Two Orlund policemen were present at the scene of the crash.") == []


@pytest.mark.parametrize(("text", "root"), [
    # shops and malls are no contest left: a ban from one and troops leaving one stay acts
    ("Protesters were banned from the shopping mall after the clashes.", "COERCE"),
    ("The army pulled out of the stores it had occupied in the town.", "RETREAT"),
])
def test_shops_are_no_market_left(top_event, text, root):
    assert top_event(text)["root"] == root
