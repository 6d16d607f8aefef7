"""A subjectless participial tail tells what the main clause's doer did: a disaster's tail
is no act ('rains swept the north, flooding roads and cutting power'), an army's is
(agents._tail_governor; issue 4, session 24); so is a coordinated verb with no subject of its
own, whose doer is its first conjunct's ('shares surged and closed up 9 percent':
agents._shared_subject_head; session 61)."""

from __future__ import annotations


def test_tail_of_a_disaster_is_no_act(coded_events):
    evs = coded_events("Heavy rains battered the Orvan coast for a third day, flooding "
                       "roads and cutting power to dozens of villages.")
    assert evs == [], evs


def test_tail_of_an_army_is_its_act(coded_events):
    evs = coded_events("The army encircled the town of Pesk, cutting power and water to "
                       "its residents.")
    assert any(e["trigger"] == "cutting" and e["root"] == "COERCE" for e in evs), evs


def test_a_verb_sharing_a_markets_subject_is_no_act(coded_events):
    # agents._shared_subject_head: 'closed' has no subject of its own, the shares are its doer
    # (plover_probes_realwire8's bourse line read 'closed' as a closure, COERCE)
    evs = coded_events("Shares in the carrier surged, twice halting trade, and closed up 9.4 "
                       "percent at 1.02 euros.")
    assert evs == [], evs


def test_a_verb_sharing_a_partys_subject_is_its_act(coded_events):
    evs = coded_events("Police raided the offices of the daily and closed the newspaper.")
    assert [e["root"] for e in evs] == ["COERCE", "COERCE"], evs


def test_a_speakers_second_verb_hung_on_his_clause_stays_his_act(coded_events):
    # the parser may make 'urged' a conjunct of the spoken clause's copula: the quake's
    # subject does not make the appeal a disaster's
    evs = coded_events("The minister said the quake was a tragedy and urged the public to give "
                       "money.")
    assert evs and evs[0]["root"] == "REQUEST", evs


def test_an_act_a_disease_led_to_is_its_own_partys(coded_events):
    # roles.json subject_events outcomes: 'led to a ban' names the ban, the Alliance's act
    evs = coded_events("An outbreak of sheep disease in Tessia led to a Northern Alliance ban "
                       "on Tessian meat imports.")
    assert evs and evs[0]["root"] == "SANCTION", evs
    assert coded_events("The flu outbreak led to the closure of 40 schools.") == []
