"""Event nouns the tokenizer splits at a hyphen ('cease-fire' is cease, -, fire) are looked
up as the whole word the noun lexicon lists (detect.noun_key), and a verb's own entry that
fits its own object wins over a light-verb reading of a noun under that object
(verb_candidates._own_object_fits; issue 4)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    ("The rebel command declared a unilateral cease-fire on Tuesday.", "RETREAT"),
    ("The cease-fire between the two armies took effect at noon.", "RETREAT"),
    ("Soldiers opened fire on the crowd in the main square.", "ASSAULT"),  # gunfire stays
    # a swap of prisoners, no war
    ("The two armies exchanged 120 prisoners of war at the border on Monday.", "RETREAT"),
])
def test_the_first_event_has_the_root(coded_events, text, root):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == root, evs[:2]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Freedonian government said on Monday it would give $12 million in aid to the flood"
     " victims.", "give"),
    ("The agency gave 40 tonnes of food aid to the refugees on Friday.", "gave"),
])
def test_a_noun_under_the_verbs_own_object_is_no_act_of_its_own(coded_events, text, trigger):
    # the aid is what the giving moves: one act, no second AID event on 'aid'
    evs = coded_events(text)
    assert [e["trigger"] for e in evs] == [trigger], evs
