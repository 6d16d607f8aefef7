"""Recall shapes of the weak roots (issue 4, session 62's table of probe lines with no event):
people turned or forced back at a border and boats or convoys turned back (COERCE), a person
removed from an office or a panel with no reason told (COERCE), a regime letting
politicians, dissidents or exiles act or come back (CONCEDE), parties present at a session
(CONSULT, roles.json attended), and help or yielding a party is 'happy' or 'glad' to give
(AGREE, roles.json offered_help). Every verbs.json and roles.json example of those entries
runs in tests/events/test_lexicon.py; these add the near misses, the rules and the parties."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "rule", "target"), [
    ("Border guards turned back 300 refugees at the frontier.",
     "v.deport.send_back", "300 refugees"),
    ("Police forced 30 asylum seekers back across the bridge into Osk.",
     "v.deport.send_back", "30 asylum seekers"),
    ("The Velkan navy turned back two boats carrying refugees off the island.",
     "v.coerce.turn_back", "two boats"),
])
def test_people_and_boats_turned_back_are_kept_out_by_force(top_event, text, rule, target):
    ev = top_event(text)
    assert (ev["root"], ev["rule"], ev["target"]) == ("COERCE", rule, target), ev


@pytest.mark.parametrize(("text", "root"), [
    # property handed or given back is still returned
    ("The militia handed back a police helicopter it had captured in the spring.", "RETREAT"),
    # armed foes driven back are fought
    ("Government troops forced the rebels back from the outskirts of Lirn.", "ASSAULT"),
    # 'turn back' of a thing that is no boat nor people is no act
    ("The clock was turned back one hour on Sunday.", "NONE"),
])
def test_turned_back_near_misses(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("The Osk assembly voted on Monday to remove the provincial governor from office.",
     "Osk", "provincial governor"),
    ("The Lirn central bank removed Dana Holt from its monetary policy panel.",
     "Lirn", "Dana Holt"),
])
def test_a_person_removed_from_an_office_is_coerced(top_event, text, actor, target):
    ev = top_event(text)
    assert (ev["root"], ev["rule"]) == ("COERCE", "v.coerce.remove_from_post"), ev
    assert (ev["actor"], ev["target"]) == (actor, target), ev


@pytest.mark.parametrize(("text", "root"), [
    ("Workers removed the old statue from its post in the square.", "NONE"),
    ("The club removed the coach from his post after a run of defeats.", "NONE"),
    ("The ruling party expelled the lawmaker from the budget committee.", "SANCTION"),
])
def test_removal_near_misses(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    ("The Tesk government let three exiled dissidents return home on Friday.", "CONCEDE"),
    ("The military rulers allowed exiled politicians to come back for the vote.", "CONCEDE"),
    # journalists, refugees let go or in stay access given, RETREAT
    ("The rebels let the journalists leave the town.", "RETREAT"),
    ("Kessland allowed the refugees to return to their villages on Monday.", "RETREAT"),
    # no party let anything
    ("The teacher let the pupils leave early.", "NONE"),
])
def test_letting_politicians_act_is_a_concession(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    ("Also present at the session in Lirn were the Osk foreign minister and two Tesk envoys.",
     "CONSULT"),
    ("The Velkan trade minister was present at the session of the joint commission.", "CONSULT"),
    # a session only held, or a training session, is no meeting of parties
    ("The Tesk parliament held a session on the budget on Monday.", "NONE"),
    ("Two Osk officials were present at the training session for new pilots.", "NONE"),
])
def test_present_at_a_session_is_attending_it(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root", "rule"), [
    ("The Velkan premier said Velka would be glad to help the Tessians after the quake.",
     "AGREE", "v.aid.help+intent"),
    ("Velka is happy to release the prisoners if the talks succeed.",
     "AGREE", "v.release+intent"),
    # told done, the help is given
    ("The Osk envoy said his country helped Kessia rebuild its flooded towns.",
     "AID", "v.aid.help"),
])
def test_happy_to_help_offers_the_help(top_event, text, root, rule):
    ev = top_event(text)
    assert (ev["root"], ev["rule"]) == (root, rule), ev


@pytest.mark.parametrize(("text", "root"), [
    # other acts under 'happy' or 'glad' keep their own root, not planned
    ("The minister said he was happy to meet the Osk envoy.", "CONSULT"),
    ("The Lirn trade minister said she was glad to give an interview to an Osk paper.", "NONE"),
])
def test_happy_with_other_acts_offers_nothing(top_event, text, root):
    assert top_event(text)["root"] == root
