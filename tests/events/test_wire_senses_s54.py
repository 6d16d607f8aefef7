"""Words of an act read in another sense on real wire (blind batches Random(67) and Random(68),
issue 4): a club standing so many points behind a rival is ranked, not backing it; a leader
defending his own stance or a title holder her title backs no party; a bowler's 'onslaught'
in a match is no violence; a prisoner who may phone home meets no one; a memorial honouring
the war dead praises no party; an envoy 'not able to visit' plans no visit. Missed acts told in
set phrases: fighting that 'has claimed' lives has killed, a case referred to a court puts
someone to trial. The same words used of parties stay acts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "After a poor run of games, Brell City stand ninth in the table, 14 points behind Osk United.",
    "Harl's premier, however, defended his stance that the tax on fuel was fair.",
    "The Velkan champion defended her title in Osk on Saturday.",
    "For Osk, Ivo Tann took 3-41 with every bowler suffering from Dane's onslaught.",
    "The soldiers on the front line phone home once a week, their officers said.",
    "The memorial, which honours Velkan war dead, draws thousands of visitors each spring.",
    "The flu has claimed 40 lives in the northern districts since May.",
    "The storm claimed at least nine lives along the coast of Harl.",
])
def test_no_act(coded_events, text):
    assert coded_events(text) == [], text


@pytest.mark.parametrize(("text", "root"), [
    ("The ruling party stood firmly behind the president on Monday.", "SUPPORT"),
    ("Velka's foreign minister defended the Lirnian envoy against charges of spying.", "SUPPORT"),
    ("The town's defenders held out for a week against the rebel onslaught.", "ASSAULT"),
    ("The Velkan premier phoned his Lirnian counterpart on Sunday to discuss the dam.", "CONSULT"),
    ("Velka honoured the Lirnian war veterans at a ceremony on Sunday.", "SUPPORT"),
    ("The separatist insurgency in the hills of Osk has claimed more than 12,000 lives.",
     "ASSAULT"),
    ("The fighting has cost some 400 lives since March, aid workers said.", "ASSAULT"),
    ("Velkan prosecutors referred the fraud case to the High Court on Friday.", "COERCE"),
])
def test_act(coded_events, text, root):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == root, (text, evs[:2])


def test_a_call_home_meets_no_one(coded_events):
    """A prisoner let to phone home may be shown leniency (CONCEDE), but meets no party."""
    evs = coded_events("The jailed union leader was allowed only to phone home, his lawyer said.")
    assert all(e["root"] != "CONSULT" for e in evs), evs


def test_measured_distance_is_no_particle(nlp):
    """'12 points behind X' is a distance: the preposition gives the verb no sense."""
    from dateline.events.dependents import particles

    doc = nlp("Osk Rovers stand 11th in the table, 12 points behind Harl City.")
    stand = next(t for t in doc if t.lower_ == "stand")
    assert "behind" not in particles(stand)
    doc = nlp("The whole party stands behind Harl City's mayor.")
    stand = next(t for t in doc if t.lower_ == "stands")
    assert "behind" in particles(stand)


@pytest.mark.parametrize("text", [
    "The Velkan envoy hasn't been able to visit Osk since 2003.",
    "The Velkan envoy was not able to visit Osk last year.",
])
def test_an_ability_denied_plans_nothing(coded_events, text):
    """'not able to visit' denies the visit, as 'did not visit' and 'unable to visit' do: no
    planned visit (AGREE); 'will be able to visit' still plans one."""
    evs = coded_events(text)
    assert evs and "+intent" not in evs[0]["rule"] and evs[0]["negated"], evs[:2]
    evs = coded_events("The Velkan envoy will be able to visit Osk next week.")
    assert evs and evs[0]["root"] == "AGREE"


def test_another_partys_stance_defended_is_backed(coded_events):
    """'defended the premier's position' backs the premier; 'his position' is one's own."""
    evs = coded_events("Most analysts have defended the Velkan premier's position on the dam.")
    assert evs and evs[0]["root"] == "SUPPORT", evs[:2]
    assert coded_events("The Velkan premier defended his position on the dam.") == []
