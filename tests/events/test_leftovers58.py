"""Shapes the blind batches Random(71) and Random(72) left unfixed (issue 4; the fourth
section of bench/plover_probes_leftovers.txt): a state that 'would never allow' a foe to act
warns it (verbs.json v.allow.foe: negated THREATEN, the foe's act under it ranked below
it); a vote or talks called a burial or a pantomime is condemned as a farce is (v.brand);
police or troops combing an area are deployed (v.mobilize.sweep); a session attended by
parties is a meeting (nouns.json n.consult.session_attended)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Orvan premier said his country would never allow its old enemy Kessia to acquire "
    "nuclear arms.",
    "Tesk will not let the rebels take the port of Lirn, its defence minister said.",
])
def test_never_allowing_a_foe_to_act_is_a_threat(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "THREATEN" and ev["rule"] == "v.allow.foe+negated", ev


def test_the_foe_s_act_under_the_refusal_ranks_below_it(coded_events):
    # before v.allow.foe the foe's acquiring (COOPERATE, v.arms_trade) was the top event
    evs = coded_events("The Orvan premier said his country would never allow its old enemy "
                       "Kessia to acquire nuclear arms.")
    assert [e["root"] for e in evs] == ["THREATEN", "COOPERATE"], evs


def test_letting_a_foe_act_is_a_concession(top_event):
    ev = top_event("Pella let the rebels keep their rifles under the truce.")
    assert ev["root"] == "CONCEDE" and ev["rule"] == "v.allow.foe", ev


def test_a_rule_that_allows_no_party_is_no_threat(coded_events):
    assert coded_events("The town council said it would not allow lorries in the old "
                        "quarter on market days.") == []


@pytest.mark.parametrize("text", [
    "The Tesk opposition chief called the April vote a burial of democracy.",
    "The Pella foreign minister called the border talks a pantomime.",
])
def test_a_vote_called_a_burial_or_a_pantomime_is_condemned(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "ACCUSE" and ev["rule"] == "v.brand", ev


@pytest.mark.parametrize("text, root", [
    ("Hundreds of soldiers scoured the hills north of Pella for the escaped gunmen.",
     "MOBILIZE"),
    ("Police combed all 30 mosques of Tesk for explosives before the holiday prayers.",
     "MOBILIZE"),
    ("Volunteers combed the river banks for litter after the fair.", "NONE"),
])
def test_a_force_combing_an_area_is_deployed(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize("text, root", [
    ("The hour-long session was attended by both envoys, Ivo Sand and Ado Kell.", "CONSULT"),
    ("The Tesk parliament held a session on the budget on Monday.", "NONE"),
    # the noun reads CONSULT only where 'attend' is (context 'attendance'): a session
    # suspended halts no talks
    ("A walkout by opposition deputies forced the speaker to suspend the session of the Tesk "
     "assembly.", "PROTEST"),
])
def test_a_session_attended_by_parties_is_a_meeting(top_event, text, root):
    assert top_event(text)["root"] == root
