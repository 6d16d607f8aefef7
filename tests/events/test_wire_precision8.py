"""Real-wire shapes the blind batch Random(63) left (issue 4, PLOVER precision on agency copy):
a sport body's discipline is no accusation, help given to a trade figure is no aid, a suspicion
of a named wrong accuses, talks that have ended were held, a mission that reached a capital
visits it. Our own sentences, invented names."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("text", [
    "The two strikers were each charged with misconduct on Friday and given until noon to "
    "answer by the Lirn Football Association.",
    "The Osk cricket board banned the bowler for three matches.",
    "The envoy said some 80 new goods could help Velkan exports grow under the scheme.",
])
def test_no_act_between_parties(coded_events, text):
    assert coded_events(text) == []


@pytest.mark.parametrize("text, root", [
    ("Police in Osk charged two footballers with fixing a league game.", "ACCUSE"),
    ("The Velkan government accused the football association of corruption.", "ACCUSE"),
    ("Norway helped Somalia with food and medicine during the drought.", "AID"),
    ("Prosecutors suspect Ivo Dane of bribery and extortion at the port.", "ACCUSE"),
    ("Besides, the first talks with Kessland and Dorvan have already ended.", "CONSULT"),
    ("The IMF mission arrived in Athens on Monday for talks on the budget.", "CONSULT"),
    ("The regional bloc's mission has already reached Nairobi, the bloc said.", "CONSULT"),
])
def test_acts_told(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize("text", [
    "The summit, which closed on Monday with a thin pact, showed how far apart the two "
    "shores remain, a Velkan columnist wrote.",
    "The ceasefire ended on Monday.",
])
def test_a_gathering_ended_only_as_background_or_no_gathering(coded_events, text):
    assert "CONSULT" not in [e["root"] for e in coded_events(text)]


@pytest.mark.parametrize("ex", [x for x in lexicon.role_examples("subject_events")
                                if "ended" in x["text"]], ids=lambda ex: ex["text"][:40])
def test_session_end_examples(top_event, ex):
    assert top_event(ex["text"])["root"] == ex["root"]


@pytest.mark.parametrize("text", [
    # prompted by the blind batch Random(65): a verb sense that takes no object, a crowd
    # crush, an ability told in a relative clause, a deal's hoped effect
    "Sand has given three major speeches in a bid to win over Velkan voters.",
    "Six pupils were trampled to death in a rush for the gates at a school in Osk.",
    "The plant can turn out 90 million doses a day, which can meet the needs of the main "
    "regions.",
    "The Tarvian king hoped the long-delayed accord could help the Lirnians travel freely.",
])
def test_prompted_no_acts(coded_events, text):
    assert coded_events(text) == []


@pytest.mark.parametrize("text, root", [
    ("After a week of protests the mayor gave in.", "CONCEDE"),
    ("The government gave in to the strikers' demands.", "CONCEDE"),
    ("The Velkan army crushed the uprising in the south.", "ASSAULT"),
    ("Velka offered Marn two field hospitals on Monday.", "AGREE"),
    ("Velka hoped Marn would release the hostages.", "AGREE"),
])
def test_prompted_acts_stay(top_event, text, root):
    assert top_event(text)["root"] == root
