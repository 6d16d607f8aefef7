"""Shapes of the blind batch Random(89) and session 67's leftovers (issue 4, session 68),
each a general shape of English or of the codebook, with the near sense that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # an official fired for (or over) what he did, as one dismissed (verbs.json v.coerce.dismiss)
    ("The Velkan premier fired the interior minister over the prison escape.", "COERCE"),
    ("President Dorn fired Defence Minister Ivo Lask for his part in the arms scandal.",
     "COERCE"),
    # troops firing on a crowd stay an assault
    ("Troops fired on protesters in the Osk capital.", "ASSAULT"),
])
def test_an_official_fired_for_what_he_did(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # armed forces occupying a town near a border occupy it (v.block_road not_subjects)
    ("The Velkan army occupied the border town of Kess on Monday.", "ASSAULT"),
    ("Dorvan troops occupied the border crossing at Harl overnight.", "ASSAULT"),
    # people blocking a border crossing still protest
    ("Striking lorry drivers blocked the main border crossing with Velka for five hours.",
     "PROTEST"),
])
def test_a_border_town_occupied_by_troops(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a summons a court or prosecutors issue (nouns.json n.accuse.summons)
    ("A Lirn court issued a summons on Tuesday for the Velka Aid League.", "ACCUSE"),
    ("Prosecutors in Velka served subpoenas on three Tessan executives over the bribes.",
     "ACCUSE"),
    # a summons received is no act of the one who receives it
    ("The minister received a summons from the Osk court.", "NONE"),
])
def test_a_summons_issued(top_event, text, root):
    assert top_event(text)["root"] == root
