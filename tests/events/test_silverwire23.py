"""Fixes prompted by the blind batch Random(80) (bench/plover_probes_silverwire23.txt, issue 4;
written after its errors were read, so NOT blind): a later participle of an occurrence's tail is
the occurrence's too ('collapsed, killing two and injuring three': events.occur._tail_of)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "A bridge collapsed in Lirn on Monday, killing two labourers and injuring three more.",
    "A five-storey block under construction in Osk collapsed, killing two workers and "
    "wounding four others, hospital sources said.",
])
def test_every_participle_of_an_occurrence_tail_is_the_occurrence(coded_events, text):
    evs = coded_events(text)
    assert all(e["root"] != "ASSAULT" for e in evs), evs


@pytest.mark.parametrize("text", [
    "Rebels shelled the town on Monday, killing two civilians and wounding three more.",
    "A suicide bomber blew himself up in Lirn, killing two soldiers and injuring three others.",
])
def test_an_attack_tail_stays_an_attack(coded_events, text):
    evs = coded_events(text)
    assert evs and all(e["root"] == "ASSAULT" for e in evs), evs
