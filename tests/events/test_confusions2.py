"""Held-out confusions studied on invented sentences (issue 4, bench/plover_probes_confusions2.txt):
protesters or strikers shutting or taking over a place protest (PROTEST, not COERCE/ASSAULT),
a vow never to hand territory back is a refusal (REJECT), hunger strikers ending their fast
concede (CONCEDE), and the first of two verbs sharing an object has that object as target."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # who shuts decides: people pressing a grievance protest, the authorities repress
    ("Striking bus drivers shut down the main depot of Selm on Tuesday.", "PROTEST"),
    ("Protesting fishermen closed the harbour of Selm with their boats.", "PROTEST"),
    ("Demonstrators shut the road to the airport for five hours.", "PROTEST"),
    ("The police shut the road to the airport for five hours.", "COERCE"),
    # a strike phrase names the act whoever closes; a state's closure 'in protest' does not
    ("Bakers in Orlund closed their shops in a strike over flour prices.", "PROTEST"),
    ("Tarvik closed its embassy in Lusk in protest at the arrest of its consul.", "SANCTION"),
    # unarmed people taking over a building occupy it; gunmen capture it
    ("About two hundred workers took over the main office of the Brel steel plant.", "PROTEST"),
    ("Armed men took over the main office of the Brel steel plant.", "ASSAULT"),
    # a vow never to give back what was taken is a refusal
    ("Dorvan vowed never to hand back the occupied enclave to Tarvik.", "REJECT"),
    ("Dorvan handed back the occupied enclave to Tarvik on Monday.", "RETREAT"),
    # the fast of hunger strikers is their protest: ending it concedes
    ("Jailed hunger strikers in Lusk ended their fast on Sunday.", "CONCEDE"),
])
def test_confusion_shapes(top_event, text, root):
    assert top_event(text)["root"] == root, text


@pytest.mark.parametrize("text", [
    "The strikers closed ranks behind their union leader.",  # solidarity, no closure
    "Villagers broke their fast at sunset on the holiday's first day.",  # no hunger strike
])
def test_no_protest_act(coded_events, text):
    assert all(e["root"] not in ("PROTEST", "CONCEDE") for e in coded_events(text)), text


def test_participle_only_of_a_listed_activity(top_event):
    # 'ruling' is no activity of the party's: the attack stays an attack
    top = top_event("The ruling party came under attack from gunmen on Monday.")
    assert top["root"] == "ASSAULT"


def test_first_of_two_verbs_has_the_shared_object_as_target(coded_events):
    evs = coded_events("Police raided and sealed the offices of the Selm opposition weekly.")
    assert evs[0]["trigger"] == "raided" and evs[0]["target"] is not None
    # its own object stays its target
    evs = coded_events("Police raided the homes and sealed the offices of the weekly.")
    assert evs[0]["trigger"] == "raided" and evs[0]["target"] == "homes"
