"""Blame told as a cause (issue 4, session 78; bench/plover_probes_blamecause78.txt): a
speaker's clause making a named party or its act the cause of a bad outcome accuses it
(roles.json conduct_claims harms, wrecks, causes, outcomes, responsible; events.conduct._blames)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a party or its act as the cause of a bad outcome, in a speaker's clause
    ("Ivo Marr said the senator's vote cost thousands of steelworkers their jobs.", "ACCUSE"),
    ("Senator Dana Orl argued that the premier's tax cuts had plunged the province into debt.",
     "ACCUSE"),
    ("The Velkan president claimed that Tarvik's interference had brought the peace talks to a "
     "standstill.", "ACCUSE"),
    ("The opposition alliance said President Holz's mishandling of the economy had led to mass "
     "unemployment.", "ACCUSE"),
    ("\"Marr's policies brought nothing but misery to the people of Velm,\" Dane said.", "ACCUSE"),
    ("The opposition said Premier Holz was responsible for the collapse of the currency.",
     "ACCUSE"),
    ("Ivo Marr claimed that Rell's trade deals had destroyed a million factory jobs.", "ACCUSE"),
    ("Tesk Party officials said the governor's veto had left thousands of flood victims without "
     "help.", "ACCUSE"),
    # a cause that is no party, a good outcome, the speaker's own doing: none
    ("The storm caused heavy damage to the port of Osk, officials said.", "NONE"),
    ("Dana Orl said the drought had cost farmers millions of dollars.", "NONE"),
    ("Ivo Marr said the premier's reforms had brought the country out of recession.", "NONE"),
    ("Ivo Marr said that Dane's tax cuts had led to record growth.", "NONE"),
    ("The ministry said its own policies had caused the crisis.", "NONE"),
    ("Ivo Marr said the senator's vote had not caused the crisis.", "NONE"),
    # a violent act told by a speaker keeps its root ('destroyed two bridges': no good lost)
    ("Kessian officials said Tarvik troops had destroyed two bridges on the river.", "ASSAULT"),
])
def test_blame_told_as_a_cause(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "actor", "target"), [
    # the speaker accuses, the party blamed is the target
    ("The union said Velbisco's managers had led the mill into bankruptcy.", "union", "Velbisco"),
    ("Dorvan's foreign minister charged that Arland's sanctions had caused the deaths of hundreds "
     "of children.", "Dorvan", "Arland"),
    # a party's doing blamed: the party owning it is the target, not the doing
    ("Opposition leader Ivo Marr said the government's policies had caused the worst economic "
     "crisis in Velm's history.", "Ivo Marr", "government"),
    ("Senator Dana Orl argued that the premier's tax cuts had plunged the province into debt.",
     "Dana Orl", "premier"),
])
def test_blamer_accuses_the_blamed(top_event, text, actor, target):
    ev = top_event(text)
    assert (ev["root"], ev["actor"], ev["target"]) == ("ACCUSE", actor, target)


@pytest.mark.parametrize(("text", "root"), [
    # praise told as a cause: a party credited with a good outcome (verbs.json v.support.credit)
    ("The council credited Mayor Lin Rell with the drop in crime.", "SUPPORT"),
    ("The opposition credited the army with restoring order in Osk.", "SUPPORT"),
    # a sum credited to an account is banking
    ("The bank credited the refund to the wrong account on Friday.", "NONE"),
])
def test_credit_given_praises(top_event, text, root):
    assert top_event(text)["root"] == root
